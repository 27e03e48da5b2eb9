// MeetingService (issue #7): the agenda filled and ordered, kept current, reordered by hand;
// what changed since the previous meeting; the disciplines' notes beside last meeting's; closing,
// read-only, corrections as new signed versions; rights and conflicts. Refusals write nothing.

#include "core/meetings/MeetingFixture.h"

namespace smr {
namespace {

using test::TestStore;

class MeetingServiceTest : public test::MeetingFixture
{
};

TEST_F(MeetingServiceTest, TheAgendaFillsItselfInTheRulesOrder)
{
    // No previous meeting: new = admitted within the week (CARON, 16/11), then the discharges
    // within 7 days (EVRARD 27/11, ARNAUD 29/11), then by day of stay (BLANC day 14, DUPONT day 17).
    // Pre-admissions, discharged or cancelled stays and other units are not on it.
    const MeetingId id = create(TestStore::today());
    EXPECT_EQ(names(id), (QStringList{Caron, Evrard, Arnaud, Blanc, Dupont}));
    const MeetingAgenda a = agenda(id);
    EXPECT_EQ(a.meeting.status, MeetingStatus::Preparing);
    EXPECT_FALSE(a.previous);
    EXPECT_EQ(a.items.at(0).section, AgendaSection::NewAdmission);
    EXPECT_EQ(a.items.at(1).section, AgendaSection::DischargeSoon);
    EXPECT_EQ(a.items.at(4).section, AgendaSection::Ongoing);
    // DUPONT: admitted 06/11, leaves 04/12: day 17 of 29.
    EXPECT_EQ(a.items.at(4).day, 17);
    EXPECT_EQ(a.items.at(4).length, 29);
}

TEST_F(MeetingServiceTest, AfterAPreviousMeetingNewMeansAdmittedSinceIt)
{
    create(QDate(2026, 11, 16));
    const MeetingId id = create(QDate(2026, 11, 23));
    // CARON was admitted on the previous meeting's day: the team saw him there.
    EXPECT_EQ(names(id), (QStringList{Evrard, Arnaud, Caron, Blanc, Dupont}));
    EXPECT_EQ(agenda(id).previous->date, QDate(2026, 11, 16));
}

TEST_F(MeetingServiceTest, OneMeetingPerUnitAndDay)
{
    create(TestStore::today());
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().create(QStringLiteral("locomoteur"), TestStore::today()), before, audit,
                  MeetingService::DateField, {QStringLiteral("22/11/2026")});
    expectRefused(meetings().create(QStringLiteral("nowhere"), TestStore::today()), before, audit,
                  MeetingService::UnitField, {QStringLiteral("nowhere"), QStringLiteral("locomoteur")});
    expectRefused(meetings().create(QStringLiteral("locomoteur"), QDate()), before, audit, MeetingService::DateField,
                  {QStringLiteral("required")});
}

TEST_F(MeetingServiceTest, RefreshAddsNewAdmissionsInOrderUntilReorderedByHand)
{
    const MeetingId id = create(TestStore::today());
    EXPECT_EQ(*meetings().refreshAgenda(id), 0);

    Patient p = TestStore::patient(QStringLiteral("IPP900"));
    p.birthName = QStringLiteral("Moreau");
    Stay s = TestStore::stay(*db->patients().create(p));
    s.admissionDate = QDate(2026, 11, 20);
    s.plannedDischargeDate = QDate(2026, 12, 17);
    ASSERT_TRUE(db->stays().open(s));
    EXPECT_EQ(*meetings().refreshAgenda(id), 1);
    EXPECT_EQ(names(id), (QStringList{Caron, QStringLiteral("Moreau"), Evrard, Arnaud, Blanc, Dupont}));

    // Dragged by hand: DUPONT first. A later admission then goes at the end.
    QList<StayId> order;
    for (const AgendaItem &item : agenda(id).items)
        order << item.stay.id;
    order.move(5, 0);
    ASSERT_TRUE(meetings().reorder(id, order, meeting(id).version));
    EXPECT_TRUE(meeting(id).orderedByHand);
    Patient q = TestStore::patient(QStringLiteral("IPP901"));
    q.birthName = QStringLiteral("Adam");
    Stay t = TestStore::stay(*db->patients().create(q));
    t.admissionDate = QDate(2026, 11, 21);
    t.plannedDischargeDate = QDate(2026, 12, 18);
    ASSERT_TRUE(db->stays().open(t));
    EXPECT_EQ(*meetings().refreshAgenda(id), 1);
    EXPECT_EQ(names(id),
              (QStringList{Dupont, Caron, QStringLiteral("Moreau"), Evrard, Arnaud, Blanc, QStringLiteral("Adam")}));
}

TEST_F(MeetingServiceTest, ReorderMustListEveryPatientOnceOverTheVersionSeen)
{
    const MeetingId id = create(TestStore::today());
    const MeetingAgenda a = agenda(id);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().reorder(id, {a.items.at(0).stay.id}, a.meeting.version), before, audit,
                  MeetingService::OrderField, {QStringLiteral("5")});
    QList<StayId> order;
    for (const AgendaItem &item : a.items)
        order.prepend(item.stay.id);
    expectRefused(meetings().reorder(id, order, a.meeting.version + 1), before, audit, QString(),
                  {QStringLiteral("changed elsewhere")}, Failure::Kind::Conflict);
    ASSERT_TRUE(meetings().reorder(id, order, a.meeting.version));
    EXPECT_EQ(names(id), (QStringList{Dupont, Blanc, Arnaud, Evrard, Caron}));
}

