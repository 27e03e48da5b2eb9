#pragma once

#include <QMap>
#include <QString>

namespace smr {

// What a check of a database (or of a backup file) found, without changing anything: whether it
// is an SMR Desk database this program can open, its schema version, SQLite's integrity and
// foreign-key checks, and how many rows its data tables hold. `check` prints it; restore reads
// it for the backup and for the database it would replace.
struct CheckReport {
    enum class Problem {
        None,
        Missing,     // no file, or no schema on the server: nothing to check
        Empty,       // a zero-byte file or an empty schema: not a database yet
        NotSqlite,   // a file that is not SQLite at all
        NotSmrDesk,  // tables, but no schema_version: another program's database
        Newer,       // written by a newer SMR Desk
        Damaged,     // integrity check failed, pages unreadable, or tables missing
        ForeignKeys, // rows that point to records that do not exist
        Unreadable,  // a folder, no permission, or the engine refused to read it
    };

    Problem problem = Problem::None;
    bool postgres = false;
    QString location;           // the file's absolute path, or the server's URL
    QString schema;             // PostgreSQL: the schema checked (the URL's, else the server's default)
    int schemaVersion = -1;     // -1 while unknown
    QString integrity;          // "ok", what the check found, or empty when not checked
    QString foreignKeys;        // "ok", what the check found, or empty when not checked
    QMap<QString, qint64> rows; // data table -> rows (the tables that exist)
    QString message;            // a translated sentence naming the database, when not ok

    bool ok() const { return problem == Problem::None; }
    // Whether anything a person entered is in it (patients, stays, results, users, audit).
    bool holdsData() const
    {
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (it.value() > 0)
                return true;
        }
        return false;
    }
    // A new database may be created there: nothing, a zero-byte file, an empty schema.
    bool isVacant() const { return problem == Problem::Missing || problem == Problem::Empty; }

    // The stable code printed by smrdesk-cli check ("ok", "missing", "not_sqlite", …).
    static QString code(Problem problem)
    {
        switch (problem) {
        case Problem::None:
            return QStringLiteral("ok");
        case Problem::Missing:
            return QStringLiteral("missing");
        case Problem::Empty:
            return QStringLiteral("empty");
        case Problem::NotSqlite:
            return QStringLiteral("not_sqlite");
        case Problem::NotSmrDesk:
            return QStringLiteral("not_smrdesk");
        case Problem::Newer:
            return QStringLiteral("newer");
        case Problem::Damaged:
            return QStringLiteral("damaged");
        case Problem::ForeignKeys:
            return QStringLiteral("foreign_keys");
        case Problem::Unreadable:
            return QStringLiteral("unreadable");
        }
        return QString();
    }
};

// The tables of the schema and the version that created them: a check says which are missing,
// and counts the rows of those that hold people's work. A migration that adds a table adds it here.
struct ApplicationTable {
    const char *name;
    int since;
    bool data;
};
inline constexpr ApplicationTable kApplicationTables[] = {
    {"units", 1, false},
    {"patients", 1, true},
    {"patient_search_terms", 1, false},
    {"stays", 1, true},
    {"results", 2, true},
    {"users", 3, true},
    {"audit_log", 3, true},
    {"admission_assessments", 4, true},
    {"red_flag_actions", 4, true},
    {"care_plans", 5, true},
    {"stay_groups", 5, false},
    {"meeting_disciplines", 7, false},
    {"meetings", 7, true},
    {"meeting_signatures", 7, false},
    {"meeting_entries", 7, false},
    {"meeting_notes", 7, true},
    {"meeting_decisions", 7, true},
    {"meeting_actions", 7, true},
    {"document_drafts", 9, true},
    {"documents", 9, true},
    {"document_settings", 9, false},
    {"on_call_notes", 9, true},
};

// What a backup wrote.
struct BackupReport {
    QString path; // absolute
    qint64 bytes = 0;
};

// What a restore did.
struct RestoreReport {
    QString source;                     // the backup file, absolute
    QString location;                   // the database replaced: its path or URL
    int backupVersion = 0;              // the schema version of the backup
    int schemaVersion = 0;              // the schema version after the restore (migrated if the backup was older)
    QMap<QString, qint64> replacedRows; // what the database held before (all zero when new)
};

} // namespace smr
