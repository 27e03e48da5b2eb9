// CarePlanService (issue #5 "Personalised care plan"): one plan per stay, written by physicians,
// checked (CarePlanRules), held to the decree's minimum unless a reason is given (décret
// n° 2022-25, REFERENCE §8), saved with a version check and audited as "care_plan". Each
// refusal names its field and writes nothing. The clock stands on 22/11/2026 (TestStore); the
// stay runs from 02/11/2026 to 29/11/2026 in full hospitalisation.

#include "core/careplan/CarePlanServiceFixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;
using test::validPlan;
using CarePlanServiceTest = test::CarePlanServiceFixture;

// Brief: save creates the plan when its id is unset; everything comes back as it was saved.
TEST_F(CarePlanServiceTest, CreateKeepsEveryField)
{
    int saves = 0;
    QObject::connect(&db->carePlans(), &CarePlanService::carePlanSaved, [&](StayId s, PatientId p) {
        ++saves;
        EXPECT_EQ(s, stay);
        EXPECT_EQ(p, patient);
    });
    CarePlan plan = validPlan(stay);
    plan.agreedOn = QDate(2026, 11, 5);
    plan.goals[3].achievedOn = QDate(2026, 11, 20);
    const CarePlan created = saved(plan);
    EXPECT_TRUE(created.id.isValid());
    EXPECT_EQ(created.version, 1);
    EXPECT_EQ(saves, 1);

    db.reopen();
    const CarePlan p = stored();
    EXPECT_EQ(p.id, created.id);
    EXPECT_EQ(p.stayId, stay);
    EXPECT_EQ(p.version, 1);
    EXPECT_EQ(p.plannedWeeks, 4);
    EXPECT_EQ(p.agreedOn, QDate(2026, 11, 5));
    EXPECT_EQ(p.agreementRecordedBy, QStringLiteral("Dr Claire Martin"));
    EXPECT_EQ(p.nextReview, QDate(2026, 11, 24));
    EXPECT_TRUE(p.shortfallReason.isEmpty());
    EXPECT_EQ(careplanjson::toJson(p.goals), careplanjson::toJson(plan.goals));
    EXPECT_EQ(careplanjson::toJson(p.disciplines), careplanjson::toJson(plan.disciplines));
    ASSERT_EQ(p.goals.size(), 5);
    EXPECT_EQ(p.goals[0].objective, Objective::PainManagement);
    EXPECT_EQ(p.goals[0].kind, TargetKind::RelativeChange);
    EXPECT_EQ(p.goals[0].instrument, QStringLiteral("odi"));
    EXPECT_EQ(p.goals[0].measure, QStringLiteral("percent"));
    EXPECT_EQ(p.goals[0].value, -30);
    EXPECT_EQ(p.goals[3].targetDate, QDate(2027, 1, 4));
    EXPECT_EQ(p.goals[3].achievedOn, QDate(2026, 11, 20));
    EXPECT_EQ(p.goals[4].reviewDate, QDate(2026, 11, 27));
    EXPECT_EQ(p.goals[4].text, QStringLiteral("Lifts a 10 kg box with spine-sparing postures"));
    ASSERT_EQ(p.disciplines.size(), 4);
    EXPECT_EQ(p.disciplines[0].discipline, Discipline::Physiotherapy);
    EXPECT_EQ(p.disciplines[0].individualPerWeek, 5);
    EXPECT_EQ(p.disciplines[0].collectivePerWeek, 3);
}

