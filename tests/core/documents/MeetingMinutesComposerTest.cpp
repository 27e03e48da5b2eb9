// The minutes of a closed weekly meeting (issue #9), written from its signed version: attendees,
// each patient of the agenda in its order with the notes, decisions and actions, who signed and
// when; a corrected version says why. A meeting not closed has no minutes.

#include "core/documents/MeetingMinutesComposer.h"

#include "core/documents/HtmlText.h"
#include "core/meetings/MeetingFixture.h"

namespace smr {
namespace {

using test::TestStore;

class MeetingMinutesComposerTest : public test::MeetingFixture
{
protected:
    void SetUp() override
    {
        test::MeetingFixture::SetUp();
        // Last week's meeting raised an action for DUPONT, done in this one.
        const MeetingId earlier = create(QDate(2026, 11, 15));
        const Result<ActionId> call = meetings().addAction(earlier, stayId(Dupont), QStringLiteral("Call the employer"),
                                                           QStringLiteral("social_work"), QDate(2026, 11, 20));
        ASSERT_TRUE(call) << call.failure().text().toStdString();

        id = create(TestStore::today());
        ASSERT_TRUE(
            meetings().setAttendees(id,
                                    {Attendee{QStringLiteral("Dr Vernet"), QStringLiteral("medicine"), physician.id},
                                     Attendee{QStringLiteral("Anne Roux"), QStringLiteral("physiotherapy"), {}}},
                                    meeting(id).version));
        start(id);
        const MeetingEntryView arnaud = entry(id, Arnaud);
        ASSERT_TRUE(meetings().setMedicalIssues(id, stayId(Arnaud), QStringLiteral("Atrial fibrillation, stable"),
                                                arnaud.item.entry.version));
        ASSERT_TRUE(meetings().saveNote(id, stayId(Arnaud), QStringLiteral("physiotherapy"),
                                        QStringLiteral("Walks 300 m without a stick"), 0));
        ASSERT_TRUE(meetings().saveNote(id, stayId(Arnaud), QStringLiteral("medicine"),
                                        QStringLiteral("Pain 3/10 at rest"), 0));
        ASSERT_TRUE(meetings().decide(
            decision(Arnaud, DecisionKind::ExtendStay, QDate(2026, 12, 6), QStringLiteral("slow progress"))));
        const Result<DecisionId> withdrawn = meetings().decide(decision(Arnaud, DecisionKind::Continue));
        ASSERT_TRUE(withdrawn);
        ASSERT_TRUE(meetings().withdrawDecision(*withdrawn));
        ASSERT_TRUE(meetings().decide(decision(Blanc, DecisionKind::Refer, {}, QStringLiteral("the pain centre"))));
        ASSERT_TRUE(meetings().addAction(id, stayId(Arnaud), QStringLiteral("Order a home assessment"),
                                         QStringLiteral("occupational_therapy"), QDate(2026, 11, 27)));
        ASSERT_TRUE(meetings().setActionDone(*call, id, true, entry(id, Dupont).actions.first().version));
    }

    StayId stayId(const QString &name) const { return cohort.stays.value(name); }

    MeetingDecision decision(const QString &name, DecisionKind kind, const QDate &date = {}, const QString &text = {})
    {
        MeetingDecision d;
        d.meeting = id;
        d.stay = stayId(name);
        d.kind = kind;
        d.date = date;
        d.text = text;
        return d;
    }

    void closeIt()
    {
        const Status closed = meetings().close(id, meeting(id).version);
        ASSERT_TRUE(closed) << closed.failure().text().toStdString();
    }

    QString minutes() { return test::plainTextOf(MeetingMinutesComposer::compose(db.store(), id), title); }

