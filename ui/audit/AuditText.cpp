#include "ui/audit/AuditText.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace smr::ui {

QString AuditText::what(const AuditEntry &e)
{
    static const QHash<QString, const char *> entities{
        {audit::Patient, QT_TR_NOOP("Patient")},
        {audit::Stay, QT_TR_NOOP("Stay")},
        {audit::Result, QT_TR_NOOP("Test result")},
        {audit::Unit, QT_TR_NOOP("Unit")},
        {audit::User, QT_TR_NOOP("Account")},
        {audit::Session, QT_TR_NOOP("Session")},
        {audit::Demo, QT_TR_NOOP("Demonstration data")},
        {audit::Assessment, QT_TR_NOOP("Admission assessment")},
        {audit::RedFlagAction, QT_TR_NOOP("Red flag action")},
        {audit::CarePlan, QT_TR_NOOP("Care plan")},
        {audit::StayGroup, QT_TR_NOOP("Group")},
        {audit::Meeting, QT_TR_NOOP("Weekly meeting")},
        {audit::MeetingEntry, QT_TR_NOOP("Meeting agenda")},
        {audit::MeetingNote, QT_TR_NOOP("Meeting note")},
        {audit::MeetingDecision, QT_TR_NOOP("Meeting decision")},
        {audit::MeetingAction, QT_TR_NOOP("Meeting action")},
        {audit::MeetingDisciplines, QT_TR_NOOP("Meeting disciplines")},
        {audit::Document, QT_TR_NOOP("Document")},
        {audit::DocumentDraft, QT_TR_NOOP("Document draft")},
        {audit::DocumentSettings, QT_TR_NOOP("Letterhead and signature")},
        {audit::OnCallNotes, QT_TR_NOOP("On-call notes")},
        {audit::Export, QT_TR_NOOP("Results export")}};
    static const QHash<QString, const char *> actions{
        {audit::Create, QT_TR_NOOP("creation")},
        {audit::Update, QT_TR_NOOP("change")},
        {audit::Admit, QT_TR_NOOP("admission confirmed")},
        {audit::Close, QT_TR_NOOP("discharge")},
        {audit::Cancel, QT_TR_NOOP("cancellation")},
        {audit::SaveDraft, QT_TR_NOOP("draft saved")},
        {audit::Record, QT_TR_NOOP("recorded")},
        {audit::Correct, QT_TR_NOOP("correction")},
        {audit::Discard, QT_TR_NOOP("draft discarded")},
        {audit::SetPassword, QT_TR_NOOP("new password")},
        {audit::SetPin, QT_TR_NOOP("new PIN")},
        {audit::Deactivate, QT_TR_NOOP("deactivated")},
        {audit::Activate, QT_TR_NOOP("reactivated")},
        {audit::SignIn, QT_TR_NOOP("signed in")},
        {audit::SignInRefused, QT_TR_NOOP("sign-in refused")},
        {audit::Load, QT_TR_NOOP("loaded")},
        {audit::Sign, QT_TR_NOOP("signed")},
        {audit::Amend, QT_TR_NOOP("new version")},
        {audit::Move, QT_TR_NOOP("moved")},
        {audit::ClearOverride, QT_TR_NOOP("choice withdrawn")},
        {audit::Start, QT_TR_NOOP("started")},
        {audit::Reorder, QT_TR_NOOP("order changed")},
        {audit::Reopen, QT_TR_NOOP("reopened for a correction")},
        {audit::Withdraw, QT_TR_NOOP("withdrawn")},
        {audit::Done, QT_TR_NOOP("done")},
        {audit::Undone, QT_TR_NOOP("open again")},
        {audit::Finalise, QT_TR_NOOP("finalised")},
        {audit::Exported, QT_TR_NOOP("exported")},
        {audit::MeetingDecided, QT_TR_NOOP("changed by a meeting decision")},
        {audit::MeetingWithdrawn, QT_TR_NOOP("put back: meeting decision withdrawn")}};
    const char *entity = entities.value(e.entity);
    // "close" is a discharge for a stay, a signature for a meeting.
    const char *action = e.entity == audit::Meeting && e.action == audit::Close ? QT_TR_NOOP("closed and signed")
                                                                                : actions.value(e.action);
    return QStringLiteral("%1 — %2").arg(entity ? tr(entity) : e.entity, action ? tr(action) : e.action);
}

