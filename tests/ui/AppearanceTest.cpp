// Without a font package every glyph is a box and Qt prints no warning (GUIDE §3): check that
// the application font resolves to DejaVu Sans and draws French letters.

#include <QApplication>
#include <QFontInfo>
#include <QFontMetrics>

#include <gtest/gtest.h>

namespace {

TEST(AppearanceTest, DefaultFontResolvesAndHasFrenchLetters)
{
    const QFont font = QApplication::font();
    EXPECT_EQ(QFontInfo(font).family(), QStringLiteral("DejaVu Sans"));
    const QFontMetrics metrics(font);
    for (const QChar c : QStringLiteral("éèêàçôœÉ«»’…·—"))
        EXPECT_TRUE(metrics.inFont(c)) << QString(c).toStdString();
    EXPECT_GE(font.pointSize(), 10);
}

TEST(AppearanceTest, StyleSheetIsLoaded)
{
    // The style sheet carries the colours of refusals and of the dossier header.
    EXPECT_TRUE(qApp->styleSheet().contains(QStringLiteral("fieldError")));
}

} // namespace
