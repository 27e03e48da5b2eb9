#include "ui/results/ResultsTab.h"

#include "core/Store.h"
#include "ui/common/Prompter.h"
#include "ui/results/ResultDetailDialog.h"
#include "ui/results/ResultEntryDialog.h"
#include "ui/results/ResultText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
enum Column { WhenColumn, TestColumn, ScoreColumn, InterpretationColumn, ChangeColumn, SinceFirstColumn, ByColumn };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ResultsTab::ResultsTab(Store &store, Prompter &prompter, Ticker &ticker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_ticker(ticker)
    , m_enteredBy(qEnvironmentVariable("USER"))
    , m_buttons(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_drafts(new QListWidget(this))
    , m_draftsTitle(new QLabel(tr("Entries in progress"), this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("resultsTab"));
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(new QLabel(tr("New test:"), m_buttons));
    int index = 1;
    for (const Instrument *instrument : store.instruments().all()) {
        auto *b = new QPushButton(instrument->shortTitle(), m_buttons);
        b->setObjectName(QStringLiteral("newTest_") + instrument->id());
        b->setToolTip(tr("%1 (Alt+%2)").arg(instrument->title()).arg(index));
        b->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + index++)));
        b->setMinimumHeight(36);
        connect(b, &QPushButton::clicked, this, [this, id = instrument->id()] { startEntry(id); });
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    m_draftsTitle->setProperty("role", QStringLiteral("warning"));
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setMaximumHeight(90);
    connect(m_drafts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { resumeDraft(ResultId(item->data(IdRole).toLongLong())); });

    m_list->setObjectName(QStringLiteral("resultsList"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Date"), tr("Test"), tr("Score"), tr("Interpretation"), tr("Change"),
                             tr("Since the first"), tr("Entered by")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(InterpretationColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openResult(ResultId(item->data(0, IdRole).toLongLong())); });

    m_empty->setObjectName(QStringLiteral("resultsEmpty"));
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_buttons);
    layout->addWidget(m_draftsTitle);
    layout->addWidget(m_drafts);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    connect(&store.results(), &ResultService::resultSaved, this, [this](ResultId, StayId stay) {
        if (m_stay && stay == m_stay->id)
            reload();
    });
}

void ResultsTab::show(const Patient &patient, const std::optional<Stay> &stay)
{
    m_patient = patient;
    m_stay = stay;
    reload();
}

void ResultsTab::reload()
{
    m_list->clear();
    m_drafts->clear();
    const bool canEnter = m_stay && m_stay->status != StayStatus::Cancelled;
    m_buttons->setEnabled(canEnter);
    if (!m_stay) {
        m_empty->setText(tr("No stay: tests are entered within a stay."));
        m_empty->setVisible(true);
        m_draftsTitle->setVisible(false);
        m_drafts->setVisible(false);
        return;
    }
    const Result<QList<TestResult>> drafts = m_store.results().drafts(m_stay->id);
    const Result<QList<TestResult>> results = m_store.results().current(m_stay->id);
    if (!drafts || !results) {
        m_empty->setText((drafts ? results.failure() : drafts.failure()).text());
        m_empty->setVisible(true);
        return;
    }
    for (const TestResult &d : *drafts) {
        const Instrument *instrument = m_store.instruments().find(d.instrument);
        QString text = tr("%1 — draft of %2")
                           .arg(instrument ? instrument->title() : d.instrument, ResultText::when(d.performedAt));
        if (d.isCorrection())
            text += tr(" (correction)");
        auto *item = new QListWidgetItem(text, m_drafts);
        item->setData(IdRole, d.id.value);
        item->setToolTip(tr("Double-click or Enter to resume"));
    }
    m_draftsTitle->setVisible(!drafts->isEmpty());
    m_drafts->setVisible(!drafts->isEmpty());

    // Results by date, each compared with the previous one and the first one of its instrument.
    QHash<QString, TestResult> first;
    QHash<QString, TestResult> previous;
    QList<QTreeWidgetItem *> rows;
    for (const TestResult &r : *results) {
        const Instrument *instrument = m_store.instruments().find(r.instrument);
        if (!instrument)
            continue;
        const Assessment a = instrument->assess(r.scores);
        auto *item = new QTreeWidgetItem;
        item->setData(0, IdRole, r.id.value);
        item->setText(WhenColumn, ResultText::when(r.performedAt));
        item->setText(TestColumn, instrument->shortTitle());
        item->setText(ScoreColumn, a.value);
        item->setText(InterpretationColumn, a.interpretation);
        if (previous.contains(r.instrument))
            item->setText(ChangeColumn, ResultText::change(*instrument, previous.value(r.instrument), r));
        if (first.contains(r.instrument) && first.value(r.instrument).id != previous.value(r.instrument).id)
            item->setText(SinceFirstColumn, ResultText::change(*instrument, first.value(r.instrument), r));
        item->setText(ByColumn, r.revision > 1 ? tr("%1 (corrected)").arg(r.enteredBy) : r.enteredBy);
        item->setToolTip(InterpretationColumn, a.notes.join(QLatin1Char('\n')));
        if (a.severity == Assessment::Severity::Bad)
            item->setForeground(InterpretationColumn, QColor(0xa1, 0x0e, 0x1f));
        else if (a.severity == Assessment::Severity::Caution)
            item->setForeground(InterpretationColumn, QColor(0x8a, 0x4b, 0x00));
        if (!first.contains(r.instrument))
            first.insert(r.instrument, r);
        previous.insert(r.instrument, r);
        rows.prepend(item); // the most recent on top
    }
    m_list->addTopLevelItems(rows);
    m_empty->setText(tr("No result yet in this stay: choose a test above (Alt+1 to Alt+%1).")
                         .arg(m_store.instruments().all().size()));
    m_empty->setVisible(results->isEmpty());
}