QString AuditText::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("ipp"), QT_TR_NOOP("IPP")},
        {QStringLiteral("nir"), QT_TR_NOOP("NIR")},
        {QStringLiteral("ins_qualified"), QT_TR_NOOP("Qualified identity")},
        {QStringLiteral("birth_name"), QT_TR_NOOP("Birth name")},
        {QStringLiteral("used_name"), QT_TR_NOOP("Used name")},
        {QStringLiteral("first_names"), QT_TR_NOOP("First names")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("height_cm"), QT_TR_NOOP("Height (cm)")},
        {QStringLiteral("weight_kg"), QT_TR_NOOP("Weight (kg)")},
        {QStringLiteral("general_practitioner"), QT_TR_NOOP("General practitioner")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("unit_code"), QT_TR_NOOP("Unit")},
        {QStringLiteral("mode"), QT_TR_NOOP("Mode")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("admission_date"), QT_TR_NOOP("Admission")},
        {QStringLiteral("planned_discharge_date"), QT_TR_NOOP("Planned discharge")},
        {QStringLiteral("discharge_date"), QT_TR_NOOP("Discharge")},
        {QStringLiteral("meeting_id"), QT_TR_NOOP("Meeting no.")},
        {QStringLiteral("meeting_date"), QT_TR_NOOP("Meeting of")},
        {QStringLiteral("programme"), QT_TR_NOOP("Programme")},
        {QStringLiteral("programme_detail"), QT_TR_NOOP("Programme detail")},
        {QStringLiteral("referrer_type"), QT_TR_NOOP("Referred by")},
        {QStringLiteral("referrer_name"), QT_TR_NOOP("Referrer's name")},
        {QStringLiteral("coordinating_physician"), QT_TR_NOOP("Coordinating physician")},
        {QStringLiteral("cancellation_reason"), QT_TR_NOOP("Reason for cancelling")},
        {QStringLiteral("instrument"), QT_TR_NOOP("Instrument")},
        {QStringLiteral("performed_at"), QT_TR_NOOP("Performed on")},
        {QStringLiteral("answers"), QT_TR_NOOP("Answers")},
        {QStringLiteral("scores"), QT_TR_NOOP("Scores")},
        {QStringLiteral("entered_by"), QT_TR_NOOP("Entered by")},
        {QStringLiteral("remarks"), QT_TR_NOOP("Remarks")},
        {QStringLiteral("correction_reason"), QT_TR_NOOP("Reason for the correction")},
        {QStringLiteral("superseded"), QT_TR_NOOP("Replaced by a correction")},
        {QStringLiteral("label"), QT_TR_NOOP("Name")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Name")},
        {QStringLiteral("username"), QT_TR_NOOP("Login")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("has_pin"), QT_TR_NOOP("PIN")},
        {QStringLiteral("patients"), QT_TR_NOOP("Patients")},
        {QStringLiteral("stays"), QT_TR_NOOP("Stays")},
        {QStringLiteral("results"), QT_TR_NOOP("Results")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

QString AuditText::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble(), 'g', 10);
    case QJsonValue::String: {
        // Dates are stored the machine's way (2026-11-22) and read the user's (22/11/2026).
        const QString text = v.toString();
        if (text.size() == 10 && text.at(4) == QLatin1Char('-')) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                return date.toString(QStringLiteral("dd/MM/yyyy"));
        }
        return text;
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList AuditText::changes(const AuditEntry &e)
{
    // Internal bookkeeping: the record's id and version say nothing to a reader.
    static const QSet<QString> hidden{QStringLiteral("id"),
                                      QStringLiteral("version"),
                                      QStringLiteral("patient_id"),
                                      QStringLiteral("stay_id"),
                                      QStringLiteral("series_id"),
                                      QStringLiteral("revision"),
                                      QStringLiteral("instrument_version")};
    QStringList keys = e.after.keys();
    for (const QString &k : e.before.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    QStringList out;
    for (const QString &k : std::as_const(keys)) {
        if (hidden.contains(k))
            continue;
        const QJsonValue before = e.before.value(k);
        const QJsonValue after = e.after.value(k);
        if (e.before.isEmpty()) {
            if (!after.isNull())
                out << tr("%1: %2").arg(fieldLabel(k), value(after));
        } else if (e.after.isEmpty()) {
            if (!before.isNull())
                out << tr("%1: %2").arg(fieldLabel(k), value(before));
        } else if (before != after) {
            out << tr("%1: %2 → %3").arg(fieldLabel(k), value(before), value(after));
        }
    }
    return out;
}

QString AuditText::when(const AuditEntry &e)
{
    return e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

} // namespace smr::ui
