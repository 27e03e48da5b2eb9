#include "core/storage/Migrator.h"

#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/storage/StorageError.h"
#include "core/storage/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace smr {

QList<Migrator::Migration> Migrator::available()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QRegularExpressionMatch m = name.match(file);
            if (m.hasMatch())
                out << Migration{m.captured(1).toInt(), m.captured(2), QStringLiteral(":/migrations/") + file};
        }
        std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return out;
    }();
    return list;
}

int Migrator::latestVersion()
{
    const QList<Migration> list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

QStringList Migrator::statements(const QString &sql)
{
    // First drop "--" comments (outside quoted text) and blank lines, then split at the
    // semicolons outside quoted text.
    QString cleaned;
    bool inString = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QString kept;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (!inString && c == QLatin1Char('-') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('-'))
                break;
            if (c == QLatin1Char('\''))
                inString = !inString;
            kept += c;
        }
        while (!kept.isEmpty() && kept.back().isSpace())
            kept.chop(1);
        if (!kept.trimmed().isEmpty())
            cleaned += kept + QLatin1Char('\n');
    }

    // A semicolon inside a PostgreSQL $$ body, or inside the BEGIN … END of a SQLite trigger,
    // does not end the statement.
    static const QRegularExpression triggerWithBody(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b.*\\bBEGIN\\b"),
                                                    QRegularExpression::CaseInsensitiveOption |
                                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    QString current;
    inString = false;
    bool inDollarQuote = false;
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned.at(i);
        if (c == QLatin1Char('\'') && !inDollarQuote)
            inString = !inString;
        if (c == QLatin1Char('$') && !inString && i + 1 < cleaned.size() && cleaned.at(i + 1) == QLatin1Char('$')) {
            inDollarQuote = !inDollarQuote;
            current += QStringLiteral("$$");
            ++i;
            continue;
        }
        const bool ends = c == QLatin1Char(';') && !inString && !inDollarQuote &&
                          (!triggerWithBody.match(current).hasMatch() || endsWithEnd.match(current).hasMatch());
        if (ends) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<int> Migrator::migrate(Database &db)
{
    return migrate(db, available());
}

Result<int> Migrator::migrate(Database &db, const QList<Migration> &migrations)
{
    int version = 0;
    try {
        version = db.schemaVersion();
    } catch (const StorageError &e) {
        return Failure::storage(e.message());
    }
    const bool hadData = version > 0;
    bool backedUp = false;

    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Failure::storage(tr("The migration %1 cannot be read.").arg(migration.resource));
        const QString sql = db.dialect().expandMigration(QString::fromUtf8(file.readAll()));

        try {
            if (hadData && !backedUp) {
                const QString copy = QStringLiteral("%1.schema-%2.bak").arg(db.address().path).arg(version);
                const QString statement = db.dialect().backupInto(copy);
                if (!statement.isEmpty()) {
                    QFile::remove(copy);
                    db.execute(statement);
                }
                backedUp = true;
            }
            WriteTransaction tx(db);
            if (const QString lock = db.dialect().migrationLock(); !lock.isEmpty())
                db.execute(lock);
            db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                      "version INTEGER NOT NULL PRIMARY KEY, "
                                      "name TEXT NOT NULL, "
                                      "applied_at TEXT NOT NULL)"));
            // Another workstation may have applied it while this one waited for the lock.
            if (db.schemaVersion() >= migration.version) {
                tx.commit();
                version = migration.version;
                continue;
            }
            for (const QString &statement : statements(sql))
                db.execute(statement);
            Sql(db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"))
                .bind(migration.version)
                .bind(migration.name)
                .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                .exec();
            tx.commit();
        } catch (const StorageError &e) {
            return Failure::storage(tr("The database could not be brought to schema %1 (%2); it was "
                                       "left at schema %3 and nothing was lost. Detail: %4")
                                        .arg(migration.version)
                                        .arg(migration.name)
                                        .arg(version)
                                        .arg(e.message()));
        }
        version = migration.version;
    }
    return version;
}

} // namespace smr