void ResultsTab::startEntry(const QString &instrument)
{
    if (!m_stay || !m_patient)
        return;
    std::optional<TestResult> draft;
    if (const Result<QList<TestResult>> drafts = m_store.results().drafts(m_stay->id)) {
        for (const TestResult &d : *drafts) {
            if (d.instrument == instrument && !d.isCorrection())
                draft = d;
        }
    }
    openEntry(instrument, draft, std::nullopt);
}

void ResultsTab::resumeDraft(ResultId id)
{
    const Result<TestResult> draft = m_store.results().find(id);
    if (!draft) {
        m_prompter.showError(this, tr("Draft"), draft.failure().text());
        return;
    }
    std::optional<TestResult> correcting;
    if (draft->isCorrection()) {
        const Result<QList<TestResult>> history = m_store.results().history(id);
        if (history) {
            for (const TestResult &r : *history) {
                if (r.status == TestResult::Status::Final && !r.superseded)
                    correcting = r;
            }
        }
    }
    openEntry(draft->instrument, *draft, correcting);
}

void ResultsTab::openEntry(const QString &instrumentId, const std::optional<TestResult> &draft,
                           const std::optional<TestResult> &correcting)
{
    const Instrument *instrument = m_store.instruments().find(instrumentId);
    if (!instrument)
        return;
    ResultEntryDialog dialog(m_store.results(), m_store.clock(), m_ticker, m_prompter,
                             {instrument, *m_patient, *m_stay, m_enteredBy, draft, correcting}, this);
    dialog.exec();
    reload();
}

void ResultsTab::openResult(ResultId id)
{
    const Result<QList<TestResult>> history = m_store.results().history(id);
    if (!history || history->isEmpty()) {
        m_prompter.showError(this, tr("Result"),
                             history ? tr("No result %1.").arg(id.value) : history.failure().text());
        return;
    }
    const Instrument *instrument = m_store.instruments().find(history->first().instrument);
    if (!instrument)
        return;
    ResultDetailDialog detail(*instrument, *history, this);
    if (detail.exec() == ResultDetailDialog::CorrectRequested) {
        // Correct the current version (the last final one not superseded).
        for (const TestResult &r : *history) {
            if (r.status == TestResult::Status::Final && !r.superseded) {
                // A correction already drafted is resumed rather than started twice.
                for (const TestResult &d : *history) {
                    if (d.status == TestResult::Status::Draft) {
                        openEntry(r.instrument, d, r);
                        return;
                    }
                }
                openEntry(r.instrument, std::nullopt, r);
                return;
            }
        }
    }
}

} // namespace smr::ui
