// CSV export (issue #9, docs/EXPORT.md): the column contract, each instrument's values, RFC 4180
// quoting, the byte order mark, the scopes (drafts and superseded revisions left out, a period's
// days both included) and a round trip back to the stored results.

#include "core/export/ExportFixture.h"
#include "core/export/ResultCsv.h"

#include <QJsonDocument>
#include <QLocale>

namespace smr::test {
namespace {

// RFC 4180, as a spreadsheet reads it: records end with CRLF, a quoted field may hold commas,
// doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && row.isEmpty()) << "the last record ends with CRLF";
    return rows;
}

// The rows of a CSV as column → value maps (the header read from the first line).
QList<QHash<QString, QString>> records(const QByteArray &csv)
{
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv));
    QList<QHash<QString, QString>> out;
    if (rows.isEmpty())
        return out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        EXPECT_EQ(rows.at(r).size(), rows.first().size()) << "row " << r;
        QHash<QString, QString> record;
        for (qsizetype c = 0; c < rows.first().size() && c < rows.at(r).size(); ++c)
            record.insert(rows.first().at(c), rows.at(r).at(c));
        out << record;
    }
    return out;
}

QStringList ids(const QList<QHash<QString, QString>> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.value(QStringLiteral("result_id"));
    return out;
}

QString id(const TestResult &r)
{
    return QString::number(r.id.value);
}

class CsvExportTest : public ExportFixture
{
protected:
    QList<QHash<QString, QString>> rows(const ExportScope &scope)
    {
        return records(exported(scope, ExportFormat::Csv));
    }
};

TEST_F(CsvExportTest, TheHeaderIsTheDocumentedContract)
{
    // docs/EXPORT.md: changing a name or the order breaks the spreadsheets built on them.
    const QByteArray csv = exported(ExportScope::ofStay(closedStay), ExportFormat::Csv);
    EXPECT_TRUE(csv.startsWith("result_id,series_id,revision,correction_reason,patient_id,ipp,sex,age_at_test,stay_id,"
                               "unit,admission_date,discharge_date,mode,programme,instrument,instrument_version,"
                               "performed_at,score_key,score,score_unit,interpretation,scores,answers,entered_by,"
                               "remarks\r\n"))
        << csv.left(400).toStdString();
    EXPECT_EQ(ResultCsv::columns().size(), 25);
}

TEST_F(CsvExportTest, NoNameAndNoBirthDate)
{
    // A research spreadsheet: the IPP and the ids link back to the record (docs/EXPORT.md).
    const QString csv = QString::fromUtf8(exported(ExportScope::ofPatient(dupont), ExportFormat::Csv));
    for (const char *word : {"Dupont", "Durand", "Marie", "1956"}) {
        EXPECT_FALSE(csv.contains(QLatin1String(word), Qt::CaseInsensitive)) << word;
    }
}

struct InstrumentRow {
    const char *name;
    TestResult ExportFixture::*result;
    // column → expected value, for the columns that differ between instruments
    std::map<std::string, std::string> values;
    const char *source;
};

void PrintTo(const InstrumentRow &c, std::ostream *os)
{
    *os << c.name;
}

class CsvInstrumentRow : public CsvExportTest, public ::testing::WithParamInterface<InstrumentRow>
{
};

TEST_P(CsvInstrumentRow, HoldsTheResultsValues)
{
    const InstrumentRow &c = GetParam();
    const TestResult &expected = this->*c.result;
    QHash<QString, QString> row;
    for (const auto &r : rows(ExportScope::ofPatient(expected.stayId == neuroStay ? martin : dupont)))
        if (r.value(QStringLiteral("result_id")) == id(expected))
            row = r;
    ASSERT_FALSE(row.isEmpty()) << "result " << expected.id.value << " exported";
    for (const auto &[column, value] : c.values) {
        EXPECT_EQ(row.value(QString::fromStdString(column)), QString::fromUtf8(value.c_str()))
            << column << " — " << c.source;
    }
    EXPECT_EQ(row.value(QStringLiteral("instrument")), expected.instrument);
    EXPECT_EQ(row.value(QStringLiteral("instrument_version")), expected.instrumentVersion);
    EXPECT_EQ(row.value(QStringLiteral("stay_id")), QString::number(expected.stayId.value));
    EXPECT_EQ(row.value(QStringLiteral("entered_by")), QStringLiteral("Léa Kiné"));
}

