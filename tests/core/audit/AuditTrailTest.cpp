// Issue #4, "Audit trail": every write records who, when, what (entity, id, action, values
// before and after) in an append-only table; a test checks that every service write produces
// its audit entry. The Writer makes it structural (a write that declares no entry is refused);
// this table checks each service's entry, one write at a time.

#include "core/audit/Snapshots.h"
#include "core/storage/StorageError.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

namespace smr {
namespace {

using test::TestStore;

// What every case starts from: a patient with a stay in progress holding a final result and
// a draft, a patient with a pre-admission, a patient without a stay, and a nurse's account.
struct Fixture {
    PatientId patient;
    StayId stay;
    PatientId preAdmitted;
    StayId preAdmission;
    PatientId withoutStay;
    ResultId final;
    ResultId draft;
    User nurse;
};

TestResult tug(StayId stay, double seconds)
{
    TestResult r;
    r.stayId = stay;
    r.instrument = QStringLiteral("tug");
    r.performedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 30));
    r.enteredBy = QStringLiteral("Test");
    r.answers = {{QStringLiteral("seconds"), seconds}};
    return r;
}

Fixture prepare(TestStore &db)
{
    Fixture f;
    f.patient = db.addPatient(QStringLiteral("IPP001"));
    f.stay = *db->stays().open(TestStore::stay(f.patient));
    f.preAdmitted = db.addPatient(QStringLiteral("IPP002"));
    Stay later = TestStore::stay(f.preAdmitted);
    later.admissionDate = QDate(2026, 11, 30);
    later.plannedDischargeDate = QDate(2026, 12, 20);
    f.preAdmission = *db->stays().open(later);
    f.withoutStay = db.addPatient(QStringLiteral("IPP003"));
    f.final = db->results().record(tug(f.stay, 14.0))->id;
    TestResult draft = tug(f.stay, 0);
    draft.answers = {};
    f.draft = db->results().saveDraft(draft)->id;
    f.nurse = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    return f;
}

Status ok(const auto &result)
{
    return result ? Status(Done{}) : Status(result.failure());
}

struct WriteCase {
    const char *name;
    std::function<Status(TestStore &, const Fixture &)> write;
    QString entity;
    QString action;
    bool hasBefore;
    bool hasAfter;
    std::function<PatientId(const Fixture &)> patient; // the patient the entry is filed under
    QString actor = QStringLiteral("cli:test");
};

void PrintTo(const WriteCase &c, std::ostream *os)
{
    *os << c.name;
}

PatientId none(const Fixture &)
{
    return {};
}

