#pragma once

#include "core/meetings/MeetingView.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace smr::ui {

// The wording of a meeting's slide (and of whatever else shows an entry in few words: the
// presenter's view, the minutes): who, where the stay stands, the decisions, the actions.
class SlideText
{
    Q_DECLARE_TR_FUNCTIONS(SlideText)

public:
    // "DUPONT Marie" (Patient::displayName), or the initials when `initialsOnly`.
    static QString patientName(const Patient &patient, bool initialsOnly);
    // Teaching sessions: "M. D." — the first letter of the first given name (every part of a
    // hyphenated one: "J.-P."), then the first letter of the birth name, each followed by a
    // full stop, upper case, accents kept ("É. L."). The used name is never shown: it names the
    // patient as much as the birth name does.
    static QString initials(const Patient &patient);
    // `text` with every word of the patient's names replaced by its initial ("D.") and the IPP
    // and NIR by "…": free texts (decisions, actions) may name the patient, and a teaching slide
    // must not (whole words, case and accents ignored).
    static QString scrub(const QString &text, const Patient &patient);

    // "62 ans · Féminin".
    static QString ageAndSex(int age, Sex sex);
    // "J12 / 28", "J12" without a planned length; otherwise what StayCalendar says ("Admission
    // le 25/11/2026").
    static QString day(const AgendaItem &item, const QDate &meetingDate);
    // "RFR · HTP": the programme's short label (or its precision for "other") and the mode.
    static QString programmeAndMode(const Stay &stay);
    // "Sortie prévue le 08/12/2026", empty when none is planned.
    static QString plannedDischarge(const Stay &stay);

    // The score alone, as a column shows it: the assessment's value up to its first " · " or ", "
    // — the main measure (the walk's distance, Dallas' daily activities, STarT Back's total),
    // whose trend the slide gives; the rest (% of predicted, the other dimensions, the
    // psychosocial subscale) is on the chart and in the dossier.
    static QString score(const InstrumentCard &card);
    // "✔ MCID" when a change of the card reaches its threshold (since admission, else since the
    // previous result), empty otherwise.
    static QString thresholdMark(const InstrumentCard &card);
    // "Sortie : 08/12/2026", "Programme : RFR — balnéothérapie", "Orientation : médecin du
    // travail": the kind's short label, then its date, programme and text.
    static QString decision(const MeetingDecision &decision);
    // "Bilan ergonomique du poste — Ergothérapie, pour le 19/11/2026".
    static QString action(const MeetingAction &action, const QList<MeetingDiscipline> &disciplines);
};

} // namespace smr::ui