    MeetingId id;
    QString title;
};

TEST_F(MeetingMinutesComposerTest, AttendeesPatientsInTheAgendasOrderAndTheSignature)
{
    closeIt();
    const QString text = minutes();
    EXPECT_EQ(title, QStringLiteral("Minutes of the weekly meeting — Locomoteur — 22/11/2026"));
    EXPECT_TRUE(text.startsWith(title));
    EXPECT_TRUE(text.contains(QStringLiteral("Attendees\nDr Vernet — Medicine\nAnne Roux — Physiotherapy")))
        << text.toStdString();

    // Every patient of the agenda, in its order.
    QList<qsizetype> at;
    for (const AgendaItem &item : agenda(id).items) {
        at << text.indexOf(item.patient.displayName() + QStringLiteral(" — F, 70 y, born on 12/03/1956, IPP ") +
                           item.patient.ipp);
        EXPECT_GE(at.last(), 0) << item.patient.displayName().toStdString() << " missing from\n" << text.toStdString();
    }
    EXPECT_EQ(at.size(), 5);
    EXPECT_TRUE(std::is_sorted(at.begin(), at.end())) << text.toStdString();

    const qsizetype from = text.indexOf(QStringLiteral("ARNAUD Paul"));
    const QString arnaud = text.mid(from, text.indexOf(QStringLiteral(" — F, 70 y"), from + 30) - from);
    for (const QString &fact :
         {QStringLiteral("Stay: Full hospitalisation (HC), Day 21 of 35"),
          QStringLiteral("Medical issues: Atrial fibrillation, stable"),
          QStringLiteral("Medicine: Pain 3/10 at rest\nPhysiotherapy: Walks 300 m without a stick"),
          QStringLiteral("Decisions:\nStay extended to 06/12/2026 — slow progress\n"),
          QStringLiteral("Actions raised:\nOrder a home assessment — Occupational therapy, by "
                         "27/11/2026")})
        EXPECT_TRUE(arnaud.contains(fact)) << fact.toStdString() << " missing from\n" << arnaud.toStdString();
    EXPECT_FALSE(arnaud.contains(QStringLiteral("Continue unchanged"))) << "withdrawn";
    EXPECT_TRUE(text.contains(QStringLiteral("Decisions:\nReferred to the pain centre")));
    EXPECT_TRUE(text.contains(QStringLiteral("Actions done:\nCall the employer — Social work, by 20/11/2026 (done on "
                                             "22/11/2026)")))
        << text.toStdString();

    const Meeting closed = meeting(id);
    const QDateTime signedAt = closed.signedAt.toLocalTime();
    EXPECT_TRUE(text.contains(QStringLiteral("Closed and signed by Dr Vernet on 22/11/2026 at %1.")
                                  .arg(signedAt.time().toString(QStringLiteral("HH:mm")))))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Corrected version")));
    EXPECT_EQ(test::placeholdersIn(text), QStringList()) << text.toStdString();
}

TEST_F(MeetingMinutesComposerTest, TheMinutesSayWhatWasSignedNotWhatChangedSince)
{
    closeIt();
    const QString signedText = minutes();
    // The action raised here is ticked done in next week's meeting: this meeting's minutes still
    // show it as it stood when they were signed.
    const MeetingId next = create(QDate(2026, 11, 29));
    const MeetingEntryView e = entry(next, Arnaud);
    ASSERT_EQ(e.actions.size(), 1);
    ASSERT_TRUE(meetings().setActionDone(e.actions.first().id, next, true, e.actions.first().version));
    EXPECT_EQ(minutes(), signedText);
    EXPECT_FALSE(signedText.contains(QStringLiteral("Order a home assessment — Occupational therapy, by 27/11/2026 "
                                                    "(done")));
}

TEST_F(MeetingMinutesComposerTest, ACorrectedVersionSaysWhy)
{
    closeIt();
    ASSERT_TRUE(
        meetings().reopenForCorrection(id, QStringLiteral("Wrong discharge date for ARNAUD"), meeting(id).version));
    // Reopened: no minutes until it is signed again.
    const Result<DocumentContent> reopened = MeetingMinutesComposer::compose(db.store(), id);
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.failure().kind(), Failure::Kind::Invalid);
    EXPECT_TRUE(reopened.failure().messageFor(MeetingMinutesComposer::MeetingField).contains(QStringLiteral("closed")));

    ASSERT_TRUE(meetings().saveNote(id, stayId(Arnaud), QStringLiteral("medicine"), QStringLiteral("Pain 2/10"),
                                    entry(id, Arnaud).notes.value(QStringLiteral("medicine")).version));
    closeIt();
    const QString text = minutes();
    EXPECT_TRUE(text.contains(QStringLiteral("Medicine: Pain 2/10"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Corrected version 2 — reason for the correction: Wrong discharge date "
                                             "for ARNAUD")))
        << text.toStdString();
    EXPECT_EQ(test::placeholdersIn(text), QStringList());
}

TEST_F(MeetingMinutesComposerTest, AMeetingNotClosedHasNoMinutes)
{
    const QString before = db.dumpAll();
    const Result<DocumentContent> open = MeetingMinutesComposer::compose(db.store(), id);
    ASSERT_FALSE(open);
    EXPECT_EQ(open.failure().kind(), Failure::Kind::Invalid);
    const QString message = open.failure().messageFor(MeetingMinutesComposer::MeetingField);
    EXPECT_EQ(message, QStringLiteral("Minutes are written for a closed meeting: the meeting of 22/11/2026 is in "
                                      "progress. Close and sign it first."));
    const Result<DocumentContent> unknown = MeetingMinutesComposer::compose(db.store(), MeetingId(999));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().kind(), Failure::Kind::NotFound);
    EXPECT_EQ(db.dumpAll(), before) << "composing writes nothing";
}

} // namespace
} // namespace smr
