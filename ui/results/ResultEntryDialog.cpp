#include "ui/results/ResultEntryDialog.h"
#include "ui/common/Labels.h"

#include "core/common/Clock.h"
#include "core/instruments/Instrument.h"
#include "core/results/ResultService.h"
#include "ui/common/DateField.h"
#include "ui/common/Prompter.h"
#include "ui/results/EntryForm.h"
#include "ui/results/EntryFormFactory.h"
#include "ui/results/LiveScore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace smr::ui {

ResultEntryDialog::ResultEntryDialog(ResultService &results, const Clock &clock, Ticker &ticker, Prompter &prompter,
                                     Setup setup, QWidget *parent)
    : QDialog(parent)
    , m_results(results)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_setup(std::move(setup))
    , m_date(new DateField(this))
    , m_time(new QTimeEdit(this))
    , m_enteredBy(new QLineEdit(this))
    , m_remarks(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_interpretation(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_banner(makeErrorBanner(this))
    , m_draftState(new QLabel(this))
    , m_validate(new QPushButton(tr("&Validate"), this))
    , m_discard(new QPushButton(tr("&Discard this entry"), this))
    , m_draftTimer(new QTimer(this))
{
    const Instrument &instrument = *m_setup.instrument;
    setObjectName(QStringLiteral("resultEntryDialog"));
    setWindowTitle(m_setup.correcting ? tr("Correct — %1 — %2").arg(instrument.title(), m_setup.patient.displayName())
                                      : tr("%1 — %2").arg(instrument.title(), m_setup.patient.displayName()));
    setMinimumSize(880, 640);

    m_form = EntryFormFactory::create(instrument, EntryContext{m_setup.patient.factsOn(clock.today()), &ticker, &clock},
                                      this);
    m_form->setObjectName(QStringLiteral("entryForm"));

    m_date->setObjectName(QStringLiteral("performedDateField"));
    m_date->setToday(clock.today());
    m_time->setObjectName(QStringLiteral("performedTimeField"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_enteredBy->setObjectName(QStringLiteral("enteredByField"));
    m_remarks->setObjectName(QStringLiteral("remarksField"));
    m_remarks->setPlaceholderText(tr("Remarks (conditions of the test, difficulties, walking aid…)"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(64);

    auto *when = new QHBoxLayout;
    when->addWidget(new QLabel(tr("Performed on"), this));
    when->addWidget(m_date);
    when->addWidget(new QLabel(tr("at"), this));
    when->addWidget(m_time);
    when->addSpacing(24);
    when->addWidget(new QLabel(tr("Entered by"), this));
    when->addWidget(m_enteredBy, 1);

    auto *scorePanel = new QWidget(this);
    scorePanel->setObjectName(QStringLiteral("liveScore"));
    scorePanel->setAttribute(Qt::WA_StyledBackground, true);
    auto *scoreLayout = new QVBoxLayout(scorePanel);
    m_summary->setObjectName(QStringLiteral("liveSummary"));
    m_interpretation->setObjectName(QStringLiteral("liveInterpretation"));
    m_notes->setObjectName(QStringLiteral("liveNotes"));
    m_notes->setProperty("role", QStringLiteral("muted"));
    for (QLabel *l : {m_summary, m_interpretation, m_notes}) {
        l->setWordWrap(true);
        scoreLayout->addWidget(l);
    }

    m_draftState->setObjectName(QStringLiteral("draftState"));
    m_draftState->setProperty("role", QStringLiteral("muted"));
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setProperty("role", QStringLiteral("primary"));
    m_validate->setToolTip(tr("Scores and saves the result (Ctrl+Enter)"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    auto *close = new QPushButton(tr("&Close (the draft is kept)"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    m_discard->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_draftState, 1);
    buttons->addWidget(close);
    buttons->addWidget(m_validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(when);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_remarks);
    if (m_setup.correcting) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonField"));
        m_reason->setPlaceholderText(tr("Reason for the correction (required): the previous version stays visible "
                                        "with it"));
        m_reason->setTabChangesFocus(true);
        m_reason->setMaximumHeight(52);
        layout->addWidget(m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &ResultEntryDialog::changed);
    }
    layout->addWidget(scorePanel);
    layout->addLayout(buttons);

    // What the dialog starts from: a draft, the result being corrected, or nothing yet.
    const std::optional<TestResult> &from = m_setup.draft ? m_setup.draft : m_setup.correcting;
    QDateTime performed = m_clock.now();
    performed.setTime(QTime(performed.time().hour(), performed.time().minute()));
    if (from) {
        m_form->setAnswers(from->answers);
        performed = from->performedAt;
        m_remarks->setPlainText(from->remarks);
        if (m_reason && m_setup.draft)
            m_reason->setPlainText(m_setup.draft->correctionReason);
    }
    m_draft = m_setup.draft;
    m_date->setDate(performed.date());
    m_time->setTime(performed.time());
    m_enteredBy->setText(m_draft ? m_draft->enteredBy : m_setup.enteredBy);
    m_discard->setVisible(m_draft.has_value() || m_setup.correcting.has_value());
    if (m_draft)
        m_draftState->setText(tr("Draft resumed"));

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ResultEntryDialog::saveDraftNow);
    connect(m_form, &EntryForm::answersChanged, this, &ResultEntryDialog::changed);
    connect(m_date, &DateField::edited, this, &ResultEntryDialog::changed);
    connect(m_time, &QTimeEdit::timeChanged, this, &ResultEntryDialog::changed);
    connect(m_enteredBy, &QLineEdit::textEdited, this, &ResultEntryDialog::changed);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, &ResultEntryDialog::changed);
    connect(m_validate, &QPushButton::clicked, this, &ResultEntryDialog::accept);
    connect(close, &QPushButton::clicked, this, &ResultEntryDialog::reject);
    connect(m_discard, &QPushButton::clicked, this, &ResultEntryDialog::discardDraft);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ResultEntryDialog::accept);

    updateLiveScore();
    m_form->focusFirst();
}

ResultEntryDialog::~ResultEntryDialog() = default;

TestResult ResultEntryDialog::current() const
{
    TestResult r = m_draft.value_or(TestResult());
    r.stayId = m_setup.stay.id;
    r.instrument = m_setup.instrument->id();
    r.performedAt = m_date->date().isValid() ? QDateTime(m_date->date(), m_time->time()) : QDateTime();
    r.answers = m_form->answers();
    r.enteredBy = m_enteredBy->text().trimmed();
    r.remarks = m_remarks->toPlainText();
    if (m_setup.correcting) {
        r.seriesId = m_setup.correcting->seriesId;
        r.correctionReason = m_reason->toPlainText();
    }
    return r;
}

void ResultEntryDialog::changed()
{
    m_dirty = true;
    m_draftTimer->start();
    updateLiveScore();
}

bool ResultEntryDialog::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_dirty)
        return true;
    const TestResult r = current();
    // Nothing typed yet in a new entry: no draft to keep.
    const bool empty =
        !m_draft && !m_setup.correcting && r.remarks.trimmed().isEmpty() && LiveScore::isBlank(r.answers);
    if (empty) {
        m_dirty = false;
        return true;
    }
    const Result<TestResult> saved = m_results.saveDraft(r);
    if (!saved) {
        m_draftState->setText(tr("Draft not saved: %1").arg(saved.failure().text()));
        return false;
    }
    m_draft = *saved;
    m_dirty = false;
    m_discard->setVisible(true);
    m_draftState->setText(tr("Draft saved at %1").arg(m_clock.now().toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

void ResultEntryDialog::updateLiveScore()
{
    const LiveScore live =
        LiveScore::of(*m_setup.instrument, m_form->answers(), m_setup.patient.factsOn(m_clock.today()));
    m_validate->setEnabled(live.complete);
    m_summary->setText(live.summary);
    m_interpretation->setText(live.interpretation);
    m_notes->setText(live.notes);
    setStyleProperty(m_interpretation, "severity", live.severity);
    setStyleProperty(m_summary, "severity", live.severity);
}

QString ResultEntryDialog::liveSummary() const
{
    return m_interpretation->text().isEmpty() ? m_summary->text()
                                              : m_summary->text() + QStringLiteral(" — ") + m_interpretation->text();
}

void ResultEntryDialog::accept()
{
    m_draftTimer->stop();
    TestResult r = current();
    if (const std::optional<QString> problem = m_date->problem()) {
        m_banner->setText(*problem);
        m_banner->setVisible(true);
        return;
    }
    const Result<TestResult> recorded = m_results.record(r);
    if (!recorded) {
        m_banner->setText(recorded.failure().text());
        m_banner->setVisible(true);
        m_form->showProblems(recorded.failure().fields());
        return;
    }
    m_saved = *recorded;
    m_draft.reset();
    m_dirty = false;
    QDialog::accept();
}

void ResultEntryDialog::reject()
{
    if (m_form->isTiming() &&
        !m_prompter.confirm(this, tr("Test in progress"),
                            tr("The stopwatch is running. Close the entry anyway? What was typed is kept as a "
                               "draft; the running time is not."),
                            tr("&Close anyway")))
        return;
    // Closing keeps what was typed as a draft; a draft that cannot be saved keeps the dialog open.
    if (!saveDraftNow()) {
        m_prompter.showError(this, tr("Draft not saved"),
                             tr("The draft could not be saved, so the entry stays open: %1").arg(m_draftState->text()));
        return;
    }
    QDialog::reject();
}

void ResultEntryDialog::discardDraft()
{
    if (!m_prompter.confirm(this, tr("Discard this entry"),
                            tr("The answers typed in this entry will be lost. Discard it?"), tr("&Discard")))
        return;
    m_draftTimer->stop();
    if (m_draft) {
        if (const Status discarded = m_results.discardDraft(m_draft->id); !discarded) {
            m_banner->setText(discarded.failure().text());
            m_banner->setVisible(true);
            return;
        }
    }
    m_draft.reset();
    m_dirty = false;
    QDialog::reject();
}

} // namespace smr::ui
