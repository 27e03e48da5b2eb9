#include "core/meetings/MeetingService.h"

#include "core/audit/AuditEntry.h"
#include "core/audit/Snapshots.h"
#include "core/audit/Writer.h"
#include "core/careplan/CarePlan.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/meetings/AgendaRules.h"
#include "core/meetings/MeetingJson.h"
#include "core/meetings/MeetingRepository.h"
#include "core/progress/ProgressRepository.h"
#include "core/units/UnitService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace smr {

MeetingService::MeetingService(Writer &writer, MeetingRepository &meetings, StayRepository &stays,
                               PatientRepository &patients, UnitRepository &units, ResultRepository &results,
                               ProgressRepository &progress, CarePlanService &plans,
                               const InstrumentCatalog &instruments, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_meetings(meetings)
    , m_stays(stays)
    , m_patients(patients)
    , m_units(units)
    , m_results(results)
    , m_progress(progress)
    , m_plans(plans)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

// --- Helpers -----------------------------------------------------------------------------------

Failure MeetingService::conflict() const
{
    return Failure::conflict(tr("This meeting was changed elsewhere since you looked. Nothing was saved: look at it "
                                "again, then redo your change."));
}

Failure MeetingService::meetingNotFound(MeetingId id) const
{
    return Failure::notFound(MeetingField, tr("No meeting has the identifier %1.").arg(id.value));
}

Result<Meeting> MeetingService::writable(MeetingId id)
{
    const std::optional<Meeting> meeting = m_meetings.find(id);
    if (!meeting)
        return meetingNotFound(id);
    if (meeting->isClosed())
        return closedMeeting(*meeting);
    return *meeting;
}

Failure MeetingService::closedMeeting(const Meeting &meeting) const
{
    return Failure::invalid(StatusField, tr("The meeting of %1 is closed and signed: it can no longer be changed. To "
                                            "correct it, reopen it for a correction, with its reason.")
                                             .arg(dates::display(meeting.date)));
}

Result<MeetingEntry> MeetingService::entryOf(const Meeting &meeting, StayId stay)
{
    const std::optional<MeetingEntry> entry = m_meetings.findEntry(meeting.id, stay);
    if (!entry)
        return Failure::invalid(StayField, tr("Stay no. %1 is not on the agenda of the meeting of %2.")
                                               .arg(stay.value)
                                               .arg(dates::display(meeting.date)));
    return *entry;
}

std::optional<FieldError> MeetingService::checkDiscipline(const QString &code, const QString &field)
{
    QStringList active;
    for (const MeetingDiscipline &d : m_meetings.disciplines()) {
        if (!d.active)
            continue;
        if (d.code == code)
            return std::nullopt;
        active << d.code;
    }
    return FieldError{field, tr("Unknown or inactive discipline \"%1\": the discipline must be one of %2.")
                                 .arg(code, active.join(QStringLiteral(", ")))};
}

bool MeetingService::writesNoteOf(const Actor &actor, const QString &discipline)
{
    if (actor.can(Right::ManageMeetings))
        return true;
    if (!actor.can(Right::WriteNotes))
        return false;
    for (Role role : actor.roles)
        if (disciplineOf(role) == discipline)
            return true;
    return false;
}

bool MeetingService::ticksActions(const Actor &actor)
{
    return actor.can(Right::WriteNotes) || actor.can(Right::ManageMeetings);
}

Status MeetingService::mayWriteNote(const QString &discipline) const
{
    const Session &session = m_writer.session();
    if (Status signedIn = session.requireSignedIn(); !signedIn)
        return signedIn;
    const Actor &actor = *session.actor();
    if (writesNoteOf(actor, discipline))
        return Done{};
    if (Status may = session.require(Right::WriteNotes); !may)
        return may;
    QStringList own;
    for (Role role : actor.roles)
        if (const std::optional<QString> d = disciplineOf(role))
            own << *d;
    return Failure::forbidden(tr("Refused: %1 writes the notes of %2 only; the note of %3 is written by its "
                                 "discipline or by whoever runs the meeting.")
                                  .arg(actor.displayName, own.join(QStringLiteral(", ")), discipline));
}

QString MeetingService::authorOf(const Change &change)
{
    return change.actor() ? change.actor()->displayName : QString();
}

void MeetingService::addToAgenda(Change &change, const Meeting &meeting, const UnitStay &stay, int position)
{
    m_meetings.insertEntry(meeting.id, stay.stay.id, position, change.now());
    change.record(audit::MeetingEntry, stay.stay.id, stay.patient.id, audit::Create, {},
                  QJsonObject{{QStringLiteral("meeting_id"), meeting.id.value},
                              {QStringLiteral("meeting_date"), dates::toIso(meeting.date)}});
}

void MeetingService::orderAgenda(const Meeting &meeting)
{
    const std::optional<Meeting> previous = m_meetings.previous(meeting.unitCode, meeting.date);
    QList<AgendaRules::Candidate> candidates;
    for (const AgendaRow &row : m_meetings.agenda(meeting.id))
        candidates << AgendaRules::Candidate{row.stay, row.patient.displayName()};
    const QList<StayId> order =
        AgendaRules::order(candidates, meeting.date, previous ? std::optional(previous->date) : std::nullopt);
    for (int i = 0; i < order.size(); ++i)
        m_meetings.setPosition(meeting.id, order.at(i), i);
}

// --- The meeting -------------------------------------------------------------------------------

Result<MeetingId> MeetingService::create(const QString &unitCodeText, const QDate &date)
{
    const QString unitCode = unitCodeText.trimmed().toLower();
    MeetingId created;
    const Result<MeetingId> result = m_writer.write(Right::ManageMeetings, [&](Change &change) -> Result<MeetingId> {
        QList<FieldError> errors;
        if (const std::optional<FieldError> unknown = UnitService::checkKnown(m_units, unitCodeText))
            errors << *unknown;
        const QDate today = m_clock.today();
        if (!date.isValid())
            errors << FieldError{
                DateField,
                tr("The date of the meeting is required (a date, for example %1).").arg(dates::display(today))};
        else if (qAbs(today.daysTo(date)) > 366)
            errors << FieldError{
                DateField,
                tr("The date of the meeting must be within a year of today (%1).").arg(dates::display(today))};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        if (m_meetings.find(unitCode, date))
            return Failure::invalid(DateField, tr("The unit already has a meeting on %1: open it rather than creating "
                                                  "another.")
                                                   .arg(dates::display(date)));
        Meeting meeting;
        meeting.unitCode = unitCode;
        meeting.date = date;
        meeting.id = m_meetings.insert(meeting, change.now());
        meeting.version = 1;
        const QList<UnitStay> stays = m_progress.staysInProgress(unitCode, date);
        for (int i = 0; i < stays.size(); ++i)
            addToAgenda(change, meeting, stays.at(i), i);
        orderAgenda(meeting);
        change.record(audit::Meeting, meeting.id, PatientId(), audit::Create, {}, snapshot::of(meeting));
        created = meeting.id;
        return meeting.id;
    });
    if (result)
        emit meetingChanged(created);
    return result;
}

Result<int> MeetingService::refreshAgenda(MeetingId id)
{
    const Result<int> result = m_writer.write(Right::ManageMeetings, [&](Change &change) -> Result<int> {
        const Result<Meeting> meeting = writable(id);
        if (!meeting)
            return meeting.failure();
        QSet<StayId> present;
        const QList<AgendaRow> rows = m_meetings.agenda(id);
        for (const AgendaRow &row : rows)
            present.insert(row.stay.id);
        int added = 0;
        for (const UnitStay &s : m_progress.staysInProgress(meeting->unitCode, meeting->date)) {
            if (present.contains(s.stay.id))
                continue;
            addToAgenda(change, *meeting, s, int(rows.size()) + added);
            ++added;
        }
        if (added == 0) {
            change.markUnchanged();
            return 0;
        }
        if (!meeting->orderedByHand)
            orderAgenda(*meeting);
        return added;
    });
    if (result && *result > 0)
        emit meetingChanged(id);
    return result;
}

Status MeetingService::saveMeeting(Right right, MeetingId id, int knownVersion, const QString &action,
                                   const std::function<Status(Meeting &, Change &)> &edit, bool closedToo)
{
    const Status result = m_writer.write(right, [&](Change &change) -> Status {
        const std::optional<Meeting> stored = m_meetings.find(id);
        if (!stored)
            return meetingNotFound(id);
        if (stored->isClosed() && !closedToo)
            return closedMeeting(*stored);
        if (stored->version != knownVersion)
            return conflict();
        Meeting next = *stored;
        if (Status ok = edit(next, change); !ok)
            return ok;
        if (change.isUnchanged())
            return Done{};
        if (!m_meetings.update(next, change.now()))
            return conflict();
        next.version = stored->version + 1;
        change.record(audit::Meeting, id, PatientId(), action, snapshot::of(*stored), snapshot::of(next));
        return Done{};
    });
    if (result)
        emit meetingChanged(id);
    return result;
}

Status MeetingService::setAttendees(MeetingId id, const QList<Attendee> &attendees, int knownVersion)
{
    return saveMeeting(
        Right::ManageMeetings, id, knownVersion, audit::Update, [&](Meeting &meeting, Change &) -> Status {
            QList<FieldError> errors;
            QList<Attendee> clean;
            QSet<QString> names;
            for (int i = 0; i < attendees.size(); ++i) {
                Attendee a = attendees.at(i);
                a.name = a.name.simplified();
                const QString field = QStringLiteral("%1[%2]").arg(AttendeesField).arg(i);
                if (a.name.isEmpty())
                    errors << FieldError{field + QStringLiteral(".name"),
                                         tr("Attendee %1: the name is required.").arg(i + 1)};
                else if (a.name.size() > 100)
                    errors << FieldError{field + QStringLiteral(".name"),
                                         tr("Attendee %1: the name is too long (at most 100 characters).").arg(i + 1)};
                else if (names.contains(a.name.toCaseFolded()))
                    errors << FieldError{field + QStringLiteral(".name"),
                                         tr("%1 is already in the list of attendees.").arg(a.name)};
                names.insert(a.name.toCaseFolded());
                if (std::optional<FieldError> e = checkDiscipline(a.discipline, field + QStringLiteral(".discipline")))
                    errors << FieldError{e->field, tr("Attendee %1: %2").arg(i + 1).arg(e->message)};
                clean << a;
            }
            if (!errors.isEmpty())
                return Failure::invalid(errors);
            meeting.attendees = clean;
            return Done{};
        });
}

Status MeetingService::start(MeetingId id, int knownVersion)
{
    return saveMeeting(
        Right::ManageMeetings, id, knownVersion, audit::Start, [&](Meeting &meeting, Change &) -> Status {
            if (meeting.status != MeetingStatus::Preparing)
                return Failure::invalid(StatusField,
                                        tr("The meeting of %1 has already started.").arg(dates::display(meeting.date)));
            meeting.status = MeetingStatus::InProgress;
            return Done{};
        });
}

Status MeetingService::reorder(MeetingId id, const QList<StayId> &order, int knownVersion)
{
    return saveMeeting(
        Right::ManageMeetings, id, knownVersion, audit::Reorder, [&](Meeting &meeting, Change &change) -> Status {
            QList<StayId> stored;
            for (const AgendaRow &row : m_meetings.agenda(id))
                stored << row.stay.id;
            QList<StayId> sortedOrder = order;
            QList<StayId> sortedStored = stored;
            std::sort(sortedOrder.begin(), sortedOrder.end());
            std::sort(sortedStored.begin(), sortedStored.end());
            if (sortedOrder != sortedStored)
                return Failure::invalid(OrderField, tr("The new order must list every patient of the agenda once "
                                                       "(%1 patients); the agenda changed: look at it again.")
                                                        .arg(stored.size()));
            if (order == stored) {
                change.markUnchanged();
                return Done{};
            }
            for (int i = 0; i < order.size(); ++i)
                m_meetings.setPosition(id, order.at(i), i);
            meeting.orderedByHand = true;
            return Done{};
        });
}

Status MeetingService::close(MeetingId id, int knownVersion)
{
    return saveMeeting(
        Right::CloseMeetings, id, knownVersion, audit::Close, [&](Meeting &meeting, Change &change) -> Status {
            if (meeting.status != MeetingStatus::InProgress)
                return Failure::invalid(StatusField, tr("A meeting is closed once it has taken place: start the "
                                                        "meeting of %1 first.")
                                                         .arg(dates::display(meeting.date)));
            if (meeting.attendees.isEmpty())
                return Failure::invalid(AttendeesField, tr("Name the attendees before closing the meeting: at "
                                                           "least one, with their discipline."));
            meeting.status = MeetingStatus::Closed;
            meeting.signedVersions += 1;
            meeting.signedBy = authorOf(change);
            meeting.signedAt = QDateTime::fromString(change.now(), Qt::ISODate);
            m_meetings.insertSignature(id, meeting.signedVersions, meeting.signedBy, change.now(),
                                       meeting.correctionReason, signedContent(meeting));
            return Done{};
        });
}

Status MeetingService::reopenForCorrection(MeetingId id, const QString &reasonText, int knownVersion)
{
    const QString reason = reasonText.trimmed();
    return saveMeeting(
        Right::CloseMeetings, id, knownVersion, audit::Reopen,
        [&](Meeting &meeting, Change &) -> Status {
            if (!meeting.isClosed())
                return Failure::invalid(StatusField, tr("Only a closed meeting is reopened for a correction; the "
                                                        "meeting of %1 is %2.")
                                                         .arg(dates::display(meeting.date),
                                                              kMeetingStatuses.label(meeting.status).toLower()));
            if (reason.isEmpty())
                return Failure::invalid(ReasonField, tr("The reason for the correction is required: say what is "
                                                        "corrected and why."));
            if (reason.size() > MaxTextLength)
                return Failure::invalid(ReasonField, tr("The reason for the correction is too long (at most %1 "
                                                        "characters).")
                                                         .arg(MaxTextLength));
            meeting.status = MeetingStatus::InProgress;
            meeting.correctionReason = reason;
            return Done{};
        },
        true);
}

QString MeetingService::signedContent(const Meeting &meeting)
{
    const QJsonObject content =
        meetingjson::minutes(meeting, m_meetings.agenda(meeting.id), m_meetings.notes(meeting.id),
                             m_meetings.decisions(meeting.id), m_meetings.actionsFor(meeting.id, meeting.date));
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

// --- Disciplines -------------------------------------------------------------------------------

namespace {
// The built-in disciplines are those with a label of their own (MeetingService::nameOf).
bool isBuiltIn(const QString &code)
{
    return MeetingService::nameOf(MeetingDiscipline{code, {}, 0, true}) != code;
}
} // namespace

Result<QList<MeetingDiscipline>> MeetingService::disciplines(bool includeInactive)
{
    return m_writer.read([&]() -> Result<QList<MeetingDiscipline>> {
        QList<MeetingDiscipline> out;
        for (const MeetingDiscipline &d : m_meetings.disciplines())
            if (d.active || includeInactive)
                out << d;
        return out;
    });
}

Status MeetingService::saveDisciplines(const QList<MeetingDiscipline> &list)
{
    return m_writer.write(Right::ManageMeetings, [&](Change &change) -> Status {
        static const QRegularExpression codeRule(QStringLiteral("^[a-z][a-z0-9_]{1,39}$"));
        QList<FieldError> errors;
        QList<MeetingDiscipline> clean;
        QSet<QString> codes;
        bool anyActive = false;
        for (int i = 0; i < list.size(); ++i) {
            MeetingDiscipline d = list.at(i);
            d.code = d.code.trimmed();
            d.name = d.name.simplified();
            d.position = i;
            const QString field = QStringLiteral("%1[%2]").arg(DisciplineField).arg(i);
            if (!codeRule.match(d.code).hasMatch())
                errors << FieldError{field + QStringLiteral(".code"),
                                     tr("Discipline %1: the code \"%2\" must be 2 to 40 lower-case letters, digits "
                                        "or _, starting with a letter.")
                                         .arg(i + 1)
                                         .arg(d.code)};
            else if (codes.contains(d.code))
                errors << FieldError{field + QStringLiteral(".code"),
                                     tr("Discipline %1: the code \"%2\" is listed twice.").arg(i + 1).arg(d.code)};
            codes.insert(d.code);
            if (d.name.isEmpty() && !isBuiltIn(d.code))
                errors << FieldError{field + QStringLiteral(".name"),
                                     tr("Discipline %1: the name is required.").arg(i + 1)};
            else if (d.name.size() > 60)
                errors << FieldError{field + QStringLiteral(".name"),
                                     tr("Discipline %1: the name is too long (at most 60 characters).").arg(i + 1)};
            anyActive = anyActive || d.active;
            clean << d;
        }
        if (!anyActive)
            errors << FieldError{DisciplineField, tr("At least one discipline must stay active.")};
        if (!errors.isEmpty())
            return Failure::invalid(errors);
        const QList<MeetingDiscipline> before = m_meetings.disciplines();
        m_meetings.replaceDisciplines(clean);
        const QList<MeetingDiscipline> after = m_meetings.disciplines();
        if (before.size() == after.size() && std::equal(before.begin(), before.end(), after.begin(),
                                                        [](const MeetingDiscipline &a, const MeetingDiscipline &b) {
                                                            return a.code == b.code && a.name == b.name &&
                                                                   a.position == b.position && a.active == b.active;
                                                        })) {
            change.markUnchanged();
            return Done{};
        }
        change.record(audit::MeetingDisciplines, QString(), PatientId(), audit::Update,
                      meetingjson::disciplines(before), meetingjson::disciplines(after));
        return Done{};
    });
}

QString MeetingService::nameOf(const MeetingDiscipline &d)
{
    if (!d.name.isEmpty())
        return d.name;
    if (d.code == QLatin1StringView("medicine"))
        return tr("Medicine");
    for (Discipline x : kDisciplines.values())
        if (kDisciplines.code(x) == d.code)
            return kDisciplines.label(x);
    return d.code;
}

std::optional<QString> MeetingService::disciplineOf(Role role)
{
    switch (role) {
    case Role::Physician:
        return QStringLiteral("medicine");
    case Role::Physiotherapist:
        return QStringLiteral("physiotherapy");
    case Role::OccupationalTherapist:
        return QStringLiteral("occupational_therapy");
    case Role::AdaptedPhysicalActivity:
        return QStringLiteral("adapted_physical_activity");
    case Role::Psychomotricist:
        return QStringLiteral("psychomotricity");
    case Role::Nurse:
        return QStringLiteral("nursing");
    case Role::Psychologist:
        return QStringLiteral("psychology");
    case Role::SocialWorker:
        return QStringLiteral("social_work");
    case Role::Secretary:
    case Role::Administrator:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace smr