TEST_F(MeetingServiceTest, WhatChangedSinceThePreviousMeeting)
{
    // DUPONT's Berg: 30 on 10/11 (before the meeting of 16/11), 36 on 18/11 and 41 on 20/11.
    recordBerg(Dupont, QDate(2026, 11, 10), 30);
    create(QDate(2026, 11, 16));
    recordBerg(Dupont, QDate(2026, 11, 18), 36);
    recordBerg(Dupont, QDate(2026, 11, 20), 41);
    const MeetingId id = create(QDate(2026, 11, 23));
    const MeetingEntryView e = entry(id, Dupont);
    EXPECT_EQ(e.windowStart, QDate(2026, 11, 16));
    ASSERT_EQ(e.changes.size(), 1);
    const ChangeSinceMeeting &berg = e.changes.first();
    EXPECT_EQ(berg.instrument, QStringLiteral("berg"));
    EXPECT_EQ(berg.testsTaken, 2);
    EXPECT_FALSE(berg.firstMeasure);
    ASSERT_TRUE(berg.change);
    // REFERENCE §3: from a baseline of 25–34 the MDC is 7 points: +11 reaches it.
    EXPECT_DOUBLE_EQ(berg.change->from, 30);
    EXPECT_DOUBLE_EQ(berg.change->to, 41);
    EXPECT_EQ(berg.change->trend, MeasureChange::Trend::Better);
    EXPECT_EQ(berg.change->beyondThreshold, true);
    // The Dallas of 07/11 was before the window: a card, not a change.
    bool dallasCard = false;
    for (const InstrumentCard &c : e.cards)
        dallasCard = dallasCard || c.instrument == QStringLiteral("dallas");
    EXPECT_TRUE(dallasCard);

    // CARON: Dallas on 16/11 (the previous meeting's day, so seen there) and on 20/11.
    const MeetingEntryView caron = entry(id, Caron);
    ASSERT_EQ(caron.changes.size(), 1);
    EXPECT_EQ(caron.changes.first().testsTaken, 1); // 16/11 was the previous meeting's day
    EXPECT_FALSE(caron.changes.first().firstMeasure);
}

TEST_F(MeetingServiceTest, AFirstMeasureInTheWindowComparesItsFirstAndLatest)
{
    recordBerg(Blanc, QDate(2026, 11, 18), 30);
    recordBerg(Blanc, QDate(2026, 11, 21), 33);
    const MeetingId id = create(TestStore::today());
    const MeetingEntryView e = entry(id, Blanc);
    const auto berg = std::find_if(e.changes.begin(), e.changes.end(),
                                   [](const ChangeSinceMeeting &c) { return c.instrument == QStringLiteral("berg"); });
    ASSERT_NE(berg, e.changes.end());
    EXPECT_TRUE(berg->firstMeasure);
    ASSERT_TRUE(berg->change);
    EXPECT_DOUBLE_EQ(berg->change->difference, 3);
    EXPECT_EQ(berg->change->beyondThreshold, false); // MDC 7 from 25–34
}

