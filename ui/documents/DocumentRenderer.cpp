#include "ui/documents/DocumentRenderer.h"

#include "core/documents/DocumentHtml.h"
#include "ui/documents/ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace smr::ui {

namespace {

constexpr qreal kSideMm = 16;
constexpr qreal kTopMm = 10;
constexpr qreal kHeaderMm = 26;
constexpr qreal kFooterMm = 12;
constexpr qreal kBottomMm = 8;
constexpr qreal kLogoHeightMm = 18;
constexpr qreal kLogoWidthMm = 40;
constexpr qreal kGapMm = 4;

const QString kStyleSheet = QStringLiteral("h1 { font-size: 14pt; font-weight: bold; margin-bottom: 6px; }"
                                           "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 10px; }"
                                           "h3 { font-size: 10.5pt; font-weight: bold; }"
                                           "th { font-weight: bold; }");

} // namespace

struct DocumentRenderer::Geometry {
    qreal dpi = 300;
    QRectF page;
    QRectF header;
    QRectF body;
    QRectF footer;

    qreal mm(qreal millimetres) const { return millimetres / 25.4 * dpi; }
    // `font` at `points` in the layout device's pixels: the same size on the PDF and on a preview
    // image drawn scaled from it (a point size would be resolved again for the image).
    QFont sized(QFont font, qreal points) const
    {
        font.setPixelSize(qMax(1, qRound(points / 72.0 * dpi)));
        return font;
    }
};

DocumentRenderer::DocumentRenderer(const DocumentContent &content) : m_content(content) {}

DocumentRenderer::~DocumentRenderer() = default;

QString DocumentRenderer::signatureHtml(const SignatureBlock &s)
{
    if (s.isEmpty())
        return QString();
    QStringList lines{QStringLiteral("<b>%1</b>").arg(html::escape(s.name))};
    if (!s.qualification.isEmpty())
        lines << html::escape(s.qualification);
    if (!s.rpps.isEmpty())
        lines << html::escape(tr("RPPS %1").arg(s.rpps));
    if (!s.extra.isEmpty())
        lines << html::escape(s.extra);
    return QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td><td>%1</td></tr></table>")
        .arg(lines.join(QStringLiteral("<br/>")));
}