// Brief: "Every service write produces its audit entry"; entity care_plan, snapshot before/after.
TEST_F(CarePlanServiceTest, CreateAndUpdateAreAudited)
{
    const CarePlan created = saved(validPlan(stay));
    CarePlan edit = created;
    edit.plannedWeeks = 3;
    const CarePlan updated = saved(edit);
    EXPECT_EQ(updated.version, 2);

    const QList<AuditEntry> trail = db.audit();
    ASSERT_GE(trail.size(), 2);
    const AuditEntry &create = trail.at(trail.size() - 2);
    EXPECT_EQ(create.entity, QStringLiteral("care_plan"));
    EXPECT_EQ(create.entityId, QString::number(created.id.value));
    EXPECT_EQ(create.action, QStringLiteral("create"));
    EXPECT_EQ(create.patientId, patient);
    EXPECT_EQ(create.actor, QStringLiteral("cmartin"));
    EXPECT_TRUE(create.before.isEmpty());
    EXPECT_EQ(create.after.value(QStringLiteral("stay_id")).toInteger(), stay.value);
    EXPECT_EQ(create.after.value(QStringLiteral("planned_weeks")).toInt(), 4);
    EXPECT_EQ(create.after.value(QStringLiteral("goals")).toArray().size(), 5);
    EXPECT_EQ(
        create.after.value(QStringLiteral("goals")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("relative_change"));
    EXPECT_EQ(create.after.value(QStringLiteral("version")).toInt(), 1);

    const AuditEntry &update = trail.last();
    EXPECT_EQ(update.entity, QStringLiteral("care_plan"));
    EXPECT_EQ(update.action, QStringLiteral("update"));
    EXPECT_EQ(update.before.value(QStringLiteral("planned_weeks")).toInt(), 4);
    EXPECT_EQ(update.after.value(QStringLiteral("planned_weeks")).toInt(), 3);
    EXPECT_EQ(update.after.value(QStringLiteral("version")).toInt(), 2);
}

// Brief: one plan per stay.
TEST_F(CarePlanServiceTest, ASecondPlanForTheStayIsRefused)
{
    const CarePlan first = saved(validPlan(stay));
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(db->carePlans().save(validPlan(stay)), before, audit, CarePlanRules::StayField,
                  {QStringLiteral("already has a care plan"), QString::number(first.id.value)});
}

TEST_F(CarePlanServiceTest, AnUnknownStayIsNotFound)
{
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(db->carePlans().save(validPlan(StayId(999))), before, audit, CarePlanRules::StayField,
                  {QStringLiteral("999")}, Failure::Kind::NotFound);
}

TEST_F(CarePlanServiceTest, ACancelledStayHasNoPlan)
{
    db.signInLocal();
    ASSERT_TRUE(db->stays().cancel(stay, QStringLiteral("Admission refused")));
    db.signInAs(physician);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(db->carePlans().save(validPlan(stay)), before, audit, CarePlanRules::StayField,
                  {QStringLiteral("cancelled")});
}

// Decision: a discharged stay's plan can still be completed (the goals achieved, the reason).
TEST_F(CarePlanServiceTest, ADischargedStayKeepsItsPlanEditable)
{
    const CarePlan created = saved(validPlan(stay));
    db.signInLocal();
    ASSERT_TRUE(db->stays().close(stay, QDate(2026, 11, 21)));
    db.signInAs(physician);
    CarePlan edit = created;
    edit.goals[4].achievedOn = QDate(2026, 11, 20);
    EXPECT_EQ(saved(edit).version, 2);
}

// Brief: "updates with a version check (Failure::conflict when the stored version differs,
// nothing written)".
TEST_F(CarePlanServiceTest, AStaleVersionIsAConflict)
{
    const CarePlan created = saved(validPlan(stay));
    CarePlan first = created;
    first.plannedWeeks = 3;
    saved(first);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    CarePlan stale = created;
    stale.plannedWeeks = 5;
    const Result<CarePlan> refused = db->carePlans().save(stale);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Conflict);
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("changed elsewhere")));
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_EQ(db.audit().size(), audit);
    EXPECT_EQ(stored().plannedWeeks, 3);
}

TEST_F(CarePlanServiceTest, APlanCannotMoveToAnotherStayNorBeInvented)
{
    const CarePlan created = saved(validPlan(stay));
    const PatientId other = db.addPatient(QStringLiteral("IPP002"));
    const StayId otherStay = *db->stays().open(TestStore::stay(other));
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    CarePlan moved = created;
    moved.stayId = otherStay;
    expectRefused(db->carePlans().save(moved), before, audit, CarePlanRules::StayField,
                  {QStringLiteral("cannot move"), QString::number(otherStay.value)});
    CarePlan invented = validPlan(stay);
    invented.id = CarePlanId(4242);
    expectRefused(db->carePlans().save(invented), before, audit, CarePlanRules::PlanField, {QStringLiteral("4242")},
                  Failure::Kind::NotFound);
}

