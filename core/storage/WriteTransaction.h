#pragma once

namespace smr {

class Database;

// Scope of one write: begins a write transaction (BEGIN IMMEDIATE on SQLite), commits on
// commit(), rolls back if the scope is left otherwise (an exception, an early return). A guard
// opened while another is active joins it; the outermost one commits. Throws StorageError; a
// connection lost during COMMIT is marked isOutcomeUnknown() (the server may have committed).
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_outermost = false;
};

} // namespace smr
