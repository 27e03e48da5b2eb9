#pragma once

#include "core/overview/StayOverview.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace smr::ui {

class StaySummary;

// The dossier's first tab: at the top what needs attention, the tests of the stay and the care
// plan's goals (StaySummary); then the facts of the stay and of the patient, every stay of the
// patient, and the free-text notes (the one thing edited in place, guarded against being lost).
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);

    void show(const Patient &patient, const std::optional<Stay> &stay, const QList<Stay> &stays,
              const QHash<QString, QString> &unitLabels, const QDate &today);

    // The summary of the stay shown (nothing: no stay, or it could not be read).
    void showSummary(const std::optional<StayOverview> &overview, bool canRecord);
    StaySummary *summary() const { return m_summary; }

    QString notes() const;
    bool notesModified() const;
    // After a save or a discard: the text shown becomes the reference again.
    void setNotes(const QString &notes);
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QTreeWidget *staysList() const { return m_stays; }

    // The value shown for a fact ("Unité", "Programme"...), for tests and screen readers.
    QString fact(const QString &key) const;

signals:
    void saveNotesRequested();
    void enterTestRequested(const QString &instrument);
    void notesModifiedChanged(bool modified);

private:
    QLabel *addFact(QFormLayout *form, const QString &key, const QString &label);
    void setFact(const QString &key, const QString &value);

    StaySummary *m_summary;
    QHash<QString, QLabel *> m_facts;
    QTreeWidget *m_stays;
    QPlainTextEdit *m_notes;
    QPushButton *m_saveNotes;
    QLabel *m_notesState;
    QString m_savedNotes;
};

} // namespace smr::ui
