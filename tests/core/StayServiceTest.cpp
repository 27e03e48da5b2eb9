// StayService: opening, admitting, closing and cancelling stays. Each refusal names its field
// and writes nothing. The clock stands on 22/11/2026 (TestStore).

#include "core/stays/StayRules.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class StayServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { patient = db.addPatient(); }

    StayId openStay(const Stay &s)
    {
        const Result<StayId> id = db->stays().open(s);
        EXPECT_TRUE(id) << (id ? std::string() : id.failure().text().toStdString());
        return id ? *id : StayId();
    }

    Stay stored(StayId id)
    {
        const Result<Stay> s = db->stays().find(id);
        EXPECT_TRUE(s);
        return s ? *s : Stay();
    }

    // Checks a refusal: its kind, its field, the words its message names, and that the
    // database is exactly as it was before the attempt.
    template <typename R>
    void expectRefused(const R &result, const QString &before, const QString &field, const QStringList &mentions,
                       Failure::Kind kind = Failure::Kind::Invalid)
    {
        ASSERT_FALSE(result) << field.toStdString();
        EXPECT_EQ(result.failure().kind(), kind) << result.failure().text().toStdString();
        const QString message = result.failure().messageFor(field);
        EXPECT_FALSE(message.isEmpty()) << "no message for " << field.toStdString() << "; got "
                                        << result.failure().text().toStdString();
        for (const QString &word : mentions)
            EXPECT_TRUE(message.contains(word, Qt::CaseInsensitive))
                << "\"" << message.toStdString() << "\" should mention " << word.toStdString();
        EXPECT_EQ(db.dumpAll(), before) << "nothing is written on a refusal";
    }

    TestStore db;
    PatientId patient;
};

// Issue #2: status pre-admission, active, discharged, cancelled; the status of a new stay
// follows its admission date (StayService::open).
TEST_F(StayServiceTest, OpenWithAPastAdmissionIsInProgress)
{
    int saves = 0;
    QObject::connect(&db->stays(), &StayService::staySaved, [&](StayId, PatientId p) {
        ++saves;
        EXPECT_EQ(p, patient);
    });
    Stay draft = TestStore::stay(patient);
    draft.status = StayStatus::Discharged; // ignored: derived from the admission date
    draft.dischargeDate = QDate(2026, 11, 20);
    draft.referrerType = ReferrerType::Rheumatologist;
    draft.referrerName = QStringLiteral(" Dr  Lambert ");
    draft.coordinatingPhysician = QStringLiteral("Dr Caron");
    const StayId id = openStay(draft);
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(saves, 1);

    db.reopen();
    const Stay s = stored(id);
    EXPECT_EQ(s.status, StayStatus::Active);
    EXPECT_EQ(s.patientId, patient);
    EXPECT_EQ(s.unitCode, QStringLiteral("locomoteur"));
    EXPECT_EQ(s.mode, StayMode::FullHospitalisation);
    EXPECT_EQ(s.admissionDate, QDate(2026, 11, 2));
    EXPECT_EQ(s.plannedDischargeDate, QDate(2026, 11, 29));
    EXPECT_FALSE(s.dischargeDate.isValid());
    EXPECT_EQ(s.programme, Programme::SpineRestoration);
    EXPECT_EQ(s.referrerType, ReferrerType::Rheumatologist);
    EXPECT_EQ(s.referrerName, QStringLiteral("Dr Lambert"));
    EXPECT_EQ(s.coordinatingPhysician, QStringLiteral("Dr Caron"));
    EXPECT_EQ(s.version, 1);
}

TEST_F(StayServiceTest, OpenOnTodayIsInProgress)
{
    Stay draft = TestStore::stay(patient);
    draft.admissionDate = TestStore::today();
    EXPECT_EQ(stored(openStay(draft)).status, StayStatus::Active);
}

TEST_F(StayServiceTest, OpenWithAnAdmissionAfterTodayIsAPreAdmission)
{
    Stay draft = TestStore::stay(patient);
    draft.admissionDate = QDate(2026, 11, 23);
    draft.plannedDischargeDate = QDate(2026, 12, 20);
    EXPECT_EQ(stored(openStay(draft)).status, StayStatus::PreAdmission);
}

