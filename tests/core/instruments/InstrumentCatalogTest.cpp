// The declarations: six instruments, every text in both languages, and a site's licensed
// wording laid over the shipped one.

#include "ScoringSupport.h"
#include "support/Printers.h"

#include "core/i18n/Language.h"

#include <QFile>
#include <QTemporaryDir>

namespace smr::test {
namespace {

TEST(InstrumentCatalog, SixInstrumentsInTheirOrder)
{
    EXPECT_EQ(catalog().ids(),
              (QStringList{QStringLiteral("tug"), QStringLiteral("6mwt"), QStringLiteral("berg"),
                           QStringLiteral("dallas"), QStringLiteral("odi"), QStringLiteral("startback")}));
    EXPECT_EQ(instrument("berg").definition().items.size(), 14);
    EXPECT_EQ(instrument("dallas").definition().items.size(), 16);
    EXPECT_EQ(instrument("odi").definition().items.size(), 10);
    EXPECT_EQ(instrument("startback").definition().items.size(), 9);
    EXPECT_EQ(instrument("odi").definition().maxMissing, 2);
    EXPECT_FALSE(instrument("odi").definition().items.at(7).notApplicable.isEmpty()); // section 8
    EXPECT_TRUE(catalog().warnings().isEmpty());
}

TEST(InstrumentCatalog, EveryTextExistsInFrenchAndEnglish)
{
    const auto both = [](const LocalizedText &t, const QString &where) {
        EXPECT_FALSE(t.fr.isEmpty()) << where.toStdString() << " (fr)";
        EXPECT_FALSE(t.en.isEmpty()) << where.toStdString() << " (en)";
    };
    for (const Instrument *i : catalog().all()) {
        const InstrumentDefinition &d = i->definition();
        both(d.title, d.id + QStringLiteral(" title"));
        both(d.shortTitle, d.id + QStringLiteral(" short title"));
        for (const InstrumentItem &item : d.items) {
            const QString where = QStringLiteral("%1 item %2").arg(d.id).arg(item.number);
            both(item.title, where);
            for (const AnswerOption &o : item.options)
                both(o.label, where + QStringLiteral(" answer ") + o.value.toVariant().toString());
        }
        for (const InstrumentField &f : d.fields) {
            both(f.label, d.id + QLatin1Char(' ') + f.key);
            for (const AnswerOption &c : f.choices)
                both(c.label, d.id + QLatin1Char(' ') + f.key + QLatin1Char(' ') + c.value.toString());
        }
    }
    // Copyright lines travel with STarT Back (Keele) and the ODI (Fairbank, Mapi).
    EXPECT_TRUE(instrument("startback").definition().copyright.fr.contains(QStringLiteral("Keele")));
    EXPECT_TRUE(instrument("odi").definition().copyright.en.contains(QStringLiteral("Fairbank")));
}

TEST(InstrumentCatalog, BergShowsEachLevelDescriptor)
{
    const InstrumentItem &first = instrument("berg").definition().items.first();
    ASSERT_EQ(first.options.size(), 5);
    EXPECT_EQ(first.options.first().value.toInt(), 4);
    Translations::install(Language::French);
    const QString french = first.options.first().label.text();
    Translations::install(Language::English);
    EXPECT_EQ(first.options.first().label.text(),
              QStringLiteral("able to stand without using hands and stabilize independently"));
    EXPECT_FALSE(french.isEmpty());
    EXPECT_NE(french, first.options.first().label.en);
}

TEST(InstrumentCatalog, ASiteLoadsItsLicensedWording)
{
    QTemporaryDir site;
    QFile odi(site.filePath(QStringLiteral("odi.json")));
    ASSERT_TRUE(odi.open(QIODevice::WriteOnly));
    odi.write(R"({"id": "odi", "items": [{"number": 4, "title": {"en": "Section 4 - Walking"},
                 "options": [{"value": 1, "label": {"en": "Pain prevents me walking more than 1 mile"}}]},
                 {"number": 12, "title": {"en": "nothing"}}]})");
    odi.close();
    QFile berg(site.filePath(QStringLiteral("berg.json")));
    ASSERT_TRUE(berg.open(QIODevice::WriteOnly));
    berg.write("{ not json");
    berg.close();

    const InstrumentCatalog licensed(site.path());
    const InstrumentItem &walking = licensed.find(u"odi")->definition().items.at(3);
    EXPECT_EQ(walking.title.en, QStringLiteral("Section 4 - Walking"));
    EXPECT_EQ(walking.option(1)->label.en, QStringLiteral("Pain prevents me walking more than 1 mile"));
    EXPECT_FALSE(walking.title.fr.isEmpty()) << "the French the site did not replace stays";
    // The allowed answers and the scoring are the application's, whatever the file says.
    EXPECT_EQ(walking.values(), (QList<int>{0, 1, 2, 3, 4, 5}));
    // A broken file or a wrong item is reported and the shipped wording kept.
    EXPECT_EQ(licensed.warnings().size(), 2) << licensed.warnings().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(licensed.find(u"berg")->definition().items.first().title.en,
              instrument("berg").definition().items.first().title.en);
}

} // namespace
} // namespace smr::test
