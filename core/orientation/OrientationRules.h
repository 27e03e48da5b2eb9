#pragma once

#include "core/assessment/AdmissionAssessment.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace smr {

// What the orientation is suggested from: the patient's age, the latest Dallas, Oswestry and
// STarT Back results of the stay, and the profiles the admission assessment ticks.
struct OrientationInput {
    std::optional<int> age;
    QString dallasProfile; // medical, behavioural, mixed, undetermined; empty: no Dallas
    QString startBackRisk; // low, medium, high; empty: no STarT Back
    std::optional<double> odiPercent;
    bool complexProfile = false;
    bool cognitiveOrPsychiatric = false;
    bool disability = false;
    bool fatigable = false;
    bool yellowFlags = false; // psychosocial risk of chronicity
    bool blueFlags = false;   // perception of work
    bool blackFlags = false;  // the system: employer, insurance, litigation
    QStringList exclusions;   // the exclusion criteria present, as named in lists
    bool exclusionsJustified = false;
};

// A suggested programme with the reasons for it, and the instruments it lacked.
struct OrientationSuggestion {
    std::optional<Orientation> orientation; // nothing when no instrument and no level-2 profile
    QStringList reasons;
    QStringList missing; // instruments with no result in the stay
};

// The orientation rules (clinical reference §8, with the matched care of STarT Back, Hill 2011).
// The referential names the programmes and the level-2 profiles but gives no scoring rule; the
// rules below are a Decision of this application, written out in suggest() and shown with their
// reasons so that the physician can judge them.
class OrientationRules
{
    Q_DECLARE_TR_FUNCTIONS(OrientationRules)

public:
    // Decision: "elderly" (a level-2 profile of the referential) from 75 years.
    static constexpr int ElderlyAge = 75;
    // ODI above 40 % (severe disability or worse, Fairbank bands) calls for the intensive programme.
    static constexpr double IntensiveOdi = 40.0;
    // ODI of 20 % or less (minimal disability) allows the one-week education programme.
    static constexpr double MinimalOdi = 20.0;

    // In this order (the first that applies wins, its reasons listed):
    // 1. an exclusion criterion present (reference §8, récusation) and not justified → level 2
    //    (once justified, it is listed with the programme suggested, as a caution);
    // 2. a level-2 profile (elderly, complex, cognitive or psychiatric, disabled) → level 2;
    // 3. an intensive indication (ODI above 40 %, STarT Back high, Dallas behavioural or mixed,
    //    yellow flags) → RFR; but a fatigable patient → individual sessions first, the intensive
    //    indications listed with the fatigability;
    // 4. STarT Back low and ODI 20 % or less → education;
    // 5. otherwise individual sessions.
    // Blue and black flags (and justified exclusions) decide nothing: they are added to the reasons of the level-1 programme
    // suggested, as what it must address (return to work, the system).
    static OrientationSuggestion suggest(const OrientationInput &input);
};

} // namespace smr
