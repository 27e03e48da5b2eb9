#pragma once

// The meeting suites' fixture (issue #7): the grouping cohort of the locomoteur unit (see
// support/GroupingCohort.h) with a physician signed in, the clock on Sunday 22/11/2026. In
// progress that day: ARNAUD (02/11 → 29/11), BLANC (09/11 → 06/12), CARON (16/11, no planned
// end), DUPONT (06/11 → 04/12), EVRARD (31/10 → 27/11).

#include "core/meetings/MeetingRepository.h"
#include "core/meetings/MeetingService.h"
#include "support/GroupingCohort.h"
#include "support/Printers.h"
#include "support/Refusals.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr::test {

class MeetingFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.signInLocal();
        cohort = addGroupingCohort(db);
        physician = db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet"));
        db.signInAs(physician);
    }

    MeetingService &meetings() { return db->meetings(); }

    MeetingId create(const QDate &date)
    {
        const Result<MeetingId> id = meetings().create(QStringLiteral("locomoteur"), date);
        EXPECT_TRUE(id) << (id ? std::string() : id.failure().text().toStdString());
        return id ? *id : MeetingId();
    }

    Meeting meeting(MeetingId id)
    {
        const Result<Meeting> m = meetings().find(id);
        EXPECT_TRUE(m) << (m ? std::string() : m.failure().text().toStdString());
        return m ? *m : Meeting();
    }

    MeetingAgenda agenda(MeetingId id)
    {
        const Result<MeetingAgenda> a = meetings().agenda(id);
        EXPECT_TRUE(a) << (a ? std::string() : a.failure().text().toStdString());
        return a ? *a : MeetingAgenda();
    }

    // The agenda as the patients' birth names, in order.
    QStringList names(MeetingId id)
    {
        QStringList out;
        for (const AgendaItem &item : agenda(id).items)
            out << item.patient.birthName;
        return out;
    }

    MeetingEntryView entry(MeetingId id, const QString &name)
    {
        const Result<MeetingEntryView> e = meetings().entry(id, cohort.stays.value(name));
        EXPECT_TRUE(e) << (e ? std::string() : e.failure().text().toStdString());
        return e ? *e : MeetingEntryView();
    }

    Stay stay(const QString &name) { return *db->stays().find(cohort.stays.value(name)); }

    // Starts the meeting (it must be in progress to close it).
    void start(MeetingId id) { ASSERT_TRUE(meetings().start(id, meeting(id).version)); }

    void attend(MeetingId id)
    {
        ASSERT_TRUE(meetings().setAttendees(
            id, {Attendee{QStringLiteral("Dr Vernet"), QStringLiteral("medicine"), physician.id}},
            meeting(id).version));
    }

    void recordBerg(const QString &name, const QDate &day, int total)
    {
        const Result<TestResult> r = db->results().record(TestStore::questionnaire(
            cohort.stays.value(name), QStringLiteral("berg"), day, TestStore::bergItems(total)));
        ASSERT_TRUE(r) << r.failure().text().toStdString();
    }

    template <typename R>
    void expectRefused(const R &result, const QString &before, qsizetype auditBefore, const QString &field,
                       const QStringList &mentions, Failure::Kind kind = Failure::Kind::Invalid)
    {
        test::expectRefused(db, result, before, auditBefore, field, mentions, kind);
    }

    TestStore db;
    GroupingCohort cohort;
    User physician;
    static inline const QString Arnaud = QStringLiteral("Arnaud");
    static inline const QString Blanc = QStringLiteral("Blanc");
    static inline const QString Caron = QStringLiteral("Caron");
    static inline const QString Dupont = QStringLiteral("Dupont");
    static inline const QString Evrard = QStringLiteral("Evrard");
};

} // namespace smr::test