TEST_F(MeetingServiceTest, NotesAreWrittenAheadAndLastMeetingsNoteShowsBeside)
{
    const MeetingId previous = create(QDate(2026, 11, 16));
    const User physio = db.addUser(QStringLiteral("kine"), {Role::Physiotherapist}, QStringLiteral("Léa Kiné"));
    db.signInAs(physio);
    const StayId dupont = cohort.stays.value(Dupont);
    ASSERT_TRUE(meetings().saveNote(previous, dupont, QStringLiteral("physiotherapy"),
                                    QStringLiteral("Walks 20 minutes with a stick."), 0));
    db.signInAs(physician);
    const MeetingId id = create(QDate(2026, 11, 23));
    db.signInAs(physio);
    const Result<MeetingNote> saved = meetings().saveNote(id, dupont, QStringLiteral("physiotherapy"),
                                                          QStringLiteral("  Walks 40 minutes without a stick. "), 0);
    ASSERT_TRUE(saved) << saved.failure().text().toStdString();
    EXPECT_EQ(saved->version, 1);
    EXPECT_EQ(saved->author, QStringLiteral("Léa Kiné"));

    const MeetingEntryView e = entry(id, Dupont);
    EXPECT_EQ(e.notes.value(QStringLiteral("physiotherapy")).text, QStringLiteral("Walks 40 minutes without a stick."));
    EXPECT_EQ(e.previousNotes.value(QStringLiteral("physiotherapy")).text,
              QStringLiteral("Walks 20 minutes with a stick."));
    EXPECT_EQ(e.item.notesWritten, 1);

    // Saved again over the version seen; the same text writes nothing.
    const qsizetype audit = db.audit().size();
    ASSERT_TRUE(meetings().saveNote(id, dupont, QStringLiteral("physiotherapy"),
                                    QStringLiteral("Walks 40 minutes without a stick."), 1));
    EXPECT_EQ(db.audit().size(), audit);
}

TEST_F(MeetingServiceTest, ATherapistWritesTheirOwnDisciplinesNoteOnly)
{
    const MeetingId id = create(TestStore::today());
    db.signInAs(db.addUser(QStringLiteral("kine"), {Role::Physiotherapist}, QStringLiteral("Léa Kiné")));
    const StayId dupont = cohort.stays.value(Dupont);
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().saveNote(id, dupont, QStringLiteral("nursing"), QStringLiteral("Sleeps well."), 0), before,
                  audit, QString(), {QStringLiteral("Léa Kiné"), QStringLiteral("physiotherapy")},
                  Failure::Kind::Forbidden);
    expectRefused(meetings().create(QStringLiteral("locomoteur"), QDate(2026, 11, 29)), before, audit, QString(),
                  {QStringLiteral("manage meetings")}, Failure::Kind::Forbidden);
    expectRefused(meetings().close(id, meeting(id).version), before, audit, QString(),
                  {QStringLiteral("close meetings")}, Failure::Kind::Forbidden);
}

TEST_F(MeetingServiceTest, NoteRefusals)
{
    const MeetingId id = create(TestStore::today());
    const StayId dupont = cohort.stays.value(Dupont);
    ASSERT_TRUE(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 4/10."), 0));
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 3/10."), 0), before,
                  audit, QString(), {QStringLiteral("changed by someone else")}, Failure::Kind::Conflict);
    expectRefused(meetings().saveNote(id, dupont, QStringLiteral("astrology"), QStringLiteral("x"), 0), before, audit,
                  MeetingService::DisciplineField, {QStringLiteral("astrology"), QStringLiteral("physiotherapy")});
    expectRefused(meetings().saveNote(id, cohort.stays.value(QStringLiteral("Klein")), QStringLiteral("medicine"),
                                      QStringLiteral("x"), 0),
                  before, audit, MeetingService::StayField, {QStringLiteral("not on the agenda")});
    expectRefused(meetings().saveNote(id, dupont, QStringLiteral("nursing"), QString(5000, QLatin1Char('a')), 0),
                  before, audit, MeetingService::TextField, {QStringLiteral("4000")});
}

TEST_F(MeetingServiceTest, ClosingSignsAndMakesTheMeetingReadOnly)
{
    const MeetingId id = create(TestStore::today());
    const StayId dupont = cohort.stays.value(Dupont);
    {
        const QString before = db.dumpAll();
        const qsizetype audit = db.audit().size();
        expectRefused(meetings().close(id, meeting(id).version), before, audit, MeetingService::StatusField,
                      {QStringLiteral("start the meeting")});
        start(id);
        const QString started = db.dumpAll();
        expectRefused(meetings().close(id, meeting(id).version), started, audit + 1, MeetingService::AttendeesField,
                      {QStringLiteral("attendees")});
    }
    attend(id);
    ASSERT_TRUE(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 4/10."), 0));
    ASSERT_TRUE(meetings().close(id, meeting(id).version));
    const Meeting closed = meeting(id);
    EXPECT_EQ(closed.status, MeetingStatus::Closed);
    EXPECT_EQ(closed.signedVersions, 1);
    EXPECT_EQ(closed.signedBy, QStringLiteral("Dr Vernet"));
    EXPECT_EQ(db.rows(QStringLiteral("meeting_signatures")), 1);

    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 2/10."), 1), before,
                  audit, MeetingService::StatusField,
                  {QStringLiteral("closed and signed"), QStringLiteral("correction")});
    MeetingDecision d;
    d.meeting = id;
    d.stay = dupont;
    expectRefused(meetings().decide(d), before, audit, MeetingService::StatusField, {QStringLiteral("closed")});
    expectRefused(meetings().addAction(id, dupont, QStringLiteral("Call the GP"), QStringLiteral("medicine"), {}),
                  before, audit, MeetingService::StatusField, {QStringLiteral("closed")});
    expectRefused(meetings().reopenForCorrection(id, QStringLiteral("  "), closed.version), before, audit,
                  MeetingService::ReasonField, {QStringLiteral("reason")});
}

