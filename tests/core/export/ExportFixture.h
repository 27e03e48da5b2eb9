#pragma once

// A store seeded for the export suites: two patients, every instrument, a correction, a draft, a
// stay closed and one in progress, a patient with two stays, a second unit, and results on the
// days a period's bounds test.

#include "core/export/ExportService.h"
#include "support/TestStore.h"

#include <QBuffer>
#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr::test {

class ExportFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    // Records `r` (fails the test when refused) and returns it as stored.
    TestResult record(TestResult r);
    static TestResult fields(StayId stay, const char *instrument, const QDateTime &at, const QJsonObject &answers);
    static TestResult items(StayId stay, const char *instrument, const QDateTime &at, const QJsonArray &values);

    // The document an export writes (fails the test when refused).
    QByteArray exported(const ExportScope &scope, ExportFormat format, bool bom = false);

public: // the seed, for the tables of cases
    TestStore db;
    // Dupont: a stay closed in March (full hospitalisation) and one in progress (day hospital).
    PatientId dupont;
    StayId closedStay;
    StayId currentStay;
    // Martin: a stay in progress in neurology, results on 01/11 at 09:00 and 22/11 at 09:30.
    PatientId martin;
    StayId neuroStay;

    TestResult tug, walk, bergMarch;               // closed stay
    TestResult dallas, odiPartial, odiFull, start; // current stay
    TestResult bergFirst, bergCorrected;           // current stay, corrected
    TestResult neuroFirst, neuroLast;              // neurology
    ResultId draft;                                // a draft TUG of the current stay (never exported)

    static inline const QString Remark = QStringLiteral("Genou droit, \"instable\"\nà revoir; é");
};

} // namespace smr::test
