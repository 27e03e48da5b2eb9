#include "core/documents/StayLetters.h"

#include "core/Store.h"
#include "core/assessment/AssessmentText.h"
#include "core/common/Dates.h"
#include "core/documents/DocumentHtml.h"
#include "core/documents/StayFacts.h"
#include "core/instruments/ChangeAnalysis.h"
#include "core/progress/ProgressChartJson.h"
#include "core/stays/StayText.h"

#include <QLocale>

namespace smr {

namespace {

QString dateOf(const TestResult &r)
{
    return dates::display(r.performedAt.date());
}

// "Berg 48/56 — low fall risk (41–56)"
QString scoreOf(const Instrument &instrument, const TestResult &r)
{
    const Assessment a = instrument.assess(r.scores);
    return a.interpretation.isEmpty() ? a.value : QStringLiteral("%1 — %2").arg(a.value, a.interpretation);
}

QString yesNo(FlagAnswer a)
{
    return a == FlagAnswer::NotAssessed ? QString() : kFlagAnswers.label(a);
}

} // namespace

Result<DocumentContent> StayLetters::admissionReport(Store &store, StayId stayId)
{
    const Result<StayFacts> read = StayFacts::read(store, stayId);
    if (!read)
        return read.failure();
    const StayFacts &f = *read;
    if (!f.assessment)
        return Failure::invalid(QStringLiteral("assessment"),
                                tr("The admission report is written from the signed admission assessment: sign it "
                                   "first."));
    const AdmissionAssessment &a = *f.assessment;
    DocumentContent c;
    c.title = tr("Admission report — %1").arg(f.patient.displayName());
    QString h = html::heading(c.title, 1);
    h += html::labelled(tr("Patient"), f.identity());
    h += html::labelled(tr("Stay"), f.stayLine());
    h += html::labelled(tr("Referred by"), StayText::referrer(f.stay));
    h += html::labelled(tr("General practitioner"), f.patient.generalPractitioner);

    h += html::heading(tr("Reason for admission"));
    h += html::paragraph(a.reason);
    h += html::labelled(tr("Question of the referrer"), a.referrerQuestion);

    h += html::heading(tr("History and treatments"));
    h += html::paragraph(a.history);
    QStringList surgeries;
    for (const SpineSurgery &s : a.spineSurgeries)
        surgeries << (s.date.isValid() ? tr("%1 (%2)").arg(s.description, dates::display(s.date)) : s.description);
    h += html::labelled(tr("Spine surgery"), listOf(surgeries));
    h += html::labelled(tr("Comorbidities"), a.comorbidities);
    h += html::labelled(tr("Treatments"), a.treatments);
    h += html::labelled(tr("Analgesics"), kAnalgesicLevels.label(a.analgesicLevel) +
                                              (a.corticosteroids ? tr(", long-term corticosteroids") : QString()));

    h += html::heading(tr("Pain"));
    if (a.painRest || a.painActivity)
        h += html::labelled(tr("Intensity (0–10)"),
                            tr("%1 at rest, %2 on activity")
                                .arg(a.painRest ? QString::number(*a.painRest) : QStringLiteral("—"),
                                     a.painActivity ? QString::number(*a.painActivity) : QStringLiteral("—")));
    h += html::labelled(tr("Location"), a.painLocation);
    h += html::labelled(tr("Radiation"), kLegRadiations.label(a.legRadiation));

    h += html::heading(tr("Work and social situation"));
    h += html::labelled(tr("Occupation"), a.occupation);
    h += html::labelled(tr("Sick leave since"),
                        a.sickLeaveSince.isValid() ? dates::display(a.sickLeaveSince) : QString());
    if (a.occupationalCase != OccupationalCase::None)
        h += html::labelled(tr("Occupational case"), kOccupationalCases.label(a.occupationalCase));
    h += html::labelled(tr("Lives alone"), yesNo(a.livesAlone));
    h += html::labelled(tr("Home to centre"),
                        a.distanceMinutes ? tr("%n minute(s)", nullptr, *a.distanceMinutes) : QString());
    h += html::labelled(tr("Able to drive"), yesNo(a.ableToDrive));
    if (a.heightCm && a.weightKg) {
        const double bmi = *a.weightKg / ((*a.heightCm / 100.0) * (*a.heightCm / 100.0));
        h += html::labelled(tr("Height, weight, BMI"),
                            tr("%1 cm, %2 kg, BMI %3")
                                .arg(QLocale().toString(*a.heightCm, 'f', 0), QLocale().toString(*a.weightKg, 'f', 1),
                                     QLocale().toString(bmi, 'f', 1)));
    }

    h += html::heading(tr("Flags"));
    QStringList red;
    for (const RedFlag flag : kRedFlags.values())
        if (a.redFlag(flag) == FlagAnswer::Yes)
            red << kRedFlags.label(flag);
    h += red.isEmpty() ? html::paragraph(tr("No red flag.")) : html::labelled(tr("Red flags"), listOf(red));
    for (const PsychosocialFlag flag : kPsychosocialFlags.values())
        if (a.flag(flag).present)
            h += html::labelled(kPsychosocialFlags.shortLabel(flag),
                                a.flag(flag).text.isEmpty() ? tr("present") : a.flag(flag).text);
    QStringList exclusions;
    for (const Exclusion e : kExclusions.values())
        if (a.excluded(e))
            exclusions << kExclusions.label(e);
    h += html::labelled(tr("Exclusion criteria"), listOf(exclusions));
    h += html::labelled(tr("Justification"), a.exclusionJustification);

    h += html::heading(tr("Orientation"));
    if (a.chosenMode)
        h += html::labelled(tr("Mode"), kStayModes.label(*a.chosenMode));
    if (a.orientation)
        h += html::labelled(tr("Programme"), kOrientations.label(*a.orientation));
    h += html::list(a.suggestionReasons);
    h += html::paragraph(a.orientationNote);
    h += html::labelled(tr("Precautions"), AssessmentText::precautions(a.precautions));

    // The baseline: each instrument's first result of the stay.
    html::Table tests({tr("Test"), tr("Date"), tr("Result")}, {22, 14, 64});
    for (const StayFacts::Pair &p : f.pairs(store.instruments().ids()))
        if (const Instrument *instrument = store.instruments().find(p.instrument))
            tests.row({instrument->shortTitle(), dateOf(p.first), scoreOf(*instrument, p.first)});
    h += html::heading(tr("Tests at admission"));
    h += tests.isEmpty() ? html::paragraph(tr("No test recorded yet.")) : tests.html();

    if (const Result<QList<GoalStatus>> goals = store.carePlans().progress(stayId); goals && !goals->isEmpty()) {
        h += html::heading(tr("Care plan goals"));
        QStringList lines;
        for (const GoalStatus &g : *goals)
            lines << (g.goal.text.isEmpty() ? kObjectives.label(g.goal.objective)
                                            : tr("%1: %2").arg(kObjectives.label(g.goal.objective), g.goal.text)) +
                         (g.deadline.isValid() ? tr(" (by %1)").arg(dates::display(g.deadline)) : QString());
        h += html::list(lines);
    }
    h += html::paragraph(
        tr("Assessment signed by %1 on %2.").arg(a.signedBy, dates::display(a.signedAt.toLocalTime().date())));
    c.html = h;
    return c;
}

Result<DocumentContent> StayLetters::dischargeLetter(Store &store, StayId stayId)
{
    const Result<StayFacts> read = StayFacts::read(store, stayId);
    if (!read)
        return read.failure();
    const StayFacts &f = *read;
    DocumentContent c;
    c.title = tr("Discharge letter — %1").arg(f.patient.displayName());
    QString h = html::heading(c.title, 1);
    QStringList to;
    if (const QString referrer = StayText::referrer(f.stay); !referrer.isEmpty())
        to << tr("%1, referring physician").arg(referrer);
    if (!f.patient.generalPractitioner.isEmpty())
        to << tr("%1, general practitioner").arg(f.patient.generalPractitioner);
    h += html::labelled(tr("To"), listOf(to));
    h += html::labelled(tr("Patient"), f.identity());
    h += html::paragraph(tr("Dear colleague,"));
    const QString programme =
        f.stay.programme ? lowerFirst(kProgrammes.label(*f.stay.programme)) : tr("individual rehabilitation");
    h += html::paragraph((f.patient.sex == Sex::Female ? tr("Your patient Ms %1 stayed in our unit %2, in the %3 "
                                                            "programme.")
                                                       : tr("Your patient Mr %1 stayed in our unit %2, in the %3 "
                                                            "programme."))
                             .arg(f.patient.displayName(), f.stayLine(), programme));
    if (f.assessment) {
        h += html::labelled(tr("Reason for admission"), f.assessment->reason);
        h += html::labelled(tr("Precautions"), AssessmentText::precautions(f.assessment->precautions));
    }

    // Scores at admission and at discharge.
    html::Table table({tr("Test"), tr("Admission"), tr("Discharge"), tr("Change")}, {16, 24, 24, 36});
    QStringList charted;
    for (const StayFacts::Pair &p : f.pairs(store.instruments().ids())) {
        const Instrument *instrument = store.instruments().find(p.instrument);
        if (!instrument)
            continue;
        const bool twice = p.first.id != p.latest.id;
        QString change = tr("single measure");
        if (twice) {
            const std::optional<MeasureChange> m =
                ChangeAnalysis::mainChange(*instrument, p.first.scores, p.latest.scores);
            change = m ? ChangeAnalysis::describe(*m) : QString();
            if (charted.size() < MaxCharts)
                charted << p.instrument;
        }
        table.row({instrument->shortTitle(),
                   tr("%1 (%2)").arg(instrument->assess(p.first.scores).value, dateOf(p.first)),
                   twice ? tr("%1 (%2)").arg(instrument->assess(p.latest.scores).value, dateOf(p.latest))
                         : QStringLiteral("—"),
                   change});
    }
    h += html::heading(tr("Progress of the scores"));
    if (table.isEmpty()) {
        h += html::paragraph(tr("No test was recorded during the stay."));
    } else {
        h += table.html();
        h += html::paragraph(tr("MCID: minimal clinically important difference; MDC: minimal detectable change."));
    }
    QList<html::Markup> chartCells;
    for (const QString &id : charted) {
        const Instrument *instrument = store.instruments().find(id);
        const Result<ProgressChart> chart = store.progress().chart(stayId, id, instrument->measures().first().key);
        if (!chart || chart->isEmpty())
            continue;
        const QString name = QStringLiteral("%1-%2").arg(id, instrument->measures().first().key);
        c.charts.insert(name, progress_json::toJson(*chart));
        chartCells << html::Markup{html::chart(name, 84, 56)};
    }
    // Two charts a row: the letter stays short.
    if (!chartCells.isEmpty()) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
        for (qsizetype i = 0; i < chartCells.size(); i += 2)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                     .arg(chartCells.at(i).html, i + 1 < chartCells.size() ? chartCells.at(i + 1).html : QString());
        h += QStringLiteral("</table>\n");
    }

