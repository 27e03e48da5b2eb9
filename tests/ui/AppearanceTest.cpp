// Without a font package every glyph is a box and Qt prints no warning (GUIDE §3): check that
// the application font resolves to DejaVu Sans and draws French letters.

#include <QApplication>
#include <QFontInfo>
#include <QFontMetrics>
#include <QProcess>

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

TEST(AppearanceTest, AProgramLeavingAtOnceEndsCleanly)
{
    // The font list is read on a worker thread. This binary only listing its tests leaves within a
    // millisecond of setting the look: when the worker outlived the application, Qt aborted with
    // "Must construct a QGuiApplication before accessing QFontDatabase" (CI, 23/11/2026).
    for (int run = 0; run < 20; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_list_tests")});
        ASSERT_TRUE(child.waitForFinished(30000)) << "run " << run;
        const QString errors = QString::fromLocal8Bit(child.readAllStandardError());
        EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << "run " << run << ": " << errors.toStdString();
        EXPECT_EQ(child.exitCode(), 0) << "run " << run << ": " << errors.toStdString();
        EXPECT_FALSE(errors.contains(QStringLiteral("QFontDatabase"))) << errors.toStdString();
    }
}

} // namespace
