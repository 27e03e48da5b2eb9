#pragma once

// The plain text of a document's HTML, as a reader (and pdftotext) sees it: the core suites run
// under a QCoreApplication, where QTextDocument has no fonts, so tags are stripped here.

#include "core/common/Result.h"
#include "core/documents/Document.h"

#include <QRegularExpression>
#include <QString>

#include <gtest/gtest.h>

namespace smr::test {

inline QString plainText(QString html)
{
    // The source's line ends are layout-free (texts' own line breaks are <br/>): dropped. Line ends
    // where the layout breaks lines; cells apart by a tab.
    html.remove(QLatin1Char('\n'));
    html.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>|</h\\d>|</li>|</tr>")), QStringLiteral("\n"));
    html.replace(QRegularExpression(QStringLiteral("</t[dh]>")), QStringLiteral("\t"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html;
}

// The plain text of a composed document, its title in `title`; empty (and a test failure) when
// it was refused.
inline QString plainTextOf(const Result<DocumentContent> &composed, QString &title)
{
    EXPECT_TRUE(composed) << (composed ? std::string() : composed.failure().text().toStdString());
    if (!composed)
        return {};
    title = composed->title;
    return plainText(composed->html);
}

// What must never reach a printed document: an unfilled argument or a placeholder.
inline QStringList placeholdersIn(const QString &text)
{
    QStringList found;
    for (const QString &p : {QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n"), QStringLiteral("TODO"),
                             QStringLiteral("…"), QStringLiteral("FIXME")})
        if (text.contains(p))
            found << p;
    return found;
}

} // namespace smr::test