INSTANTIATE_TEST_SUITE_P(
    EachInstrument, CsvInstrumentRow,
    ::testing::Values(
        InstrumentRow{"Tug",
                      &ExportFixture::tug,
                      {{"score_key", "seconds"},
                       {"score", "14.2"},
                       {"score_unit", "s"},
                       {"interpretation", "fall_risk"},
                       {"performed_at", "2026-03-03T09:05"},
                       {"ipp", "IPP001"},
                       {"sex", "F"},
                       {"age_at_test", "69"},
                       {"unit", "locomoteur"},
                       {"admission_date", "2026-03-02"},
                       {"discharge_date", "2026-03-27"},
                       {"mode", "HC"},
                       {"programme", "rfr"},
                       {"revision", "1"},
                       {"correction_reason", ""}},
                      "REFERENCE §1: 14.2 s ≥ 13.5 s"},
        InstrumentRow{
            "Walk",
            &ExportFixture::walk,
            {{"score_key", "distance_m"}, {"score", "412.5"}, {"score_unit", "m"}, {"interpretation", "within_normal"}},
            "REFERENCE §2: women, 165 cm, 70 kg, 69 y: predicted 456.0 m, LLN 317.0 m"},
        InstrumentRow{"Berg",
                      &ExportFixture::bergMarch,
                      {{"score_key", "total"}, {"score", "48"}, {"score_unit", "{score}"}, {"interpretation", "low"}},
                      "REFERENCE §3: 41–56 low"},
        InstrumentRow{"Dallas",
                      &ExportFixture::dallas,
                      {{"score_key", "daily_activities"},
                       {"score", "51"},
                       {"score_unit", "%"},
                       {"interpretation", "medical"},
                       {"discharge_date", ""},
                       {"mode", "HTP"},
                       {"admission_date", "2026-11-02"},
                       {"age_at_test", "70"}},
                      "REFERENCE §4"},
        InstrumentRow{
            "OdiWithBlankSections",
            &ExportFixture::odiPartial,
            {{"score_key", "percent"}, {"score", "27.5"}, {"score_unit", "%"}, {"interpretation", "moderate"}},
            "REFERENCE §5: 11 / 40"},
        InstrumentRow{"OdiInFull",
                      &ExportFixture::odiFull,
                      {{"score", "20"}, {"interpretation", "minimal"}},
                      "REFERENCE §5: 10 / 50 = 20 %, ≤ 20 minimal"},
        InstrumentRow{"StartBack",
                      &ExportFixture::start,
                      {{"score_key", "total"}, {"score", "7"}, {"score_unit", "{score}"}, {"interpretation", "high"}},
                      "REFERENCE §6: psychosocial 4"},
        InstrumentRow{
            "Correction",
            &ExportFixture::bergCorrected,
            {{"revision", "2"}, {"correction_reason", "Items 7 to 14 were scored on the wrong sheet"}, {"score", "46"}},
            "the current revision of the series"},
        InstrumentRow{"OtherPatient",
                      &ExportFixture::neuroLast,
                      {{"ipp", "IPP002"},
                       {"sex", "M"},
                       {"age_at_test", "76"},
                       {"unit", "neurologie"},
                       {"score", "10.4"},
                       {"interpretation", "none"}},
                      "REFERENCE §1: below 12 s"}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(CsvExportTest, TheSeriesOfACorrectionIsItsFirstRevision)
{
    const auto all = rows(ExportScope::ofStay(currentStay));
    for (const auto &r : all) {
        if (r.value(QStringLiteral("result_id")) == id(bergCorrected)) {
            EXPECT_EQ(r.value(QStringLiteral("series_id")), id(bergFirst));
        }
    }
}

struct Quoting {
    const char *name;
    const char *value;
    const char *field;
};

class CsvQuoting : public ::testing::TestWithParam<Quoting>
{
};

TEST_P(CsvQuoting, FollowsRfc4180)
{
    EXPECT_EQ(ResultCsv::field(QString::fromUtf8(GetParam().value)), QString::fromUtf8(GetParam().field));
}

INSTANTIATE_TEST_SUITE_P(Fields, CsvQuoting,
                         ::testing::Values(Quoting{"Plain", "Léa Kiné", "Léa Kiné"}, Quoting{"Empty", "", ""},
                                           Quoting{"Comma", "a,b", "\"a,b\""},
                                           Quoting{"Quote", "dit \"non\"", "\"dit \"\"non\"\"\""},
                                           Quoting{"LineFeed", "a\nb", "\"a\nb\""},
                                           Quoting{"CarriageReturn", "a\rb", "\"a\rb\""},
                                           Quoting{"Json", R"({"items":[1,2]})", R"("{""items"":[1,2]}")"}),
                         [](const auto &test) { return std::string(test.param.name); });

TEST_F(CsvExportTest, ARemarkWithACommaAQuoteAndALineBreakIsQuoted)
{
    const QString csv = QString::fromUtf8(exported(ExportScope::ofStay(closedStay), ExportFormat::Csv));
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"Genou droit, \"\"instable\"\"\nà revoir; é\"\r\n")))
        << csv.toStdString();
    // Records end with CRLF; the line break inside the remark stays as it was typed.
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 4);
}