// StayRules::normalized: unit codes are trimmed and lower-cased.
TEST_F(StayServiceTest, UnitCodeIsReadCaseInsensitively)
{
    Stay draft = TestStore::stay(patient);
    draft.unitCode = QStringLiteral("  Neurologie ");
    EXPECT_EQ(stored(openStay(draft)).unitCode, QStringLiteral("neurologie"));
}

// Issue #2: "At most one active stay per patient"; a second active stay is refused.
TEST_F(StayServiceTest, SecondOpenStayIsRefused)
{
    openStay(TestStore::stay(patient));
    const QString before = db.dumpAll();
    Stay second = TestStore::stay(patient);
    second.admissionDate = QDate(2026, 11, 20);
    expectRefused(
        db->stays().open(second), before, StayRules::PatientField,
        {QStringLiteral("DUPONT Marie"), QStringLiteral("already has an open stay"), QStringLiteral("02/11/2026")});
}

// Stay::isOpen / StayRepository::findOpen: a pre-admission is an open stay too.
TEST_F(StayServiceTest, APreAdmissionCountsAsOpen)
{
    Stay pre = TestStore::stay(patient);
    pre.admissionDate = QDate(2026, 12, 1);
    pre.plannedDischargeDate = QDate();
    openStay(pre);
    const QString before = db.dumpAll();
    expectRefused(db->stays().open(TestStore::stay(patient)), before, StayRules::PatientField,
                  {QStringLiteral("already has an open stay"), QStringLiteral("pre-admission")});
    Stay anotherPre = pre;
    anotherPre.admissionDate = QDate(2026, 12, 15);
    expectRefused(db->stays().open(anotherPre), before, StayRules::PatientField, {});
}

TEST_F(StayServiceTest, AfterDischargeANewStayCanBeOpened)
{
    const StayId first = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(first, QDate(2026, 11, 20)));
    Stay next = TestStore::stay(patient);
    next.admissionDate = QDate(2026, 11, 21);
    EXPECT_TRUE(openStay(next).isValid());
    EXPECT_EQ(db.rows(QStringLiteral("stays")), 2);
}

TEST_F(StayServiceTest, ANewStayCannotBeginBeforeThePreviousOneEnded)
{
    // StayService::checkAfterPreviousStays: stays of a patient do not overlap; the same day is
    // allowed (discharged in the morning, readmitted in the afternoon).
    const StayId first = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(first, QDate(2026, 11, 20)));
    const QString before = db.dumpAll();
    Stay overlapping = TestStore::stay(patient);
    overlapping.admissionDate = QDate(2026, 11, 19);
    expectRefused(db->stays().open(overlapping), before, StayRules::AdmissionDate, {QStringLiteral("20/11/2026")});

    Stay sameDay = TestStore::stay(patient);
    sameDay.admissionDate = QDate(2026, 11, 20);
    const StayId second = openStay(sameDay);
    ASSERT_TRUE(second.isValid());

    // Moving the admission of the new stay back into the previous one is refused as well.
    Stay moved = stored(second);
    moved.admissionDate = QDate(2026, 11, 10);
    const QString beforeUpdate = db.dumpAll();
    expectRefused(db->stays().update(moved), beforeUpdate, StayRules::AdmissionDate, {QStringLiteral("20/11/2026")});
}

TEST_F(StayServiceTest, AnotherPatientIsNotConcerned)
{
    openStay(TestStore::stay(patient));
    const PatientId other = db.addPatient(QStringLiteral("IPP002"));
    EXPECT_TRUE(openStay(TestStore::stay(other)).isValid());
}

// StayService::patientOf: the patient must exist (NotFound, not Invalid).
TEST_F(StayServiceTest, UnknownPatientIsNotFound)
{
    const QString before = db.dumpAll();
    expectRefused(db->stays().open(TestStore::stay(PatientId(999))), before, StayRules::PatientField,
                  {QStringLiteral("999")}, Failure::Kind::NotFound);
}

