#include "core/documents/OnCallSheetComposer.h"

#include "core/Store.h"
#include "core/assessment/AssessmentText.h"
#include "core/common/Dates.h"
#include "core/documents/DocumentHtml.h"
#include "core/documents/PatientLine.h"
#include "core/documents/StayFacts.h"
#include "core/stays/StayCalendar.h"
#include "core/units/UnitService.h"

namespace smr {

// Decisions of the sheet:
// - Which stays: the unit's stays in progress on the day (StayRepository::inProgressOn: admitted
//   on or before it and not discharged); pre-admissions are not on the ward yet, and a patient
//   expected tomorrow is the next sheet's.
// - Order: full hospitalisation first (the patients the physician on call may be called for at
//   night), then day hospital, each in the patient list's order (name). A day-hospital patient
//   is at home nights and weekends: its block says so first.
// - Each block: identity (name, sex, age, birth date, IPP), mode, programme, day of stay and
//   planned discharge on the left; on the right the on-call notes (medical issues, treatments to
//   watch), the red flags answered yes in the current admission assessment (its latest revision,
//   as the header's alerts) with the actions recorded, the precautions (AssessmentText, the
//   header's wording), then the "if … then …" instructions. A stay without notes says "No on-call
//   notes"; a line with nothing to say is left out, never shown empty.
// - Reads: four queries for any number of patients (the unit; the stays with their patients and
//   notes; the current assessments; the red-flag actions), all in one read.
// - Compact: one table row per patient, 9 pt, so that five to seven patients fit an A4 page; each
//   row is a table of its own, so that no patient's block is cut across two pages.

namespace {

struct SheetData {
    Unit unit;
    QList<OnCallStay> stays;
    QMap<StayId, AdmissionAssessment> assessments;
    QMap<StayId, QList<RedFlagAction>> actions;
};

class Block
{
    Q_DECLARE_TR_FUNCTIONS(OnCallSheetComposer)

public:
    // "<b>Label:</b> text", the text escaped with its line breaks; nothing when it is empty.
    void line(const QString &label, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        m_lines << QStringLiteral("<b>%1</b> %2").arg(html::escape(tr("%1:").arg(label)), html::escape(text.trimmed()));
    }
    void plain(const QString &text) { m_lines << html::escape(text); }
    void bold(const QString &text) { m_lines << QStringLiteral("<b>%1</b>").arg(html::escape(text)); }
    void italic(const QString &text) { m_lines << QStringLiteral("<i>%1</i>").arg(html::escape(text)); }
    html::Markup markup() const { return {m_lines.join(QStringLiteral("<br/>"))}; }

private:
    QStringList m_lines;
};

// "history of cancer (MRI requested — Dr Vernet, 20/11/2026) · fever (no action recorded)"
QString redFlags(const AdmissionAssessment &a, const QList<RedFlagAction> &actions)
{
    QStringList out;
    for (RedFlag flag : kRedFlags.values()) {
        if (a.redFlag(flag) != FlagAnswer::Yes)
            continue;
        QStringList done;
        for (const RedFlagAction &r : actions)
            if (r.flag == flag)
                done << OnCallSheetComposer::tr("%1 — %2, %3")
                            .arg(r.action, r.recordedBy, dates::display(r.recordedAt.toLocalTime().date()));
        out << OnCallSheetComposer::tr("%1 (%2)").arg(
            kRedFlags.shortLabel(flag), done.isEmpty() ? OnCallSheetComposer::tr("no action recorded") : listOf(done));
    }
    return out.join(QStringLiteral(" · ")); // the precautions' separator: no language's punctuation
}

QList<html::Markup> block(const OnCallStay &row, const QDate &day, const AdmissionAssessment *assessment,
                          const QList<RedFlagAction> &actions)
{
    const Stay &stay = row.stay;
    Block who;
    who.bold(row.patient.displayName());
    who.plain(PatientLine::facts(row.patient, day));
    // "HC · Spine restoration · Day 12 of 28", then the planned discharge: five short lines at most.
    QStringList where{kStayModes.shortLabel(stay.mode)};
    if (stay.programme)
        where << kProgrammes.shortLabel(*stay.programme);
    where << StayCalendar::progressText(stay, day);
    who.plain(where.join(QStringLiteral(" · ")));
    if (stay.plannedDischargeDate.isValid())
        who.plain(OnCallSheetComposer::tr("Planned discharge on %1").arg(dates::display(stay.plannedDischargeDate)));

    Block what;
    if (stay.mode == StayMode::DayHospital)
        what.italic(OnCallSheetComposer::tr("Day hospital: at home nights and weekends"));
    const bool notes = row.notes && !row.notes->isEmpty();
    if (notes) {
        what.line(OnCallSheetComposer::tr("Medical issues"), row.notes->medicalIssues);
        what.line(OnCallSheetComposer::tr("Treatments to watch"), row.notes->treatments);
    } else {
        what.italic(OnCallSheetComposer::tr("No on-call notes"));
    }
    if (assessment) {
        what.line(OnCallSheetComposer::tr("Red flags"), redFlags(*assessment, actions));
        what.line(OnCallSheetComposer::tr("Precautions"), AssessmentText::precautions(assessment->precautions));
    }
    if (notes)
        what.line(OnCallSheetComposer::tr("Instructions"), row.notes->instructions);
    return {who.markup(), what.markup()};
}

} // namespace

Result<DocumentContent> OnCallSheetComposer::compose(Store &store, const QString &unitCodeText, const QDate &day)
{
    const QString unitCode = unitCodeText.trimmed().toLower();
    const Result<SheetData> read = store.writer().read([&]() -> Result<SheetData> {
        QList<FieldError> errors;
        const std::optional<Unit> unit = store.unitRepository().find(unitCode);
        if (!unit)
            errors << UnitService::checkKnown(store.unitRepository(), unitCodeText).value_or(FieldError{});
        if (!day.isValid())
            errors << FieldError{DayField, tr("The day of the on-call sheet is required (a date).")};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        SheetData data;
        data.unit = *unit;
        data.stays = store.onCallRepository().inProgress(unitCode, day);
        if (!data.stays.isEmpty()) {
            data.assessments = store.assessmentRepository().currentInProgress(unitCode, day);
            data.actions = store.assessmentRepository().actionsInProgress(unitCode, day);
        }
        return data;
    });
    if (!read)
        return read.failure();
    const SheetData &data = *read;

    QList<OnCallStay> full;
    QList<OnCallStay> dayHospital;
    for (const OnCallStay &row : data.stays)
        (row.stay.mode == StayMode::DayHospital ? dayHospital : full) << row;

    DocumentContent content;
    content.title = tr("On-call handover sheet — %1 — %2").arg(data.unit.label, dates::display(day));
    // Smaller headings than the letters': the sheet is about fitting patients on a page.
    QString h = html::heading(content.title, 2);
    QStringList modes;
    if (!full.isEmpty())
        modes << tr("%n in full hospitalisation", nullptr, int(full.size()));
    if (!dayHospital.isEmpty())
        modes << tr("%n in day hospital", nullptr, int(dayHospital.size()));
    h += html::paragraph(tr("On-call of %1 · unit %2 · %n patient(s) in progress", nullptr, int(data.stays.size()))
                             .arg(dates::display(day), data.unit.label) +
                         (modes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(modes.join(QStringLiteral(", ")))));
    if (data.stays.isEmpty())
        h += html::paragraph(tr("No patient is in progress in the unit on %1.").arg(dates::display(day)));
    for (const auto &[mode, rows] :
         {std::pair{StayMode::FullHospitalisation, full}, std::pair{StayMode::DayHospital, dayHospital}}) {
        if (rows.isEmpty())
            continue;
        h += html::heading(kStayModes.label(mode), 3);
        html::Table table({tr("Patient"), tr("For the physician on call")}, {30, 70});
        for (const OnCallStay &row : rows) {
            const auto assessment = data.assessments.constFind(row.stay.id);
            table.row(block(row, day, assessment == data.assessments.cend() ? nullptr : &assessment.value(),
                            data.actions.value(row.stay.id)));
        }
        // 9 pt: four to five patients on an A4 page (the body text of the letters is larger).
        h += QStringLiteral("<div style=\"font-size: 9pt\">%1</div>\n").arg(table.htmlRowByRow());
    }
    content.html = h;
    return content;
}

} // namespace smr
