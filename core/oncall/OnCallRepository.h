#pragma once

#include "core/oncall/OnCallNotes.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace smr {

class Database;
class Sql;

// A stay of the on-call sheet: the stay in progress, its patient and its on-call notes if any.
struct OnCallStay {
    Stay stay;
    Patient patient;
    std::optional<OnCallNotes> notes;
};

// Reads and writes the on-call notes of stays (table on_call_notes, migration 0009). Throws
// StorageError; writes are made inside the caller's transaction. An update checks the stored
// version and says false when it moved on.
class OnCallRepository
{
public:
    explicit OnCallRepository(Database &db) : m_db(db) {}

    std::optional<OnCallNotes> find(StayId stay);
    void insert(const OnCallNotes &notes, const QString &timestamp);
    // Saves over `notes.version`; false when the stored version is no longer that one.
    bool update(const OnCallNotes &notes, const QString &timestamp);

    // The unit's stays in progress on `day` (StayRepository::inProgressOn) with their patients
    // and notes, in the order of the patient list, in one query.
    QList<OnCallStay> inProgress(const QString &unitCode, const QDate &day);

private:
    static QString columns(const QString &alias);
    static constexpr int ColumnCount = 7;
    static OnCallNotes readRow(const Sql &row, int first);

    Database &m_db;
};

} // namespace smr
