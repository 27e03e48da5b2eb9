// What an export refuses (issue #9): each refusal names its field, and nothing is written to the
// device. Reading results needs no right beyond being signed in, like every other read.

#include "core/export/ExportFixture.h"

namespace smr::test {
namespace {

struct Refusal {
    const char *name;
    std::function<ExportScope(const ExportFixture &)> scope;
    const char *field;
    QStringList mentions;
    Failure::Kind kind;
};

void PrintTo(const Refusal &r, std::ostream *os)
{
    *os << r.name;
}

class ExportServiceTest : public ExportFixture
{
};

class ExportRefusal : public ExportFixture, public ::testing::WithParamInterface<Refusal>
{
};

TEST_P(ExportRefusal, NamesTheFieldAndWritesNothing)
{
    const Refusal &r = GetParam();
    for (const ExportFormat format : kExportFormats.values()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<ExportSummary> written = db->exports().write(r.scope(*this), {format, true}, buffer);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.failure().kind(), r.kind);
        const QString message = written.failure().messageFor(QLatin1String(r.field));
        EXPECT_FALSE(message.isEmpty()) << written.failure().text().toStdString();
        for (const QString &m : r.mentions) {
            EXPECT_TRUE(message.contains(m)) << message.toStdString() << " should mention " << m.toStdString();
        }
        EXPECT_TRUE(buffer.data().isEmpty()) << "nothing written";
        const Status checked = db->exports().check(r.scope(*this));
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.failure().messageFor(QLatin1String(r.field)), message);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Scopes, ExportRefusal,
    ::testing::Values(
        Refusal{"UnknownStay",
                [](const auto &) { return ExportScope::ofStay(StayId(999)); },
                "stay",
                {QStringLiteral("999")},
                Failure::Kind::NotFound},
        Refusal{"UnknownPatient",
                [](const auto &) { return ExportScope::ofPatient(PatientId(999)); },
                "patient",
                {QStringLiteral("999")},
                Failure::Kind::NotFound},
        Refusal{"UnknownUnit",
                [](const auto &) {
                    return ExportScope::ofUnit(QStringLiteral("cardio"), QDate(2026, 11, 1), QDate(2026, 11, 22));
                },
                "unit",
                {QStringLiteral("\"cardio\""), QStringLiteral("locomoteur"), QStringLiteral("neurologie")},
                Failure::Kind::Invalid},
        Refusal{"NoUnit",
                [](const auto &) { return ExportScope::ofUnit(QString(), QDate(2026, 11, 1), QDate(2026, 11, 22)); },
                "unit",
                {QStringLiteral("required"), QStringLiteral("locomoteur")},
                Failure::Kind::Invalid},
        Refusal{"NoFirstDay",
                [](const auto &) {
                    return ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(), QDate(2026, 11, 22));
                },
                "from",
                {QStringLiteral("first day")},
                Failure::Kind::Invalid},
        Refusal{
            "NoLastDay",
            [](const auto &) { return ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(2026, 11, 1), QDate()); },
            "to",
            {QStringLiteral("last day")},
            Failure::Kind::Invalid},
        Refusal{"LastDayBeforeFirst",
                [](const auto &) {
                    return ExportScope::ofUnit(QStringLiteral("locomoteur"), QDate(2026, 11, 22), QDate(2026, 11, 1));
                },
                "to",
                {QStringLiteral("01/11/2026"), QStringLiteral("22/11/2026")},
                Failure::Kind::Invalid}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(ExportServiceTest, ReadingNeedsNoRightBeyondBeingSignedIn)
{
    // A secretary reads the record like everyone else; an export is a read.
    db.signInAs(db.addUser(QStringLiteral("secretariat"), {Role::Secretary}));
    EXPECT_FALSE(exported(ExportScope::ofPatient(dupont), ExportFormat::Csv).isEmpty());
}

TEST_F(ExportServiceTest, TheSummaryCountsWhatWasWritten)
{
    for (const ExportFormat format : kExportFormats.values()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<ExportSummary> s = db->exports().write(ExportScope::ofPatient(dupont), {format, false}, buffer);
        ASSERT_TRUE(s);
        EXPECT_EQ(s->results, 8);
        EXPECT_EQ(s->stays, 2);
        EXPECT_EQ(s->patients, 1);
    }
}

TEST_F(ExportServiceTest, ADeviceThatRefusesToWriteIsAFailure)
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const Result<ExportSummary> s =
        db->exports().write(ExportScope::ofPatient(dupont), {ExportFormat::Csv, false}, readOnly);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.failure().kind(), Failure::Kind::Storage);
    EXPECT_TRUE(s.failure().text().contains(QStringLiteral("could not be written")))
        << s.failure().text().toStdString();
}

} // namespace
} // namespace smr::test
