// MeetingService (issue #7): decisions written through to the stay with the meeting as the
// recorded reason, withdrawn while the meeting is open; actions carried over to every later
// meeting until done. Refusals write nothing.

#include "core/meetings/MeetingFixture.h"

namespace smr {
namespace {

using test::TestStore;

class MeetingActionsTest : public test::MeetingFixture
{
protected:
    MeetingDecision decision(MeetingId meeting, const QString &name, DecisionKind kind, const QDate &date = {},
                             const QString &text = {})
    {
        MeetingDecision d;
        d.meeting = meeting;
        d.stay = cohort.stays.value(name);
        d.kind = kind;
        d.date = date;
        d.text = text;
        return d;
    }

    // The stay's audit lines written by meetings' decisions.
    QList<AuditEntry> decisionLines(const QString &name)
    {
        QList<AuditEntry> out;
        for (const AuditEntry &e : db.audit())
            if (e.entity == audit::Stay && e.entityId == QString::number(cohort.stays.value(name).value) &&
                e.action.startsWith(QStringLiteral("meeting_decision")))
                out << e;
        return out;
    }
};

TEST_F(MeetingActionsTest, AnExtensionWritesThePlannedDischargeWithTheMeetingAsReason)
{
    const MeetingId id = create(TestStore::today());
    const Result<DecisionId> d =
        meetings().decide(decision(id, Arnaud, DecisionKind::ExtendStay, QDate(2026, 12, 6), QStringLiteral("Slow")));
    ASSERT_TRUE(d) << d.failure().text().toStdString();
    EXPECT_EQ(stay(Arnaud).plannedDischargeDate, QDate(2026, 12, 6));
    const QList<AuditEntry> lines = decisionLines(Arnaud);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().action, QStringLiteral("meeting_decision"));
    EXPECT_EQ(lines.first().before.value(QStringLiteral("planned_discharge_date")).toString(),
              QStringLiteral("2026-11-29"));
    EXPECT_EQ(lines.first().after.value(QStringLiteral("planned_discharge_date")).toString(),
              QStringLiteral("2026-12-06"));
    EXPECT_EQ(lines.first().after.value(QStringLiteral("meeting_id")).toInteger(), id.value);
    EXPECT_EQ(lines.first().after.value(QStringLiteral("meeting_date")).toString(), QStringLiteral("2026-11-22"));

    const MeetingEntryView e = entry(id, Arnaud);
    ASSERT_EQ(e.decisions.size(), 1);
    EXPECT_EQ(e.decisions.first().previousDischarge, QDate(2026, 11, 29));
    EXPECT_EQ(e.decisions.first().author, QStringLiteral("Dr Vernet"));

