#pragma once

#include "core/assessment/AdmissionAssessment.h"
#include "core/common/Result.h"

#include <QWidget>

#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace smr::ui {

class DateField;

// The admission assessment's fields, top to bottom in the order of the physician's first hour:
// reason and history, treatments, pain, work and social situation, height and weight (BMI and
// WHO class shown), HAS red flags, yellow/blue/black flags, exclusion criteria, HC or HTP,
// precautions, orientation. It only maps widgets to an AdmissionAssessment and back; the tab
// around it saves, signs and shows what is computed.
class AssessmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentForm(QWidget *parent = nullptr);

    void setAssessment(const AdmissionAssessment &a);
    // The assessment as the widgets hold it (identity, revision, signature kept from the last
    // setAssessment).
    AdmissionAssessment assessment() const;
    // Dates typed that are not dates (the sick leave, a spine surgery's), named by field: saving
    // them would lose what was typed.
    QList<FieldError> dateProblems() const;
    void setReadOnly(bool readOnly);
    void setToday(const QDate &today);

    // Where the tab shows what is computed from the fields.
    QLabel *bmiLabel() const { return m_bmi; }
    QLabel *exclusionWarning() const { return m_exclusionWarning; }
    QLabel *modeSuggestion() const { return m_modeSuggestion; }
    QLabel *orientationSuggestion() const { return m_orientationSuggestion; }
    QCheckBox *exclusionBox(Exclusion e) const { return m_exclusions[std::size_t(e)]; }
    // Room under the red flags for the actions recorded on them.
    QVBoxLayout *redFlagActions() const { return m_redFlagActions; }

signals:
    void edited();

private:
    QWidget *historySection();
    QWidget *painSection();
    QWidget *workSection();
    QWidget *redFlagSection();
    QWidget *psychosocialSection();
    QWidget *exclusionSection();
    QWidget *modeSection();
    QWidget *precautionSection();
    QWidget *orientationSection();
    QPlainTextEdit *text(const QString &objectName, int lines = 2);
    QSpinBox *optionalSpin(const QString &objectName, int min, int max, const QString &suffix = {});
    QLineEdit *decimal(const QString &objectName);
    QComboBox *answerCombo(const QString &objectName);
    QCheckBox *check(const QString &label, const QString &objectName);
    void addSurgeryRow(const SpineSurgery &s = {});

    AdmissionAssessment m_base;
    QDate m_today;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_referrerQuestion;
    QPlainTextEdit *m_history;
    QTableWidget *m_surgeries;
    QPlainTextEdit *m_comorbidities;
    QPlainTextEdit *m_treatments;
    QComboBox *m_analgesic;
    QCheckBox *m_corticosteroids;
    QSpinBox *m_painRest;
    QSpinBox *m_painActivity;
    QLineEdit *m_painLocation;
    QComboBox *m_radiation;
    QLineEdit *m_occupation;
    DateField *m_sickLeave;
    QComboBox *m_occupationalCase;
    QComboBox *m_occupationalPhysician;
    QComboBox *m_livesAlone;
    QSpinBox *m_distance;
    QComboBox *m_drives;
    QLineEdit *m_height;
    QLineEdit *m_weight;
    QLabel *m_bmi;
    std::array<QButtonGroup *, 12> m_redFlags{};
    QVBoxLayout *m_redFlagActions;
    std::array<QCheckBox *, 3> m_flagTicks{};
    std::array<QLineEdit *, 3> m_flagTexts{};
    std::array<QCheckBox *, 5> m_exclusions{};
    QLabel *m_exclusionWarning;
    QPlainTextEdit *m_justification;
    QCheckBox *m_comorbidity;
    QCheckBox *m_resistantPain;
    QLabel *m_modeSuggestion;
    QComboBox *m_mode;
    QSpinBox *m_maxHeartRate;
    QSpinBox *m_maxSystolic;
    QSpinBox *m_maxDiastolic;
    QComboBox *m_weightBearing;
    QLineEdit *m_weightBearingDetail;
    QCheckBox *m_brace;
    QLineEdit *m_braceDetail;
    QSpinBox *m_lifting;
    QCheckBox *m_fallRisk;
    QCheckBox *m_osteoporosis;
    QLineEdit *m_otherPrecaution;
    QCheckBox *m_complex;
    QCheckBox *m_cognitive;
    QCheckBox *m_disability;
    QCheckBox *m_fatigable;
    QLabel *m_orientationSuggestion;
    QComboBox *m_orientation;
    QLineEdit *m_orientationNote;
    QList<QWidget *> m_sections;
};

} // namespace smr::ui
