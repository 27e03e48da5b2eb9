// Issue #5: the admission assessment as the service keeps it — drafts saved as the form is filled,
// the physician's signature (read-only afterwards; the chosen mode and programme written through
// to the stay), amendments as new revisions with their reason (the signed one kept), red-flag
// actions, alerts, the orientation from the stay's results, the baseline tests still missing.
// Every refusal names its field and writes nothing; every write leaves its audit entry.

#include "core/assessment/AssessmentRules.h"
#include "core/audit/Snapshots.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

class AssessmentServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        patient = db.addPatient();
        Stay s = TestStore::stay(patient);
        s.mode = StayMode::DayHospital;
        stay = *db->stays().open(s);
        physician = db.addUser(QStringLiteral("dr.martin"), {Role::Physician}, QStringLiteral("Dr Claire Martin"));
        db.signInAs(physician);
    }

    // A draft ready to be signed.
    AdmissionAssessment complete()
    {
        AdmissionAssessment a = *db->assessments().newDraft(stay);
        a.reason = QStringLiteral("Lombalgie chronique, échec du traitement ambulatoire");
        a.painRest = 4;
        a.painActivity = 7;
        a.distanceMinutes = 60;
        a.chosenMode = StayMode::FullHospitalisation;
        a.orientation = Orientation::SpineRestoration;
        a.precautions.maxHeartRate = 140;
        return a;
    }

    // Items 5–8 agreed and bothersomeness "extremely": psychosocial subscale 5, high risk.
    void recordHighRiskStartBack()
    {
        const Result<TestResult> saved = db->results().record(TestStore::questionnaire(
            stay, QStringLiteral("startback"), QDate(2026, 11, 3), {0, 0, 0, 0, 1, 1, 1, 1, 4}));
        ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    }

    QString lastAction() { return db.audit().isEmpty() ? QString() : db.audit().last().action; }

    TestStore db;
    PatientId patient;
    StayId stay;
    User physician;
};

TEST_F(AssessmentServiceTest, ANewDraftTakesTheHeightAndWeightOfTheRecord)
{
    const Patient p = *db->patients().find(patient);
    const AdmissionAssessment a = *db->assessments().newDraft(stay);
    EXPECT_EQ(a.heightCm, p.heightCm);
    EXPECT_EQ(a.weightKg, p.weightKg);
    EXPECT_FALSE(a.id.isValid());
    EXPECT_FALSE(*db->assessments().current(stay));
}

TEST_F(AssessmentServiceTest, ADraftIsCreatedThenSavedOverWithItsAuditEntries)
{
    AdmissionAssessment a = complete();
    const Result<AdmissionAssessment> created = db->assessments().save(a);
    ASSERT_TRUE(created) << created.failure().text().toStdString();
    EXPECT_TRUE(created->id.isValid());
    EXPECT_EQ(created->revision, 1);
    EXPECT_EQ(created->version, 1);
    EXPECT_EQ(db.audit().last().entity, QStringLiteral("assessment"));
    EXPECT_EQ(lastAction(), QStringLiteral("create"));
    EXPECT_EQ(db.audit().last().after.value(QStringLiteral("pain_activity")).toInt(), 7);
    EXPECT_EQ(db.audit().last().patientId, patient);

    AdmissionAssessment edited = *created;
    edited.painActivity = 6;
    const Result<AdmissionAssessment> saved = db->assessments().save(edited);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(lastAction(), QStringLiteral("update"));
    EXPECT_EQ(db.audit().last().before.value(QStringLiteral("pain_activity")).toInt(), 7);
    db.reopen();
    const AdmissionAssessment stored = **db->assessments().current(stay);
    EXPECT_EQ(stored.painActivity, 6);
    EXPECT_EQ(stored.reason, a.reason);
    EXPECT_EQ(stored.precautions.maxHeartRate, 140);
    EXPECT_EQ(stored.distanceMinutes, 60);
}