// CarePlanRules through the service: every refusal names its field; nothing is written.
TEST_F(CarePlanServiceTest, AnInvalidPlanIsRefusedWithEveryField)
{
    CarePlan plan = validPlan(stay);
    plan.goals[0].instrument = QStringLiteral("sf36");
    plan.plannedWeeks = 13;
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    const Result<CarePlan> refused = db->carePlans().save(plan);
    expectRefused(refused, before, audit, QStringLiteral("goals[0].instrument"),
                  {QStringLiteral("sf36"), QStringLiteral("tug, 6mwt, berg, dallas, odi, startback")});
    EXPECT_TRUE(refused.failure().messageFor(CarePlanRules::PlannedWeeksField).contains(QStringLiteral("1 to 12")));
}

// décret n° 2022-25 (REFERENCE §8): a plan short of the minimum needs its reason; the refusal
// names the field and lists what is missing.
TEST_F(CarePlanServiceTest, AShortPlanIsRefusedWithoutItsReason)
{
    CarePlan plan = validPlan(stay);
    plan.disciplines = {{Discipline::Physiotherapy, 4, 2}, {Discipline::Psychology, 1, 0}};
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(db->carePlans().save(plan), before, audit, CarePlanRules::ShortfallReasonField,
                  {QStringLiteral("décret n° 2022-25"), QStringLiteral("reason for the shortfall"),
                   QStringLiteral("Therapies: 2 planned (physiotherapy, psychology)"),
                   QStringLiteral("Sessions a week in full hospitalisation: 7 planned, at least 10 needed")});

    plan.shortfallReason = QStringLiteral("  Occupational therapist on leave until 30/11 ");
    const CarePlan created = saved(plan);
    EXPECT_EQ(stored().shortfallReason, QStringLiteral("Occupational therapist on leave until 30/11"));

    // Decision: once the plan meets the decree, the reason is dropped.
    CarePlan complete = created;
    complete.disciplines << DisciplinePlan{Discipline::OccupationalTherapy, 1, 2};
    saved(complete);
    EXPECT_TRUE(stored().shortfallReason.isEmpty());
}

// décret n° 2022-25: day hospital needs the three therapies only.
TEST_F(CarePlanServiceTest, DayHospitalNeedsOnlyThreeTherapies)
{
    db.signInLocal();
    Stay s = *db->stays().find(stay);
    s.mode = StayMode::DayHospital;
    ASSERT_TRUE(db->stays().update(s));
    db.signInAs(physician);
    CarePlan plan = validPlan(stay);
    plan.disciplines = {
        {Discipline::Physiotherapy, 1, 1}, {Discipline::Psychology, 1, 0}, {Discipline::AdaptedPhysicalActivity, 0, 1}};
    EXPECT_TRUE(saved(plan).id.isValid());
    EXPECT_TRUE(stored().shortfallReason.isEmpty());
}

// Brief: "when agreedOn is set or changed the service sets agreementRecordedBy to the actor's
// display name"; Decision: kept when unchanged, cleared with the date, never taken from the caller.
TEST_F(CarePlanServiceTest, TheAgreementNamesWhoRecordedIt)
{
    CarePlan plan = validPlan(stay);
    plan.agreementRecordedBy = QStringLiteral("Someone else");
    CarePlan p = saved(plan);
    EXPECT_TRUE(stored().agreementRecordedBy.isEmpty());

    p.agreedOn = QDate(2026, 11, 6);
    p = saved(p);
    EXPECT_EQ(stored().agreementRecordedBy, QStringLiteral("Dr Claire Martin"));

    db.signInAs(db.addUser(QStringLiteral("pdurand"), {Role::Physician}, QStringLiteral("Dr Paul Durand")));
    p.plannedWeeks = 5;
    p.agreementRecordedBy = QStringLiteral("Forged");
    p = saved(p);
    EXPECT_EQ(stored().agreementRecordedBy, QStringLiteral("Dr Claire Martin"));

    p.agreedOn = QDate(2026, 11, 9);
    p = saved(p);
    EXPECT_EQ(stored().agreementRecordedBy, QStringLiteral("Dr Paul Durand"));

    p.agreedOn = QDate();
    saved(p);
    EXPECT_TRUE(stored().agreementRecordedBy.isEmpty());
}

