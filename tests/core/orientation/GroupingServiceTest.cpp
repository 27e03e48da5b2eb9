// GroupingService (issue #5 "grouping"): the team moves a patient to another group in the weekly
// meeting (right to manage meetings), with a reason, over the version it saw; each move and each
// withdrawal is audited as "stay_group"; unknown and closed stays are refused. Nothing is written
// on a refusal. The clock stands on 22/11/2026 (TestStore).

#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class GroupingServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        stay = *db->stays().open(TestStore::stay(patient));
    }

    QMap<StayId, GroupOverride> current()
    {
        const Result<QMap<StayId, GroupOverride>> r = db->grouping().overrides(QStringLiteral("locomoteur"));
        EXPECT_TRUE(r) << (r ? std::string() : r.failure().text().toStdString());
        return r ? *r : QMap<StayId, GroupOverride>();
    }

    void expectRefused(const Status &result, const QString &before, qsizetype auditBefore, const QString &field,
                       const QStringList &mentions, Failure::Kind kind = Failure::Kind::Invalid)
    {
        ASSERT_FALSE(result) << field.toStdString();
        EXPECT_EQ(result.failure().kind(), kind) << result.failure().text().toStdString();
        const QString message = field.isEmpty() ? result.failure().text() : result.failure().messageFor(field);
        EXPECT_FALSE(message.isEmpty()) << "no message for " << field.toStdString() << "; got "
                                        << result.failure().text().toStdString();
        for (const QString &word : mentions)
            EXPECT_TRUE(message.contains(word))
                << "\"" << message.toStdString() << "\" should mention " << word.toStdString();
        EXPECT_EQ(db.dumpAll(), before) << "nothing is written on a refusal";
        EXPECT_EQ(db.audit().size(), auditBefore);
    }

    TestStore db;
    PatientId patient;
    StayId stay;
};

// Brief: move(StayId, Group, reason), audit entity "stay_group"; the override is read back.
TEST_F(GroupingServiceTest, MoveRecordsTheTeamsChoice)
{
    int changes = 0;
    QObject::connect(&db->grouping(), &GroupingService::groupChanged, [&](StayId s, PatientId p) {
        ++changes;
        EXPECT_EQ(s, stay);
        EXPECT_EQ(p, patient);
    });
    ASSERT_TRUE(db->grouping().move(stay, Group::Behavioural, QStringLiteral("  Kinesiophobia at the meeting ")));
    EXPECT_EQ(changes, 1);

    db.reopen();
    const QMap<StayId, GroupOverride> choices = current();
    ASSERT_EQ(choices.size(), 1);
    const GroupOverride g = choices.value(stay);
    EXPECT_EQ(g.stay, stay);
    EXPECT_EQ(g.group, Group::Behavioural);
    EXPECT_EQ(g.reason, QStringLiteral("Kinesiophobia at the meeting"));
    EXPECT_EQ(g.version, 1);
    const Result<QMap<StayId, GroupOverride>> byStay = db->grouping().overrides(QList<StayId>{stay, StayId(999)});
    ASSERT_TRUE(byStay);
    EXPECT_EQ(byStay->keys(), QList<StayId>{stay});

    const AuditEntry line = db.audit().last();
    EXPECT_EQ(line.entity, QStringLiteral("stay_group"));
    EXPECT_EQ(line.entityId, QString::number(stay.value));
    EXPECT_EQ(line.action, QStringLiteral("move"));
    EXPECT_EQ(line.patientId, patient);
    EXPECT_TRUE(line.before.isEmpty());
    EXPECT_EQ(line.after.value(QStringLiteral("group_code")).toString(), QStringLiteral("behavioural"));
    EXPECT_EQ(line.after.value(QStringLiteral("reason")).toString(), QStringLiteral("Kinesiophobia at the meeting"));
    EXPECT_EQ(line.after.value(QStringLiteral("version")).toInt(), 1);
}

