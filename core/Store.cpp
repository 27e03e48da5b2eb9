#include "core/Store.h"

#include "core/storage/Migrator.h"

namespace smr {

Store::Store(std::unique_ptr<Database> db, const Clock &clock, int schemaVersion, const QString &instrumentsFolder)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_schemaVersion(schemaVersion)
    , m_instruments(instrumentsFolder)
    , m_auditRepository(*m_db)
    , m_changes(*m_db, m_auditRepository)
    , m_writer(*m_db, m_session, m_auditRepository, clock)
    , m_userRepository(*m_db)
    , m_patientRepository(*m_db)
    , m_stayRepository(*m_db)
    , m_unitRepository(*m_db)
    , m_census(*m_db)
    , m_resultRepository(*m_db)
    , m_assessmentRepository(*m_db)
    , m_carePlanRepository(*m_db)
    , m_groupingRepository(*m_db)
    , m_progressRepository(*m_db)
    , m_meetingRepository(*m_db)
    , m_documentRepository(*m_db)
    , m_onCallRepository(*m_db)
    , m_exportRepository(*m_db)
    , m_patients(m_writer, m_patientRepository, clock)
    , m_stays(m_writer, m_patientRepository, m_stayRepository, m_unitRepository, clock)
    , m_units(m_writer, m_unitRepository)
    , m_demo(m_writer, m_patientRepository, m_stayRepository, m_unitRepository, m_resultRepository, m_instruments,
             clock)
    , m_results(m_writer, m_resultRepository, m_stayRepository, m_patientRepository, m_instruments, clock)
    , m_users(m_writer, m_userRepository, m_session)
    , m_audit(m_writer, m_auditRepository, m_session)
    , m_assessments(m_writer, m_assessmentRepository, m_stayRepository, m_patientRepository, m_resultRepository,
                    m_instruments, clock)
    , m_carePlans(m_writer, m_carePlanRepository, m_stayRepository, m_resultRepository, m_instruments, clock)
    , m_grouping(m_writer, m_groupingRepository, m_stayRepository, m_unitRepository, m_resultRepository,
                 m_assessmentRepository)
    , m_overview(m_writer, m_stayRepository, m_resultRepository, m_assessments, m_carePlans, m_instruments, clock)
    , m_progress(m_writer, m_progressRepository, m_patientRepository, m_stayRepository, m_carePlanRepository,
                 m_unitRepository, m_instruments, clock)
    , m_meetings(m_writer, m_meetingRepository, m_stayRepository, m_patientRepository, m_unitRepository,
                 m_resultRepository, m_progressRepository, m_carePlans, m_instruments, clock)
    , m_documents(m_writer, m_documentRepository, m_stayRepository, m_meetingRepository, m_resultRepository,
                  m_unitRepository)
    , m_onCall(m_writer, m_onCallRepository, m_stayRepository, m_assessmentRepository, m_meetingRepository, clock)
    , m_exports(m_writer, m_exportRepository, m_stayRepository, m_patientRepository, m_unitRepository, m_instruments)
{
    m_writer.setCommitHandler([this](const QList<qint64> &auditIds) { m_changes.ownCommit(auditIds); });
    m_db->setReconnectHandler([this] { m_changes.reattach(); });
}

Result<std::unique_ptr<Store>> Store::openSqlite(const QString &path, const Clock &clock,
                                                 const QString &instrumentsFolder)
{
    return open(DatabaseAddress::sqlite(path), clock, instrumentsFolder);
}

Result<std::unique_ptr<Store>> Store::open(const DatabaseAddress &address, const Clock &clock,
                                           const QString &instrumentsFolder, const QString &password)
{
    Result<std::unique_ptr<Database>> db = Database::open(address, password);
    if (!db)
        return db.failure();
    const Result<int> version = Migrator::migrate(*db.value());
    if (!version)
        return version.failure();
    return std::unique_ptr<Store>(new Store(std::move(db).value(), clock, *version, instrumentsFolder));
}

} // namespace smr
