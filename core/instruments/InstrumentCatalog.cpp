#include "core/instruments/InstrumentCatalog.h"

#include "core/instruments/BergInstrument.h"
#include "core/instruments/DallasInstrument.h"
#include "core/instruments/OswestryInstrument.h"
#include "core/instruments/SixMinuteWalkInstrument.h"
#include "core/instruments/StartBackInstrument.h"
#include "core/instruments/TugInstrument.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace smr {

namespace {

QJsonObject readJson(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1 cannot be read").arg(path);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        *problem = QStringLiteral("%1: %2").arg(path, error.errorString());
        return {};
    }
    return doc.object();
}

// The declaration shipped in the resources; a broken one is a programming error.
InstrumentDefinition shipped(const QString &id)
{
    QString problem;
    const QJsonObject json = readJson(QStringLiteral(":/instruments/%1.json").arg(id), &problem);
    Result<InstrumentDefinition> definition = InstrumentDefinition::fromJson(json);
    if (!definition)
        qFatal("instrument %s: %s %s", qPrintable(id), qPrintable(problem), qPrintable(definition.failure().text()));
    return std::move(definition).value();
}

} // namespace

InstrumentCatalog::InstrumentCatalog(const QString &siteFolder) : m_siteFolder(siteFolder) {}

void InstrumentCatalog::load() const
{
    std::call_once(m_loaded, [this] { read(); });
}

void InstrumentCatalog::read() const
{
    // The instruments of the application, in the order they are offered. A new instrument is
    // its declaration, its scoring class, and one line here.
    m_instruments.push_back(std::make_unique<TugInstrument>(shipped(QStringLiteral("tug"))));
    m_instruments.push_back(std::make_unique<SixMinuteWalkInstrument>(shipped(QStringLiteral("6mwt"))));
    m_instruments.push_back(std::make_unique<BergInstrument>(shipped(QStringLiteral("berg"))));
    m_instruments.push_back(std::make_unique<DallasInstrument>(shipped(QStringLiteral("dallas"))));
    m_instruments.push_back(std::make_unique<OswestryInstrument>(shipped(QStringLiteral("odi"))));
    m_instruments.push_back(std::make_unique<StartBackInstrument>(shipped(QStringLiteral("startback"))));

    if (m_siteFolder.isEmpty())
        return;
    for (const auto &instrument : m_instruments) {
        const QString path = QDir(m_siteFolder).filePath(instrument->id() + QStringLiteral(".json"));
        if (!QFile::exists(path))
            continue;
        QString problem;
        const QJsonObject json = readJson(path, &problem);
        if (!problem.isEmpty()) {
            m_warnings << problem;
            continue;
        }
        for (const QString &p : instrument->definition().overlay(json))
            m_warnings << QStringLiteral("%1: %2").arg(path, p);
    }
}

InstrumentCatalog::~InstrumentCatalog() = default;

const QStringList &InstrumentCatalog::warnings() const
{
    load();
    return m_warnings;
}

const Instrument *InstrumentCatalog::find(QStringView id) const
{
    load();
    for (const auto &instrument : m_instruments) {
        if (instrument->id() == id)
            return instrument.get();
    }
    return nullptr;
}

QList<const Instrument *> InstrumentCatalog::all() const
{
    load();
    QList<const Instrument *> out;
    for (const auto &instrument : m_instruments)
        out << instrument.get();
    return out;
}

QStringList InstrumentCatalog::ids() const
{
    load();
    QStringList out;
    for (const auto &instrument : m_instruments)
        out << instrument->id();
    return out;
}

QString InstrumentCatalog::defaultSiteFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/smrdesk/instruments");
}

} // namespace smr
