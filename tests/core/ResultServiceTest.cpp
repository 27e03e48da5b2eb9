// Results belong to a stay (issue #3): drafts saved as typed, final results scored from their
// answers, corrections as new revisions with a reason and the history kept. Every refusal names
// its field and writes nothing.

#include "core/results/ResultService.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace smr {
namespace {

using test::TestStore;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject bergAll(int value)
{
    QJsonArray a;
    for (int i = 0; i < 14; ++i)
        a.append(value);
    return {{QStringLiteral("items"), a}};
}

class ResultServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Patient p = TestStore::patient();
        p.heightCm = 165;
        p.weightKg = 70;
        patient = *db->patients().create(p);
        stay = *db->stays().open(TestStore::stay(patient)); // admitted 02/11/2026
    }

    TestResult berg(int value, const QDateTime &at = QDateTime(QDate(2026, 11, 3), QTime(10, 30)))
    {
        TestResult r;
        r.stayId = stay;
        r.instrument = QStringLiteral("berg");
        r.performedAt = at;
        r.answers = bergAll(value);
        r.enteredBy = QStringLiteral("Dr Vernet");
        return r;
    }

    template <typename R>
    void expectRefused(const R &result, const QString &before, const QString &field, const QStringList &mentions = {})
    {
        ASSERT_FALSE(result) << field.toStdString();
        const QString message = result.failure().messageFor(field);
        EXPECT_FALSE(message.isEmpty()) << "no message for " << field.toStdString() << "; got "
                                        << result.failure().text().toStdString();
        for (const QString &m : mentions)
            EXPECT_TRUE(message.contains(m)) << message.toStdString() << " should mention " << m.toStdString();
        EXPECT_EQ(db.dumpAll(), before) << "nothing is written on a refusal";
    }

    TestStore db;
    PatientId patient;
    StayId stay;
};

TEST_F(ResultServiceTest, RecordScoresAndStoresEverything)
{
    const Result<TestResult> r = db->results().record(berg(3));
    ASSERT_TRUE(r) << r.failure().text().toStdString();
    EXPECT_EQ(r->status, TestResult::Status::Final);
    EXPECT_EQ(r->scores.value(QStringLiteral("total")).toInt(), 42);
    EXPECT_EQ(r->primaryScore, 42.0);
    EXPECT_EQ(r->instrumentVersion, QStringLiteral("1992"));
    EXPECT_EQ(r->performedAt, QDateTime(QDate(2026, 11, 3), QTime(10, 30)));
    EXPECT_EQ(r->enteredBy, QStringLiteral("Dr Vernet"));
    EXPECT_EQ(r->seriesId, r->id);
    EXPECT_EQ(r->revision, 1);
    const QList<TestResult> current = *db->results().current(stay);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.first().answers, bergAll(3));
}

TEST_F(ResultServiceTest, DraftIsSavedAsTypedThenConfirmed)
{
    TestResult draft = berg(0);
    draft.answers = json(R"({"items": [4, 3, null]})"); // half filled: a draft takes it
    Result<TestResult> saved = db->results().saveDraft(draft);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(saved->status, TestResult::Status::Draft);
    EXPECT_TRUE(db->results().current(stay)->isEmpty());
    ASSERT_EQ(db->results().drafts(stay)->size(), 1);

    TestResult more = *saved;
    more.answers = bergAll(2);
    saved = db->results().saveDraft(more);
    ASSERT_TRUE(saved);
    EXPECT_EQ(db->results().drafts(stay)->first().answers, bergAll(2));

    TestResult final = *saved;
    const Result<TestResult> recorded = db->results().record(final);
    ASSERT_TRUE(recorded) << recorded.failure().text().toStdString();
    EXPECT_EQ(recorded->id, saved->id) << "the draft itself becomes the result";
    EXPECT_TRUE(db->results().drafts(stay)->isEmpty());
    EXPECT_EQ(db->results().current(stay)->size(), 1);
    EXPECT_EQ(db.rows(QStringLiteral("results")), 1);
}