namespace {

// A table shorter than a page is never cut across two pages: one that would be starts the next
// page instead (Qt cuts a table between any two lines of its cells; the on-call sheet's patients
// are a table each, the discharge letter's scores one table, the signature block one more). In
// document order, so that a table moved only moves those after it, which are checked next.
void keepTablesWhole(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        // Where its text lies (its cells' lines; not its bottom padding, which may overhang).
        qreal top = page * 1e6;
        qreal bottom = 0;
        for (QTextBlock b = document.findBlock(table->firstPosition());
             b.isValid() && b.position() <= table->lastPosition(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            top = std::min(top, r.top());
            bottom = std::max(bottom, r.bottom());
        }
        if (bottom <= top || bottom - top >= page || int(top / page) == int(bottom / page))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

} // namespace

DocumentRenderer::Geometry DocumentRenderer::layout(QPaintDevice &device)
{
    Geometry g;
    g.dpi = device.logicalDpiX();
    g.page = QRectF(0, 0, device.width(), device.height());
    const qreal side = g.mm(kSideMm);
    g.header = QRectF(side, g.mm(kTopMm), g.page.width() - 2 * side, g.mm(kHeaderMm));
    g.footer = QRectF(side, g.page.height() - g.mm(kBottomMm) - g.mm(kFooterMm), g.header.width(), g.mm(kFooterMm));
    g.body = QRectF(side, g.header.bottom() + g.mm(kGapMm), g.header.width(),
                    g.footer.top() - g.mm(kGapMm) - g.header.bottom() - g.mm(kGapMm));

    m_document = std::make_unique<QTextDocument>();
    m_charts = std::make_unique<ChartTextObject>(m_content.charts, nullptr);
    m_document->documentLayout()->setPaintDevice(&device);
    ChartTextObject::install(*m_document, m_charts.get());
    QFont font = m_document->defaultFont();
    font.setPointSizeF(10);
    m_document->setDefaultFont(font);
    m_document->setDefaultStyleSheet(kStyleSheet);
    m_document->setDocumentMargin(0);
    m_document->setHtml(m_content.html + signatureHtml(m_content.signature));
    m_document->setPageSize(g.body.size());
    keepTablesWhole(*m_document);
    return g;
}

void DocumentRenderer::paintPage(QPainter &painter, const Geometry &g, int page, int pages)
{
    const Letterhead &l = m_content.letterhead;
    painter.save();
    painter.setPen(Qt::black);
    // The letterhead: the logo on the left, the establishment beside it.
    qreal textLeft = g.header.left();
    if (!l.logo.isEmpty()) {
        const QImage logo = QImage::fromData(l.logo);
        if (!logo.isNull()) {
            QSizeF size =
                QSizeF(logo.size()).scaled(QSizeF(g.mm(kLogoWidthMm), g.mm(kLogoHeightMm)), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(g.header.topLeft(), size), logo);
            textLeft += size.width() + g.mm(kGapMm);
        }
    }
    QRectF text(textLeft, g.header.top(), g.header.right() - textLeft, g.header.height());
    QFont font = g.sized(m_document->defaultFont(), 11.5);
    font.setBold(true);
    painter.setFont(font);
    QRectF used;
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.name, &used);
    text.setTop(used.bottom());
    font = g.sized(font, 8.5);
    font.setBold(false);
    painter.setFont(font);
    QStringList lines = l.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList contacts;
    if (!l.finess.isEmpty())
        contacts << tr("FINESS %1").arg(l.finess);
    if (!l.phone.isEmpty())
        contacts << tr("Tel. %1").arg(l.phone);
    if (!l.email.isEmpty())
        contacts << l.email;
    if (!contacts.isEmpty())
        lines << contacts.join(QStringLiteral(" · "));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    painter.setPen(QPen(Qt::darkGray, g.mm(0.25)));
    painter.drawLine(QPointF(g.header.left(), g.header.bottom()), QPointF(g.header.right(), g.header.bottom()));

    // The footer: its line and the title on the left, the page on the right.
    painter.drawLine(QPointF(g.footer.left(), g.footer.top()), QPointF(g.footer.right(), g.footer.top()));
    painter.setPen(Qt::black);
    painter.setFont(g.sized(font, 8));
    const QRectF footerText = g.footer.adjusted(0, g.mm(1.5), 0, 0);
    const QString pageText = tr("Page %1/%2").arg(page + 1).arg(pages);
    painter.drawText(footerText, Qt::AlignRight | Qt::AlignTop, pageText);
    QStringList left;
    if (!l.footer.isEmpty())
        left << l.footer;
    left << m_content.title;
    painter.drawText(footerText.adjusted(0, 0, -g.mm(22), 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     left.join(QLatin1Char('\n')));
    painter.restore();

    // The text of this page.
    painter.save();
    const qreal height = g.body.height();
    painter.translate(g.body.left(), g.body.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, g.body.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter.setClipRect(context.clip);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

int DocumentRenderer::print(QPagedPaintDevice &device)
{
    const Geometry g = layout(device);
    const int pages = m_document->pageCount();
    QPainter painter(&device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintPage(painter, g, page, pages);
    }
    return pages;
}

namespace {

// The PDF's page: A4 without margins (the renderer places everything), at 300 dpi.
void setUpPdf(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
}

} // namespace

DocumentRenderer::Pdf DocumentRenderer::pdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Pdf out;
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer);
        writer.setTitle(m_content.title);
        writer.setCreator(QStringLiteral("SMR Desk"));
        out.pages = print(writer);
    }
    out.bytes = buffer.data();
    return out;
}

QList<QImage> DocumentRenderer::pageImages(qreal dpi)
{
    // Laid out on the PDF's own device, then drawn smaller: the preview's pages break where the
    // PDF's do (a layout at the screen's resolution measures text differently and may not).
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter probe(&sink);
    setUpPdf(probe);
    const Geometry g = layout(probe);
    const int pages = m_document->pageCount();
    const qreal scale = dpi / probe.resolution();
    const QSize size = (QSizeF(probe.width(), probe.height()) * scale).toSize();
    const int dotsPerMeter = int(dpi / 0.0254 + 0.5);
    QList<QImage> out;
    for (int page = 0; page < pages; ++page) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.scale(scale, scale);
        paintPage(painter, g, page, pages);
        painter.end();
        out << image;
    }
    return out;
}

} // namespace smr::ui
