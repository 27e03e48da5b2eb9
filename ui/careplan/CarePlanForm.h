#pragma once

#include "core/careplan/CarePlan.h"
#include "core/careplan/GoalProgress.h"
#include "core/common/Result.h"
#include "core/stays/Stay.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace smr {
class InstrumentCatalog;
}

namespace smr::ui {

class DateField;
class GoalRow;

// The personalised care plan as a form, top to bottom: the goals (one card each), the sessions a
// week per discipline with the decree's check (décret n° 2022-25) as they are typed, and the plan
// itself: planned duration, next weekly review, the patient's agreement.
class CarePlanForm : public QWidget
{
    Q_OBJECT

public:
    CarePlanForm(const InstrumentCatalog &instruments, const QDate &today, QWidget *parent = nullptr);

    void setPlan(const CarePlan &plan);
    // The plan as typed (identity and version from the plan last set).
    CarePlan plan() const;
    // Where each saved goal stands, in the order of the plan's goals.
    void setProgress(const QList<GoalStatus> &progress);
    // Full or day hospitalisation: the decree's minimum of sessions differs.
    void setMode(StayMode mode);
    void setReadOnly(bool readOnly);
    // Dates typed that are not dates, named by field.
    QList<FieldError> dateProblems() const;
    void addGoal(const Goal &goal);

    QList<GoalRow *> goalRows() const { return m_rows; }
    QLabel *decreeLabel() const { return m_decree; }
    QLineEdit *shortfallReason() const { return m_shortfallReason; }

signals:
    void edited();

private:
    QWidget *goalsSection();
    QWidget *disciplinesSection();
    QWidget *planSection();
    void recomputeDecree();
    QList<DisciplinePlan> disciplines() const;
    void removeGoal(GoalRow *row);

    const InstrumentCatalog &m_instruments;
    QDate m_today;
    CarePlan m_base;
    StayMode m_mode = StayMode::FullHospitalisation;
    QVBoxLayout *m_goalsLayout = nullptr;
    QList<GoalRow *> m_rows;
    QPushButton *m_addGoal = nullptr;
    QList<QSpinBox *> m_individual; // indexed by Discipline
    QList<QSpinBox *> m_collective;
    QLabel *m_totals = nullptr;
    QLabel *m_decree = nullptr;
    QLineEdit *m_shortfallReason = nullptr;
    QSpinBox *m_weeks = nullptr;
    DateField *m_nextReview = nullptr;
    DateField *m_agreedOn = nullptr;
    QLabel *m_agreement = nullptr;
    QList<QWidget *> m_inputs; // what read-only disables
    bool m_loading = false;
};

} // namespace smr::ui