// Issue #2: units are a configurable list; a stay names one of them.
TEST_F(StayServiceTest, UnknownUnitListsTheOpenUnits)
{
    const QString before = db.dumpAll();
    Stay s = TestStore::stay(patient);
    s.unitCode = QStringLiteral("cardiologie");
    expectRefused(db->stays().open(s), before, StayRules::UnitField,
                  {QStringLiteral("cardiologie"),
                   QStringLiteral("locomoteur, neurologie, cardio-vasculaire, respiratoire, geriatrie, polyvalent")});
    s.unitCode.clear();
    expectRefused(db->stays().open(s), before, StayRules::UnitField, {QStringLiteral("locomoteur")});
}

// Unit.h / StayService::checkUnit: a closed unit keeps its past stays but takes no new ones.
TEST_F(StayServiceTest, ClosedUnitTakesNoNewStay)
{
    ASSERT_TRUE(db->units().setActive(QStringLiteral("neurologie"), false));
    const QString before = db.dumpAll();
    Stay s = TestStore::stay(patient);
    s.unitCode = QStringLiteral("neurologie");
    expectRefused(db->stays().open(s), before, StayRules::UnitField,
                  {QStringLiteral("Neurologie"), QStringLiteral("closed"), QStringLiteral("locomoteur")});
    EXPECT_FALSE(
        db->stays().open(s).failure().messageFor(StayRules::UnitField).contains(QStringLiteral("neurologie,")));
}

// Unit.h: "a unit that closes is deactivated, never deleted, so that old stays keep their unit".
TEST_F(StayServiceTest, StayOfAUnitClosedLaterCanStillBeEdited)
{
    Stay s = TestStore::stay(patient);
    s.unitCode = QStringLiteral("neurologie");
    const StayId id = openStay(s);
    ASSERT_TRUE(db->units().setActive(QStringLiteral("neurologie"), false));
    Stay edited = stored(id);
    edited.referrerName = QStringLiteral("Dr Meyer");
    const Status saved = db->stays().update(edited);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(stored(id).referrerName, QStringLiteral("Dr Meyer"));
    // Moving it to another closed unit is refused, moving it to an open one is not.
    edited = stored(id);
    ASSERT_TRUE(db->units().setActive(QStringLiteral("respiratoire"), false));
    edited.unitCode = QStringLiteral("respiratoire");
    EXPECT_FALSE(db->stays().update(edited));
    edited.unitCode = QStringLiteral("locomoteur");
    EXPECT_TRUE(db->stays().update(edited));
}

// StayRules::check: the planned discharge cannot precede the admission.
TEST_F(StayServiceTest, PlannedDischargeBeforeAdmission)
{
    const QString before = db.dumpAll();
    Stay s = TestStore::stay(patient);
    s.plannedDischargeDate = QDate(2026, 11, 1);
    expectRefused(db->stays().open(s), before, StayRules::PlannedDischargeDate,
                  {QStringLiteral("01/11/2026"), QStringLiteral("02/11/2026"), QStringLiteral("before")});
}

// StayRules::check: admission required, not before birth, at most MaxDaysAhead (365 days) ahead.
TEST_F(StayServiceTest, AdmissionDateRules)
{
    const QString before = db.dumpAll();
    Stay s = TestStore::stay(patient);
    s.admissionDate = QDate();
    expectRefused(db->stays().open(s), before, StayRules::AdmissionDate, {QStringLiteral("required")});
    s.admissionDate = QDate(1950, 1, 1); // before the birth date 12/03/1956
    s.plannedDischargeDate = QDate();
    expectRefused(db->stays().open(s), before, StayRules::AdmissionDate, {QStringLiteral("12/03/1956")});
    s.admissionDate = QDate(2027, 11, 23); // StayRules::MaxDaysAhead: a year
    expectRefused(db->stays().open(s), before, StayRules::AdmissionDate, {QStringLiteral("22/11/2027")});
}

