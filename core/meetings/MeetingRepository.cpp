#include "core/meetings/MeetingRepository.h"

#include "core/common/Dates.h"
#include "core/meetings/MeetingJson.h"
#include "core/patients/PatientRepository.h"
#include "core/stays/StayRepository.h"
#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace smr {

namespace {

// The end of a meeting's query, for one stay or (invalid) every stay, oldest first.
QString andStay(StayId stay)
{
    return stay.isValid() ? QStringLiteral(" AND stay_id = ? ORDER BY id") : QStringLiteral(" ORDER BY id");
}

QDateTime readTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate); // stored with its Z: read as UTC
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString attendeesJson(const QList<Attendee> &attendees)
{
    return QString::fromUtf8(QJsonDocument(meetingjson::attendees(attendees)).toJson(QJsonDocument::Compact));
}

const QString kMeetingColumns = QStringLiteral("id, unit_code, meeting_date, status, attendees, ordered_by_hand, "
                                               "signed_versions, signed_by, signed_at, correction_reason, version");

Meeting readMeeting(const Sql &q)
{
    Meeting m;
    m.id = MeetingId(q.integer(0));
    m.unitCode = q.text(1);
    m.date = q.date(2);
    m.status = kMeetingStatuses.parse(q.text(3)).value_or(MeetingStatus::Preparing);
    m.attendees = meetingjson::attendeesFrom(QJsonDocument::fromJson(q.text(4).toUtf8()).array());
    m.orderedByHand = q.integer(5) != 0;
    m.signedVersions = int(q.integer(6));
    m.signedBy = q.text(7);
    m.signedAt = readTime(q.text(8));
    m.correctionReason = q.text(9);
    m.version = int(q.integer(10));
    return m;
}

QList<Meeting> readMeetings(Sql &q)
{
    QList<Meeting> out;
    while (q.next())
        out << readMeeting(q);
    return out;
}

const QString kEntryColumns = QStringLiteral("e.id, e.meeting_id, e.stay_id, e.position, e.medical_issues, e.version");
constexpr int kEntryColumnCount = 6;

MeetingEntry readEntry(const Sql &q)
{
    MeetingEntry e;
    e.id = MeetingEntryId(q.integer(0));
    e.meeting = MeetingId(q.integer(1));
    e.stay = StayId(q.integer(2));
    e.position = int(q.integer(3));
    e.medicalIssues = q.text(4);
    e.version = int(q.integer(5));
    return e;
}

const QString kNoteColumns =
    QStringLiteral("id, meeting_id, stay_id, discipline, text, author, updated_at, version FROM meeting_notes");

QList<MeetingNote> readNotes(Sql &q)
{
    QList<MeetingNote> out;
    while (q.next()) {
        MeetingNote n;
        n.id = MeetingNoteId(q.integer(0));
        n.meeting = MeetingId(q.integer(1));
        n.stay = StayId(q.integer(2));
        n.discipline = q.text(3);
        n.text = q.text(4);
        n.author = q.text(5);
        n.updatedAt = readTime(q.text(6));
        n.version = int(q.integer(7));
        out << n;
    }
    return out;
}

const QString kDecisionColumns =
    QStringLiteral("id, meeting_id, stay_id, kind, decided_date, programme, text, author, recorded_at, "
                   "previous_discharge, previous_programme, previous_programme_detail, withdrawn_at "
                   "FROM meeting_decisions");

QList<MeetingDecision> readDecisions(Sql &q)
{
    QList<MeetingDecision> out;
    while (q.next()) {
        MeetingDecision d;
        d.id = DecisionId(q.integer(0));
        d.meeting = MeetingId(q.integer(1));
        d.stay = StayId(q.integer(2));
        d.kind = kDecisionKinds.parse(q.text(3)).value_or(DecisionKind::Other);
        d.date = q.date(4);
        d.programme = kProgrammes.parse(q.text(5));
        d.text = q.text(6);
        d.author = q.text(7);
        d.recordedAt = readTime(q.text(8));
        d.previousDischarge = q.date(9);
        d.previousProgramme = kProgrammes.parse(q.text(10));
        d.previousProgrammeDetail = q.text(11);
        d.withdrawn = !q.isNull(12);
        out << d;
    }
    return out;
}

const QString kActionColumns =
    QStringLiteral("a.id, a.stay_id, a.raised_in, m.meeting_date, a.what, a.owner, a.due, a.done_on, a.done_in, "
                   "a.done_by, a.version FROM meeting_actions a JOIN meetings m ON m.id = a.raised_in");