TEST_F(CsvExportTest, TheByteOrderMarkOnlyWhenAsked)
{
    const QByteArray with = exported(ExportScope::ofStay(closedStay), ExportFormat::Csv, true);
    const QByteArray without = exported(ExportScope::ofStay(closedStay), ExportFormat::Csv, false);
    EXPECT_TRUE(with.startsWith("\xEF\xBB\xBFresult_id,"));
    EXPECT_TRUE(without.startsWith("result_id,"));
    EXPECT_EQ(with.mid(3), without);
}

TEST_F(CsvExportTest, ADecimalPointWhateverTheLanguage)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto all = rows(ExportScope::ofStay(closedStay));
    QLocale::setDefault(previous);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).value(QStringLiteral("score")), QStringLiteral("14.2"));
    EXPECT_EQ(all.at(1).value(QStringLiteral("score")), QStringLiteral("412.5"));
    EXPECT_TRUE(all.at(1).value(QStringLiteral("scores")).contains(QStringLiteral("\"distance_m\":412.5")));
}

struct ScopeCase {
    const char *name;
    std::function<ExportScope(const ExportFixture &)> scope;
    std::function<QStringList(const ExportFixture &)> expected; // result ids in order
};

void PrintTo(const ScopeCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvScope : public CsvExportTest, public ::testing::WithParamInterface<ScopeCase>
{
};

QStringList idsOf(std::initializer_list<const TestResult *> results)
{
    QStringList out;
    for (const TestResult *r : results)
        out << id(*r);
    return out;
}

TEST_P(CsvScope, ExportsTheCurrentFinalResultsInOrder)
{
    EXPECT_EQ(ids(rows(GetParam().scope(*this))), GetParam().expected(*this));
}

INSTANTIATE_TEST_SUITE_P(
    Scopes, CsvScope,
    ::testing::Values(ScopeCase{"ClosedStay", [](const auto &f) { return ExportScope::ofStay(f.closedStay); },
                                [](const auto &f) {
                                    return idsOf({&f.tug, &f.walk, &f.bergMarch});
                                }},
                      // The draft TUG and the superseded Berg of the stay in progress are not exported.
                      ScopeCase{"StayInProgress", [](const auto &f) { return ExportScope::ofStay(f.currentStay); },
                                [](const auto &f) {
                                    return idsOf({&f.dallas, &f.odiPartial, &f.start, &f.bergCorrected, &f.odiFull});
                                }},
                      ScopeCase{"PatientWithTwoStays", [](const auto &f) { return ExportScope::ofPatient(f.dupont); },
                                [](const auto &f) {
                                    return idsOf({&f.tug, &f.walk, &f.bergMarch, &f.dallas, &f.odiPartial, &f.start,
                                                  &f.bergCorrected, &f.odiFull});
                                }},
                      ScopeCase{"UnitPeriodBothDaysIncluded",
                                [](const auto &) {
                                    return ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 1),
                                                               QDate(2026, 11, 22));
                                },
                                [](const auto &f) {
                                    return idsOf({&f.neuroFirst, &f.neuroLast});
                                }},
                      ScopeCase{"UnitPeriodOneDay",
                                [](const auto &) {
                                    return ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 22),
                                                               QDate(2026, 11, 22));
                                },
                                [](const auto &f) { return idsOf({&f.neuroLast}); }},
                      ScopeCase{"UnitPeriodBetweenTheBounds",
                                [](const auto &) {
                                    return ExportScope::ofUnit(QStringLiteral("neurologie"), QDate(2026, 11, 2),
                                                               QDate(2026, 11, 21));
                                },
                                [](const auto &) { return QStringList(); }},
                      ScopeCase{"UnitCodeAsTyped",
                                [](const auto &) {
                                    return ExportScope::ofUnit(QStringLiteral(" Locomoteur "), QDate(2026, 3, 3),
                                                               QDate(2026, 3, 3));
                                },
                                [](const auto &f) {
                                    return idsOf({&f.tug, &f.walk});
                                }}),
    [](const auto &test) { return std::string(test.param.name); });

