#include "core/census/CensusPrefetch.h"

#include "core/storage/Database.h"

#include <exception>
#include <functional>
#include <system_error>

namespace smr {

namespace {

using Opener = std::function<Result<std::unique_ptr<Database>>()>;

std::optional<CensusPrefetch::Page> readPage(const Opener &open, const CensusFilter &filter, int limit)
{
    try {
        // Opened, read and closed on this thread: the connection never leaves it.
        const Result<std::unique_ptr<Database>> connection = open();
        if (!connection)
            return std::nullopt;
        CensusRepository census(**connection);
        CensusPrefetch::Page page;
        page.rows = census.page(filter, std::nullopt, limit);
        page.total = census.count(filter);
        return page;
    } catch (const std::exception &) {
        return std::nullopt; // StorageError among others: the caller reads the page itself
    }
}

std::future<std::optional<CensusPrefetch::Page>> readAhead(Opener open, const CensusFilter &filter, int limit)
{
    try {
        return std::async(std::launch::async,
                          [open = std::move(open), filter, limit] { return readPage(open, filter, limit); });
    } catch (const std::system_error &) {
        return {}; // no thread to spare: no page, the caller reads it itself
    }
}

} // namespace

CensusPrefetch::CensusPrefetch(const Database &db, const CensusFilter &filter, int limit)
    : m_filter(filter), m_limit(limit), m_page(readAhead(db.opener(), filter, limit))
{
}

CensusPrefetch::~CensusPrefetch()
{
    if (m_page.valid())
        m_page.wait();
}

std::optional<CensusPrefetch::Page> CensusPrefetch::take(const CensusFilter &filter, int limit)
{
    if (!m_page.valid())
        return std::nullopt;
    std::optional<Page> page = m_page.get();
    if (filter != m_filter || limit != m_limit)
        return std::nullopt;
    return page;
}

} // namespace smr
