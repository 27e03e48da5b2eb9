#pragma once

// The care plan service suites' fixture: a physician signed in and a stay of full hospitalisation
// from 02/11/2026 to 29/11/2026, the clock on 22/11/2026 (TestStore).

#include "core/careplan/CarePlanRules.h"
#include "core/careplan/CarePlanSupport.h"
#include "support/Printers.h"
#include "support/Refusals.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr::test {

class CarePlanServiceFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        stay = *db->stays().open(TestStore::stay(patient));
        physician = db.addUser(QStringLiteral("cmartin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
        db.signInAs(physician);
    }

    CarePlan saved(const CarePlan &plan)
    {
        const Result<CarePlan> r = db->carePlans().save(plan);
        EXPECT_TRUE(r) << (r ? std::string() : r.failure().text().toStdString());
        return r ? *r : CarePlan();
    }

    CarePlan stored()
    {
        const Result<CarePlan> p = db->carePlans().find(stay);
        EXPECT_TRUE(p) << (p ? std::string() : p.failure().text().toStdString());
        return p ? *p : CarePlan();
    }

    // A refusal: its kind, its field, the words its message names, and nothing written.
    template <typename R>
    void expectRefused(const R &result, const QString &before, qsizetype auditBefore, const QString &field,
                       const QStringList &mentions, Failure::Kind kind = Failure::Kind::Invalid)
    {
        test::expectRefused(db, result, before, auditBefore, field, mentions, kind);
    }

    TestStore db;
    PatientId patient;
    StayId stay;
    User physician;
};

} // namespace smr::test