// Brief: "version check on the stored override"; clearOverride; the version goes on growing after
// a withdrawal so that an old view is told.
TEST_F(GroupingServiceTest, MovesAndWithdrawalsFollowTheVersion)
{
    ASSERT_TRUE(db->grouping().move(stay, Group::Behavioural, QStringLiteral("Kinesiophobia")));
    ASSERT_TRUE(db->grouping().move(stay, Group::Mixed, QStringLiteral("Pain and fear"), 1));
    EXPECT_EQ(current().value(stay).version, 2);
    const AuditEntry second = db.audit().last();
    EXPECT_EQ(second.before.value(QStringLiteral("group_code")).toString(), QStringLiteral("behavioural"));
    EXPECT_EQ(second.after.value(QStringLiteral("group_code")).toString(), QStringLiteral("mixed"));

    // Someone who saw version 1 (or no choice at all) is told the choice changed.
    QString before = db.dumpAll();
    qsizetype audit = db.audit().size();
    expectRefused(db->grouping().move(stay, Group::Medical, QStringLiteral("Late"), 1), before, audit, {},
                  {QStringLiteral("changed elsewhere")}, Failure::Kind::Conflict);
    expectRefused(db->grouping().move(stay, Group::Medical, QStringLiteral("Late")), before, audit, {},
                  {QStringLiteral("changed elsewhere")}, Failure::Kind::Conflict);
    expectRefused(db->grouping().clearOverride(stay, 1), before, audit, {}, {QStringLiteral("changed elsewhere")},
                  Failure::Kind::Conflict);

    ASSERT_TRUE(db->grouping().clearOverride(stay, 2));
    EXPECT_TRUE(current().isEmpty());
    const AuditEntry cleared = db.audit().last();
    EXPECT_EQ(cleared.entity, QStringLiteral("stay_group"));
    EXPECT_EQ(cleared.action, QStringLiteral("clear"));
    EXPECT_EQ(cleared.before.value(QStringLiteral("group_code")).toString(), QStringLiteral("mixed"));
    EXPECT_TRUE(cleared.after.value(QStringLiteral("group_code")).isNull());
    EXPECT_EQ(cleared.after.value(QStringLiteral("version")).toInt(), 3);

    // Nothing to withdraw any more.
    before = db.dumpAll();
    audit = db.audit().size();
    expectRefused(db->grouping().clearOverride(stay, 3), before, audit, GroupingService::GroupField,
                  {QStringLiteral("no group chosen by the team")}, Failure::Kind::NotFound);

    // A view that saw no choice moves again; the version continues.
    ASSERT_TRUE(db->grouping().move(stay, Group::LowImpact, QStringLiteral("Reassessed")));
    EXPECT_EQ(current().value(stay).version, 4);
}

struct MoveRefusal {
    const char *name;
    const char *source;
    Group group;
    QString reason;
    const char *field;
    QStringList mentions;
};

void PrintTo(const MoveRefusal &c, std::ostream *os)
{
    *os << c.name;
}

const MoveRefusal kMoveRefusals[] = {
    {"NotAssessedIsNoChoice",
     "Decision: not_assessed only says the Dallas is missing",
     Group::NotAssessed,
     QStringLiteral("Reason"),
     "group",
     {QStringLiteral("medical, behavioural, mixed, low_impact")}},
    {"UnknownGroup",
     "Decision: the four groups of the Dallas square",
     static_cast<Group>(42),
     QStringLiteral("Reason"),
     "group",
     {QStringLiteral("medical, behavioural, mixed, low_impact")}},
    {"NoReason",
     "Decision: the team says why",
     Group::Medical,
     QStringLiteral("   "),
     "reason",
     {QStringLiteral("reason for the group is required")}},
    {"ReasonTooLong",
     "Decision: at most 500 characters",
     Group::Medical,
     QString(501, QLatin1Char('x')),
     "reason",
     {QStringLiteral("at most 500 characters")}},
};

class GroupingMoveRefusal : public GroupingServiceTest, public ::testing::WithParamInterface<MoveRefusal>
{
};

TEST_P(GroupingMoveRefusal, NamesTheFieldAndWritesNothing)
{
    SCOPED_TRACE(GetParam().source);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(db->grouping().move(stay, GetParam().group, GetParam().reason), before, audit,
                  QString::fromLatin1(GetParam().field), GetParam().mentions);
}

INSTANTIATE_TEST_SUITE_P(Issue5, GroupingMoveRefusal, ::testing::ValuesIn(kMoveRefusals),
                         [](const auto &c) { return std::string(c.param.name); });