// Issue #8: a tablet that sleeps or is killed resumes the test from the draft's progress (the
// walk's countdown start); the progress goes with the draft and is gone once the result is final.
TEST_F(ResultServiceTest, ADraftKeepsWhereTheTesterWasUntilItIsFinal)
{
    TestResult draft = berg(0);
    draft.answers = json(R"({"items": [4, 3, null]})");
    draft.progress = json(R"({"item": 3, "started_at": "2026-11-22T10:02:00"})");
    Result<TestResult> saved = db->results().saveDraft(draft);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(db->results().drafts(stay)->first().progress, draft.progress);

    TestResult moved = *saved;
    moved.progress = json(R"({"item": 4})");
    saved = db->results().saveDraft(moved);
    ASSERT_TRUE(saved);
    EXPECT_EQ(db->results().find(saved->id)->progress, json(R"({"item": 4})"));

    TestResult final = *saved;
    final.answers = bergAll(3);
    const Result<TestResult> recorded = db->results().record(final);
    ASSERT_TRUE(recorded) << recorded.failure().text().toStdString();
    EXPECT_TRUE(recorded->progress.isEmpty()) << "a final result has no progress";
    EXPECT_TRUE(db->results().find(recorded->id)->progress.isEmpty());
}

TEST_F(ResultServiceTest, CorrectionIsANewRevisionWithItsReason)
{
    const TestResult first = *db->results().record(berg(3));
    TestResult correction = berg(4);
    correction.seriesId = first.seriesId;
    const QString before = db.dumpAll();
    expectRefused(db->results().record(correction), before, ResultService::ReasonField, {QStringLiteral("reason")});

    correction.correctionReason = QStringLiteral("Item 14 transcrit par erreur");
    const Result<TestResult> second = db->results().record(correction);
    ASSERT_TRUE(second) << second.failure().text().toStdString();
    EXPECT_EQ(second->revision, 2);
    EXPECT_EQ(second->seriesId, first.seriesId);
    EXPECT_EQ(second->scores.value(QStringLiteral("total")).toInt(), 56);

    // The stay shows the correction; the history shows both, the first untouched but superseded.
    const QList<TestResult> current = *db->results().current(stay);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(current.first().id, second->id);
    const QList<TestResult> history = *db->results().history(second->id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_TRUE(history.first().superseded);
    EXPECT_EQ(history.first().scores.value(QStringLiteral("total")).toInt(), 42);
    EXPECT_EQ(history.first().answers, bergAll(3));
    EXPECT_EQ(history.last().correctionReason, QStringLiteral("Item 14 transcrit par erreur"));
}

TEST_F(ResultServiceTest, ACorrectionCanBeDraftedFirst)
{
    const TestResult first = *db->results().record(berg(3));
    TestResult correction = berg(2);
    correction.seriesId = first.seriesId;
    const Result<TestResult> draft = db->results().saveDraft(correction);
    ASSERT_TRUE(draft) << draft.failure().text().toStdString();
    EXPECT_EQ(draft->revision, 2);
    // Until it is confirmed, the stay keeps showing the first version.
    EXPECT_EQ(db->results().current(stay)->first().id, first.id);

    TestResult confirmed = *draft;
    confirmed.correctionReason = QStringLiteral("Erreur de transcription");
    const Result<TestResult> second = db->results().record(confirmed);
    ASSERT_TRUE(second) << second.failure().text().toStdString();
    EXPECT_EQ(second->id, draft->id);
    EXPECT_EQ(db->results().current(stay)->first().id, draft->id);
    EXPECT_TRUE(db->results().find(first.id)->superseded);
}

TEST_F(ResultServiceTest, AFinalResultIsNeverEditedInPlace)
{
    const TestResult final = *db->results().record(berg(3));
    TestResult edited = final;
    edited.answers = bergAll(4);
    const QString before = db.dumpAll();
    expectRefused(db->results().record(edited), before, ResultService::ResultField, {QStringLiteral("correction")});
    expectRefused(db->results().saveDraft(edited), before, ResultService::ResultField);
}

TEST_F(ResultServiceTest, WalkTakesSexAgeHeightAndWeightFromThePatient)
{
    TestResult walk;
    walk.stayId = stay;
    walk.instrument = QStringLiteral("6mwt");
    walk.performedAt = QDateTime(QDate(2026, 11, 4), QTime(9, 0));
    walk.answers = json(R"({"distance_m": 420})");
    walk.enteredBy = QStringLiteral("Kiné");
    const Result<TestResult> r = db->results().record(walk);
    ASSERT_TRUE(r) << r.failure().text().toStdString();
    // DUPONT Marie, born 12/03/1956: 70 on 04/11/2026; 165 cm, 70 kg.
    // 2.11 × 165 − 2.29 × 70 − 5.78 × 70 + 667 = 450.25
    EXPECT_EQ(r->answers.value(QStringLiteral("age")).toInt(), 70);
    EXPECT_EQ(r->answers.value(QStringLiteral("sex")).toString(), QStringLiteral("F"));
    EXPECT_DOUBLE_EQ(r->scores.value(QStringLiteral("predicted_m")).toDouble(), 450.3);
}

TEST_F(ResultServiceTest, Refusals)
{
    const QString before = db.dumpAll();
    TestResult r = berg(3);
    r.answers = json(R"({"items": [4, 4]})");
    expectRefused(db->results().record(r), before, QStringLiteral("items"), {QStringLiteral("14")});

    r = berg(3);
    r.instrument = QStringLiteral("mmse");
    expectRefused(db->results().record(r), before, ResultService::InstrumentField,
                  {QStringLiteral("tug, 6mwt, berg, dallas, odi, startback")});

    r = berg(3, QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    expectRefused(db->results().record(r), before, ResultService::PerformedAtField, {QStringLiteral("02/11/2026")});

    r = berg(3, QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    expectRefused(db->results().record(r), before, ResultService::PerformedAtField, {QStringLiteral("future")});

    r = berg(3);
    r.enteredBy.clear();
    expectRefused(db->results().record(r), before, ResultService::EnteredByField);

    r = berg(3);
    r.stayId = StayId(999);
    expectRefused(db->results().record(r), before, ResultService::StayField, {QStringLiteral("999")});
    expectRefused(db->results().saveDraft(r), before, ResultService::StayField);
}

TEST_F(ResultServiceTest, NoResultOnACancelledStayOrAfterDischarge)
{
    ASSERT_TRUE(db->stays().close(stay, QDate(2026, 11, 20)));
    const QString before = db.dumpAll();
    expectRefused(db->results().record(berg(3, QDateTime(QDate(2026, 11, 21), QTime(9, 0)))), before,
                  ResultService::PerformedAtField, {QStringLiteral("20/11/2026")});
    // A result of the stay entered late, dated within it, is accepted.
    EXPECT_TRUE(db->results().record(berg(3, QDateTime(QDate(2026, 11, 19), QTime(9, 0)))));

    Patient other = TestStore::patient(QStringLiteral("IPP002"));
    const PatientId otherId = *db->patients().create(other);
    const StayId cancelled = *db->stays().open(TestStore::stay(otherId));
    ASSERT_TRUE(db->stays().cancel(cancelled, QStringLiteral("Hospitalisation intercurrente")));
    TestResult r = berg(3);
    r.stayId = cancelled;
    const QString beforeCancelled = db.dumpAll();
    expectRefused(db->results().record(r), beforeCancelled, ResultService::StayField, {QStringLiteral("cancelled")});
}

TEST_F(ResultServiceTest, DiscardingADraftRemovesOnlyIt)
{
    const TestResult draft = *db->results().saveDraft(berg(1));
    ASSERT_TRUE(db->results().record(berg(2)));
    ASSERT_TRUE(db->results().discardDraft(draft.id));
    EXPECT_TRUE(db->results().drafts(stay)->isEmpty());
    EXPECT_EQ(db->results().current(stay)->size(), 1);
    EXPECT_FALSE(db->results().discardDraft(draft.id));
}

} // namespace
} // namespace smr