TEST_F(AssessmentServiceTest, EveryFieldSurvivesTheRoundTrip)
{
    AdmissionAssessment a = complete();
    a.referrerQuestion = QStringLiteral("Reprise du travail possible ?");
    a.history = QStringLiteral("HTA");
    a.spineSurgeries << SpineSurgery{QStringLiteral("Arthrodèse L4-L5"), QDate(2019, 4, 2)};
    a.comorbidities = QStringLiteral("Diabète de type 2");
    a.treatments = QStringLiteral("Tramadol 50 mg x3");
    a.analgesicLevel = AnalgesicLevel::Step2;
    a.corticosteroids = true;
    a.painLocation = QStringLiteral("Lombaire basse");
    a.legRadiation = LegRadiation::BelowKnee;
    a.occupation = QStringLiteral("Cariste");
    a.sickLeaveSince = QDate(2026, 3, 1);
    a.occupationalCase = OccupationalCase::WorkAccident;
    a.occupationalPhysicianContact = FlagAnswer::Yes;
    a.livesAlone = FlagAnswer::No;
    a.ableToDrive = FlagAnswer::No;
    a.setRedFlag(RedFlag::Fever, FlagAnswer::No);
    a.setRedFlag(RedFlag::CancerHistory, FlagAnswer::Yes);
    a.flag(PsychosocialFlag::Yellow) = {true, QStringLiteral("Kinésiophobie")};
    a.flag(PsychosocialFlag::Black) = {true, QStringLiteral("Litige avec la CPAM")};
    a.setExcluded(Exclusion::Pregnancy, true);
    a.exclusionJustification = QStringLiteral("Grossesse non évolutive");
    a.severeComorbidity = true;
    a.resistantPain = true;
    a.complexProfile = true;
    a.orientationNote = QStringLiteral("Groupe du lundi");
    a.precautions.maxSystolic = 160;
    a.precautions.maxDiastolic = 95;
    a.precautions.weightBearing = WeightBearing::Partial;
    a.precautions.weightBearingDetail = QStringLiteral("Appui partiel droit 6 semaines");
    a.precautions.brace = true;
    a.precautions.braceDetail = QStringLiteral("Corset lombaire");
    a.precautions.liftingLimitKg = 5;
    a.precautions.fallRisk = true;
    a.precautions.osteoporosis = true;
    a.precautions.other = QStringLiteral("Pas de flexion au-delà de 60°");
    const Result<AdmissionAssessment> saved = db->assessments().save(a);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    db.reopen();
    AdmissionAssessment stored = **db->assessments().current(stay);
    AdmissionAssessment expected = a;
    expected.id = saved->id;
    expected.version = 1;
    EXPECT_EQ(snapshot::of(stored), snapshot::of(expected));
}

