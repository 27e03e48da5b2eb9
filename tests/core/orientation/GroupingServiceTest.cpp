// GroupingService (issue #5 "grouping"): the groups of a unit's week from the fixed cohort
// (support/GroupingCohort.h); the team moves a patient to another group in the weekly meeting
// (right to manage meetings), with a reason, over the version it saw; each move and each
// withdrawal is audited as "stay_group"; unknown and closed stays are refused. Nothing is written
// on a refusal. The clock stands on Sunday 22/11/2026 (TestStore).

#include "support/GroupingCohort.h"
#include "support/Printers.h"
#include "support/Refusals.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::addGroupingCohort;
using test::GroupingCohort;
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
        test::expectRefused(db, result, before, auditBefore, field, mentions, kind);
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

// One member as the assertions read it: name, where it comes from, its Dallas square, the team's
// choice and the attention marks, e.g. "FABRE Anne, incoming 2026-11-26, no Dallas [brace]".
QString describe(const GroupMember &m)
{
    QString out = m.name;
    if (m.incomingOn.isValid())
        out += QStringLiteral(", incoming ") + m.incomingOn.toString(Qt::ISODate);
    if (m.physicalImpact && m.psychologicalImpact)
        out += QStringLiteral(", %1/%2").arg(*m.physicalImpact).arg(*m.psychologicalImpact);
    else
        out += QStringLiteral(", no Dallas");
    if (m.overridden)
        out += QStringLiteral(", moved from ") + kGroups.code(m.suggested);
    if (!m.attention.isEmpty())
        out += QStringLiteral(" [") + m.attention.join(QStringLiteral(", ")) + QLatin1Char(']');
    return out;
}

struct WeekCase {
    const char *name;
    const char *why;
    QDate weekStart;
    QMap<Group, QStringList> expected; // groups not named are empty
};

void PrintTo(const WeekCase &c, std::ostream *os)
{
    *os << c.name;
}

const QStringList kNoOne;

const WeekCase kWeeks[] = {
    {"NextWeek",
     "Monday 23/11 to Sunday 29/11: the five in progress (EVRARD leaves on the 27th, during the week) "
     "and FABRE expected on the 26th; GARNIER (3/12) and HENRY (10/12) come later; IMBERT was "
     "discharged, JOLY cancelled, KLEIN is in neurologie. Within a group, by name.",
     QDate(2026, 11, 23),
     {{Group::Medical,
       {QStringLiteral("ARNAUD Paul, 75/20 [heavy medication, brace]"),
        QStringLiteral("EVRARD Luc, no Dallas, moved from not_assessed")}},
      {Group::Behavioural, {QStringLiteral("BLANC Julie, 30/70 [fatigability, severe psychosocial factors]")}},
      {Group::Mixed, {QStringLiteral("CARON Marc, 80/70")}},
      {Group::LowImpact, {QStringLiteral("DUPONT Marie, 50/50 [heavy medication]")}},
      {Group::NotAssessed, {QStringLiteral("FABRE Anne, incoming 2026-11-26, no Dallas [brace]")}}}},
    {"TheWeekAfter",
     "Monday 30/11 to Sunday 6/12: ARNAUD (29/11) and EVRARD (27/11) are planned to have left; "
     "GARNIER (3/12) joins, FABRE is still expected (late pre-admission); HENRY still too late.",
     QDate(2026, 11, 30),
     {{Group::Behavioural, {QStringLiteral("BLANC Julie, 30/70 [fatigability, severe psychosocial factors]")}},
      {Group::Mixed, {QStringLiteral("CARON Marc, 80/70")}},
      {Group::LowImpact, {QStringLiteral("DUPONT Marie, 50/50 [heavy medication]")}},
      {Group::NotAssessed,
       {QStringLiteral("FABRE Anne, incoming 2026-11-26, no Dallas [brace]"),
        QStringLiteral("GARNIER Eric, incoming 2026-12-03, no Dallas")}}}},
    {"AWeekStartingMidweek",
     "Thursday 26/11 to Wednesday 2/12: any day may start the week; EVRARD (27/11) is still there, "
     "ARNAUD too (29/11), GARNIER (3/12) not yet.",
     QDate(2026, 11, 26),
     {{Group::Medical,
       {QStringLiteral("ARNAUD Paul, 75/20 [heavy medication, brace]"),
        QStringLiteral("EVRARD Luc, no Dallas, moved from not_assessed")}},
      {Group::Behavioural, {QStringLiteral("BLANC Julie, 30/70 [fatigability, severe psychosocial factors]")}},
      {Group::Mixed, {QStringLiteral("CARON Marc, 80/70")}},
      {Group::LowImpact, {QStringLiteral("DUPONT Marie, 50/50 [heavy medication]")}},
      {Group::NotAssessed, {QStringLiteral("FABRE Anne, incoming 2026-11-26, no Dallas [brace]")}}}},
    {"ALongWayAhead",
     "Monday 4/1/2027: the stays planned to end in December are gone; CARON has no planned end; "
     "FABRE (23/12) and GARNIER (30/12) are planned to have left, HENRY (6/1) is expected.",
     QDate(2027, 1, 4),
     {{Group::Mixed, {QStringLiteral("CARON Marc, 80/70")}},
      {Group::NotAssessed, {QStringLiteral("HENRY Zoé, incoming 2026-12-10, no Dallas")}}}},
};

class GroupingWeek : public ::testing::TestWithParam<WeekCase>
{
};

