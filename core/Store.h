#pragma once

#include "core/access/Session.h"
#include "core/assessment/AssessmentRepository.h"
#include "core/assessment/AssessmentService.h"
#include "core/audit/AuditRepository.h"
#include "core/audit/AuditService.h"
#include "core/audit/ChangeWatcher.h"
#include "core/audit/Writer.h"
#include "core/careplan/CarePlanRepository.h"
#include "core/careplan/CarePlanService.h"
#include "core/census/CensusRepository.h"
#include "core/common/Result.h"
#include "core/demo/DemoService.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentService.h"
#include "core/export/ExportRepository.h"
#include "core/export/ExportService.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/meetings/MeetingRepository.h"
#include "core/meetings/MeetingService.h"
#include "core/oncall/OnCallRepository.h"
#include "core/oncall/OnCallService.h"
#include "core/orientation/GroupingRepository.h"
#include "core/orientation/GroupingService.h"
#include "core/overview/OverviewService.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientService.h"
#include "core/progress/ProgressRepository.h"
#include "core/progress/ProgressService.h"
#include "core/results/ResultRepository.h"
#include "core/results/ResultService.h"
#include "core/stays/StayRepository.h"
#include "core/stays/StayService.h"
#include "core/storage/Database.h"
#include "core/units/UnitRepository.h"
#include "core/units/UnitService.h"
#include "core/users/UserRepository.h"
#include "core/users/UserService.h"

#include <memory>

namespace smr {

class Clock;

// The application's data, opened and migrated: the database, its repositories (reads), its
// services (the only writers, all through one Writer) and the session that says who writes.
// Both executables build one and hand it to what they show.
class Store
{
public:
    // Opens (creating if needed) the SQLite database at `path` and brings it to the current schema.
    // `instrumentsFolder` may hold a site's licensed wording of instruments (empty: none).
    static Result<std::unique_ptr<Store>>
    openSqlite(const QString &path, const Clock &clock,
               const QString &instrumentsFolder = InstrumentCatalog::defaultSiteFolder());
    // The same on either engine; `password` for a PostgreSQL server (else PGPASSWORD or ~/.pgpass).
    static Result<std::unique_ptr<Store>>
    open(const DatabaseAddress &address, const Clock &clock,
         const QString &instrumentsFolder = InstrumentCatalog::defaultSiteFolder(), const QString &password = {});

    Database &database() { return *m_db; }
    // What other workstations save, as it happens (not started until start() is called on it).
    ChangeWatcher &changes() { return m_changes; }
    // Re-establishes a lost connection to the same address (see Database::reconnect); the
    // watcher listens again and reports what was saved meanwhile.
    Status reconnect() { return m_db->reconnect(); }
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }
    Session &session() { return m_session; }
    Writer &writer() { return m_writer; }

    PatientRepository &patientRepository() { return m_patientRepository; }
    StayRepository &stayRepository() { return m_stayRepository; }
    UnitRepository &unitRepository() { return m_unitRepository; }
    CensusRepository &census() { return m_census; }
    ResultRepository &resultRepository() { return m_resultRepository; }
    UserRepository &userRepository() { return m_userRepository; }
    AuditRepository &auditRepository() { return m_auditRepository; }
    AssessmentRepository &assessmentRepository() { return m_assessmentRepository; }
    CarePlanRepository &carePlanRepository() { return m_carePlanRepository; }
    GroupingRepository &groupingRepository() { return m_groupingRepository; }
    ProgressRepository &progressRepository() { return m_progressRepository; }
    MeetingRepository &meetingRepository() { return m_meetingRepository; }
    DocumentRepository &documentRepository() { return m_documentRepository; }
    OnCallRepository &onCallRepository() { return m_onCallRepository; }
    const InstrumentCatalog &instruments() const { return m_instruments; }

    PatientService &patients() { return m_patients; }
    StayService &stays() { return m_stays; }
    UnitService &units() { return m_units; }
    DemoService &demo() { return m_demo; }
    ResultService &results() { return m_results; }
    UserService &users() { return m_users; }
    AuditService &audit() { return m_audit; }
    AssessmentService &assessments() { return m_assessments; }
    CarePlanService &carePlans() { return m_carePlans; }
    GroupingService &grouping() { return m_grouping; }
    OverviewService &overview() { return m_overview; }
    // The progress charts' data (reads only).
    ProgressService &progress() { return m_progress; }
    // The weekly meetings (issue #7).
    MeetingService &meetings() { return m_meetings; }
    DocumentService &documents() { return m_documents; }
    // The on-call notes of stays (issue #9).
    OnCallService &onCall() { return m_onCall; }
    // Results exports, CSV and FHIR (issue #9; reads only).
    ExportService &exports() { return m_exports; }

private:
    Store(std::unique_ptr<Database> db, const Clock &clock, int schemaVersion, const QString &instrumentsFolder);

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    int m_schemaVersion;
    InstrumentCatalog m_instruments;
    Session m_session;
    AuditRepository m_auditRepository;
    ChangeWatcher m_changes;
    Writer m_writer;
    UserRepository m_userRepository;
    PatientRepository m_patientRepository;
    StayRepository m_stayRepository;
    UnitRepository m_unitRepository;
    CensusRepository m_census;
    ResultRepository m_resultRepository;
    AssessmentRepository m_assessmentRepository;
    CarePlanRepository m_carePlanRepository;
    GroupingRepository m_groupingRepository;
    ProgressRepository m_progressRepository;
    MeetingRepository m_meetingRepository;
    DocumentRepository m_documentRepository;
    OnCallRepository m_onCallRepository;
    ExportRepository m_exportRepository;
    PatientService m_patients;
    StayService m_stays;
    UnitService m_units;
    DemoService m_demo;
    ResultService m_results;
    UserService m_users;
    AuditService m_audit;
    AssessmentService m_assessments;
    CarePlanService m_carePlans;
    GroupingService m_grouping;
    OverviewService m_overview;
    ProgressService m_progress;
    MeetingService m_meetings;
    DocumentService m_documents;
    OnCallService m_onCall;
    ExportService m_exports;
};

} // namespace smr
