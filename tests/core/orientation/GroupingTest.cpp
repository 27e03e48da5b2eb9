// Grouping (REFERENCE §8 "Grouping for collective sessions uses functional impact, fatigability,
// pain (heavy medication, brace) and severe psychosocial factors"; §4 the Dallas square, 50 % lines
// as borders). Pure: no database.

#include "core/orientation/Grouping.h"
#include "support/Printers.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

struct SuggestCase {
    const char *name;
    const char *source;
    std::optional<double> physical;
    std::optional<double> psychological;
    Group expected;
};

void PrintTo(const SuggestCase &c, std::ostream *os)
{
    *os << c.name;
}

const SuggestCase kSuggestCases[] = {
    {"PhysicalHigh", "REFERENCE §4: physical > 50, psychological ≤ 50 → medical", 70, 30, Group::Medical},
    {"PsychologicalHigh", "REFERENCE §4: the inverse → behavioural", 30, 70, Group::Behavioural},
    {"BothHigh", "REFERENCE §4: both > 50 → mixed", 80, 65, Group::Mixed},
    {"BothLow", "Brief: both ≤ 50 → low impact", 20, 25, Group::LowImpact},
    {"BothExactly50", "Decision: exactly 50 is not high (DallasInstrument::profileOf)", 50, 50, Group::LowImpact},
    {"PhysicalJustAbove50", "Decision: above 50 is high", 50.5, 50, Group::Medical},
    {"PsychologicalJustAbove50", "Decision: above 50 is high", 50, 51, Group::Behavioural},
    {"Zero", "REFERENCE §4: 0–100 %", 0, 0, Group::LowImpact},
    {"Hundred", "REFERENCE §4: 0–100 %", 100, 100, Group::Mixed},
    {"NoDallas", "Brief: no Dallas → not assessed", std::nullopt, std::nullopt, Group::NotAssessed},
    {"HalfADallas", "Decision: both impacts are needed", 70, std::nullopt, Group::NotAssessed},
};

class SuggestedGroup : public ::testing::TestWithParam<SuggestCase>
{
};

