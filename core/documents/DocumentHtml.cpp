#include "core/documents/DocumentHtml.h"

#include <QCoreApplication>

namespace smr::html {

QString escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return out;
}

QString heading(const QString &text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escape(text));
}

QString paragraph(const QString &text)
{
    return text.trimmed().isEmpty() ? QString() : QStringLiteral("<p>%1</p>\n").arg(escape(text.trimmed()));
}

QString labelled(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    //: A label and its value in a document: "Motif : lombalgie chronique"
    return QStringLiteral("<p><b>%1</b> %2</p>\n")
        .arg(escape(QCoreApplication::translate("DocumentHtml", "%1:").arg(label)), escape(value.trimmed()));
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString out = QStringLiteral("<ul>\n");
    for (const QString &item : items)
        out += QStringLiteral("<li>%1</li>\n").arg(escape(item));
    return out + QStringLiteral("</ul>\n");
}

QString chart(const QString &name, double widthMm, double heightMm)
{
    return QStringLiteral("<p><img src=\"chart:%1\" width=\"%2\" height=\"%3\" /></p>\n")
        .arg(name)
        .arg(pixels(widthMm))
        .arg(pixels(heightMm));
}

Table::Table(const QStringList &headers, const QList<int> &widthsPercent) : m_headers(headers), m_widths(widthsPercent)
{
}

Table &Table::row(const QStringList &cells, bool bold)
{
    QStringList r;
    for (const QString &cell : cells)
        r << (bold ? QStringLiteral("<b>%1</b>").arg(escape(cell)) : escape(cell));
    m_rows << r;
    return *this;
}

Table &Table::row(const QList<Markup> &cells)
{
    QStringList r;
    for (const Markup &cell : cells)
        r << cell.html;
    m_rows << r;
    return *this;
}

QString Table::open() const
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #888888;\">\n");
}

QString Table::width(int column) const
{
    return column < m_widths.size() ? QStringLiteral(" width=\"%1%\"").arg(m_widths[column]) : QString();
}

QString Table::headerRow() const
{
    if (m_headers.isEmpty())
        return {};
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < m_headers.size(); ++i)
        out += QStringLiteral("<th%1 align=\"left\" bgcolor=\"#eeeeee\">%2</th>").arg(width(i), escape(m_headers[i]));
    return out + QStringLiteral("</tr>\n");
}

QString Table::bodyRow(const QStringList &cells, bool withWidths) const
{
    QString out = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        out += QStringLiteral("<td%1>%2</td>").arg(withWidths ? width(i) : QString(), cells[i]);
    return out + QStringLiteral("</tr>\n");
}

QString Table::html() const
{
    QString out = open() + headerRow();
    for (const QStringList &cells : m_rows)
        out += bodyRow(cells, false);
    return out + QStringLiteral("</table>\n");
}

QString Table::htmlRowByRow() const
{
    if (m_rows.isEmpty())
        return html();
    QString out;
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        out += open() + (r == 0 ? headerRow() : QString()) + bodyRow(m_rows[r], true) + QStringLiteral("</table>\n");
    return out;
}

} // namespace smr::html