TEST_F(AssessmentServiceTest, BadValuesAreRefusedNamingTheFieldAndNothingIsWritten)
{
    AdmissionAssessment a = complete();
    a.painRest = 12;
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> refused = db->assessments().save(a);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Invalid);
    EXPECT_EQ(refused.failure().messageFor(QStringLiteral("pain_rest")),
              QStringLiteral("Pain at rest must be between 0 and 10."));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST_F(AssessmentServiceTest, SigningMakesItReadOnlyAndWritesTheModeAndProgrammeToTheStay)
{
    const Result<AdmissionAssessment> signedOne = db->assessments().sign(complete());
    ASSERT_TRUE(signedOne) << signedOne.failure().text().toStdString();
    EXPECT_TRUE(signedOne->isSigned());
    EXPECT_EQ(signedOne->signedBy, QStringLiteral("Dr Claire Martin"));
    EXPECT_EQ(signedOne->signedAt, db.clock().now().toUTC());
    const QList<AuditEntry> trail = db.audit();
    ASSERT_GE(trail.size(), 3);
    EXPECT_EQ(trail.at(trail.size() - 3).action, QStringLiteral("create"));
    EXPECT_EQ(trail.at(trail.size() - 2).action, QStringLiteral("sign"));
    EXPECT_EQ(trail.last().entity, QStringLiteral("stay"));
    const Stay s = *db->stays().find(stay);
    EXPECT_EQ(s.mode, StayMode::FullHospitalisation);
    EXPECT_EQ(s.programme, Programme::SpineRestoration);

    AdmissionAssessment edited = *signedOne;
    edited.painRest = 2;
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> refused = db->assessments().save(edited);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().messageFor(QStringLiteral("assessment")),
              QStringLiteral("This admission assessment is signed and can no longer be changed: amend it, giving the "
                             "reason, to write a new version."));
    EXPECT_FALSE(db->assessments().sign(edited));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST_F(AssessmentServiceTest, SigningIncompleteIsRefusedAndSavesNothing)
{
    AdmissionAssessment a = complete();
    a.reason.clear();
    a.heightCm = 170;
    a.weightKg = 120; // BMI 41.5: class III obesity, an exclusion criterion
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> refused = db->assessments().sign(a);
    ASSERT_FALSE(refused);
    EXPECT_FALSE(refused.failure().messageFor(QStringLiteral("reason")).isEmpty());
    EXPECT_TRUE(refused.failure()
                    .messageFor(QStringLiteral("exclusion_justification"))
                    .contains(QStringLiteral("obesity class III")));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST_F(AssessmentServiceTest, AnAmendmentIsANewRevisionWithItsReasonTheSignedOneKept)
{
    const AdmissionAssessment first = *db->assessments().sign(complete());
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> noReason = db->assessments().amend(first.id, QStringLiteral("  "));
    ASSERT_FALSE(noReason);
    EXPECT_EQ(noReason.failure().messageFor(QStringLiteral("amendment_reason")),
              QStringLiteral("Give the reason for changing the signed admission assessment."));
    EXPECT_EQ(db.dumpAll(), before);

    const Result<AdmissionAssessment> second =
        db->assessments().amend(first.id, QStringLiteral("IRM reçue : hernie L5-S1"));
    ASSERT_TRUE(second) << second.failure().text().toStdString();
    EXPECT_EQ(second->revision, 2);
    EXPECT_FALSE(second->isSigned());
    EXPECT_EQ(second->amendmentReason, QStringLiteral("IRM reçue : hernie L5-S1"));
    EXPECT_EQ(second->reason, first.reason);
    EXPECT_EQ(lastAction(), QStringLiteral("amend"));

    AdmissionAssessment changed = *second;
    changed.painActivity = 5;
    ASSERT_TRUE(db->assessments().sign(changed));
    const QList<AdmissionAssessment> all = *db->assessments().revisions(stay);
    ASSERT_EQ(all.size(), 2);
    EXPECT_TRUE(all.at(0).isSigned());
    EXPECT_EQ(all.at(0).painActivity, 7);
    EXPECT_TRUE(all.at(1).isSigned());
    EXPECT_EQ(all.at(1).painActivity, 5);
    // Only the latest revision can be amended.
    EXPECT_EQ(db->assessments().amend(first.id, QStringLiteral("x")).failure().kind(), Failure::Kind::Conflict);
}

TEST_F(AssessmentServiceTest, ASaveOverANewerVersionIsAConflictAndWritesNothing)
{
    const AdmissionAssessment mine = *db->assessments().save(complete());
    std::unique_ptr<Store> other = db.openAnother();
    AdmissionAssessment theirs = **other->assessments().current(stay);
    theirs.painRest = 1;
    ASSERT_TRUE(other->assessments().save(theirs));

    AdmissionAssessment late = mine;
    late.painRest = 9;
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> refused = db->assessments().save(late);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().kind(), Failure::Kind::Conflict);
    EXPECT_EQ(db.dumpAll(), before);
    // A second first draft of the same stay is a conflict too.
    EXPECT_EQ(db->assessments().save(complete()).failure().kind(), Failure::Kind::Conflict);
}

TEST_F(AssessmentServiceTest, RedFlagsStayAlertsUntilAPhysicianRecordsWhatWasDone)
{
    AdmissionAssessment a = complete();
    a.setRedFlag(RedFlag::CancerHistory, FlagAnswer::Yes);
    a.setRedFlag(RedFlag::Fever, FlagAnswer::No);
    ASSERT_TRUE(db->assessments().sign(a));
    StayAlerts alerts = *db->assessments().alerts(stay);
    EXPECT_EQ(alerts.unresolvedRedFlags, QList<RedFlag>{RedFlag::CancerHistory});
    EXPECT_EQ(alerts.precautions.maxHeartRate, 140);

    const QString before = db.dumpAll();
    const Status notYes = db->assessments().recordRedFlagAction(stay, RedFlag::Fever, QStringLiteral("Rien"));
    ASSERT_FALSE(notYes);
    EXPECT_EQ(notYes.failure().messageFor(QStringLiteral("red_flag_action")),
              QStringLiteral("The red flag \"Fever\" is not answered yes in this stay's admission assessment."));
    EXPECT_FALSE(db->assessments().recordRedFlagAction(stay, RedFlag::CancerHistory, QStringLiteral(" ")));
    EXPECT_EQ(db.dumpAll(), before);

    ASSERT_TRUE(db->assessments().recordRedFlagAction(stay, RedFlag::CancerHistory,
                                                      QStringLiteral("Scanner TAP : pas de récidive")));
    EXPECT_EQ(db.audit().last().entity, QStringLiteral("red_flag_action"));
    alerts = *db->assessments().alerts(stay);
    EXPECT_TRUE(alerts.unresolvedRedFlags.isEmpty());
    const QList<RedFlagAction> actions = *db->assessments().redFlagActions(stay);
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.at(0).recordedBy, QStringLiteral("Dr Claire Martin"));
}

