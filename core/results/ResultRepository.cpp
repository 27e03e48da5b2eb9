#include "core/results/ResultRepository.h"

#include "core/storage/Sql.h"

#include <QJsonDocument>

namespace smr {

namespace {

const QStringList kColumnNames{QStringLiteral("id"),
                               QStringLiteral("stay_id"),
                               QStringLiteral("instrument"),
                               QStringLiteral("instrument_version"),
                               QStringLiteral("status"),
                               QStringLiteral("performed_at"),
                               QStringLiteral("answers"),
                               QStringLiteral("scores"),
                               QStringLiteral("primary_score"),
                               QStringLiteral("entered_by"),
                               QStringLiteral("remarks"),
                               QStringLiteral("series_id"),
                               QStringLiteral("revision"),
                               QStringLiteral("correction_reason"),
                               QStringLiteral("superseded"),
                               QStringLiteral("version"),
                               QStringLiteral("progress")};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString minute(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// "YYYY-MM-DDTHH:MM", local time. Read as a date and a time rather than through a format: the
// format parser builds several local date-times, each a mktime() that stats /etc/localtime, which
// was most of the time of reading a result (exports read millions).
QDateTime readMinute(const QString &text)
{
    if (text.size() != 16 || text.at(10) != QLatin1Char('T'))
        return {};
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm"));
    return day.isValid() && time.isValid() ? QDateTime(day, time) : QDateTime();
}

void bindContent(Sql &q, const TestResult &r)
{
    q.bind(r.stayId.value)
        .bind(r.instrument)
        .bind(r.instrumentVersion)
        .bind(r.status == TestResult::Status::Final ? QStringLiteral("final") : QStringLiteral("draft"))
        .bind(minute(r.performedAt))
        .bind(json(r.answers))
        .bind(r.scores.isEmpty() ? QVariant() : QVariant(json(r.scores)))
        .bind(r.primaryScore ? QVariant(*r.primaryScore) : QVariant())
        .bind(r.enteredBy)
        .bindText(r.remarks)
        .bind(r.revision)
        .bindText(r.correctionReason)
        .bind(r.status == TestResult::Status::Draft && !r.progress.isEmpty() ? QVariant(json(r.progress)) : QVariant());
}

} // namespace

QString ResultRepository::columns(const QString &alias)
{
    return qualifiedColumns(alias, kColumnNames);
}

TestResult ResultRepository::readRow(const Sql &q, int first)
{
    const auto at = [first](int column) { return first + column; };
    TestResult r;
    r.id = ResultId(q.integer(at(0)));
    r.stayId = StayId(q.integer(at(1)));
    r.instrument = q.text(at(2));
    r.instrumentVersion = q.text(at(3));
    r.status = q.text(at(4)) == QLatin1String("final") ? TestResult::Status::Final : TestResult::Status::Draft;
    r.performedAt = readMinute(q.text(at(5)));
    r.answers = parse(q.text(at(6)));
    r.scores = q.isNull(at(7)) ? QJsonObject() : parse(q.text(at(7)));
    if (!q.isNull(at(8)))
        r.primaryScore = q.value(at(8)).toDouble();
    r.enteredBy = q.text(at(9));
    r.remarks = q.text(at(10));
    r.seriesId = ResultId(q.integer(at(11)));
    r.revision = int(q.integer(at(12)));
    r.correctionReason = q.text(at(13));
    r.superseded = q.integer(at(14)) != 0;
    r.version = int(q.integer(at(15)));
    r.progress = q.isNull(at(16)) ? QJsonObject() : parse(q.text(at(16)));
    return r;
}

ResultId ResultRepository::insert(const TestResult &r, const QString &timestamp)
{
    Sql q(m_db,
          QStringLiteral("INSERT INTO results (stay_id, instrument, instrument_version, status, performed_at, "
                         "answers, scores, primary_score, entered_by, remarks, revision, correction_reason, "
                         "progress, series_id, version, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
          Sql::ReturningId::Yes);
    bindContent(q, r);
    q.bind(r.seriesId.isValid() ? QVariant(r.seriesId.value) : QVariant()).bind(timestamp).bind(timestamp).exec();
    const ResultId id(q.insertedId());
    if (!r.seriesId.isValid())
        Sql(m_db, QStringLiteral("UPDATE results SET series_id = id WHERE id = ?")).bind(id.value).exec();
    return id;
}

bool ResultRepository::update(const TestResult &r, const QString &timestamp)
{
    Sql q(m_db, QStringLiteral("UPDATE results SET stay_id = ?, instrument = ?, instrument_version = ?, status = ?, "
                               "performed_at = ?, answers = ?, scores = ?, primary_score = ?, entered_by = ?, "
                               "remarks = ?, revision = ?, correction_reason = ?, progress = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ? AND version = ?"));
    bindContent(q, r);
    q.bind(timestamp).bind(r.id.value).bind(r.version).exec();
    return q.rowsAffected() == 1;
}

void ResultRepository::markSuperseded(ResultId id, const QString &timestamp)
{
    Sql(m_db, QStringLiteral("UPDATE results SET superseded = 1, version = version + 1, updated_at = ? WHERE id = ?"))
        .bind(timestamp)
        .bind(id.value)
        .exec();
}

void ResultRepository::remove(ResultId id)
{
    Sql(m_db, QStringLiteral("DELETE FROM results WHERE id = ? AND status = 'draft'")).bind(id.value).exec();
}

QList<TestResult> ResultRepository::list(const QString &where, const QVariantList &binds)
{
    Sql q(m_db, QStringLiteral("SELECT ") + kColumnNames.join(QStringLiteral(", ")) +
                    QStringLiteral(" FROM results WHERE ") + where);
    for (const QVariant &v : binds)
        q.bind(v);
    q.exec();
    QList<TestResult> out;
    while (q.next())
        out << readRow(q);
    return out;
}

std::optional<TestResult> ResultRepository::find(ResultId id)
{
    const QList<TestResult> found = list(QStringLiteral("id = ?"), {id.value});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<TestResult> ResultRepository::current(StayId stay)
{
    return list(QStringLiteral("stay_id = ? AND status = 'final' AND superseded = 0 ORDER BY performed_at, id"),
                {stay.value});
}

QList<TestResult> ResultRepository::drafts(StayId stay)
{
    return list(QStringLiteral("stay_id = ? AND status = 'draft' ORDER BY performed_at, id"), {stay.value});
}

QList<TestResult> ResultRepository::series(ResultId seriesId)
{
    return list(QStringLiteral("series_id = ? ORDER BY revision"), {seriesId.value});
}

std::optional<TestResult> ResultRepository::currentOf(ResultId seriesId)
{
    const QList<TestResult> found =
        list(QStringLiteral("series_id = ? AND status = 'final' AND superseded = 0"), {seriesId.value});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace smr