QList<MeetingAction> readActions(Sql &q)
{
    QList<MeetingAction> out;
    while (q.next()) {
        MeetingAction a;
        a.id = ActionId(q.integer(0));
        a.stay = StayId(q.integer(1));
        a.raisedIn = MeetingId(q.integer(2));
        a.raisedOn = q.date(3);
        a.what = q.text(4);
        a.owner = q.text(5);
        a.due = q.date(6);
        a.doneOn = q.date(7);
        a.doneIn = MeetingId(q.integer(8));
        a.doneBy = q.text(9);
        a.version = int(q.integer(10));
        out << a;
    }
    return out;
}

} // namespace

// --- Meetings ----------------------------------------------------------------------------------

MeetingId MeetingRepository::insert(const Meeting &m, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO meetings (unit_code, meeting_date, status, attendees, ordered_by_hand, "
                         "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(m.unitCode)
        .bind(dates::toIso(m.date))
        .bind(kMeetingStatuses.code(m.status))
        .bind(attendeesJson(m.attendees))
        .bind(m.orderedByHand ? 1 : 0)
        .bind(timestamp)
        .bind(timestamp)
        .exec();
    return MeetingId(q.insertedId());
}

bool MeetingRepository::update(const Meeting &m, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE meetings SET status = ?, attendees = ?, ordered_by_hand = ?, "
                               "signed_versions = ?, signed_by = ?, signed_at = ?, correction_reason = ?, "
                               "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(kMeetingStatuses.code(m.status))
        .bind(attendeesJson(m.attendees))
        .bind(m.orderedByHand ? 1 : 0)
        .bind(m.signedVersions)
        .bindText(m.signedBy)
        .bind(m.signedAt.isValid() ? QVariant(m.signedAt.toUTC().toString(Qt::ISODate)) : QVariant())
        .bindText(m.correctionReason)
        .bind(timestamp)
        .bind(m.id.value)
        .bind(m.version)
        .exec();
    return q.rowsAffected() == 1;
}

std::optional<Meeting> MeetingRepository::find(MeetingId id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kMeetingColumns + QStringLiteral(" FROM meetings WHERE id = ?"));
    q.bind(id.value).exec();
    if (!q.next())
        return std::nullopt;
    return readMeeting(q);
}

std::optional<Meeting> MeetingRepository::find(const QString &unitCode, const QDate &date)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kMeetingColumns +
                    QStringLiteral(" FROM meetings WHERE unit_code = ? AND meeting_date = ?"));
    q.bind(unitCode).bind(dates::toIso(date)).exec();
    if (!q.next())
        return std::nullopt;
    return readMeeting(q);
}

QList<Meeting> MeetingRepository::forUnit(const QString &unitCode)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kMeetingColumns +
                    QStringLiteral(" FROM meetings WHERE unit_code = ? ORDER BY meeting_date DESC"));
    q.bind(unitCode).exec();
    return readMeetings(q);
}

std::optional<Meeting> MeetingRepository::previous(const QString &unitCode, const QDate &date)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kMeetingColumns +
                    QStringLiteral(" FROM meetings WHERE unit_code = ? AND meeting_date < ? "
                                   "ORDER BY meeting_date DESC LIMIT 1"));
    q.bind(unitCode).bind(dates::toIso(date)).exec();
    if (!q.next())
        return std::nullopt;
    return readMeeting(q);
}

std::optional<Meeting> MeetingRepository::latestWith(StayId stay, const QDate &date)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kMeetingColumns +
                    QStringLiteral(" FROM meetings WHERE meeting_date <= ? AND id IN (SELECT meeting_id FROM "
                                   "meeting_entries WHERE stay_id = ?) ORDER BY meeting_date DESC LIMIT 1"));
    q.bind(dates::toIso(date)).bind(stay.value).exec();
    if (!q.next())
        return std::nullopt;
    return readMeeting(q);
}