TEST_F(AssessmentServiceTest, OnlyPhysiciansWriteAndSign)
{
    const AdmissionAssessment draft = *db->assessments().save(complete());
    for (Role role : {Role::Nurse, Role::Physiotherapist, Role::Secretary}) {
        db.signInAs(db.addUser(kRoles.code(role), {role}));
        const QString before = db.dumpAll();
        const Result<AdmissionAssessment> written = db->assessments().save(draft);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.failure().kind(), Failure::Kind::Forbidden);
        EXPECT_TRUE(written.failure().text().contains(QStringLiteral("write admission assessments and care plans")));
        const Result<AdmissionAssessment> signedOne = db->assessments().sign(draft);
        ASSERT_FALSE(signedOne);
        EXPECT_TRUE(signedOne.failure().text().contains(QStringLiteral("sign assessments")));
        EXPECT_EQ(db.dumpAll(), before);
    }
}

TEST_F(AssessmentServiceTest, TheOrientationComesFromTheStaysLatestResults)
{
    recordHighRiskStartBack();

    AdmissionAssessment a = complete();
    OrientationSuggestion s = *db->assessments().suggestOrientation(a);
    EXPECT_EQ(s.orientation, Orientation::SpineRestoration);
    EXPECT_EQ(s.reasons, QStringList{QStringLiteral("STarT Back high risk (psychologically informed care)")});
    EXPECT_EQ(s.missing, (QStringList{QStringLiteral("Dallas"), QStringLiteral("Oswestry")}));

    a.cognitiveOrPsychiatric = true;
    s = *db->assessments().suggestOrientation(a);
    EXPECT_EQ(s.orientation, Orientation::Level2);

    const QStringList missing = *db->assessments().missingBaselineTests(stay);
    EXPECT_EQ(missing, (QStringList{QStringLiteral("tug"), QStringLiteral("6mwt"), QStringLiteral("berg"),
                                    QStringLiteral("dallas"), QStringLiteral("odi")}));
}

// Issue #5: "The physician accepts or overrides with a reason; both are recorded."
TEST_F(AssessmentServiceTest, OverridingTheSuggestedOrientationNeedsAReasonAndBothAreRecorded)
{
    recordHighRiskStartBack(); // suggests RFR
    AdmissionAssessment a = complete();
    a.orientation = Orientation::Individual;
    a.fatigable = false;
    const QString before = db.dumpAll();
    const Result<AdmissionAssessment> refused = db->assessments().sign(a);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().messageFor(QStringLiteral("orientation_note")),
              QStringLiteral("The orientation chosen (Individual) is not the one suggested (Spine restoration): give "
                             "the reason in the orientation note before signing."));
    EXPECT_EQ(db.dumpAll(), before);

    a.orientationNote = QStringLiteral("Reprise du travail prévue, horaires incompatibles avec la RFR");
    const Result<AdmissionAssessment> signedOne = db->assessments().sign(a);
    ASSERT_TRUE(signedOne) << signedOne.failure().text().toStdString();
    const AdmissionAssessment stored = **db->assessments().current(stay);
    EXPECT_EQ(stored.orientation, Orientation::Individual);
    EXPECT_EQ(stored.orientationNote, a.orientationNote);
    EXPECT_EQ(stored.suggestedOrientation, Orientation::SpineRestoration);
    EXPECT_EQ(stored.suggestionReasons,
              QStringList{QStringLiteral("STarT Back high risk (psychologically informed care)")});
    EXPECT_EQ(db.audit().at(db.audit().size() - 2).after.value(QStringLiteral("suggested_orientation")).toString(),
              QStringLiteral("rfr"));
}

TEST_F(AssessmentServiceTest, AcceptingTheSuggestionNeedsNoNoteAndIsRecorded)
{
    recordHighRiskStartBack();
    const Result<AdmissionAssessment> signedOne = db->assessments().sign(complete()); // RFR chosen
    ASSERT_TRUE(signedOne) << signedOne.failure().text().toStdString();
    EXPECT_EQ(signedOne->suggestedOrientation, Orientation::SpineRestoration);
    EXPECT_EQ((*db->assessments().current(stay))->suggestedOrientation, Orientation::SpineRestoration);
}

} // namespace
} // namespace smr
