#pragma once

#include "core/common/Result.h"
#include "core/instruments/InstrumentDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace smr {

// A score followed over time: its key in the scores object, how it reads and which way is better.
struct Measure {
    enum class Direction { HigherIsBetter, LowerIsBetter };
    QString key;
    QString label;
    QString unit;
    Direction direction = Direction::HigherIsBetter;
    double min = 0;
    double max = 0;
    int decimals = 0;
};

// The smallest change that means something for a measure, and where that figure comes from.
struct ChangeThreshold {
    enum class Kind { Mcid, Mdc };
    Kind kind = Kind::Mdc;
    double value = 0;
    QString label; // "MDC 4 points (Donoghue 2009, older adults, baseline 45–56)"
    // What a change report calls it when it is not plainly "MCID" or "MDC": the 6-minute walk's
    // MCID holds in cardiorespiratory disease only and says so.
    QString mark;
};

// How a result reads: a one-line summary, the interpretation against the reference's bands or
// cut-offs, a severity that colours it (never alone: the words say it too), and notes.
struct Assessment {
    enum class Severity { Neutral, Good, Caution, Bad };
    QString value;   // the score alone, for a column: "48/56", "14,2 s"
    QString summary; // with the instrument's name: "Berg 48/56"
    QString interpretation;
    Severity severity = Severity::Neutral;
    QStringList notes;
};

// A horizontal line a chart of a measure draws from the clinical reference (a cut-off, a norm) or
// from the care plan (a goal). Never colour alone: each kind has its own dash pattern, and the
// label says what it is.
struct ReferenceLine {
    enum class Kind { CutOff, Secondary, Norm, NormLimit, Goal };
    Kind kind = Kind::CutOff;
    double value = 0;
    QString label;  // "Risque de chute < 45", "Norme 70–79 ans 9,2 s", "Objectif ≤ 33,6 %"
    QString detail; // a longer text for a tooltip: the source, or where a goal stands; may be empty
};

// A horizontal band of values a chart shades: the reference's interpretation bands (ODI
// severities, Berg fall-risk bands), a norm's confidence interval, or the MCID/MDC band around the
// admission value (from the admission day on). The label says what the band is.
struct ValueBand {
    enum class Kind { Interpretation, NormRange, ChangeThreshold };
    Kind kind = Kind::Interpretation;
    double from = 0;
    double to = 0;
    QString label;
    Assessment::Severity severity = Assessment::Severity::Neutral;
    QDateTime start; // ChangeThreshold: the admission result's time; otherwise unset (whole axis)
    QString detail;  // a longer text for a tooltip: the source (the MCID/MDC's conditions); may be empty
};

// What a test may take from the patient's record when the tester does not type it.
struct PatientFacts {
    QString sex; // "F" or "M"
    int age = 0; // completed years on the day of the test
    std::optional<double> heightCm;
    std::optional<double> weightKg;
};

// One instrument: its declaration (items or fields, wording) and its scoring. Subclasses add the
// scoring and interpretation of the clinical reference; everything generic (checking answers
// against the declaration) happens here.
class Instrument
{
    Q_DECLARE_TR_FUNCTIONS(Instrument)

public:
    explicit Instrument(InstrumentDefinition definition) : m_definition(std::move(definition)) {}
    virtual ~Instrument() = default;

    const InstrumentDefinition &definition() const { return m_definition; }
    InstrumentDefinition &definition() { return m_definition; }
    QString id() const { return m_definition.id; }
    QString title() const { return m_definition.title.text(); }
    QString shortTitle() const { return m_definition.shortTitle.text(); }

    // Checks `answers` against the declaration and the instrument's own rules; nothing when they
    // can be scored. Each refusal names the item or field and the allowed answers.
    QList<FieldError> check(const QJsonObject &answers) const;
    // The scores of the command-line contract, or why the answers cannot be scored.
    Result<QJsonObject> score(const QJsonObject &answers) const;

    // The scores followed over time; the first is the instrument's main score.
    virtual QList<Measure> measures() const = 0;
    virtual Assessment assess(const QJsonObject &scores) const = 0;
    // The threshold for a change of `measureKey` starting from `earlierScores`, when the
    // reference gives one.
    virtual std::optional<ChangeThreshold> threshold(const QString &measureKey, const QJsonObject &earlierScores) const;

    // The lines and bands a chart of `measureKey` draws from the reference. `latestScores` are the
    // latest result's scores (the 6-minute walk's prediction is in them) and `facts` the patient's
    // on the latest result's day (the TUG's age norm); none by default.
    virtual QList<ReferenceLine> referenceLines(const QString &measureKey, const QJsonObject &latestScores,
                                                const PatientFacts &facts) const;
    virtual QList<ValueBand> bands(const QString &measureKey, const QJsonObject &latestScores,
                                   const PatientFacts &facts) const;

    // `answers` completed with what the instrument takes from the patient's record (age, sex,
    // height, weight) where the tester left it out; unchanged by default.
    virtual QJsonObject withPatientDefaults(QJsonObject answers, const PatientFacts &facts) const;

    // The label of item `number` for messages: "item 3 (standing unsupported)".
    QString itemName(int number) const;

protected:
    virtual QJsonObject compute(const QJsonObject &answers) const = 0;
    // Rules beyond the declaration (none by default).
    virtual QList<FieldError> checkRules(const QJsonObject &answers) const;

    // The item values of valid questionnaire answers (null stays null: -1).
    static QList<int> itemValues(const QJsonObject &answers);
    // Rounds half away from zero to `decimals` digits: what is shown is what is stored.
    static double rounded(double value, int decimals);

private:
    QList<FieldError> checkItems(const QJsonObject &answers) const;
    QList<FieldError> checkFields(const QJsonObject &answers) const;

    InstrumentDefinition m_definition;
};

} // namespace smr