void MeetingRepository::insertSignature(MeetingId meeting, int signedVersion, const QString &by, const QString &at,
                                        const QString &correctionReason, const QString &content)
{
    Sql q(m_db, QStringLiteral("INSERT INTO meeting_signatures (meeting_id, signed_version, signed_by, signed_at, "
                               "correction_reason, content) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(meeting.value).bind(signedVersion).bind(by).bind(at).bindText(correctionReason).bind(content).exec();
}

QStringList MeetingRepository::signatures(MeetingId meeting)
{
    Sql q(m_db, QStringLiteral("SELECT content FROM meeting_signatures WHERE meeting_id = ? ORDER BY signed_version"));
    q.bind(meeting.value).exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

// --- Agenda ------------------------------------------------------------------------------------

void MeetingRepository::insertEntry(MeetingId meeting, StayId stay, int position, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("INSERT INTO meeting_entries (meeting_id, stay_id, position, version, updated_at) "
                               "VALUES (?, ?, ?, 1, ?)"));
    q.bind(meeting.value).bind(stay.value).bind(position).bind(timestamp).exec();
}

QList<AgendaRow> MeetingRepository::agenda(MeetingId meeting)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(", ") +
                    StayRepository::columns(QStringLiteral("s")) + QStringLiteral(", ") +
                    PatientRepository::columns(QStringLiteral("p")) +
                    QStringLiteral(" FROM meeting_entries e JOIN stays s ON s.id = e.stay_id "
                                   "JOIN patients p ON p.id = s.patient_id WHERE e.meeting_id = ? "
                                   "ORDER BY e.position, e.id"));
    q.bind(meeting.value).exec();
    QList<AgendaRow> out;
    while (q.next())
        out << AgendaRow{readEntry(q), StayRepository::readRow(q, kEntryColumnCount),
                         PatientRepository::readRow(q, kEntryColumnCount + StayRepository::ColumnCount)};
    return out;
}

std::optional<MeetingEntry> MeetingRepository::findEntry(MeetingId meeting, StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kEntryColumns +
                    QStringLiteral(" FROM meeting_entries e WHERE e.meeting_id = ? AND e.stay_id = ?"));
    q.bind(meeting.value).bind(stay.value).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

bool MeetingRepository::updateEntry(const MeetingEntry &entry, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE meeting_entries SET medical_issues = ?, version = version + 1, updated_at = ? "
                               "WHERE id = ? AND version = ?"));
    q.bindText(entry.medicalIssues).bind(timestamp).bind(entry.id.value).bind(entry.version).exec();
    return q.rowsAffected() == 1;
}

void MeetingRepository::setPosition(MeetingId meeting, StayId stay, int position)
{
    Sql q(m_db, QStringLiteral("UPDATE meeting_entries SET position = ? WHERE meeting_id = ? AND stay_id = ?"));
    q.bind(position).bind(meeting.value).bind(stay.value).exec();
}

// --- Notes -------------------------------------------------------------------------------------

QList<MeetingNote> MeetingRepository::notes(MeetingId meeting, StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kNoteColumns + QStringLiteral(" WHERE meeting_id = ?") + andStay(stay));
    q.bind(meeting.value);
    if (stay.isValid())
        q.bind(stay.value);
    q.exec();
    return readNotes(q);
}

std::optional<MeetingNote> MeetingRepository::findNote(MeetingId meeting, StayId stay, const QString &discipline)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kNoteColumns +
                    QStringLiteral(" WHERE meeting_id = ? AND stay_id = ? AND discipline = ?"));
    q.bind(meeting.value).bind(stay.value).bind(discipline).exec();
    const QList<MeetingNote> found = readNotes(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

MeetingNoteId MeetingRepository::insertNote(const MeetingNote &n, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO meeting_notes (meeting_id, stay_id, discipline, text, author, version, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)"),
          Sql::ReturningId::Yes);
    q.bind(n.meeting.value).bind(n.stay.value).bind(n.discipline).bindText(n.text).bind(n.author).bind(timestamp);
    q.exec();
    return MeetingNoteId(q.insertedId());
}

bool MeetingRepository::updateNote(const MeetingNote &n, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE meeting_notes SET text = ?, author = ?, version = version + 1, updated_at = ? "
                               "WHERE id = ? AND version = ?"));
    q.bindText(n.text).bind(n.author).bind(timestamp).bind(n.id.value).bind(n.version).exec();
    return q.rowsAffected() == 1;
}

// --- Decisions ---------------------------------------------------------------------------------

DecisionId MeetingRepository::insertDecision(const MeetingDecision &d)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO meeting_decisions (meeting_id, stay_id, kind, decided_date, programme, text, "
                         "author, recorded_at, previous_discharge, previous_programme, previous_programme_detail) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          Sql::ReturningId::Yes);
    q.bind(d.meeting.value)
        .bind(d.stay.value)
        .bind(kDecisionKinds.code(d.kind))
        .bindDate(d.date)
        .bind(d.programme ? QVariant(kProgrammes.code(*d.programme)) : QVariant())
        .bindText(d.text)
        .bind(d.author)
        .bind(d.recordedAt.toUTC().toString(Qt::ISODate))
        .bindDate(d.previousDischarge)
        .bind(d.previousProgramme ? QVariant(kProgrammes.code(*d.previousProgramme)) : QVariant())
        .bindText(d.previousProgrammeDetail)
        .exec();
    return DecisionId(q.insertedId());
}