TEST_P(GroupingWeek, WhoIsInWhichGroup)
{
    const WeekCase &c = GetParam();
    SCOPED_TRACE(c.why);
    TestStore db;
    addGroupingCohort(db);
    // The unit's code as typed is tidied, as everywhere else.
    const Result<QList<GroupList>> groups = db->grouping().propose(QStringLiteral(" Locomoteur "), c.weekStart);
    ASSERT_TRUE(groups) << groups.failure().text().toStdString();
    ASSERT_EQ(groups->size(), kGroups.values().size()) << "every group is listed, empty ones included";
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const GroupList &list = groups->at(i);
        EXPECT_EQ(list.group, kGroups.values().at(i)) << "in the order of kGroups";
        QStringList members;
        for (const GroupMember &m : list.members) {
            members << describe(m);
            EXPECT_EQ(m.group, list.group);
        }
        EXPECT_EQ(members, c.expected.value(list.group, kNoOne)) << kGroups.code(list.group).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Issue5, GroupingWeek, ::testing::ValuesIn(kWeeks),
                         [](const auto &c) { return std::string(c.param.name); });

// The cohort alone (no other stay in the unit).
class GroupingCohortTest : public ::testing::Test
{
protected:
    TestStore db;
    GroupingCohort cohort = addGroupingCohort(db);
};

// What the view needs to move a member: the stay, the patient, the team's reason and the version.
TEST_F(GroupingCohortTest, ProposedMembersCarryWhatAMoveNeeds)
{
    const Result<QList<GroupList>> groups = db->grouping().propose(QStringLiteral("locomoteur"), QDate(2026, 11, 23));
    ASSERT_TRUE(groups);
    const GroupList &medical = groups->at(0);
    ASSERT_EQ(medical.members.size(), 2);
    const GroupMember &evrard = medical.members[1];
    EXPECT_EQ(evrard.stay, cohort.stays.value(QStringLiteral("Evrard")));
    EXPECT_EQ(evrard.patient, cohort.patients.value(QStringLiteral("Evrard")));
    EXPECT_EQ(evrard.overrideReason, GroupingCohort::MoveReason);
    EXPECT_EQ(evrard.overrideVersion, 1);
    EXPECT_EQ(medical.members[0].overrideVersion, 0);
    EXPECT_FALSE(medical.members[0].incomingOn.isValid());

    // A move shows at once; a withdrawal puts the member back in its suggested group.
    ASSERT_TRUE(db->grouping().move(medical.members[0].stay, Group::LowImpact, QStringLiteral("Pain settled")));
    ASSERT_TRUE(db->grouping().clearOverride(evrard.stay, 1));
    const Result<QList<GroupList>> after = db->grouping().propose(QStringLiteral("locomoteur"), QDate(2026, 11, 23));
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->at(0).members.isEmpty());
    QStringList low;
    for (const GroupMember &m : after->at(3).members)
        low << describe(m);
    EXPECT_EQ(low, (QStringList{QStringLiteral("ARNAUD Paul, 75/20, moved from medical [heavy medication, brace]"),
                                QStringLiteral("DUPONT Marie, 50/50 [heavy medication]")}));
    ASSERT_EQ(after->at(4).members.size(), 2);
    EXPECT_EQ(after->at(4).members[0].name, QStringLiteral("EVRARD Luc"));
    EXPECT_EQ(after->at(4).members[0].overrideVersion, 0);
}

struct ProposeRefusal {
    const char *name;
    QString unit;
    QDate weekStart;
    const char *field;
    QStringList mentions;
};

void PrintTo(const ProposeRefusal &c, std::ostream *os)
{
    *os << c.name;
}

const ProposeRefusal kProposeRefusals[] = {
    {"UnknownUnit",
     QStringLiteral("cardiology"),
     QDate(2026, 11, 23),
     "unit",
     {QStringLiteral("Unknown unit \"cardiology\""), QStringLiteral("locomoteur, neurologie"),
      QStringLiteral("File › Settings › Units")}},
    {"NoUnit",
     QStringLiteral("  "),
     QDate(2026, 11, 23),
     "unit",
     {QStringLiteral("unit is required"), QStringLiteral("locomoteur, neurologie")}},
    {"NoWeek", QStringLiteral("locomoteur"), QDate(), "week_start", {QStringLiteral("first day of the week")}},
};

class GroupingProposeRefusal : public GroupingServiceTest, public ::testing::WithParamInterface<ProposeRefusal>
{
};

TEST_P(GroupingProposeRefusal, NamesTheFieldAndHowToChoose)
{
    const ProposeRefusal &c = GetParam();
    const Result<QList<GroupList>> r = db->grouping().propose(c.unit, c.weekStart);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.failure().kind(), Failure::Kind::Invalid);
    const QString message = r.failure().messageFor(QString::fromLatin1(c.field));
    for (const QString &word : c.mentions)
        EXPECT_TRUE(message.contains(word))
            << "\"" << message.toStdString() << "\" should mention " << word.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Issue5, GroupingProposeRefusal, ::testing::ValuesIn(kProposeRefusals),
                         [](const auto &c) { return std::string(c.param.name); });

// Reading the groups needs no right beyond being signed in: a physiotherapist sees them.
TEST_F(GroupingCohortTest, AnyoneSignedInReadsTheGroups)
{
    db.signInAs(db.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    const Result<QList<GroupList>> groups = db->grouping().propose(QStringLiteral("locomoteur"), QDate(2026, 11, 23));
    ASSERT_TRUE(groups) << groups.failure().text().toStdString();
    EXPECT_EQ(groups->at(0).members.size(), 2);
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