TEST_P(SuggestedGroup, FromTheDallasSquare)
{
    SCOPED_TRACE(GetParam().source);
    EXPECT_EQ(kGroups.code(Grouping::suggest(GetParam().physical, GetParam().psychological)),
              kGroups.code(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Issue5, SuggestedGroup, ::testing::ValuesIn(kSuggestCases),
                         [](const auto &c) { return std::string(c.param.name); });

GroupingCandidate candidate(qint64 id, const char *name, std::optional<double> physical,
                            std::optional<double> psychological)
{
    GroupingCandidate c;
    c.stay = StayId(id);
    c.patient = PatientId(100 + id);
    c.name = QString::fromUtf8(name);
    c.physicalImpact = physical;
    c.psychologicalImpact = psychological;
    return c;
}

// A fixed cohort of nine, the borders included, given out of order.
QList<GroupingCandidate> cohort()
{
    GroupingCandidate arnaud = candidate(1, "ARNAUD Paul", 70, 30);
    arnaud.heavyMedication = true;
    GroupingCandidate bernard = candidate(2, "BERNARD Lucie", 30, 70);
    bernard.severePsychosocial = true;
    GroupingCandidate caron = candidate(3, "CARON Marc", 80, 65);
    caron.brace = true;
    caron.fatigable = true;
    GroupingCandidate henry = candidate(8, "HENRY Zoé", std::nullopt, std::nullopt);
    henry.heavyMedication = henry.brace = henry.fatigable = henry.severePsychosocial = true;
    return {henry,
            candidate(7, "GARNIER Tom", 50, 51),
            candidate(6, "FAURE Léa", 50.5, 50),
            candidate(5, "ETIENNE Jean", 50, 50),
            candidate(4, "DUBOIS Anne", 20, 25),
            caron,
            bernard,
            arnaud,
            candidate(9, "IBERT Luc", 60, 20)};
}

QStringList names(const GroupList &list)
{
    QStringList out;
    for (const GroupMember &m : list.members)
        out << m.name;
    return out;
}

const GroupMember &member(const QList<GroupList> &groups, qint64 stay)
{
    for (const GroupList &g : groups) {
        for (const GroupMember &m : g.members) {
            if (m.stay == StayId(stay))
                return m;
        }
    }
    static const GroupMember none;
    ADD_FAILURE() << "no member for stay " << stay;
    return none;
}

// Brief: groups with their members; the team's override wins; attention marks as English words.
TEST(GroupingTest, AssignsTheCohortWithTheTeamsChoices)
{
    QMap<StayId, GroupOverride> overrides;
    overrides.insert(StayId(9), GroupOverride{StayId(9), Group::Mixed, QStringLiteral("Major kinesiophobia"), 2});
    // A withdrawn choice and a choice for a stay not in the list change nothing.
    overrides.insert(StayId(4), GroupOverride{StayId(4), std::nullopt, QString(), 3});
    overrides.insert(StayId(77), GroupOverride{StayId(77), Group::Medical, QStringLiteral("Gone"), 1});

    const QList<GroupList> groups = Grouping::assign(cohort(), overrides);
    ASSERT_EQ(groups.size(), 5);
    EXPECT_EQ(groups[0].group, Group::Medical);
    EXPECT_EQ(names(groups[0]), (QStringList{QStringLiteral("ARNAUD Paul"), QStringLiteral("FAURE Léa")}));
    EXPECT_EQ(groups[1].group, Group::Behavioural);
    EXPECT_EQ(names(groups[1]), (QStringList{QStringLiteral("BERNARD Lucie"), QStringLiteral("GARNIER Tom")}));
    EXPECT_EQ(groups[2].group, Group::Mixed);
    EXPECT_EQ(names(groups[2]), (QStringList{QStringLiteral("CARON Marc"), QStringLiteral("IBERT Luc")}));
    EXPECT_EQ(groups[3].group, Group::LowImpact);
    EXPECT_EQ(names(groups[3]), (QStringList{QStringLiteral("DUBOIS Anne"), QStringLiteral("ETIENNE Jean")}));
    EXPECT_EQ(groups[4].group, Group::NotAssessed);
    EXPECT_EQ(names(groups[4]), (QStringList{QStringLiteral("HENRY Zoé")}));

    const GroupMember &ibert = member(groups, 9);
    EXPECT_EQ(ibert.suggested, Group::Medical);
    EXPECT_EQ(ibert.group, Group::Mixed);
    EXPECT_TRUE(ibert.overridden);
    EXPECT_EQ(ibert.overrideReason, QStringLiteral("Major kinesiophobia"));
    EXPECT_EQ(ibert.overrideVersion, 2);

    const GroupMember &dubois = member(groups, 4);
    EXPECT_FALSE(dubois.overridden);
    EXPECT_EQ(dubois.group, Group::LowImpact);
    EXPECT_TRUE(dubois.overrideReason.isEmpty());
    EXPECT_EQ(dubois.overrideVersion, 0); // what GroupingService::move expects when there is no choice

    const GroupMember &arnaud = member(groups, 1);
    EXPECT_FALSE(arnaud.overridden);
    EXPECT_EQ(arnaud.suggested, arnaud.group);
    EXPECT_EQ(arnaud.patient, PatientId(101));
    EXPECT_EQ(arnaud.physicalImpact, 70);
    EXPECT_EQ(arnaud.attention, QStringList{QStringLiteral("heavy medication")});
    EXPECT_EQ(member(groups, 2).attention, QStringList{QStringLiteral("severe psychosocial factors")});
    EXPECT_EQ(member(groups, 3).attention, (QStringList{QStringLiteral("brace"), QStringLiteral("fatigability")}));
    EXPECT_EQ(member(groups, 8).attention,
              (QStringList{QStringLiteral("heavy medication"), QStringLiteral("brace"), QStringLiteral("fatigability"),
                           QStringLiteral("severe psychosocial factors")}));
    EXPECT_TRUE(member(groups, 5).attention.isEmpty());
}

// Decision: every group is listed, empty ones included, in the order of kGroups.
TEST(GroupingTest, EmptyGroupsAreListed)
{
    const QList<GroupList> groups = Grouping::assign({}, {});
    ASSERT_EQ(groups.size(), 5);
    for (const GroupList &g : groups)
        EXPECT_TRUE(g.members.isEmpty());
    EXPECT_EQ(groups[3].group, Group::LowImpact);
}

TestResult dallas(const QDate &day, double physical, double psychological, bool final = true)
{
    TestResult r;
    r.instrument = QStringLiteral("dallas");
    r.status = final ? TestResult::Status::Final : TestResult::Status::Draft;
    r.performedAt = QDateTime(day, QTime(10, 0));
    r.scores = {{QStringLiteral("physical_impact"), physical}, {QStringLiteral("psychological_impact"), psychological}};
    return r;
}

// Brief: "latest Dallas"; drafts, superseded revisions and other instruments do not count.
TEST(GroupingTest, ACandidateTakesTheLatestDallas)
{
    TestResult superseded = dallas(QDate(2026, 11, 20), 10, 10);
    superseded.superseded = true;
    TestResult tug;
    tug.instrument = QStringLiteral("tug");
    tug.status = TestResult::Status::Final;
    tug.performedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0));
    const QList<TestResult> results{dallas(QDate(2026, 11, 16), 62.5, 40), dallas(QDate(2026, 11, 3), 80, 70),
                                    dallas(QDate(2026, 11, 19), 5, 5, false), superseded, tug};
    Grouping::Flags flags;
    flags.brace = true;
    const GroupingCandidate c =
        Grouping::candidate(StayId(5), PatientId(6), QStringLiteral("DUPONT Marie"), results, flags);
    EXPECT_EQ(c.stay, StayId(5));
    EXPECT_EQ(c.patient, PatientId(6));
    EXPECT_EQ(c.name, QStringLiteral("DUPONT Marie"));
    EXPECT_EQ(c.physicalImpact, 62.5);
    EXPECT_EQ(c.psychologicalImpact, 40);
    EXPECT_TRUE(c.brace);
    EXPECT_FALSE(c.heavyMedication);

    const GroupingCandidate none = Grouping::candidate(StayId(5), PatientId(6), QStringLiteral("X"), {tug}, {});
    EXPECT_FALSE(none.physicalImpact);
    EXPECT_EQ(Grouping::suggest(none.physicalImpact, none.psychologicalImpact), Group::NotAssessed);
}

} // namespace
} // namespace smr
