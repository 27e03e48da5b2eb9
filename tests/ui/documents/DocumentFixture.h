#pragma once

// The document tests' fixture: the stay ready for its letters of support/LetterStay.h, and what
// reads a PDF back (pdftotext, pdfinfo, pdfimages).

#include "support/LetterStay.h"
#include "support/TestStore.h"
#include "ui/UiTestSupport.h"
#include "ui/documents/PdfText.h"

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

    PdfText read(const QByteArray &pdf, const QString &name) { return readPdf(pdf, name); }

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
