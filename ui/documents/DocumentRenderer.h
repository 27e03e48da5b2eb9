#pragma once

#include "core/documents/Document.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;
class QTextDocument;

namespace smr::ui {

class ChartTextObject;

// Lays a document out on A4 pages and paints them: on every page the letterhead (logo, name,
// address, FINESS number, contacts) and the footer (its line, the title, "Page 2/3"); the text
// between them, charts drawn as vectors; the signature block after the text. The same painting
// makes the PDF, the printout and the preview's page images.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(const DocumentContent &content);
    ~DocumentRenderer();

    // Paints every page on a paged device (a PDF writer, a printer); returns the number of pages.
    int print(QPagedPaintDevice &device);
    // The PDF of the document (A4, 300 dpi) and its number of pages.
    struct Pdf {
        QByteArray bytes;
        int pages = 0;
    };
    Pdf pdf();
    // The pages as images at `dpi` (the preview).
    QList<QImage> pageImages(qreal dpi);

    static QString signatureHtml(const SignatureBlock &signature);

private:
    struct Geometry;
    Geometry layout(QPaintDevice &device);
    void paintPage(QPainter &painter, const Geometry &g, int page, int pages);

    DocumentContent m_content;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ChartTextObject> m_charts;
};

} // namespace smr::ui