TEST_F(CsvExportTest, AnEmptyScopeIsTheHeaderAlone)
{
    const QByteArray csv = exported(
        ExportScope::ofUnit(QStringLiteral("geriatrie"), QDate(2026, 1, 1), QDate(2026, 12, 31)), ExportFormat::Csv);
    EXPECT_EQ(csv.count("\r\n"), 1);
}

TEST_F(CsvExportTest, RoundTripGivesBackTheStoredResultsExactly)
{
    const auto all = rows(ExportScope::ofPatient(dupont)) + rows(ExportScope::ofPatient(martin));
    ASSERT_EQ(all.size(), 10);
    for (const auto &row : all) {
        const std::optional<TestResult> stored =
            db->resultRepository().find(ResultId(row.value(QStringLiteral("result_id")).toLongLong()));
        ASSERT_TRUE(stored);
        SCOPED_TRACE(stored->instrument.toStdString());
        EXPECT_EQ(row.value(QStringLiteral("series_id")).toLongLong(), stored->seriesId.value);
        EXPECT_EQ(row.value(QStringLiteral("revision")).toInt(), stored->revision);
        EXPECT_EQ(row.value(QStringLiteral("correction_reason")), stored->correctionReason);
        EXPECT_EQ(row.value(QStringLiteral("stay_id")).toLongLong(), stored->stayId.value);
        EXPECT_EQ(row.value(QStringLiteral("instrument")), stored->instrument);
        EXPECT_EQ(row.value(QStringLiteral("instrument_version")), stored->instrumentVersion);
        EXPECT_EQ(QDateTime::fromString(row.value(QStringLiteral("performed_at")), Qt::ISODate), stored->performedAt);
        EXPECT_EQ(QJsonDocument::fromJson(row.value(QStringLiteral("scores")).toUtf8()).object(), stored->scores);
        EXPECT_EQ(QJsonDocument::fromJson(row.value(QStringLiteral("answers")).toUtf8()).object(), stored->answers);
        ASSERT_TRUE(stored->primaryScore);
        EXPECT_EQ(row.value(QStringLiteral("score")).toDouble(), *stored->primaryScore);
        EXPECT_EQ(row.value(QStringLiteral("entered_by")), stored->enteredBy);
        EXPECT_EQ(row.value(QStringLiteral("remarks")), stored->remarks);
    }
}

} // namespace
} // namespace smr::test