std::optional<MeetingDecision> MeetingRepository::findDecision(DecisionId id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDecisionColumns + QStringLiteral(" WHERE id = ?"));
    q.bind(id.value).exec();
    const QList<MeetingDecision> found = readDecisions(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<MeetingDecision> MeetingRepository::decisions(MeetingId meeting, StayId stay)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kDecisionColumns + QStringLiteral(" WHERE meeting_id = ?") + andStay(stay));
    q.bind(meeting.value);
    if (stay.isValid())
        q.bind(stay.value);
    q.exec();
    return readDecisions(q);
}

void MeetingRepository::withdraw(DecisionId id, const QString &timestamp, const QString &by)
{
    Sql q(m_db, QStringLiteral("UPDATE meeting_decisions SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?"));
    q.bind(timestamp).bind(by).bind(id.value).exec();
}

// --- Actions -----------------------------------------------------------------------------------

ActionId MeetingRepository::insertAction(const MeetingAction &a, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO meeting_actions (stay_id, raised_in, what, owner, due, version, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, 1, ?)"),
          Sql::ReturningId::Yes);
    q.bind(a.stay.value).bind(a.raisedIn.value).bind(a.what).bind(a.owner).bindDate(a.due).bind(timestamp);
    q.exec();
    return ActionId(q.insertedId());
}

std::optional<MeetingAction> MeetingRepository::findAction(ActionId id)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kActionColumns + QStringLiteral(" WHERE a.id = ?"));
    q.bind(id.value).exec();
    const QList<MeetingAction> found = readActions(q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool MeetingRepository::updateAction(const MeetingAction &a, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE meeting_actions SET what = ?, owner = ?, due = ?, done_on = ?, done_in = ?, "
                               "done_by = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(a.what)
        .bind(a.owner)
        .bindDate(a.due)
        .bindDate(a.doneOn)
        .bind(idOrNull(a.doneIn.value))
        .bindText(a.doneBy)
        .bind(timestamp)
        .bind(a.id.value)
        .bind(a.version)
        .exec();
    return q.rowsAffected() == 1;
}

QList<MeetingAction> MeetingRepository::actionsFor(MeetingId meeting, const QDate &date, StayId stay)
{
    // Raised on or before the meeting's day: open (carried over), raised in this meeting, or done
    // in it (so that what was ticked here stays in view, ticked).
    const QString byStay =
        stay.isValid() ? QStringLiteral("a.stay_id = ?")
                       : QStringLiteral("a.stay_id IN (SELECT stay_id FROM meeting_entries WHERE meeting_id = ?)");
    Sql q(m_db, QStringLiteral("SELECT ") + kActionColumns + QStringLiteral(" WHERE ") + byStay +
                    QStringLiteral(" AND m.meeting_date <= ? AND (a.done_on IS NULL OR a.done_in = ? "
                                   "OR a.raised_in = ?) ORDER BY m.meeting_date, a.id"));
    q.bind(stay.isValid() ? stay.value : meeting.value)
        .bind(dates::toIso(date))
        .bind(meeting.value)
        .bind(meeting.value)
        .exec();
    return readActions(q);
}

// --- Disciplines -------------------------------------------------------------------------------

QList<MeetingDiscipline> MeetingRepository::disciplines()
{
    Sql q(m_db, QStringLiteral("SELECT code, name, position, active FROM meeting_disciplines ORDER BY position, code"));
    q.exec();
    QList<MeetingDiscipline> out;
    while (q.next())
        out << MeetingDiscipline{q.text(0), q.text(1), int(q.integer(2)), q.integer(3) != 0};
    return out;
}

void MeetingRepository::replaceDisciplines(const QList<MeetingDiscipline> &list)
{
    // Never deleted: notes and actions refer to them. One missing from the list is deactivated.
    {
        Sql off(m_db, QStringLiteral("UPDATE meeting_disciplines SET active = 0"));
        off.exec();
    }
    for (const MeetingDiscipline &d : list) {
        Sql up(m_db,
               QStringLiteral("UPDATE meeting_disciplines SET name = ?, position = ?, active = ? WHERE code = ?"));
        up.bindText(d.name).bind(d.position).bind(d.active ? 1 : 0).bind(d.code).exec();
        if (up.rowsAffected() == 1)
            continue;
        Sql in(m_db,
               QStringLiteral("INSERT INTO meeting_disciplines (code, name, position, active) VALUES (?, ?, ?, ?)"));
        in.bindText(d.code).bindText(d.name).bind(d.position).bind(d.active ? 1 : 0).exec();
    }
}

} // namespace smr
