#include "ui/results/ResultDetailDialog.h"

#include "core/results/ResultText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

ResultDetailDialog::ResultDetailDialog(const Instrument &instrument, const QList<TestResult> &history, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resultDetailDialog"));
    setMinimumSize(720, 600);
    const TestResult *current = nullptr;
    for (const TestResult &r : history) {
        if (r.status == TestResult::Status::Final && !r.superseded)
            current = &r;
    }
    const TestResult &shown = current ? *current : history.last();
    setWindowTitle(tr("%1 of %2").arg(instrument.title(), ResultText::when(shown.performedAt)));

    QString html;
    const Assessment a = instrument.assess(shown.scores);
    html += QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(escaped(a.summary), escaped(a.interpretation));
    for (const QString &note : a.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(note));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Performed on %1, entered by %2, instrument version %3.")
                                 .arg(ResultText::when(shown.performedAt), shown.enteredBy, shown.instrumentVersion)));
    if (!shown.remarks.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Remarks: %1").arg(shown.remarks)));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Answers")));
    for (const QString &line : ResultText::answers(instrument, shown.answers))
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    html += QStringLiteral("</ul>");

    if (history.size() > 1) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(escaped(tr("Versions")));
        for (const TestResult &r : history) {
            QString line;
            if (r.status == TestResult::Status::Draft)
                line = tr("Version %1 — correction being entered").arg(r.revision);
            else
                line = tr("Version %1 — %2 — entered by %3")
                           .arg(r.revision)
                           .arg(instrument.assess(r.scores).summary, r.enteredBy);
            if (r.revision > 1)
                line += QLatin1Char('\n') +
                        tr("Reason: %1").arg(r.correctionReason.isEmpty() ? tr("(not given yet)") : r.correctionReason);
            if (r.superseded)
                line += QLatin1Char('\n') + tr("Replaced by the next version.");
            html += QStringLiteral("<li>%1</li>").arg(escaped(line));
        }
        html += QStringLiteral("</ol>");
    }
    if (!instrument.definition().copyright.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(instrument.definition().copyright.text()));
    m_text = html;

    auto *view = new QTextBrowser(this);
    view->setObjectName(QStringLiteral("resultDetail"));
    view->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *correct = buttons->addButton(tr("&Correct…"), QDialogButtonBox::ActionRole);
    correct->setObjectName(QStringLiteral("correctButton"));
    correct->setEnabled(current != nullptr);
    connect(correct, &QPushButton::clicked, this, [this] { done(CorrectRequested); });
    QPushButton *sheet = buttons->addButton(tr("Result &sheet…"), QDialogButtonBox::ActionRole);
    sheet->setObjectName(QStringLiteral("resultSheetButton"));
    sheet->setToolTip(tr("This result as a printable sheet, with the letterhead"));
    sheet->setEnabled(current != nullptr);
    connect(sheet, &QPushButton::clicked, this, [this] { done(SheetRequested); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
}

QString ResultDetailDialog::text() const
{
    return m_text;
}

} // namespace smr::ui
