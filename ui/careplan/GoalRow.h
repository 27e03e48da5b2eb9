#pragma once

#include "core/careplan/CarePlan.h"
#include "core/careplan/GoalProgress.h"
#include "core/common/Result.h"

#include <QFrame>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace smr {
class InstrumentCatalog;
}

namespace smr::ui {

class DateField;

// One goal of the care plan as a card: the objective, how it is judged (a measure that changes
// or reaches a value, a date, or words), the review date, the date achieved, and where it stands.
// Only the inputs the kind of target uses are shown.
class GoalRow : public QFrame
{
    Q_OBJECT

public:
    GoalRow(const InstrumentCatalog &instruments, const QDate &today, QWidget *parent = nullptr);

    void setGoal(const Goal &goal);
    Goal goal() const;
    // Where the saved goal stands; nothing while it is new or changed since.
    void setProgress(const std::optional<GoalProgress> &progress);
    void setReadOnly(bool readOnly);
    // Unreadable dates, with the field key of the goal at `index` (CarePlanRules::goalField).
    QList<FieldError> dateProblems(qsizetype index) const;

    QLabel *progressLabel() const { return m_progress; }

signals:
    void edited();
    void removeRequested();

private:
    void fillMeasures();
    void adaptValue();
    void showKind();

    const InstrumentCatalog &m_instruments;
    QComboBox *m_objective;
    QComboBox *m_kind;
    QComboBox *m_instrument;
    QComboBox *m_measure;
    QDoubleSpinBox *m_value;
    DateField *m_targetDate;
    QLineEdit *m_text;
    DateField *m_review;
    DateField *m_achieved;
    QLabel *m_achievedLabel;
    QLabel *m_targetDateLabel;
    QLabel *m_progress;
    QToolButton *m_remove;
    bool m_loading = false;
};

// "✔ Met", "→ On track"…: a sign beside the word, so that colour is never the only carrier.
QString goalStatusText(GoalProgress::Status status);

} // namespace smr::ui