    if (const Result<QList<GoalStatus>> goals = store.carePlans().progress(stayId); goals && !goals->isEmpty()) {
        html::Table g({tr("Goal"), tr("Status"), tr("Where it stands")}, {40, 14, 46});
        for (const GoalStatus &s : *goals)
            g.row({s.goal.text.isEmpty() ? kObjectives.label(s.goal.objective)
                                         : tr("%1: %2").arg(kObjectives.label(s.goal.objective), s.goal.text),
                   kGoalStatuses.label(s.progress.status), s.progress.explanation});
        h += html::heading(tr("Care plan goals"));
        h += g.html();
    }

    h += html::heading(tr("Recommendations"));
    QStringList advice;
    advice << tr("Continue every day the self-exercise programme taught during the stay.");
    if (f.assessment && f.assessment->sickLeaveSince.isValid())
        advice << tr("Return to work: on sick leave since %1; a pre-return visit with the occupational physician is "
                     "advised to prepare it.")
                      .arg(dates::display(f.assessment->sickLeaveSince));
    else
        advice << tr("Return to work: no sick leave in progress at admission.");
    const QDate end = f.endDay();
    advice << tr("Follow-up consultation in our unit between %1 and %2 (3 to 6 months after discharge).")
                  .arg(dates::display(end.addMonths(3)), dates::display(end.addMonths(6)));
    h += html::list(advice);
    h += html::paragraph(tr("Yours sincerely,"));
    c.html = h;
    return c;
}

} // namespace smr