TEST_F(MeetingServiceTest, ACorrectionIsANewSignedVersionTheFirstKept)
{
    const MeetingId id = create(TestStore::today());
    const StayId dupont = cohort.stays.value(Dupont);
    start(id);
    attend(id);
    ASSERT_TRUE(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 4/10."), 0));
    ASSERT_TRUE(meetings().close(id, meeting(id).version));
    ASSERT_TRUE(meetings().reopenForCorrection(id, QStringLiteral("Pain score misheard: 6/10"), meeting(id).version));
    EXPECT_EQ(meeting(id).status, MeetingStatus::InProgress);
    ASSERT_TRUE(meetings().saveNote(id, dupont, QStringLiteral("medicine"), QStringLiteral("Pain 6/10."), 1));
    ASSERT_TRUE(meetings().close(id, meeting(id).version));
    const Meeting m = meeting(id);
    EXPECT_EQ(m.signedVersions, 2);
    EXPECT_EQ(m.correctionReason, QStringLiteral("Pain score misheard: 6/10"));
    const QStringList signatures = db->meetingRepository().signatures(id);
    ASSERT_EQ(signatures.size(), 2);
    EXPECT_TRUE(signatures.at(0).contains(QStringLiteral("Pain 4/10.")));
    EXPECT_FALSE(signatures.at(0).contains(QStringLiteral("Pain 6/10.")));
    EXPECT_TRUE(signatures.at(1).contains(QStringLiteral("Pain 6/10.")));
}

TEST_F(MeetingServiceTest, AttendeesNeedANameAndAKnownDiscipline)
{
    const MeetingId id = create(TestStore::today());
    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    expectRefused(meetings().setAttendees(id,
                                          {Attendee{QStringLiteral("Léa"), QStringLiteral("physiotherapy"), {}},
                                           Attendee{QString(), QStringLiteral("nursing"), {}},
                                           Attendee{QStringLiteral("Max"), QStringLiteral("juggling"), {}}},
                                          meeting(id).version),
                  before, audit, QStringLiteral("attendees[1].name"), {QStringLiteral("required")});
    EXPECT_TRUE(
        meetings()
            .setAttendees(id, {Attendee{QStringLiteral("Max"), QStringLiteral("juggling"), {}}}, meeting(id).version)
            .failure()
            .messageFor(QStringLiteral("attendees[0].discipline"))
            .contains(QStringLiteral("juggling")));
    ASSERT_TRUE(
        meetings().setAttendees(id,
                                {Attendee{QStringLiteral(" Léa  Kiné "), QStringLiteral("physiotherapy"), {}},
                                 Attendee{QStringLiteral("Dr Vernet"), QStringLiteral("medicine"), physician.id}},
                                meeting(id).version));
    EXPECT_EQ(meeting(id).attendees.first().name, QStringLiteral("Léa Kiné"));
}

TEST_F(MeetingServiceTest, DisciplinesAreConfigurable)
{
    QList<MeetingDiscipline> list = *meetings().disciplines();
    ASSERT_EQ(list.size(), 8); // the eight; psychomotricity is built in but inactive
    EXPECT_EQ(MeetingService::nameOf(list.first()), QStringLiteral("Medicine"));
    list.append(MeetingDiscipline{QStringLiteral("orthoptics"), QStringLiteral("Orthoptics"), 0, true});
    list[7].active = false; // dietetics
    ASSERT_TRUE(meetings().saveDisciplines(list));
    const QList<MeetingDiscipline> after = *meetings().disciplines();
    EXPECT_EQ(after.size(), 8);
    EXPECT_EQ(after.last().code, QStringLiteral("orthoptics"));
    EXPECT_EQ(meetings().disciplines(true)->size(), 10);

    const QString before = db.dumpAll();
    const qsizetype audit = db.audit().size();
    list.append(MeetingDiscipline{QStringLiteral("Bad Code"), QStringLiteral("x"), 0, true});
    expectRefused(meetings().saveDisciplines(list), before, audit, QStringLiteral("discipline[9].code"),
                  {QStringLiteral("Bad Code")});
}

} // namespace
} // namespace smr
