#include "ui/meeting/SlideText.h"

#include "core/meetings/MeetingText.h"

#include "core/careplan/CarePlan.h"
#include "core/common/Dates.h"
#include "core/stays/StayCalendar.h"

#include <QRegularExpression>
#include <QStringList>

namespace smr::ui {

namespace {

// "J.-P." for "Jean-Pierre", "M." for "Marie".
QString initialsOf(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed.left(1).toUpper() + QLatin1Char('.');
    }
    return parts.join(QLatin1Char('-'));
}

// The words a name is made of: "DUPONT-MARTIN" → DUPONT, MARTIN; "Marie Louise" → Marie, Louise.
QStringList wordsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,'’-]+"));
    QStringList words;
    for (const QString &word : name.split(separators, Qt::SkipEmptyParts)) {
        // One letter is no name and would eat every "a" of a text.
        if (word.size() >= 2)
            words << word;
    }
    return words;
}

} // namespace

QString SlideText::patientName(const Patient &patient, bool initialsOnly)
{
    return initialsOnly ? initials(patient) : patient.displayName();
}

QString SlideText::initials(const Patient &patient)
{
    static const QRegularExpression givenSeparators(QStringLiteral("[\\s,]+"));
    const QStringList given = patient.firstNames.split(givenSeparators, Qt::SkipEmptyParts);
    QStringList parts;
    if (!given.isEmpty())
        parts << initialsOf(given.first());
    const QString birth = patient.birthName.trimmed();
    if (!birth.isEmpty())
        parts << birth.left(1).toUpper() + QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

QString SlideText::scrub(const QString &text, const Patient &patient)
{
    QString out = text;
    const QStringList names = wordsOf(patient.birthName) + wordsOf(patient.usedName) + wordsOf(patient.firstNames);
    for (const QString &name : names) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        out.replace(word, name.left(1).toUpper() + QLatin1Char('.'));
    }
    for (const QString &identifier : {patient.ipp, patient.nir}) {
        if (identifier.size() >= 2)
            out.replace(identifier, QStringLiteral("…"), Qt::CaseInsensitive);
    }
    return out;
}

QString SlideText::ageAndSex(int age, Sex sex)
{
    return tr("%1 · %2").arg(tr("%n year(s)", nullptr, age), kSexes.label(sex));
}

QString SlideText::day(const AgendaItem &item, const QDate &meetingDate)
{
    if (!item.day)
        return StayCalendar::progressText(item.stay, meetingDate);
    if (item.length)
        return tr("Day %1 / %2").arg(*item.day).arg(*item.length);
    return tr("Day %1").arg(*item.day);
}

QString SlideText::programmeAndMode(const Stay &stay)
{
    QStringList parts;
    if (stay.programme) {
        if (*stay.programme == Programme::Other && !stay.programmeDetail.isEmpty())
            parts << stay.programmeDetail;
        else
            parts << kProgrammes.shortLabel(*stay.programme);
    }
    parts << kStayModes.shortLabel(stay.mode);
    return parts.join(QStringLiteral(" · "));
}

QString SlideText::plannedDischarge(const Stay &stay)
{
    if (!stay.plannedDischargeDate.isValid())
        return {};
    return tr("Planned discharge %1").arg(dates::display(stay.plannedDischargeDate));
}

QString SlideText::score(const InstrumentCard &card)
{
    QString value = card.assessment.value;
    for (const QString &separator : {QStringLiteral(" · "), QStringLiteral(", ")}) {
        const qsizetype at = value.indexOf(separator);
        if (at > 0)
            value.truncate(at);
    }
    return value;
}

QString SlideText::thresholdMark(const InstrumentCard &card)
{
    for (const std::optional<MeasureChange> &change : {card.sinceAdmission, card.sincePrevious}) {
        if (change && change->threshold && change->beyondThreshold.value_or(false) &&
            change->trend != MeasureChange::Trend::Unchanged)
            return QStringLiteral("✔ %1").arg(ChangeAnalysis::nameOf(*change->threshold));
    }
    return {};
}

QString SlideText::decision(const MeetingDecision &decision)
{
    QStringList details;
    if (decision.date.isValid())
        details << dates::display(decision.date);
    if (decision.programme)
        details << kProgrammes.shortLabel(*decision.programme);
    if (!decision.text.trimmed().isEmpty())
        details << decision.text.trimmed();
    const QString kind = kDecisionKinds.shortLabel(decision.kind);
    if (details.isEmpty())
        return kind;
    return tr("%1: %2").arg(kind, details.join(QStringLiteral(" — ")));
}

QString SlideText::action(const MeetingAction &action, const QList<MeetingDiscipline> &disciplines)
{
    const QString what = action.what.trimmed();
    const QString owner = MeetingText::discipline(action.owner, disciplines);
    if (!action.due.isValid())
        return owner.isEmpty() ? what : tr("%1 — %2").arg(what, owner);
    if (owner.isEmpty())
        return tr("%1, due %2").arg(what, dates::display(action.due));
    return tr("%1 — %2, due %3").arg(what, owner, dates::display(action.due));
}

} // namespace smr::ui