// Brief: "refuses unknown/closed stays with a clear message".
TEST_F(GroupingServiceTest, UnknownAndClosedStaysAreRefused)
{
    QString before = db.dumpAll();
    qsizetype audit = db.audit().size();
    expectRefused(db->grouping().move(StayId(999), Group::Medical, QStringLiteral("Reason")), before, audit,
                  GroupingService::StayField, {QStringLiteral("999")}, Failure::Kind::NotFound);

    ASSERT_TRUE(db->grouping().move(stay, Group::Medical, QStringLiteral("Reason")));
    ASSERT_TRUE(db->stays().close(stay, QDate(2026, 11, 21)));
    before = db.dumpAll();
    audit = db.audit().size();
    expectRefused(db->grouping().move(stay, Group::Mixed, QStringLiteral("Reason"), 1), before, audit,
                  GroupingService::StayField, {QStringLiteral("discharged")});
    expectRefused(db->grouping().clearOverride(stay, 1), before, audit, GroupingService::StayField,
                  {QStringLiteral("discharged")});
    // The unit's list holds the open stays only.
    EXPECT_TRUE(current().isEmpty());

    const PatientId other = db.addPatient(QStringLiteral("IPP002"));
    Stay pre = TestStore::stay(other);
    pre.admissionDate = QDate(2026, 12, 1);
    pre.plannedDischargeDate = QDate(2026, 12, 28);
    const StayId preAdmission = *db->stays().open(pre);
    // Decision: a pre-admission may be placed before it arrives.
    ASSERT_TRUE(db->grouping().move(preAdmission, Group::LowImpact, QStringLiteral("Planned for next week")));
    ASSERT_TRUE(db->stays().cancel(preAdmission, QStringLiteral("Refused")));
    before = db.dumpAll();
    audit = db.audit().size();
    expectRefused(db->grouping().move(preAdmission, Group::Medical, QStringLiteral("Reason"), 1), before, audit,
                  GroupingService::StayField, {QStringLiteral("cancelled")});
}

TEST_F(GroupingServiceTest, TheUnitsListLeavesOtherUnitsOut)
{
    const PatientId other = db.addPatient(QStringLiteral("IPP002"));
    Stay neuro = TestStore::stay(other);
    neuro.unitCode = QStringLiteral("neurologie");
    const StayId neuroStay = *db->stays().open(neuro);
    ASSERT_TRUE(db->grouping().move(stay, Group::Medical, QStringLiteral("A")));
    ASSERT_TRUE(db->grouping().move(neuroStay, Group::Mixed, QStringLiteral("B")));
    EXPECT_EQ(current().keys(), QList<StayId>{stay});
    const Result<QMap<StayId, GroupOverride>> neurology = db->grouping().overrides(QStringLiteral(" Neurologie "));
    ASSERT_TRUE(neurology);
    EXPECT_EQ(neurology->keys(), QList<StayId>{neuroStay});
}

// Issue #4 rights: moving a patient between groups is the weekly meeting's (manage meetings:
// physicians and secretaries); a physiotherapist cannot.
TEST_F(GroupingServiceTest, WithoutTheMeetingRightNobodyMoves)
{
    db.signInAs(db.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    const QString before = db.dumpAll();
    const Status refused = db->grouping().move(stay, Group::Medical, QStringLiteral("Reason"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Forbidden);
    EXPECT_TRUE(refused.failure().text().contains(kRights.label(Right::ManageMeetings)));
    EXPECT_EQ(db.dumpAll(), before);
}

// The stored choices feed Grouping::assign: the team's choice wins over the Dallas square.
TEST_F(GroupingServiceTest, StoredChoicesWinInTheGroups)
{
    ASSERT_TRUE(db->grouping().move(stay, Group::Behavioural, QStringLiteral("Anxious at the meeting")));
    GroupingCandidate c;
    c.stay = stay;
    c.patient = patient;
    c.name = QStringLiteral("DUPONT Marie");
    c.physicalImpact = 75;
    c.psychologicalImpact = 20;
    const QList<GroupList> groups = Grouping::assign({c}, current());
    ASSERT_EQ(groups[1].group, Group::Behavioural);
    ASSERT_EQ(groups[1].members.size(), 1);
    EXPECT_EQ(groups[1].members[0].suggested, Group::Medical);
    EXPECT_EQ(groups[1].members[0].overrideReason, QStringLiteral("Anxious at the meeting"));
    EXPECT_EQ(groups[1].members[0].overrideVersion, 1);
    EXPECT_TRUE(groups[0].members.isEmpty());
}

} // namespace
} // namespace smr
