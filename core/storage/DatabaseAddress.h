#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace smr {

// Where the application's data lives: an SQLite file on this workstation, or a PostgreSQL
// database shared by a unit (postgresql://user@host:port/dbname). The password is never part of
// it: it comes from PGPASSWORD, ~/.pgpass or a prompt.
struct DatabaseAddress {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)

public:
    enum class Kind { SqliteFile, Postgres };

    Kind kind = Kind::SqliteFile;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString database;
    QString schema; // optional "?schema=": a PostgreSQL schema of its own (tests, several units)

    static DatabaseAddress sqlite(const QString &path);
    // postgresql://user@host:port/dbname[?schema=name]; refuses a password in the URL.
    static Result<DatabaseAddress> fromUrl(const QString &url);

    bool isPostgres() const { return kind == Kind::Postgres; }
    // What the user reads: the file's path, or the URL without any password.
    QString display() const;
};

} // namespace smr
