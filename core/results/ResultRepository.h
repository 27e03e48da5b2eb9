#pragma once

#include "core/results/TestResult.h"

#include <QList>

#include <optional>

namespace smr {

class Database;
class Sql;

// Reads and writes result revisions. Throws StorageError; writes are made inside the caller's
// transaction.
class ResultRepository
{
public:
    explicit ResultRepository(Database &db) : m_db(db) {}

    // Inserts a revision; a first revision becomes its own series.
    ResultId insert(const TestResult &result, const QString &timestamp);
    // False when the stored version is no longer `result.version`.
    bool update(const TestResult &result, const QString &timestamp);
    void markSuperseded(ResultId id, const QString &timestamp);
    void remove(ResultId id);

    std::optional<TestResult> find(ResultId id);
    // The stay's current results: final and not superseded, oldest first.
    QList<TestResult> current(StayId stay);
    // The stay's drafts, oldest first.
    QList<TestResult> drafts(StayId stay);
    // Every revision of a series, the first first.
    QList<TestResult> series(ResultId seriesId);
    // The current final revision of a series.
    std::optional<TestResult> currentOf(ResultId seriesId);

    // The columns of a result in SELECT lists, in the order readRow expects.
    static QString columns(const QString &alias);
    static constexpr int ColumnCount = 17;
    // Reads a result from the query's columns starting at `first`.
    static TestResult readRow(const Sql &q, int first = 0);

private:
    QList<TestResult> list(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace smr
