#include "ui/meeting/SlideRows.h"

#include "ui/meeting/SlideLayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>

namespace smr::ui::slide {

namespace {

bool gluedToPrevious(const QString &word, const QString &previous)
{
    const bool hasLetterOrDigit = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!hasLetterOrDigit)
        return true;
    return word.size() <= 2 && !previous.isEmpty() && previous.back().isDigit();
}

} // namespace

Style::Style(qreal unit) : u(unit)
{
    title = font(SlideLayout::TitlePixels, true);
    body = font(SlideLayout::BodyPixels, false);
    bold = font(SlideLayout::BodyPixels, true);
    line = QFontMetricsF(body).lineSpacing();
    gap = px(20);
    indent = QFontMetricsF(body).horizontalAdvance(QStringLiteral("•")) + px(14);
}

QFont Style::font(qreal pixels, bool isBold) const
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, qRound(pixels * u)));
    f.setBold(isBold);
    return f;
}

qreal advance(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

QStringList wrap(const QString &text, const QFont &font, qreal width, qreal firstWidth)
{
    const QFontMetricsF metrics(font);
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!words.isEmpty() && gluedToPrevious(word, words.constLast()))
            words.last() += kGlue + word;
        else
            words << word;
    }
    QStringList lines;
    QString current;
    for (const QString &word : words) {
        const qreal room = lines.isEmpty() && firstWidth >= 0 ? firstWidth : width;
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= room) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty() || lines.isEmpty())
            lines << current; // an empty first line when not even a word fits beside what starts it
        current = metrics.horizontalAdvance(word) <= width ? word : metrics.elidedText(word, Qt::ElideRight, width);
    }
    if (!current.isEmpty())
        lines << current;
    for (QString &l : lines)
        l.replace(kGlue, QLatin1Char(' '));
    return lines;
}

void appendRow(SlideDrawing &out, const Row &row, const QPointF &at)
{
    for (SlideDrawing::Box b : row.boxes) {
        b.rect.translate(at);
        out.boxes << b;
    }
    for (SlideDrawing::Text t : row.texts) {
        t.rect.translate(at);
        out.texts << t;
    }
}

qreal addLines(Row &row, const Style &style, const QString &text, const QFont &font, const QColor &colour, qreal x,
               qreal y, qreal width, qreal firstIndent)
{
    const QStringList lines = wrap(text, font, width, firstIndent > 0 ? width - firstIndent : -1);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const qreal indent = i == 0 ? firstIndent : 0;
        row.texts << SlideDrawing::Text{lines.at(i), QRectF(x + indent, y + i * style.line, width - indent, style.line),
                                        font, colour};
    }
    return lines.size() * style.line;
}

Row paragraph(const Style &style, const QString &text, const QFont &font, const QColor &colour, qreal width,
              bool bullet, qreal firstIndent)
{
    Row row;
    const qreal x = bullet ? style.indent : 0;
    if (bullet)
        row.texts << SlideDrawing::Text{QStringLiteral("•"), QRectF(0, 0, style.indent, style.line), font, colour};
    row.height = addLines(row, style, text, font, colour, x, 0, width - x, firstIndent);
    return row;
}

qreal addTag(Row &row, const Style &style, const QString &text, const QColor &fill, qreal x, qreal y)
{
    const qreal padding = style.px(12);
    const qreal width = advance(style.bold, text) + 2 * padding;
    const QRectF box(x, y + 0.06 * style.line, width, 0.88 * style.line);
    row.boxes << SlideDrawing::Box{box, fill};
    row.texts << SlideDrawing::Text{text, box, style.bold, colour::kInverse, Qt::AlignCenter};
    return width;
}

qreal Block::height() const
{
    return heightKeeping(int(items.size()));
}

qreal Block::heightKeeping(int keep) const
{
    qreal h = heading ? heading->height : 0;
    for (int i = 0; i < keep && i < items.size(); ++i)
        h += items.at(i).height;
    if (keep < items.size() && more)
        h += more(int(items.size()) - keep).height;
    return h;
}

void Block::place(SlideDrawing &out, const QPointF &at, int keep) const
{
    QPointF p = at;
    if (heading) {
        appendRow(out, *heading, p);
        p.ry() += heading->height;
    }
    for (int i = 0; i < keep && i < items.size(); ++i) {
        appendRow(out, items.at(i), p);
        p.ry() += items.at(i).height;
    }
    if (keep < items.size() && more)
        appendRow(out, more(int(items.size()) - keep), p);
}

Row moreRow(const Style &style, qreal width, int count)
{
    return paragraph(style, SlideLayout::tr("+ %n more", nullptr, count), style.body, colour::kMuted, width);
}

Block listBlock(const QString &name, const Style &style, qreal width, const QString &heading, const QStringList &items)
{
    Block block;
    block.name = name;
    block.heading = paragraph(style, heading, style.bold, colour::kText, width);
    block.title = heading;
    for (const QString &item : items)
        block.items << paragraph(style, item, style.body, colour::kText, width, true);
    block.more = [style, width](int n) { return moreRow(style, width, n); };
    return block;
}

} // namespace smr::ui::slide
