#include "ui/results/ResultsTab.h"

#include "core/Store.h"
#include "core/results/ResultText.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/Labels.h"
#include "ui/common/Prompter.h"
#include "ui/documents/DocumentEditorDialog.h"
#include "ui/export/ExportDialog.h"
#include "ui/results/ResultDetailDialog.h"
#include "ui/results/ResultEntryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
enum Column { WhenColumn, TestColumn, ResultColumn, ChangeColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ResultsTab::ResultsTab(Store &store, Prompter &prompter, Ticker &ticker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_ticker(ticker)
    , m_buttons(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_drafts(new QListWidget(this))
    , m_draftsTitle(new QLabel(tr("Entries in progress"), this))
    , m_list(new QTableWidget(0, ColumnCount, this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("resultsTab"));
    // Wraps to a second line in a narrow dossier rather than widening it (opening the tab used to
    // push the list 12 px to the left).
    auto *buttons = new FlowLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4); // the six tests and Export on one line beside the list at 1400 px
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
    // Outside the row of tests: exporting needs its own right, not the right to record them.
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_patient)
            ExportDialog(m_store, m_prompter, {m_patient, m_stay, m_stay ? m_stay->unitCode : QString()}, this).exec();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_buttons, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);

    m_draftsTitle->setProperty("role", QStringLiteral("warning"));
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setMaximumHeight(90);
    connect(m_drafts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { resumeDraft(ResultId(item->data(IdRole).toLongLong())); });

    m_list->setObjectName(QStringLiteral("resultsList"));
    m_list->setHorizontalHeaderLabels({tr("Date"), tr("Test"), tr("Result"), tr("Change")});
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(true);
    m_list->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(TestColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTableWidget::cellActivated, this,
            [this](int row, int) { openResult(ResultId(m_list->item(row, WhenColumn)->data(IdRole).toLongLong())); });

    m_empty->setObjectName(QStringLiteral("resultsEmpty"));
    m_empty->setProperty("role", QStringLiteral("muted"));
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top);
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
    m_list->setRowCount(0);
    m_drafts->clear();
    const bool canEnter = m_stay && m_stay->status != StayStatus::Cancelled;
    // The core refuses a result from someone without the right; the buttons say so first.
    const bool allowed = allowIf(m_buttons, m_store.session(), Right::RecordTests);
    m_buttons->setEnabled(canEnter && allowed);
    allowIf(m_export, m_store.session(), Right::ExportResults,
            tr("Export the results of this stay, of this patient or of a unit (CSV or FHIR)"));
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

    // Results by date, each compared with the previous one and the first one of its instrument;
    // the most recent on top.
    QHash<QString, TestResult> first;
    QHash<QString, TestResult> previous;
    m_list->setRowCount(0);
    for (const TestResult &r : *results) {
        const Instrument *instrument = m_store.instruments().find(r.instrument);
        if (!instrument)
            continue;
        const Assessment a = instrument->assess(r.scores);
        QStringList change;
        if (previous.contains(r.instrument))
            change
                << tr("since the previous: %1").arg(ResultText::change(*instrument, previous.value(r.instrument), r));
        if (first.contains(r.instrument) && first.value(r.instrument).id != previous.value(r.instrument).id)
            change << tr("since the first: %1").arg(ResultText::change(*instrument, first.value(r.instrument), r));
        if (!first.contains(r.instrument))
            first.insert(r.instrument, r);
        previous.insert(r.instrument, r);

        m_list->insertRow(0);
        auto *when = new QTableWidgetItem(ResultText::when(r.performedAt));
        when->setData(IdRole, r.id.value);
        m_list->setItem(0, WhenColumn, when);
        m_list->setItem(0, TestColumn, new QTableWidgetItem(instrument->shortTitle()));
        auto *result = new QTableWidgetItem(a.value + QLatin1Char('\n') + a.interpretation);
        QStringList tip = a.notes;
        tip << (r.revision > 1 ? tr("Entered by %1 (corrected)").arg(r.enteredBy)
                               : tr("Entered by %1").arg(r.enteredBy));
        result->setToolTip(tip.join(QLatin1Char('\n')));
        if (a.severity == Assessment::Severity::Bad)
            result->setForeground(QColor(0xa1, 0x0e, 0x1f));
        else if (a.severity == Assessment::Severity::Caution)
            result->setForeground(QColor(0x8a, 0x4b, 0x00));
        m_list->setItem(0, ResultColumn, result);
        m_list->setItem(0, ChangeColumn, new QTableWidgetItem(change.join(QLatin1Char('\n'))));
    }
    m_empty->setText(allowed ? tr("No result yet in this stay: choose a test above (Alt+1 to Alt+%1).")
                                   .arg(m_store.instruments().all().size())
                             : tr("No result yet in this stay. Your role does not give the right to %1.")
                                   .arg(kRights.label(Right::RecordTests)));
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
                             {instrument, *m_patient, *m_stay, enteredBy(), draft, correcting}, this);
    dialog.exec();
    reload();
}

QString ResultsTab::enteredBy() const
{
    // Whoever is signed in enters the result (the form lets a colleague's name be typed instead).
    const std::optional<Actor> &actor = m_store.session().actor();
    return actor ? actor->displayName : QString();
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
    const int chosen = detail.exec();
    if (chosen != ResultDetailDialog::CorrectRequested && chosen != ResultDetailDialog::SheetRequested)
        return;
    // The current version (the last final one not superseded) is corrected or printed.
    for (const TestResult &r : *history) {
        if (r.status != TestResult::Status::Final || r.superseded)
            continue;
        if (chosen == ResultDetailDialog::SheetRequested) {
            DocumentEditorDialog::open(m_store, m_prompter, DocumentSubject::ofResult(r.id, r.stayId), this);
            return;
        }
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

} // namespace smr::ui
