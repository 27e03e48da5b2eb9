#include "ui/tablet/TestPage.h"

#include "core/common/Clock.h"
#include "core/instruments/Instrument.h"
#include "core/results/ResultService.h"
#include "ui/common/Labels.h"
#include "ui/results/EntryForm.h"
#include "ui/results/LiveScore.h"
#include "ui/tablet/TouchConfirm.h"
#include "ui/tablet/TouchStyle.h"
#include "ui/tablet/entry/TouchFormFactory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace smr::ui {

TestPage::TestPage(ResultService &results, const Clock &clock, Ticker &ticker, TouchConfirm &confirm, QWidget *parent)
    : QWidget(parent)
    , m_results(results)
    , m_clock(clock)
    , m_ticker(ticker)
    , m_confirm(confirm)
    , m_title(new QLabel(this))
    , m_draftState(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_formHolder(new QWidget(this))
    , m_summary(new QLabel(this))
    , m_interpretation(new QLabel(this))
    , m_confirmButton(TouchStyle::button(tr("Confirm the result"), this, QStringLiteral("primary")))
    , m_abandonButton(TouchStyle::button(tr("Abandon"), this, QStringLiteral("danger")))
    , m_done(new QWidget(this))
    , m_doneSummary(new QLabel(m_done))
{
    setObjectName(QStringLiteral("testPage"));
    m_title->setObjectName(QStringLiteral("testTitle"));
    m_title->setProperty("touchRole", QStringLiteral("section"));
    m_draftState->setObjectName(QStringLiteral("testDraftState"));
    m_draftState->setProperty("touchRole", QStringLiteral("muted"));
    m_banner->setObjectName(QStringLiteral("testBanner"));
    m_banner->setProperty("touchRole", QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("touchRole", QStringLiteral("subtitle"));
    m_interpretation->setObjectName(QStringLiteral("testInterpretation"));
    m_interpretation->setWordWrap(true);
    m_confirmButton->setObjectName(QStringLiteral("confirmResultButton"));
    m_confirmButton->setMinimumWidth(300);
    m_abandonButton->setObjectName(QStringLiteral("abandonButton"));

    auto *holder = new QVBoxLayout(m_formHolder);
    holder->setContentsMargins(0, 0, 0, 0);

    // What is shown once the result is recorded.
    m_doneSummary->setObjectName(QStringLiteral("testDoneSummary"));
    m_doneSummary->setWordWrap(true);
    m_doneSummary->setAlignment(Qt::AlignCenter);
    m_doneSummary->setProperty("touchRole", QStringLiteral("large"));
    QPushButton *back = TouchStyle::button(tr("Back to the patient"), m_done, QStringLiteral("primary"));
    back->setObjectName(QStringLiteral("doneBackButton"));
    back->setMinimumWidth(360);
    auto *doneLayout = new QVBoxLayout(m_done);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_doneSummary);
    doneLayout->addSpacing(32);
    doneLayout->addWidget(back, 0, Qt::AlignHCenter);
    doneLayout->addStretch(2);
    m_stack->addWidget(m_formHolder);
    m_stack->addWidget(m_done);

    // The window's bar names the test and the patient (title()): the form gets the height.
    m_title->setVisible(false);
    auto *score = new QVBoxLayout;
    score->setSpacing(2);
    score->addWidget(m_summary);
    score->addWidget(m_interpretation);
    // Where the draft stands goes to the window's bar (draftStateChanged): the form gets the height.
    m_draftState->setVisible(false);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(2 * TouchStyle::SpacingPx);
    bottom->addWidget(m_abandonButton);
    bottom->addLayout(score, 1);
    bottom->addWidget(m_confirmButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    connect(m_confirmButton, &QPushButton::clicked, this, &TestPage::confirmResult);
    connect(m_abandonButton, &QPushButton::clicked, this, &TestPage::abandon);
    connect(back, &QPushButton::clicked, this, &TestPage::left);
}

void TestPage::start(Setup setup)
{
    m_setup = std::move(setup);
    m_draft = m_setup.draft;
    m_recorded.reset();
    delete m_form;
    const Instrument &instrument = *m_setup.instrument;
    m_title->setText(tr("%1 — %2").arg(instrument.shortTitle(), m_setup.patient.displayName()));
    m_form = TouchFormFactory::create(
        instrument, EntryContext{m_setup.patient.factsOn(m_clock.today()), &m_ticker, &m_clock}, m_formHolder);
    m_form->setObjectName(QStringLiteral("touchForm"));
    m_formHolder->layout()->addWidget(m_form);
    m_startedAt = m_clock.now();
    m_startedAt.setTime(QTime(m_startedAt.time().hour(), m_startedAt.time().minute()));
    if (m_draft) {
        m_form->setAnswers(m_draft->answers);
        m_form->setProgress(m_draft->progress);
        m_startedAt = m_draft->performedAt;
        setDraftState(tr("Draft resumed"));
    } else {
        setDraftState(QString());
    }
    m_banner->setVisible(false);
    m_stack->setCurrentWidget(m_formHolder);
    m_confirmButton->setVisible(true);
    m_abandonButton->setVisible(true);
    connect(m_form, &EntryForm::answersChanged, this, &TestPage::changed);
    connect(m_form, &EntryForm::progressChanged, this, &TestPage::saveDraftNow);
    showScore();
    m_form->focusFirst();
}

bool TestPage::isEntering() const
{
    return m_form && m_stack->currentWidget() == m_formHolder;
}

TestResult TestPage::current() const
{
    TestResult r = m_draft.value_or(TestResult());
    r.stayId = m_setup.stay.id;
    r.instrument = m_setup.instrument->id();
    r.performedAt = m_startedAt;
    r.answers = m_form->answers();
    r.progress = m_form->progress();
    if (r.enteredBy.isEmpty())
        r.enteredBy = m_setup.enteredBy;
    return r;
}

void TestPage::changed()
{
    showScore();
    saveDraftNow();
}

void TestPage::showScore()
{
    const LiveScore live =
        LiveScore::of(*m_setup.instrument, m_form->answers(), m_setup.patient.factsOn(m_clock.today()));
    m_summary->setText(live.summary);
    m_interpretation->setText(live.interpretation);
    setStyleProperty(m_interpretation, "severity", live.severity);
    m_confirmButton->setEnabled(live.complete);
}

bool TestPage::saveDraftNow()
{
    if (!isEntering())
        return true;
    const TestResult r = current();
    // Nothing given yet: no draft to keep.
    if (!m_draft && LiveScore::isBlank(r.answers) && r.progress.isEmpty())
        return true;
    const Result<TestResult> saved = m_results.saveDraft(r);
    if (!saved) {
        showBanner(tr("The draft could not be saved: %1").arg(saved.failure().text()));
        setDraftState(tr("Draft not saved"));
        return false;
    }
    m_draft = *saved;
    m_banner->setVisible(false);
    setDraftState(tr("Draft saved at %1").arg(m_clock.now().toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

void TestPage::confirmResult()
{
    if (!isEntering())
        return;
    const Result<TestResult> recorded = m_results.record(current());
    if (!recorded) {
        showBanner(recorded.failure().text());
        m_form->showProblems(recorded.failure().fields());
        return;
    }
    m_recorded = *recorded;
    m_draft.reset();
    const LiveScore live =
        LiveScore::of(*m_setup.instrument, m_recorded->answers, m_setup.patient.factsOn(m_clock.today()));
    m_doneSummary->setText(tr("✔ Result recorded\n%1\n%2").arg(live.summary, live.interpretation));
    setDraftState(QString());
    m_banner->setVisible(false);
    m_confirmButton->setVisible(false);
    m_abandonButton->setVisible(false);
    m_summary->clear();
    m_interpretation->clear();
    m_stack->setCurrentWidget(m_done);
}

void TestPage::abandon()
{
    if (!isEntering())
        return;
    m_confirm.ask(tr("Abandon the %1 test? What was entered is deleted.").arg(m_setup.instrument->shortTitle()),
                  tr("Abandon the test"), tr("Continue the test"), [this] {
                      if (m_draft) {
                          if (const Status discarded = m_results.discardDraft(m_draft->id); !discarded) {
                              showBanner(discarded.failure().text());
                              return;
                          }
                      }
                      m_draft.reset();
                      endEntry();
                  });
}

void TestPage::leave()
{
    if (!isEntering()) {
        emit left();
        return;
    }
    if (m_form->isTiming()) {
        m_confirm.ask(tr("The test is being timed. Leave it? What was entered is kept and the test can be resumed."),
                      tr("Leave the test"), tr("Stay on the test"), [this] { finishLeaving(); });
        return;
    }
    finishLeaving();
}

void TestPage::finishLeaving()
{
    if (!saveDraftNow())
        return; // the banner says why; the page stays so that nothing is lost
    endEntry();
}

void TestPage::endEntry()
{
    // The draft holds everything (or was discarded): a stopwatch left running stops with its form.
    m_form->deleteLater();
    m_form = nullptr;
    emit left();
}

void TestPage::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(true);
}

void TestPage::setDraftState(const QString &text)
{
    m_draftState->setText(text);
    emit draftStateChanged(text);
}

QString TestPage::title() const
{
    return m_title->text();
}

QString TestPage::draftStateText() const
{
    return m_draftState->text();
}

QString TestPage::scoreText() const
{
    return m_summary->text();
}

QString TestPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

} // namespace smr::ui
