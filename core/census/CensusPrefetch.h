#pragma once

#include "core/census/CensusRepository.h"

#include <QList>

#include <future>
#include <optional>

namespace smr {

class Database;

// The list's first page read ahead, on a thread and a connection of its own, while the main
// window is being built. On the 100,000-patient database the first read of the stays in progress
// is about 7 ms of a cold start (a few hundred pages into a connection's empty cache), a server's
// round trips more; read ahead, it overlaps the making of the widgets (issue #10).
//
// The page is what CensusRepository reads on the main connection, the same SQL; if anything goes
// wrong on the way (the second connection refused, a storage error), there is no page and the
// caller reads it itself, so the read ahead can never cost the list.
class CensusPrefetch
{
public:
    struct Page {
        QList<CensusRow> rows;
        qint64 total = 0; // CensusRepository::count
    };

    // Starts reading `filter`'s first `limit` rows and their count from the database `db` is
    // connected to (Database::opener).
    CensusPrefetch(const Database &db, const CensusFilter &filter, int limit);
    // Waits for the thread.
    ~CensusPrefetch();
    CensusPrefetch(const CensusPrefetch &) = delete;
    CensusPrefetch &operator=(const CensusPrefetch &) = delete;

    // The page, once: if it was read for this `filter` and `limit` (waiting for the thread if it
    // is still reading); nothing if the read failed, if the filter is another one, or on a second
    // call.
    std::optional<Page> take(const CensusFilter &filter, int limit);

private:
    const CensusFilter m_filter;
    const int m_limit;
    std::future<std::optional<Page>> m_page;
};

} // namespace smr
