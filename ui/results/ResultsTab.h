#pragma once

#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace smr {
class Store;
}

namespace smr::ui {

class Prompter;
class Ticker;

// The dossier's "Tests" tab: a button per instrument to start (or resume) an entry, the drafts
// in progress, and the stay's results by date with their score, interpretation and change since
// the previous result of the same instrument and since the first one of the stay.
class ResultsTab : public QWidget
{
    Q_OBJECT

public:
    ResultsTab(Store &store, Prompter &prompter, Ticker &ticker, QWidget *parent = nullptr);

    void show(const Patient &patient, const std::optional<Stay> &stay);

    QTableWidget *resultsList() const { return m_list; }
    QListWidget *draftsList() const { return m_drafts; }

public slots:
    // Opens the entry of `instrument`, resuming its draft in this stay if there is one.
    void startEntry(const QString &instrument);
    void openResult(ResultId id);
    void resumeDraft(ResultId id);
    void reload();
    QString enteredBy() const;

private:
    void openEntry(const QString &instrument, const std::optional<TestResult> &draft,
                   const std::optional<TestResult> &correcting);

    Store &m_store;
    Prompter &m_prompter;
    Ticker &m_ticker;
    std::optional<Patient> m_patient;
    std::optional<Stay> m_stay;
    QWidget *m_buttons;
    QLabel *m_empty;
    QListWidget *m_drafts;
    QLabel *m_draftsTitle;
    QTableWidget *m_list;
    QPushButton *m_export;
};

} // namespace smr::ui
