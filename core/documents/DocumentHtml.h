#pragma once

#include <QString>
#include <QStringList>

namespace smr::html {

// The pieces the documents' HTML is made of (the subset of HTML that QTextDocument lays out and
// the physician edits). Every text handed in is plain text and escaped here; the documents never
// paste user text into markup themselves.

// Escaped, line breaks kept.
QString escape(const QString &text);
QString heading(const QString &text, int level = 2);
QString paragraph(const QString &text);
// "Label : value" with the label in bold; nothing when the value is empty.
QString labelled(const QString &label, const QString &value);
// A bulleted list; nothing when there are no items.
QString list(const QStringList &items);
// A chart drawn from the document's chart data `name`, `widthMm` × `heightMm` on the page.
QString chart(const QString &name, double widthMm, double heightMm);
// Already-built HTML in a cell or a list item: says the text is markup, not plain text.
struct Markup {
    QString html;
};

// A table with a header row, thin borders, the width of the page.
class Table
{
public:
    explicit Table(const QStringList &headers, const QList<int> &widthsPercent = {});
    Table &row(const QStringList &cells, bool bold = false);
    Table &row(const QList<Markup> &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString html() const;
    // Each row as a table of its own (the first one with the header), the same columns: a row is
    // then never cut across two pages, since the renderer moves a table shorter than a page whole
    // to the next one. For long lists of blocks, such as the on-call sheet's patients.
    QString htmlRowByRow() const;

private:
    QString open() const;
    QString width(int column) const;
    QString headerRow() const;
    QString bodyRow(const QStringList &cells, bool withWidths) const;

    QStringList m_headers;
    QList<int> m_widths;
    QList<QStringList> m_rows; // each cell's HTML
};

// The scale of an image or chart: CSS pixels (96 per inch) for a size in millimetres.
inline int pixels(double millimetres)
{
    return int(millimetres / 25.4 * 96.0 + 0.5);
}

} // namespace smr::html