// Issue #2: status discharged with its discharge date; the admission day and today are allowed.
TEST_F(StayServiceTest, CloseStoresTheDischarge)
{
    const StayId id = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(id, QDate(2026, 11, 20)));
    const Stay s = stored(id);
    EXPECT_EQ(s.status, StayStatus::Discharged);
    EXPECT_EQ(s.dischargeDate, QDate(2026, 11, 20));
    EXPECT_EQ(s.version, 2);
    // Discharged on the admission day and on today are allowed.
    Stay sameDay = TestStore::stay(patient);
    sameDay.admissionDate = QDate(2026, 11, 21);
    const StayId second = openStay(sameDay);
    EXPECT_TRUE(db->stays().close(second, QDate(2026, 11, 21)));
    Stay third = TestStore::stay(patient);
    third.admissionDate = TestStore::today();
    EXPECT_TRUE(db->stays().close(openStay(third), TestStore::today()));
}

// Issue #2: discharge before admission refused.
TEST_F(StayServiceTest, DischargeBeforeAdmission)
{
    const StayId id = openStay(TestStore::stay(patient));
    const QString before = db.dumpAll();
    expectRefused(db->stays().close(id, QDate(2026, 11, 1)), before, StayRules::DischargeDate,
                  {QStringLiteral("01/11/2026"), QStringLiteral("02/11/2026"), QStringLiteral("before")});
}

// StayRules::checkDischarge: the expected date goes in the planned discharge date instead.
TEST_F(StayServiceTest, DischargeInTheFuture)
{
    const StayId id = openStay(TestStore::stay(patient));
    const QString before = db.dumpAll();
    expectRefused(db->stays().close(id, QDate(2026, 11, 23)), before, StayRules::DischargeDate,
                  {QStringLiteral("future"), QStringLiteral("22/11/2026"), QStringLiteral("planned discharge")});
    expectRefused(db->stays().close(id, QDate()), before, StayRules::DischargeDate, {QStringLiteral("required")});
}

// StayService::close: only an active stay is closed (a pre-admission is cancelled or admitted).
TEST_F(StayServiceTest, OnlyAStayInProgressCanBeClosed)
{
    Stay pre = TestStore::stay(patient);
    pre.admissionDate = QDate(2026, 11, 25);
    const StayId preId = openStay(pre);
    QString before = db.dumpAll();
    expectRefused(db->stays().close(preId, QDate(2026, 11, 22)), before, StayRules::StayField,
                  {QStringLiteral("pre-admission")});

    ASSERT_TRUE(db->stays().cancel(preId, QStringLiteral("Patient hospitalised elsewhere")));
    const StayId id = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(id, QDate(2026, 11, 20)));
    before = db.dumpAll();
    expectRefused(db->stays().close(id, QDate(2026, 11, 21)), before, StayRules::StayField,
                  {QStringLiteral("discharged")});
    expectRefused(db->stays().close(preId, QDate(2026, 11, 21)), before, StayRules::StayField,
                  {QStringLiteral("cancelled")});
    expectRefused(db->stays().close(StayId(999), QDate(2026, 11, 21)), before, StayRules::StayField,
                  {QStringLiteral("999")}, Failure::Kind::NotFound);
}

// StayService.h: admit confirms the arrival of a pre-admitted patient; a stay in progress has begun.
TEST_F(StayServiceTest, AdmitAPreAdmission)
{
    Stay pre = TestStore::stay(patient);
    pre.admissionDate = QDate(2026, 11, 25);
    const StayId id = openStay(pre);
    const QString before = db.dumpAll();
    // Not in the future: a stay in progress has begun.
    expectRefused(db->stays().admit(id, QDate(2026, 11, 23)), before, StayRules::AdmissionDate,
                  {QStringLiteral("future"), QStringLiteral("22/11/2026")});

    ASSERT_TRUE(db->stays().admit(id, TestStore::today()));
    const Stay s = stored(id);
    EXPECT_EQ(s.status, StayStatus::Active);
    EXPECT_EQ(s.admissionDate, TestStore::today());

    const QString admitted = db.dumpAll();
    expectRefused(db->stays().admit(id, TestStore::today()), admitted, StayRules::StayField,
                  {QStringLiteral("pre-admission"), QStringLiteral("in progress")});
}

