#pragma once

#include "core/common/Ids.h"
#include "core/units/Unit.h"

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QListView;
class QSettings;

namespace smr {
class Clock;
class CensusRepository;
} // namespace smr

namespace smr::ui {

class CensusModel;
class LetterPad;

// The tablet's first page: today's patients of the unit (the stays in progress) as large tiles,
// narrowed by the first letters of the name typed on the letter pad. A tap opens the patient. The
// tiles are the workstation's census model, fetched a page at a time as the list scrolls.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    PatientsPage(CensusRepository &census, const Clock &clock, QSettings &settings, QWidget *parent = nullptr);

    void setUnits(const QList<Unit> &units);
    QString unitCode() const { return m_unit; }
    void setUnit(const QString &code);
    // Reads the list again (a patient admitted elsewhere, a change of name).
    void reload();
    void setPortrait(bool portrait);

    CensusModel *model() const { return m_model; }
    QListView *tiles() const { return m_tiles; }
    LetterPad *letters() const { return m_letters; }

signals:
    void patientChosen(smr::PatientId patient, smr::StayId stay);

private:
    void applyFilter();

    QSettings &m_settings;
    CensusModel *m_model;
    QHBoxLayout *m_unitRow;
    QButtonGroup *m_unitButtons;
    LetterPad *m_letters;
    QListView *m_tiles;
    QLabel *m_count;
    QString m_unit;
};

} // namespace smr::ui
