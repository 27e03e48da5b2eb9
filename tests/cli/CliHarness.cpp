#include "cli/CliHarness.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace smr::test {

namespace {

const QDate kToday(2026, 11, 22);

} // namespace

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout:\n"
              << r.out.toStdString() << "--- stderr:\n"
              << r.err.toStdString();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void writeForeignDatabase(const QString &path)
{
    const QString name = QStringLiteral("foreign-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            ADD_FAILURE() << "cannot create " << path.toStdString();
        } else {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")));
            EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO foo (name) VALUES ('bar')")));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMRDESK_TODAY"), kToday.toString(Qt::ISODate));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun CliTest::runWith(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SMRDESK_CLI_PATH), arguments);
    CliRun r;
    if (!process.waitForFinished(120000)) {
        ADD_FAILURE() << "smrdesk-cli did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.outBytes = process.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString CliTest::otherDatabase(const QString &name) const
{
    auto it = m_databases.find(name);
    if (it == m_databases.end())
        it = m_databases.emplace(name, std::make_unique<TestDatabase>(m_dir.path(), name)).first;
    return it->second->text();
}

QStringList CliTest::dbArguments(const QString &db)
{
    if (db.startsWith(QLatin1String("postgresql://")))
        return {QStringLiteral("--db-url"), db};
    return {QStringLiteral("--db"), db};
}

DatabaseAddress CliTest::addressOf(const QString &db)
{
    if (db.startsWith(QLatin1String("postgresql://")))
        return *DatabaseAddress::fromUrl(db);
    return DatabaseAddress::sqlite(db);
}

CliRun CliTest::cli(const QStringList &arguments, const QString &db) const
{
    return runWith(dbArguments(db.isEmpty() ? database() : db) +
                       QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                   environment());
}

QJsonDocument CliTest::json(const CliRun &r)
{
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.isEmpty()) << r;
    EXPECT_TRUE(r.out.endsWith(QLatin1Char('\n'))) << r;
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 1) << "exactly one document, on one line\n" << r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n" << r;
    return doc;
}

qint64 CliTest::id(const QStringList &arguments) const
{
    const QJsonDocument doc = json(cli(arguments));
    EXPECT_EQ(doc.object().keys(), QStringList{QStringLiteral("id")});
    return doc.object().value(QStringLiteral("id")).toInteger();
}

qint64 CliTest::addPatient(const QString &ipp, const QString &lastName, const QString &firstName,
                           const QString &birthDate, const QString &sex)
{
    return id({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--ipp"), ipp,
               QStringLiteral("--last-name"), lastName, QStringLiteral("--first-name"), firstName,
               QStringLiteral("--birth-date"), birthDate, QStringLiteral("--sex"), sex});
}

QString CliTest::snapshot(const QString &path, const QString &stayColumns)
{
    if (!path.startsWith(QLatin1String("postgresql://")) && !QFile::exists(path))
        return QStringLiteral("(no file)");
    FixedClock clock(kToday);
    Result<std::unique_ptr<Store>> store = Store::open(addressOf(path), clock);
    if (!store) {
        ADD_FAILURE() << store.failure().text().toStdString();
        return {};
    }
    QString out;
    for (const char *table :
         {"schema_version", "units", "patients", "patient_search_terms", "stays", "results", "users", "audit_log"}) {
        const QString columns = QLatin1String(table) == QLatin1String("stays") ? stayColumns : QStringLiteral("*");
        QSqlQuery q(store.value()->database().connection());
        if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + QLatin1String(table) +
                    QStringLiteral(" ORDER BY 1, 2"))) {
            ADD_FAILURE() << "cannot read " << table;
            continue;
        }
        out += QLatin1String(table) + QLatin1Char('\n');
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            out += values.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

qint64 CliTest::count(const QString &path, const QString &table)
{
    FixedClock clock(kToday);
    Result<std::unique_ptr<Store>> store = Store::open(addressOf(path), clock);
    if (!store)
        return -1;
    Sql q(store.value()->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.exec();
    q.next();
    return q.integer(0);
}

std::optional<Stay> CliTest::stay(const QString &path, qint64 id)
{
    FixedClock clock(kToday);
    Result<std::unique_ptr<Store>> store = Store::open(addressOf(path), clock);
    if (!store)
        return std::nullopt;
    return store.value()->stayRepository().find(StayId(id));
}

} // namespace smr::test
