// The physician's validation of a care plan (issue #5 done-when: "a care plan with measurable goals,
// and signs it"): CarePlanService::validate records who validated which version and when, needs the
// right to sign assessments, and is audited as "sign". A change saved afterwards keeps that record
// for the older version and asks for a new validation; a save that changes nothing keeps it valid.

#include "core/careplan/CarePlanServiceFixture.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;
using test::validPlan;
using CarePlanValidationTest = test::CarePlanServiceFixture;

TEST_F(CarePlanValidationTest, RecordsWhoValidatedWhichVersionAndWhen)
{
    db.clock().set(QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
    int signals_ = 0;
    QObject::connect(&db->carePlans(), &CarePlanService::carePlanSaved, [&](StayId s, PatientId p) {
        ++signals_;
        EXPECT_EQ(s, stay);
        EXPECT_EQ(p, patient);
    });
    const CarePlan created = saved(validPlan(stay));
    EXPECT_FALSE(created.isValidated());
    EXPECT_FALSE(created.needsRevalidation());

    const Result<CarePlan> validated = db->carePlans().validate(created.id, created.version);
    ASSERT_TRUE(validated) << validated.failure().text().toStdString();
    EXPECT_EQ(validated->version, 2);
    EXPECT_TRUE(validated->isValidated());
    EXPECT_EQ(signals_, 2);

    db.reopen();
    const CarePlan p = stored();
    EXPECT_EQ(p.version, 2);
    EXPECT_EQ(p.validatedVersion, 2);
    EXPECT_TRUE(p.isValidated());
    EXPECT_EQ(p.validatedBy, QStringLiteral("Dr Claire Martin"));
    EXPECT_EQ(p.validatedAt, QDateTime(QDate(2026, 11, 22), QTime(10, 15), Qt::UTC));
    EXPECT_EQ(careplanjson::toJson(p.goals), careplanjson::toJson(created.goals)) << "the content is untouched";

    const AuditEntry sign = db.audit().last();
    EXPECT_EQ(sign.entity, QStringLiteral("care_plan"));
    EXPECT_EQ(sign.action, QStringLiteral("sign"));
    EXPECT_EQ(sign.actor, QStringLiteral("cmartin"));
    EXPECT_EQ(sign.patientId, patient);
    EXPECT_TRUE(sign.before.value(QStringLiteral("validated_by")).isNull());
    EXPECT_EQ(sign.after.value(QStringLiteral("validated_by")).toString(), QStringLiteral("Dr Claire Martin"));
    EXPECT_EQ(sign.after.value(QStringLiteral("validated_version")).toInt(), 2);
}

// Decision: a change after the validation is a new version that is not validated; the validation
// stays on record for the version it was given to, and the validated content in the audit trail.
TEST_F(CarePlanValidationTest, AChangeAfterValidationAsksForItAgain)
{
    const CarePlan created = saved(validPlan(stay));
    CarePlan plan = *db->carePlans().validate(created.id, created.version);
    plan.plannedWeeks = 5;
    const CarePlan changed = saved(plan);
    EXPECT_EQ(changed.version, 3);
    EXPECT_FALSE(changed.isValidated());
    EXPECT_TRUE(changed.needsRevalidation());
    EXPECT_EQ(changed.validatedVersion, 2);
    EXPECT_EQ(changed.validatedBy, QStringLiteral("Dr Claire Martin"));

    const CarePlan p = stored();
    EXPECT_TRUE(p.needsRevalidation());
    EXPECT_EQ(p.validatedVersion, 2);
    const AuditEntry update = db.audit().last();
    EXPECT_EQ(update.action, QStringLiteral("update"));
    EXPECT_EQ(update.before.value(QStringLiteral("planned_weeks")).toInt(), 4);
    EXPECT_EQ(update.before.value(QStringLiteral("version")).toInt(), 2) << "the validated version, kept";

    db.signInAs(db.addUser(QStringLiteral("pdurand"), {Role::Physician}, QStringLiteral("Dr Paul Durand")));
    const Result<CarePlan> again = db->carePlans().validate(p.id, p.version);
    ASSERT_TRUE(again) << again.failure().text().toStdString();
    EXPECT_TRUE(again->isValidated());
    EXPECT_EQ(stored().validatedBy, QStringLiteral("Dr Paul Durand"));
    EXPECT_EQ(stored().validatedVersion, 4);
}

// Decision: saving the plan as it is (Ctrl+S with nothing changed) writes nothing and keeps the
// validation.
TEST_F(CarePlanValidationTest, ASaveWithoutChangeKeepsTheValidation)
{
    const CarePlan created = saved(validPlan(stay));
    const CarePlan validated = *db->carePlans().validate(created.id, created.version);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    CarePlan same = validated;
    same.agreementRecordedBy = QStringLiteral("Forged"); // the service's, not the caller's
    const CarePlan again = saved(same);
    EXPECT_EQ(again.version, validated.version);
    EXPECT_TRUE(again.isValidated());
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_EQ(db.audit().size(), audit);
}

// A plan validated at this version is not validated twice.
TEST_F(CarePlanValidationTest, ValidatingTwiceIsRefused)
{
    const CarePlan created = saved(validPlan(stay));
    const CarePlan validated = *db->carePlans().validate(created.id, created.version);
    const QString before = db.dumpAll();
    expectRefused(
        db->carePlans().validate(validated.id, validated.version), before, db.audit().size(), CarePlanRules::PlanField,
        {QStringLiteral("already validated"), QStringLiteral("Dr Claire Martin"), QStringLiteral("22/11/2026")});
}

// Brief: version check; what was validated is what the physician saw.
TEST_F(CarePlanValidationTest, AStaleVersionIsAConflict)
{
    const CarePlan created = saved(validPlan(stay));
    CarePlan edit = created;
    edit.plannedWeeks = 3;
    saved(edit);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    const Result<CarePlan> refused = db->carePlans().validate(created.id, created.version);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Conflict);
    EXPECT_TRUE(refused.failure().text().contains(QStringLiteral("changed elsewhere")));
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_EQ(db.audit().size(), audit);
    EXPECT_FALSE(stored().isValidated());
}

TEST_F(CarePlanValidationTest, AnUnknownPlanIsNotFound)
{
    const QString before = db.dumpAll();
    expectRefused(db->carePlans().validate(CarePlanId(999), 1), before, db.audit().size(), CarePlanRules::PlanField,
                  {QStringLiteral("999")}, Failure::Kind::NotFound);
}

TEST_F(CarePlanValidationTest, ACancelledStaysPlanIsNotValidated)
{
    const CarePlan created = saved(validPlan(stay));
    ASSERT_TRUE(db->stays().cancel(stay, QStringLiteral("Admission refused by the patient")));
    const QString before = db.dumpAll();
    expectRefused(db->carePlans().validate(created.id, created.version), before, db.audit().size(),
                  CarePlanRules::StayField, {QStringLiteral("cancelled")});
}

// Issue #4 rights: a physiotherapist can read the plan but only a physician validates it.
TEST_F(CarePlanValidationTest, OnlyAPhysicianValidates)
{
    const CarePlan created = saved(validPlan(stay));
    db.signInAs(db.addUser(QStringLiteral("kine"), {Role::Physiotherapist}));
    const QString before = db.dumpAll();
    const Result<CarePlan> refused = db->carePlans().validate(created.id, created.version);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Forbidden);
    EXPECT_TRUE(refused.failure().text().contains(kRights.label(Right::SignAssessments)));
    EXPECT_EQ(db.dumpAll(), before);
}

} // namespace
} // namespace smr