const WriteCase kWrites[] = {
    {"PatientCreate",
     [](TestStore &db, const Fixture &) {
         return ok(db->patients().create(TestStore::patient(QStringLiteral("IPP9"))));
     },
     audit::Patient, audit::Create, false, true, [](const Fixture &) { return PatientId(4); }},
    {"PatientUpdate",
     [](TestStore &db, const Fixture &f) {
         Patient p = *db->patients().find(f.patient);
         p.usedName = QStringLiteral("Martin");
         return db->patients().update(p);
     },
     audit::Patient, audit::Update, true, true, [](const Fixture &f) { return f.patient; }},
    {"StayOpen", [](TestStore &db, const Fixture &f) { return ok(db->stays().open(TestStore::stay(f.withoutStay))); },
     audit::Stay, audit::Create, false, true, [](const Fixture &f) { return f.withoutStay; }},
    {"StayUpdate",
     [](TestStore &db, const Fixture &f) {
         Stay s = *db->stays().find(f.stay);
         s.programme = Programme::Individual;
         return db->stays().update(s);
     },
     audit::Stay, audit::Update, true, true, [](const Fixture &f) { return f.patient; }},
    {"StayAdmit",
     [](TestStore &db, const Fixture &f) { return db->stays().admit(f.preAdmission, QDate(2026, 11, 22)); },
     audit::Stay, audit::Admit, true, true, [](const Fixture &f) { return f.preAdmitted; }},
    {"StayClose", [](TestStore &db, const Fixture &f) { return db->stays().close(f.stay, QDate(2026, 11, 21)); },
     audit::Stay, audit::Close, true, true, [](const Fixture &f) { return f.patient; }},
    {"StayCancel",
     [](TestStore &db, const Fixture &f) { return db->stays().cancel(f.preAdmission, QStringLiteral("Refused")); },
     audit::Stay, audit::Cancel, true, true, [](const Fixture &f) { return f.preAdmitted; }},
    {"ResultNewDraft", [](TestStore &db, const Fixture &f) { return ok(db->results().saveDraft(tug(f.stay, 11))); },
     audit::Result, audit::SaveDraft, false, true, [](const Fixture &f) { return f.patient; }},
    {"ResultDraftAgain",
     [](TestStore &db, const Fixture &f) {
         TestResult d = *db->results().find(f.draft);
         d.answers = {{QStringLiteral("seconds"), 9.5}};
         return ok(db->results().saveDraft(d));
     },
     audit::Result, audit::SaveDraft, true, true, [](const Fixture &f) { return f.patient; }},
    {"ResultRecord", [](TestStore &db, const Fixture &f) { return ok(db->results().record(tug(f.stay, 12))); },
     audit::Result, audit::Record, false, true, [](const Fixture &f) { return f.patient; }},
    {"ResultRecordTheDraft",
     [](TestStore &db, const Fixture &f) {
         TestResult d = *db->results().find(f.draft);
         d.answers = {{QStringLiteral("seconds"), 9.5}};
         return ok(db->results().record(d));
     },
     audit::Result, audit::Record, true, true, [](const Fixture &f) { return f.patient; }},
    {"ResultCorrect",
     [](TestStore &db, const Fixture &f) {
         TestResult c = tug(f.stay, 15);
         c.seriesId = f.final;
         c.correctionReason = QStringLiteral("Typing error");
         return ok(db->results().record(c));
     },
     audit::Result, audit::Correct, true, true, [](const Fixture &f) { return f.patient; }},
    {"ResultDiscardDraft", [](TestStore &db, const Fixture &f) { return db->results().discardDraft(f.draft); },
     audit::Result, audit::Discard, true, false, [](const Fixture &f) { return f.patient; }},
    {"UnitAdd", [](TestStore &db, const Fixture &) { return ok(db->units().add(QStringLiteral("Soins palliatifs"))); },
     audit::Unit, audit::Create, false, true, none},
    {"UnitRename",
     [](TestStore &db, const Fixture &) {
         return db->units().rename(QStringLiteral("polyvalent"), QStringLiteral("Polyvalent adulte"));
     },
     audit::Unit, audit::Update, true, true, none},
    {"UnitClose",
     [](TestStore &db, const Fixture &) { return db->units().setActive(QStringLiteral("polyvalent"), false); },
     audit::Unit, audit::Update, true, true, none},
    {"UserCreate",
     [](TestStore &db, const Fixture &) {
         User u;
         u.username = QStringLiteral("kine");
         u.displayName = QStringLiteral("Kiné");
         u.roles = {Role::Physiotherapist};
         return ok(db->users().create(u, TestStore::kPassword));
     },
     audit::User, audit::Create, false, true, none},
    {"UserUpdate",
     [](TestStore &db, const Fixture &f) {
         User u = f.nurse;
         u.displayName = QStringLiteral("Infirmière de nuit");
         return db->users().update(u);
     },
     audit::User, audit::Update, true, true, none},
    {"UserDeactivate",
     [](TestStore &db, const Fixture &f) {
         User u = f.nurse;
         u.active = false;
         return db->users().update(u);
     },
     audit::User, audit::Deactivate, true, true, none},
    {"UserResetPassword",
     [](TestStore &db, const Fixture &f) {
         return db->users().resetPassword(f.nurse.id, QStringLiteral("another long password"));
     },
     audit::User, audit::SetPassword, true, true, none},
    {"SignIn",
     [](TestStore &db, const Fixture &) {
         return ok(db->users().signIn(QStringLiteral("nurse"), TestStore::kPassword));
     },
     audit::Session, audit::SignIn, false, false, none, QStringLiteral("nurse")},
    {"SignInRefused",
     [](TestStore &db, const Fixture &) {
         const Result<User> refused = db->users().signIn(QStringLiteral("nurse"), QStringLiteral("wrong"));
         return refused ? Status(Failure::storage(QStringLiteral("accepted a wrong password"))) : Status(Done{});
     },
     audit::Session, audit::SignInRefused, false, false, none, QStringLiteral("nurse")},
    {"ChangeOwnPassword",
     [](TestStore &db, const Fixture &f) {
         db.signInAs(f.nurse);
         return db->users().changeOwnPassword(TestStore::kPassword, QStringLiteral("my new long password"));
     },
     audit::User, audit::SetPassword, true, true, none, QStringLiteral("nurse")},
    {"SetOwnPin",
     [](TestStore &db, const Fixture &f) {
         db.signInAs(f.nurse);
         return db->users().setOwnPin(TestStore::kPassword, QStringLiteral("4827"));
     },
     audit::User, audit::SetPin, true, true, none, QStringLiteral("nurse")},
};

