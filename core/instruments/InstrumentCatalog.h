#pragma once

#include "core/instruments/Instrument.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <vector>

namespace smr {

// The instruments the application knows, in the order they are offered, each built from its
// declaration (resources/instruments/<id>.json) with its scoring. A site folder may hold files
// of the same shape whose texts replace the shipped wording (licensed official wording).
class InstrumentCatalog
{
public:
    // `siteFolder` may be empty or missing: the shipped wording is then used as it is.
    explicit InstrumentCatalog(const QString &siteFolder = {});
    ~InstrumentCatalog();
    InstrumentCatalog(const InstrumentCatalog &) = delete;
    InstrumentCatalog &operator=(const InstrumentCatalog &) = delete;

    const Instrument *find(QStringView id) const;
    QList<const Instrument *> all() const;
    QStringList ids() const;
    // Problems met while reading the site's files (the shipped wording is kept for those).
    const QStringList &warnings() const;

    // <data folder>/smrdesk/instruments
    static QString defaultSiteFolder();

private:
    // The declarations are read the first time an instrument is asked for, not when the Store
    // opens: the first screen needs none of them (1.5 ms of the start, issue #10).
    void load() const;
    void read() const;

    QString m_siteFolder;
    mutable std::once_flag m_loaded;
    mutable std::vector<std::unique_ptr<Instrument>> m_instruments;
    mutable QStringList m_warnings;
};

} // namespace smr
