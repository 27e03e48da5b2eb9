#pragma once

// Reading the documents' PDFs back as a reader would (issue #9's tests): their text as
// `pdftotext -layout` gives it, their pages as `pdfinfo` counts them, and the document as the
// composer writes it with the stored letterhead and signature.

#include "core/Store.h"
#include "core/documents/DocumentComposer.h"
#include "ui/UiTestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace smr::test {

struct PdfText {
    QString text; // pdftotext -layout, NFKC (the "fi" ligature the PDF draws reads "fi"); pages split by '\f'
    int pages = 0;
};

// Writes `pdf` to <build>/screenshots/<name>.pdf (to look at) and reads it back.
inline PdfText readPdf(const QByteArray &pdf, const QString &name)
{
    const QString path = screenshotPath(name).replace(QStringLiteral(".png"), QStringLiteral(".pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(pdf);
    file.close();
    PdfText out;
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(text.waitForFinished(30000)) << "pdftotext (poppler-utils) must be installed";
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

// No format string, markup or entity left in what the reader sees.
inline void expectNoPlaceholder(const QString &text)
{
    for (const char *p : {"%1", "%2", "%n", "TODO", "XXX", "</", "<p", "<b>", "&amp;", "&nbsp;"})
        EXPECT_FALSE(text.contains(QLatin1String(p))) << "placeholder " << p << " in:\n" << text.toStdString();
}

// `subject` written from the record, with the letterhead and `signer`'s signature as stored.
inline DocumentContent composed(Store &store, const DocumentSubject &subject, const QString &signer = {})
{
    const Result<DocumentContent> c = DocumentComposer::compose(store, subject);
    EXPECT_TRUE(c) << (c ? "" : c.failure().text().toStdString());
    DocumentContent out = c ? *c : DocumentContent{};
    if (const Result<Letterhead> l = store.documents().letterhead())
        out.letterhead = *l;
    if (!signer.isEmpty())
        if (const Result<SignatureBlock> s = store.documents().signature(signer))
            out.signature = *s;
    return out;
}

} // namespace smr::test