class EveryServiceWrite : public ::testing::TestWithParam<WriteCase>
{
};

TEST_P(EveryServiceWrite, AppendsItsEntry)
{
    const WriteCase &c = GetParam();
    TestStore db;
    const Fixture f = prepare(db);
    db.clock().set(QDateTime(TestStore::today(), QTime(11, 45)));
    const qsizetype before = db.audit().size();

    const Status status = c.write(db, f);
    ASSERT_TRUE(status) << status.failure().text().toStdString();

    const QList<AuditEntry> entries = db.audit().mid(before);
    ASSERT_EQ(entries.size(), 1) << "one write, one entry";
    const AuditEntry &e = entries.first();
    EXPECT_EQ(e.entity, c.entity);
    EXPECT_EQ(e.action, c.action);
    EXPECT_EQ(e.actor, c.actor);
    EXPECT_EQ(e.at, QDateTime(TestStore::today(), QTime(11, 45)).toUTC());
    EXPECT_EQ(e.patientId, c.patient(f));
    EXPECT_EQ(!e.before.isEmpty(), c.hasBefore) << "before: " << QJsonDocument(e.before).toJson().toStdString();
    EXPECT_EQ(!e.after.isEmpty(), c.hasAfter) << "after: " << QJsonDocument(e.after).toJson().toStdString();
    if (c.entity != audit::Session) {
        EXPECT_FALSE(e.entityId.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Issue4, EveryServiceWrite, ::testing::ValuesIn(kWrites),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(AuditTrailTest, BeforeAndAfterAreTheStoredRecords)
{
    TestStore db;
    const PatientId id = db.addPatient();
    const Patient before = *db->patients().find(id);
    Patient edited = before;
    edited.weightKg = 71.5;
    ASSERT_TRUE(db->patients().update(edited));
    const AuditEntry e = db.audit().last();
    EXPECT_EQ(e.before, snapshot::of(before));
    EXPECT_EQ(e.after, snapshot::of(*db->patients().find(id)));
    EXPECT_EQ(e.after.value(QStringLiteral("weight_kg")).toDouble(), 71.5);
    EXPECT_EQ(e.after.value(QStringLiteral("version")).toInt(), 2);
}

TEST(AuditTrailTest, TheDemonstrationIsOneEntry)
{
    TestStore db;
    const Result<DemoSummary> loaded = db->demo().load(5, 7);
    ASSERT_TRUE(loaded);
    const QList<AuditEntry> entries = db.audit();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].entity, audit::Demo);
    EXPECT_EQ(entries[0].action, audit::Load);
    EXPECT_EQ(entries[0].after.value(QStringLiteral("patients")).toInt(), 5);
    EXPECT_EQ(entries[0].after.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
}

TEST(AuditTrailTest, TheFirstAdministratorIsAttributedToItself)
{
    TestStore db;
    db->session().signOut();
    User admin;
    admin.username = QStringLiteral("Admin");
    admin.displayName = QStringLiteral("Dr Claire Martin");
    admin.roles = {Role::Physician};
    const Result<User> created = db->users().createFirstAdministrator(admin, TestStore::kPassword);
    ASSERT_TRUE(created) << created.failure().text().toStdString();
    const QList<AuditEntry> entries = db.audit();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].actor, QStringLiteral("admin"));
    EXPECT_EQ(entries[0].userId, created->id);
    EXPECT_EQ(entries[0].action, audit::Create);
}

