#pragma once

#include "core/census/CensusPrefetch.h"
#include "core/census/CensusRepository.h"
#include "core/units/Unit.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace smr {
class Clock;
}

namespace smr::ui {

class CensusModel;

// The left side of the main window: the unit's current stays (or every patient), searchable
// as you type by name, IPP or birth date, filtered by unit and mode.
//
// The list stays empty until start(): its owner first gives the units and the unit remembered,
// so that the list is read once, with the filter it will show.
class CensusPanel : public QWidget
{
    Q_OBJECT

public:
    CensusPanel(CensusRepository &census, const Clock &clock, QWidget *parent = nullptr);

    // Reads the list; from `firstPage` (read ahead on another thread) when it was read for the
    // filter shown.
    void start(std::unique_ptr<CensusPrefetch> firstPage = nullptr);

    CensusModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    void setUnits(const QList<Unit> &units);
    void setUnitFilter(const QString &unitCode);
    QString unitFilter() const;
    // Selects the row of `patient` without announcing it (the panel already shows it).
    void selectQuietly(PatientId patient);
    void focusSearch();

signals:
    // The user moved to another line of the list.
    void patientChosen(smr::PatientId patient, smr::StayId stay);
    void unitFilterChanged(const QString &unitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The filter the widgets show (unit and mode apply to the current stays only).
    CensusFilter shownFilter() const;
    void applyFilter();
    void updateCount(qint64 total);
    void onCurrentChanged();

    CensusModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_scope;
    QComboBox *m_unit;
    QComboBox *m_mode;
    QTableView *m_view;
    QLabel *m_count;
    QTimer *m_searchTimer;
    PatientId m_shown;
    bool m_quiet = false;
    bool m_started = false;
};

} // namespace smr::ui