// StayService::cancel: a reason is required; a cancelled stay no longer counts as open.
TEST_F(StayServiceTest, CancelNeedsAReason)
{
    Stay pre = TestStore::stay(patient);
    pre.admissionDate = QDate(2026, 11, 25);
    const StayId id = openStay(pre);
    const QString before = db.dumpAll();
    expectRefused(db->stays().cancel(id, QString()), before, StayRules::CancellationReason, {QStringLiteral("reason")});
    expectRefused(db->stays().cancel(id, QStringLiteral("   ")), before, StayRules::CancellationReason,
                  {QStringLiteral("reason")});

    ASSERT_TRUE(db->stays().cancel(id, QStringLiteral("  Intercurrent illness ")));
    const Stay s = stored(id);
    EXPECT_EQ(s.status, StayStatus::Cancelled);
    EXPECT_EQ(s.cancellationReason, QStringLiteral("Intercurrent illness"));
    // A cancelled stay is no longer open: the patient can have a new stay.
    EXPECT_TRUE(openStay(TestStore::stay(patient)).isValid());
}

// StayService::cancel: pre-admissions and stays in progress only.
TEST_F(StayServiceTest, OnlyAnOpenStayCanBeCancelled)
{
    const StayId id = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(id, QDate(2026, 11, 20)));
    const QString before = db.dumpAll();
    expectRefused(db->stays().cancel(id, QStringLiteral("Error")), before, StayRules::StayField,
                  {QStringLiteral("discharged")});
}

// StayService::update: a cancelled stay is final.
TEST_F(StayServiceTest, ACancelledStayCannotBeEdited)
{
    const StayId id = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().cancel(id, QStringLiteral("Error")));
    Stay s = stored(id);
    s.referrerName = QStringLiteral("Dr X");
    const QString before = db.dumpAll();
    expectRefused(db->stays().update(s), before, StayRules::StayField, {QStringLiteral("cancelled")});
}

// StayService.h: writes carry a version check (another workstation saved first).
TEST_F(StayServiceTest, UpdateOfAnOldCopyIsAConflict)
{
    const StayId id = openStay(TestStore::stay(patient));
    Stay first = stored(id);
    Stay second = stored(id);
    first.mode = StayMode::DayHospital;
    ASSERT_TRUE(db->stays().update(first));
    const QString before = db.dumpAll();
    second.referrerName = QStringLiteral("Dr Late");
    const Status saved = db->stays().update(second);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.failure().kind(), Failure::Kind::Conflict);
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_EQ(stored(id).mode, StayMode::DayHospital);
    EXPECT_TRUE(stored(id).referrerName.isEmpty());
}

TEST_F(StayServiceTest, UpdateRefusalsWriteNothing)
{
    const StayId id = openStay(TestStore::stay(patient));
    const QString before = db.dumpAll();
    Stay s = stored(id);
    s.plannedDischargeDate = QDate(2026, 10, 1);
    expectRefused(db->stays().update(s), before, StayRules::PlannedDischargeDate, {QStringLiteral("01/10/2026")});
    s = stored(id);
    s.admissionDate = QDate(2026, 11, 23); // a stay in progress cannot start tomorrow
    expectRefused(db->stays().update(s), before, StayRules::AdmissionDate, {QStringLiteral("future")});
    s = stored(id);
    s.unitCode = QStringLiteral("nowhere");
    expectRefused(db->stays().update(s), before, StayRules::UnitField, {QStringLiteral("nowhere")});
}

TEST_F(StayServiceTest, ForPatientListsTheMostRecentFirst)
{
    const StayId first = openStay(TestStore::stay(patient));
    ASSERT_TRUE(db->stays().close(first, QDate(2026, 11, 10)));
    Stay next = TestStore::stay(patient);
    next.admissionDate = QDate(2026, 11, 15);
    const StayId second = openStay(next);
    const Result<QList<Stay>> stays = db->stays().forPatient(patient);
    ASSERT_TRUE(stays);
    ASSERT_EQ(stays->size(), 2);
    EXPECT_EQ(stays->at(0).id, second);
    EXPECT_EQ(stays->at(1).id, first);
}

} // namespace
} // namespace smr