TEST(AuditTrailTest, RefusedWritesLeaveNoEntry)
{
    TestStore db;
    db.addPatient();
    const qsizetype before = db.audit().size();
    EXPECT_FALSE(db->patients().create(TestStore::patient())); // the same IPP again
    EXPECT_FALSE(db->stays().close(StayId(99), QDate(2026, 11, 20)));
    EXPECT_EQ(db.audit().size(), before);
}

TEST(AuditTrailTest, AWriteThatDeclaresNoEntryIsRolledBack)
{
    TestStore db;
    const QString before = db.dumpAll();
    const Status status = db->writer().write(Right::ManageUnits, [&](Change &change) -> Status {
        db->unitRepository().insert(Unit{QStringLiteral("x"), QStringLiteral("X"), 9, true, 1});
        Q_UNUSED(change);
        return Done{};
    });
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.failure().text().contains(QStringLiteral("audit trail")))
        << status.failure().text().toStdString();
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(AuditTrailTest, AWriteByNobodyIsRefused)
{
    TestStore db;
    db->session().signOut();
    const QString before = db.dumpAll();
    const Status status = db->writer().write(Writer::Permission::checkedByService(), [&](Change &change) -> Status {
        db->unitRepository().insert(Unit{QStringLiteral("x"), QStringLiteral("X"), 9, true, 1});
        change.record(audit::Unit, QStringLiteral("x"), PatientId(), audit::Create, {}, {});
        return Done{};
    });
    ASSERT_FALSE(status);
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(AuditTrailTest, TheTableRefusesUpdatesAndDeletes)
{
    TestStore db;
    db.addPatient();
    ASSERT_EQ(db.rows(QStringLiteral("audit_log")), 1);
    const QString before = db.dump(QStringLiteral("audit_log"));
    EXPECT_THROW(db->database().execute(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")), StorageError);
    EXPECT_THROW(db->database().execute(QStringLiteral("DELETE FROM audit_log")), StorageError);
    if (test::onPostgres()) {
        EXPECT_THROW(db->database().execute(QStringLiteral("TRUNCATE audit_log")), StorageError);
    }
    EXPECT_EQ(db.dump(QStringLiteral("audit_log")), before);
}

TEST(AuditTrailTest, FiltersByPatientActorAndDay)
{
    TestStore db;
    const PatientId first = db.addPatient(QStringLiteral("IPP001"));
    db.clock().set(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    const PatientId second = db.addPatient(QStringLiteral("IPP002"));
    db.signInAs(db.addUser(QStringLiteral("sec"), {Role::Secretary}));
    ASSERT_TRUE(db->stays().open(TestStore::stay(second)));
    db.signInLocal();

    auto find = [&](AuditFilter f) {
        QStringList out;
        const Result<QList<AuditEntry>> entries = db->audit().find(f);
        for (const AuditEntry &e : *entries)
            out << e.entity + QLatin1Char(':') + e.action + QLatin1Char(':') + e.actor;
        return out;
    };
    AuditFilter byPatient;
    byPatient.patient = second;
    EXPECT_EQ(find(byPatient),
              (QStringList{QStringLiteral("patient:create:cli:test"), QStringLiteral("stay:create:sec")}));
    AuditFilter byActor;
    byActor.actor = QStringLiteral("sec");
    EXPECT_EQ(find(byActor), (QStringList{QStringLiteral("stay:create:sec")}));
    AuditFilter firstDay;
    firstDay.until = QDate(2026, 11, 22);
    EXPECT_EQ(find(firstDay), (QStringList{QStringLiteral("patient:create:cli:test")}));
    AuditFilter secondDay;
    secondDay.since = QDate(2026, 11, 23);
    secondDay.newestFirst = true;
    EXPECT_EQ(find(secondDay), (QStringList{QStringLiteral("stay:create:sec"), QStringLiteral("user:create:cli:test"),
                                            QStringLiteral("patient:create:cli:test")}));
    Q_UNUSED(first);
}

} // namespace
} // namespace smr
