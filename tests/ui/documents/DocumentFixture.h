#pragma once

// The document tests' fixture: the stay ready for its letters of support/LetterStay.h, and what
// reads a PDF back (pdftotext, pdfinfo, pdfimages).

#include "support/LetterStay.h"
#include "support/TestStore.h"
#include "ui/UiTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr::test {

class DocumentFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const LetterStay letters = addLetterStay(m_store);
        ASSERT_TRUE(letters.stay.isValid());
        m_physician = letters.physician;
        m_stay = letters.stay;
    }

    // The text of a PDF as `pdftotext -layout` reads it, and its number of pages (pdfinfo).
    struct PdfText {
        QString text;
        int pages = 0;
    };
    PdfText read(const QByteArray &pdf, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        // Kept beside the screenshots, to look at.
        QFile::remove(screenshotPath(name).replace(QStringLiteral(".png"), QStringLiteral(".pdf")));
        QFile::copy(path, screenshotPath(name).replace(QStringLiteral(".png"), QStringLiteral(".pdf")));
        PdfText out;
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        EXPECT_TRUE(text.waitForFinished(30000)) << "pdftotext (poppler-utils) must be installed";
        // NFKC: the "fi" ligature the PDF draws reads "fi".
        out.text = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {path});
        EXPECT_TRUE(info.waitForFinished(30000));
        const QString lines = QString::fromUtf8(info.readAllStandardOutput());
        for (const QString &line : lines.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Pages:")))
                out.pages = line.mid(6).trimmed().toInt();
        return out;
    }

    // What `pdfimages -list` finds: the raster images of the PDF (the charts must not be any).
    int rasterImages(const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("images.pdf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pdf);
        file.close();
        QProcess list;
        list.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        EXPECT_TRUE(list.waitForFinished(30000));
        // Two header lines, then one line per image.
        return int(QString::fromUtf8(list.readAllStandardOutput())
                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                       .size()) -
               2;
    }

    TestStore m_store;
    User m_physician;
    StayId m_stay;
    QTemporaryDir m_dir;
};

} // namespace smr::test