    // Withdrawn while the meeting is open: the stay gets its date back.
    ASSERT_TRUE(meetings().withdrawDecision(*d));
    EXPECT_EQ(stay(Arnaud).plannedDischargeDate, QDate(2026, 11, 29));
    EXPECT_TRUE(entry(id, Arnaud).decisions.isEmpty());
    EXPECT_EQ(decisionLines(Arnaud).last().action, QStringLiteral("meeting_decision_withdrawn"));
}

TEST_F(MeetingActionsTest, AWithdrawalLeavesALaterChangeOfTheStayAlone)
{
    const MeetingId id = create(TestStore::today());
    const Result<DecisionId> d =
        meetings().decide(decision(id, Blanc, DecisionKind::SetDischarge, QDate(2026, 11, 27)));
    ASSERT_TRUE(d);
    Stay s = stay(Blanc);
    s.plannedDischargeDate = QDate(2026, 11, 28);
    ASSERT_TRUE(db->stays().update(s));
    ASSERT_TRUE(meetings().withdrawDecision(*d));
    EXPECT_EQ(stay(Blanc).plannedDischargeDate, QDate(2026, 11, 28));
}

TEST_F(MeetingActionsTest, AdjustingTheProgrammeWritesItThrough)
{
    const MeetingId id = create(TestStore::today());
    MeetingDecision d = decision(id, Dupont, DecisionKind::AdjustProgramme, {}, QStringLiteral("Two sessions a day"));
    d.programme = Programme::Individual;
    ASSERT_TRUE(meetings().decide(d));
    EXPECT_EQ(stay(Dupont).programme, Programme::Individual);
    EXPECT_EQ(stay(Dupont).programmeDetail, QStringLiteral("Two sessions a day"));
    // Decisions that do not write through leave the stay alone.
    const int version = stay(Evrard).version;
    ASSERT_TRUE(meetings().decide(decision(id, Evrard, DecisionKind::Refer, {}, QStringLiteral("Pain centre"))));
    ASSERT_TRUE(meetings().decide(decision(id, Evrard, DecisionKind::Continue)));
    EXPECT_EQ(stay(Evrard).version, version);
    EXPECT_EQ(agenda(id).items.at(1).decisions, 2); // EVRARD is second on the agenda
}

struct DecisionRefusal {
    const char *name;
    DecisionKind kind;
    QDate date;
    const char *text;
    QString field;
    QStringList mentions;
};

class DecisionRefusalTest : public test::MeetingFixture, public ::testing::WithParamInterface<DecisionRefusal>
{
};

TEST_P(DecisionRefusalTest, IsRefusedAndWritesNothing)
{
    const DecisionRefusal &c = GetParam();
    const MeetingId id = create(TestStore::today());
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    MeetingDecision d;
    d.meeting = id;
    d.stay = cohort.stays.value(Arnaud); // planned discharge 29/11/2026
    d.kind = c.kind;
    d.date = c.date;
    d.text = QString::fromUtf8(c.text);
    expectRefused(meetings().decide(d), before, audit, c.field, c.mentions);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecisionRefusalTest,
    ::testing::Values(
        DecisionRefusal{"ExtensionWithoutDate",
                        DecisionKind::ExtendStay,
                        {},
                        "",
                        MeetingService::DateField,
                        {QStringLiteral("required")}},
        DecisionRefusal{"ExtensionBeforeThePlannedDischarge",
                        DecisionKind::ExtendStay,
                        QDate(2026, 11, 25),
                        "",
                        MeetingService::DateField,
                        {QStringLiteral("29/11/2026"), QStringLiteral("Set the discharge")}},
        DecisionRefusal{"DischargeBeforeTheMeeting",
                        DecisionKind::SetDischarge,
                        QDate(2026, 11, 20),
                        "",
                        MeetingService::DateField,
                        {QStringLiteral("22/11/2026")}},
        DecisionRefusal{
            "DischargeTooFarAhead", DecisionKind::SetDischarge, QDate(2028, 1, 1), "", MeetingService::DateField, {}},
        DecisionRefusal{"ProgrammeWithoutProgramme",
                        DecisionKind::AdjustProgramme,
                        {},
                        "",
                        MeetingService::ProgrammeField,
                        {QStringLiteral("rfr")}},
        DecisionRefusal{
            "ReferralToNobody", DecisionKind::Refer, {}, "  ", MeetingService::TextField, {QStringLiteral("whom")}},
        DecisionRefusal{
            "OtherWithoutText", DecisionKind::Other, {}, "", MeetingService::TextField, {QStringLiteral("Describe")}}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(MeetingActionsTest, OpenActionsCarryOverUntilDone)
{
    const MeetingId first = create(QDate(2026, 11, 16));
    const StayId dupont = cohort.stays.value(Dupont);
    const Result<ActionId> call = meetings().addAction(first, dupont, QStringLiteral("Call the employer"),
                                                       QStringLiteral("social_work"), QDate(2026, 11, 20));
    ASSERT_TRUE(call) << call.failure().text().toStdString();
    ASSERT_TRUE(meetings().decide(decision(first, Dupont, DecisionKind::Continue)));

    const MeetingId second = create(QDate(2026, 11, 23));
    MeetingEntryView e = entry(second, Dupont);
    ASSERT_EQ(e.actions.size(), 1);
    EXPECT_EQ(e.actions.first().what, QStringLiteral("Call the employer"));
    EXPECT_EQ(e.actions.first().raisedOn, QDate(2026, 11, 16));
    EXPECT_TRUE(e.actions.first().isOpen());
    ASSERT_EQ(e.previousDecisions.size(), 1);
    EXPECT_EQ(e.previousDecisions.first().kind, DecisionKind::Continue);
    EXPECT_EQ(agenda(second).items.last().openActions, 1);

    // A therapist ticks it done in the second meeting: shown done there, gone from the third.
    db.signInAs(db.addUser(QStringLiteral("social"), {Role::SocialWorker}, QStringLiteral("Inès Social")));
    ASSERT_TRUE(meetings().setActionDone(*call, second, true, e.actions.first().version));
    e = entry(second, Dupont);
    ASSERT_EQ(e.actions.size(), 1);
    EXPECT_FALSE(e.actions.first().isOpen());
    EXPECT_EQ(e.actions.first().doneBy, QStringLiteral("Inès Social"));
    EXPECT_EQ(e.actions.first().doneIn, second);
    db.signInAs(physician);
    const MeetingId third = create(QDate(2026, 11, 30));
    EXPECT_TRUE(entry(third, Dupont).actions.isEmpty());
    // The first meeting still shows what it raised.
    EXPECT_EQ(entry(first, Dupont).actions.size(), 1);
}

// Issue #8: the tablet shows the therapists what the team last decided: the latest meeting on or
// before today (22/11/2026) with the patient on its agenda, not next week's in preparation.
TEST_F(MeetingActionsTest, TheLatestMeetingOfAStayForTheGym)
{
    const StayId dupont = cohort.stays.value(Dupont);
    ASSERT_TRUE(meetings().latestFor(dupont)) << "a read";
    EXPECT_FALSE(meetings().latestFor(dupont)->has_value()) << "never discussed yet";

    const MeetingId first = create(QDate(2026, 11, 16));
    ASSERT_TRUE(meetings().decide(decision(first, Dupont, DecisionKind::Other, {}, QStringLiteral("More balance"))));
    const Result<DecisionId> withdrawn =
        meetings().decide(decision(first, Dupont, DecisionKind::Other, {}, QStringLiteral("Typed by mistake")));
    ASSERT_TRUE(withdrawn);
    ASSERT_TRUE(meetings().withdrawDecision(*withdrawn));
    ASSERT_TRUE(meetings().addAction(first, dupont, QStringLiteral("Order a cane"), QStringLiteral("physiotherapy"),
                                     QDate(2026, 11, 20)));
    create(QDate(2026, 11, 23)); // next week's, prepared ahead

    const Result<std::optional<StayMeetingNews>> news = meetings().latestFor(dupont);
    ASSERT_TRUE(news) << news.failure().text().toStdString();
    ASSERT_TRUE(news->has_value());
    EXPECT_EQ((*news)->meeting.date, QDate(2026, 11, 16));
    ASSERT_EQ((*news)->decisions.size(), 1) << "the withdrawn decision is left out";
    EXPECT_EQ((*news)->decisions.first().text, QStringLiteral("More balance"));
    ASSERT_EQ((*news)->openActions.size(), 1);
    EXPECT_EQ((*news)->openActions.first().what, QStringLiteral("Order a cane"));
}

TEST_F(MeetingActionsTest, ActionRefusals)
{
    const MeetingId id = create(TestStore::today());
    const StayId dupont = cohort.stays.value(Dupont);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().addAction(id, dupont, QStringLiteral("  "), QStringLiteral("nursing"), {}), before, audit,
                  MeetingService::WhatField, {QStringLiteral("what")});
    expectRefused(meetings().addAction(id, dupont, QStringLiteral("Weigh"), QStringLiteral("cooking"), {}), before,
                  audit, MeetingService::OwnerField, {QStringLiteral("cooking"), QStringLiteral("nursing")});
    expectRefused(
        meetings().addAction(id, dupont, QStringLiteral("Weigh"), QStringLiteral("nursing"), QDate(2026, 11, 1)),
        before, audit, MeetingService::DueField, {QStringLiteral("22/11/2026")});
    const ActionId weigh =
        *meetings().addAction(id, dupont, QStringLiteral("Weigh"), QStringLiteral("nursing"), QDate(2026, 11, 25));
    const QString added = db.dumpAll();
    expectRefused(meetings().setActionDone(weigh, id, true, 7), added, audit + 1, QString(),
                  {QStringLiteral("changed elsewhere")}, Failure::Kind::Conflict);
}

} // namespace
} // namespace smr