TEST_F(CarePlanServiceTest, FindWithoutPlanIsNotFound)
{
    const Result<CarePlan> none = db->carePlans().find(stay);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.failure().kind(), Failure::Kind::NotFound);
    EXPECT_EQ(none.failure().messageFor(CarePlanRules::PlanField),
              QStringLiteral("Stay no. %1 has no care plan yet.").arg(stay.value));
}

// Issue #4 rights: writing a care plan needs the right to write assessments (physicians).
TEST_F(CarePlanServiceTest, ASecretaryCannotWriteAPlan)
{
    db.signInAs(db.addUser(QStringLiteral("secretary"), {Role::Secretary}));
    const QString before = db.dumpAll();
    const Result<CarePlan> refused = db->carePlans().save(validPlan(stay));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Forbidden);
    EXPECT_TRUE(refused.failure().text().contains(kRights.label(Right::WriteAssessments)));
    EXPECT_EQ(db.dumpAll(), before);
}

TestResult odi(StayId stay, const QDate &day, const QList<int> &items)
{
    return TestStore::questionnaire(stay, QStringLiteral("odi"), day, items);
}

// Brief: progress(StayId) gives each goal with its GoalProgress from the stay's current results.
TEST_F(CarePlanServiceTest, ProgressReadsTheStaysCurrentResults)
{
    CarePlan plan = validPlan(stay);
    plan.goals[3].achievedOn = QDate(2026, 11, 20);
    saved(plan);
    db.signInLocal();
    // ODI 48 % on admission (REFERENCE §5: sum 24 of 50), then 30 %: the −30 % goal is met.
    ASSERT_TRUE(db->results().record(odi(stay, QDate(2026, 11, 2), {3, 3, 3, 3, 2, 2, 2, 2, 2, 2})));
    const Result<TestResult> later =
        db->results().record(odi(stay, QDate(2026, 11, 16), {2, 2, 2, 2, 2, 1, 1, 1, 1, 1}));
    ASSERT_TRUE(later);

    Result<QList<GoalStatus>> progress = db->carePlans().progress(stay);
    ASSERT_TRUE(progress) << progress.failure().text().toStdString();
    ASSERT_EQ(progress->size(), 5);
    EXPECT_EQ(progress->at(0).progress.status, GoalProgress::Status::Met);
    EXPECT_EQ(progress->at(0).progress.explanation,
              QStringLiteral("ODI 30.0 % reached the target 33.6 % (−30 % of 48.0 %)"));
    EXPECT_EQ(progress->at(0).deadline, QDate(2026, 11, 30));
    EXPECT_EQ(progress->at(1).progress.status, GoalProgress::Status::NotMeasured); // no 6MWT
    EXPECT_EQ(progress->at(2).progress.status, GoalProgress::Status::NotMeasured); // no Berg
    EXPECT_EQ(progress->at(3).progress.status, GoalProgress::Status::Met);         // achieved on 20/11
    EXPECT_EQ(progress->at(4).progress.status, GoalProgress::Status::NotMeasured);
    EXPECT_EQ(progress->at(4).deadline, QDate(2026, 11, 27));

    // A correction replaces the later result: the superseded one no longer counts.
    TestResult correction = odi(stay, QDate(2026, 11, 16), {4, 4, 4, 4, 4, 3, 3, 3, 3, 3});
    correction.seriesId = later->seriesId;
    correction.correctionReason = QStringLiteral("Wrong sheet");
    ASSERT_TRUE(db->results().record(correction));
    progress = db->carePlans().progress(stay);
    ASSERT_TRUE(progress);
    EXPECT_EQ(progress->at(0).progress.status, GoalProgress::Status::OffTrack); // 70 %: worse than 48 %
    EXPECT_EQ(*progress->at(0).progress.latest, 70);
}

TEST_F(CarePlanServiceTest, ProgressWithoutPlanIsNotFound)
{
    const Result<QList<GoalStatus>> none = db->carePlans().progress(stay);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.failure().kind(), Failure::Kind::NotFound);
    const Result<QList<GoalStatus>> unknown = db->carePlans().progress(StayId(999));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().kind(), Failure::Kind::NotFound);
    EXPECT_FALSE(unknown.failure().messageFor(CarePlanRules::StayField).isEmpty());
}

} // namespace
} // namespace smr
