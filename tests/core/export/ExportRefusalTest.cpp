// What an export refuses (issue #9): each refusal names its field, and nothing is written to the
// device. Exporting needs the right to export results (physicians), and each export is traced.

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

TEST_F(ExportServiceTest, WithoutTheRightNothingIsReadWrittenOrTraced)
{
    // A secretary reads the record, but taking a patient's results out of it in bulk is a
    // physician's decision (Decision of issue #9's review: the right to export results).
    db.signInAs(db.addUser(QStringLiteral("secretariat"), {Role::Secretary}));
    const qsizetype lines = db.audit().size();
    for (const ExportFormat format : kExportFormats.values()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Result<ExportSummary> written =
            db->exports().write(ExportScope::ofPatient(dupont), {format, false}, buffer);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.failure().kind(), Failure::Kind::Forbidden);
        EXPECT_TRUE(written.failure().text().contains(QStringLiteral("export results")))
            << written.failure().text().toStdString();
        EXPECT_TRUE(buffer.data().isEmpty());
        const Status checked = db->exports().check(ExportScope::ofPatient(dupont));
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.failure().text(), written.failure().text());
    }
    EXPECT_EQ(db.audit().size(), lines) << "a refused export is not traced as one";
}

TEST_F(ExportServiceTest, EachExportIsTracedWithWhoWhatAndHowMany)
{
    db.signInAs(db.addUser(QStringLiteral("vernet"), {Role::Physician}, QStringLiteral("Dr Vernet")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(db->exports().write(ExportScope::ofStay(closedStay), {ExportFormat::Fhir, false}, buffer));
    buffer.close();
    buffer.setData(QByteArray());
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(
        db->exports().write(ExportScope::ofUnit(QStringLiteral("Locomoteur"), QDate(2026, 11, 1), QDate(2026, 11, 22)),
                            {ExportFormat::Csv, true}, buffer));

    const QList<AuditEntry> trail = db.audit();
    ASSERT_GE(trail.size(), 2);
    const AuditEntry &stay = trail.at(trail.size() - 2);
    EXPECT_EQ(stay.actor, QStringLiteral("vernet"));
    EXPECT_EQ(stay.entity, QStringLiteral("export"));
    EXPECT_EQ(stay.action, QStringLiteral("export"));
    EXPECT_EQ(stay.entityId, QStringLiteral("stay:%1").arg(closedStay.value));
    EXPECT_EQ(stay.patientId, dupont) << "the patient's own trail shows the export";
    EXPECT_EQ(stay.after.value(QStringLiteral("format")).toString(), QStringLiteral("fhir"));
    EXPECT_EQ(stay.after.value(QStringLiteral("stays")).toInteger(), 1);
    EXPECT_GT(stay.after.value(QStringLiteral("results")).toInteger(), 0);

    const AuditEntry &unit = trail.last();
    EXPECT_EQ(unit.entityId, QStringLiteral("unit:locomoteur:2026-11-01:2026-11-22"));
    EXPECT_FALSE(unit.patientId.isValid()) << "a unit's export belongs to no one patient";
    EXPECT_EQ(unit.after.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_TRUE(unit.after.value(QStringLiteral("bom")).toBool());
    EXPECT_EQ(unit.after.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
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
