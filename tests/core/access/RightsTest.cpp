// Issue #4, "Users, roles, rights": rights are enforced in the core services, not only by hiding
// buttons; a refused action says which right is missing, and writes nothing.

#include "core/backup/BackupService.h"
#include "core/careplan/CarePlanSupport.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <QBuffer>

#include <functional>

namespace smr {
namespace {

using test::TestStore;

// One write (or the audit read) per right that exists today.
struct Operation {
    const char *name;
    Right right;
    std::function<Status(TestStore &, PatientId withoutStay, StayId stay)> run;
};

Status asStatus(const auto &result)
{
    return result ? Status(Done{}) : Status(result.failure());
}

const Operation kOperations[] = {
    {"create a patient", Right::ManageIdentities,
     [](TestStore &db, PatientId, StayId) {
         return asStatus(db->patients().create(TestStore::patient(QStringLiteral("IPP900"))));
     }},
    {"open a stay", Right::ManageStays,
     [](TestStore &db, PatientId p, StayId) { return asStatus(db->stays().open(TestStore::stay(p))); }},
    {"record a test", Right::RecordTests,
     [](TestStore &db, PatientId, StayId s) {
         TestResult r;
         r.stayId = s;
         r.instrument = QStringLiteral("tug");
         r.performedAt = QDateTime(QDate(2026, 11, 3), QTime(10, 30));
         r.enteredBy = QStringLiteral("Test");
         r.answers = {{QStringLiteral("seconds"), 12.4}};
         return asStatus(db->results().record(r));
     }},
    {"write an admission assessment", Right::WriteAssessments,
     [](TestStore &db, PatientId, StayId s) {
         AdmissionAssessment a;
         a.stayId = s;
         a.reason = QStringLiteral("Lombalgie chronique");
         return asStatus(db->assessments().save(a));
     }},
    // Allowed, it is refused for another reason: the draft is not complete enough to sign.
    {"sign an admission assessment", Right::SignAssessments,
     [](TestStore &db, PatientId, StayId s) {
         AdmissionAssessment a;
         a.stayId = s;
         return asStatus(db->assessments().sign(a));
     }},
    {"save a care plan", Right::WriteAssessments,
     [](TestStore &db, PatientId, StayId s) { return asStatus(db->carePlans().save(test::validPlan(s))); }},
    {"move a patient to another group", Right::ManageMeetings,
     [](TestStore &db, PatientId, StayId s) {
         return db->grouping().move(s, Group::Medical, QStringLiteral("Weekly meeting"));
     }},
    {"add a unit", Right::ManageUnits,
     [](TestStore &db, PatientId, StayId) { return asStatus(db->units().add(QStringLiteral("Soins palliatifs"))); }},
    {"create an account", Right::ManageUsers,
     [](TestStore &db, PatientId, StayId) {
         User u;
         u.username = QStringLiteral("newcomer");
         u.displayName = QStringLiteral("Newcomer");
         u.roles = {Role::Nurse};
         return asStatus(db->users().create(u, TestStore::kPassword));
     }},
    {"read the audit trail", Right::ViewAudit,
     [](TestStore &db, PatientId, StayId) { return asStatus(db->audit().find(AuditFilter{})); }},
    {"load the demonstration", Right::LoadDemo,
     [](TestStore &db, PatientId, StayId) { return asStatus(db->demo().load(3, 1)); }},
    // Allowed, it is refused for another reason: there is no such backup.
    {"restore a backup", Right::RestoreBackups,
     [](TestStore &db, PatientId, StayId) {
         return asStatus(BackupService::restore(db.dir() + QStringLiteral("/no-such-backup"), db.address(),
                                                *db->session().actor(), BackupService::Overwrite::Replace, db.clock()));
     }},
    {"save a letter's draft", Right::WriteDocuments,
     [](TestStore &db, PatientId, StayId s) {
         DocumentContent c;
         c.title = QStringLiteral("Lettre de liaison");
         c.html = QStringLiteral("<p>Cher confrère,</p>");
         return asStatus(db->documents().saveDraft(DocumentSubject::ofStay(DocumentKind::DischargeLetter, s), c, 0));
     }},
    // Allowed, it is refused for another reason: the PDF is missing.
    {"finalise a letter", Right::SignDocuments,
     [](TestStore &db, PatientId, StayId s) {
         DocumentContent c;
         c.title = QStringLiteral("Lettre de liaison");
         c.html = QStringLiteral("<p>Cher confrère,</p>");
         return asStatus(
             db->documents().finalise(DocumentSubject::ofStay(DocumentKind::DischargeLetter, s), c, QByteArray(), 0));
     }},
    {"set the letterhead", Right::ManageLetterhead,
     [](TestStore &db, PatientId, StayId) {
         Letterhead l;
         l.name = QStringLiteral("Centre des Tilleuls");
         return asStatus(db->documents().setLetterhead(l));
     }},
    {"export results", Right::ExportResults,
     [](TestStore &db, PatientId, StayId s) {
         QBuffer out;
         out.open(QIODevice::WriteOnly);
         return asStatus(db->exports().write(ExportScope::ofStay(s), ExportOptions{}, out));
     }},
};

struct RoleCase {
    Role role;
    QList<Right> allowed; // from the issue's list, written out rather than recomputed
};

void PrintTo(const RoleCase &c, std::ostream *os)
{
    *os << kRoles.code(c.role).toStdString();
}

const RoleCase kRoleCases[] = {
    {Role::Physician,
     {Right::ManageIdentities, Right::ManageStays, Right::RecordTests, Right::WriteAssessments, Right::SignAssessments,
      Right::ManageMeetings, Right::ViewAudit, Right::WriteDocuments, Right::SignDocuments, Right::ExportResults}},
    {Role::Physiotherapist, {Right::RecordTests}},
    {Role::OccupationalTherapist, {Right::RecordTests}},
    {Role::AdaptedPhysicalActivity, {Right::RecordTests}},
    {Role::Psychomotricist, {Right::RecordTests}},
    {Role::Nurse, {}},
    {Role::Psychologist, {}},
    {Role::SocialWorker, {}},
    {Role::Secretary,
     {Right::ManageIdentities, Right::ManageStays, Right::ManageMeetings, Right::WriteDocuments,
      Right::ManageLetterhead}},
    {Role::Administrator,
     {Right::ManageUnits, Right::ManageUsers, Right::ViewAudit, Right::LoadDemo, Right::RestoreBackups,
      Right::ManageLetterhead}},
};

class RightsPerRole : public ::testing::TestWithParam<RoleCase>
{
};

TEST_P(RightsPerRole, EachOperationIsAllowedOrRefusedNamingTheRight)
{
    for (const Operation &op : kOperations) {
        SCOPED_TRACE(op.name);
        TestStore db;
        const PatientId withStay = db.addPatient(QStringLiteral("IPP001"));
        const PatientId withoutStay = db.addPatient(QStringLiteral("IPP002"));
        const Result<StayId> stay = db->stays().open(TestStore::stay(withStay));
        ASSERT_TRUE(stay);
        const User user = db.addUser(QStringLiteral("someone"), {GetParam().role});
        db.signInAs(user);
        const QString before = db.dumpAll();

        const Status status = op.run(db, withoutStay, *stay);

        const bool allowed = GetParam().allowed.contains(op.right);
        if (allowed) {
            // The demonstration is refused for another reason (the database is not empty).
            EXPECT_TRUE(status || status.failure().kind() != Failure::Kind::Forbidden)
                << status.failure().text().toStdString();
        } else {
            ASSERT_FALSE(status);
            EXPECT_EQ(status.failure().kind(), Failure::Kind::Forbidden);
            const QString message = status.failure().text();
            EXPECT_TRUE(message.contains(kRights.label(op.right))) << message.toStdString();
            EXPECT_TRUE(message.contains(kRoles.shortLabel(GetParam().role))) << message.toStdString();
            EXPECT_EQ(db.dumpAll(), before) << "a refused action wrote something";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Issue4, RightsPerRole, ::testing::ValuesIn(kRoleCases),
                         [](const auto &test) { return kRoles.code(test.param.role).toStdString(); });

TEST(RightsTest, NobodySignedInWritesNothing)
{
    TestStore db;
    db->session().signOut();
    const QString before = db.dumpAll();
    const Result<PatientId> refused = db->patients().create(TestStore::patient());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Forbidden);
    EXPECT_EQ(refused.failure().text(), QStringLiteral("Nobody is signed in: sign in to save changes."));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(RightsTest, SeveralRolesAddTheirRights)
{
    TestStore db;
    db.signInAs(db.addUser(QStringLiteral("both"), {Role::Secretary, Role::Physiotherapist}));
    const Result<PatientId> patient = db->patients().create(TestStore::patient());
    ASSERT_TRUE(patient) << patient.failure().text().toStdString();
    ASSERT_TRUE(db->stays().open(TestStore::stay(*patient)));
    const Result<Done> refused = asStatus(db->units().add(QStringLiteral("Soins palliatifs")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("medical secretary, physiotherapist")))
        << refused.failure().text().toStdString();
}

TEST(RightsTest, TheCommandLineActorHasEveryRight)
{
    const Actor cli = Actor::local(QStringLiteral("root"));
    for (Right r : kRights.values())
        EXPECT_TRUE(cli.can(r)) << kRights.code(r).toStdString();
    EXPECT_EQ(cli.auditName(), QStringLiteral("cli:root"));
}

} // namespace
} // namespace smr
