#include "ui/tablet/entry/TouchWalkPage.h"

#include "ui/common/Labels.h"
#include "ui/results/WalkClock.h"
#include "ui/results/WalkCountdown.h"
#include "ui/tablet/LabelButton.h"
#include "ui/tablet/TouchStyle.h"
#include "ui/tablet/entry/ConfirmButton.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>

namespace smr::ui {

namespace {

constexpr qint64 Minute = 60 * 1000;
// A new sentence stands out this long, so that the tester notices it is time to say it.
constexpr qint64 FreshMs = 10 * 1000;

QLabel *makeLabel(const QString &name, const QString &role, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setProperty("touchRole", role);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

TouchWalkPage::TouchWalkPage(WalkClock *clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("walkPage"));
    auto *left = new QWidget(this);
    m_undo = TouchStyle::button(tr("−1 length"), left);
    m_undo->setObjectName(QStringLiteral("lapUndoButton"));
    m_status = makeLabel(QStringLiteral("countdownStatus"), QStringLiteral("muted"), left);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_undo);
    top->addWidget(m_status, 1);

    m_countdown = makeLabel(QStringLiteral("countdownLabel"), QStringLiteral("countdown"), left);
    m_countdown->setWordWrap(false);
    m_countdown->setAccessibleName(tr("Time left"));
    m_sentence = makeLabel(QStringLiteral("encouragementLabel"), QStringLiteral("large"), left);
    m_sentence->setMinimumHeight(2 * 56);

    m_start = TouchStyle::button(tr("Start"), left, QStringLiteral("primary"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop = TouchStyle::button(tr("Patient stops"), left);
    m_stop->setObjectName(QStringLiteral("patientStopButton"));
    m_abort = new ConfirmButton(tr("Stop the test early"), tr("Touch again to end the test"), left);
    m_abort->setObjectName(QStringLiteral("abortButton"));
    m_toEnd = TouchStyle::button(tr("Enter the end of the test"), left, QStringLiteral("primary"));
    m_toEnd->setObjectName(QStringLiteral("toEndButton"));
    m_startOver = new ConfirmButton(tr("Start over at 6:00"), tr("Touch again: back to 6:00"), left);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    auto *controls = new QHBoxLayout;
    controls->setSpacing(TouchStyle::SpacingPx);
    for (QPushButton *b :
         {m_start, m_stop, static_cast<QPushButton *>(m_abort), m_toEnd, static_cast<QPushButton *>(m_startOver)}) {
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        controls->addWidget(b);
    }

    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(TouchStyle::SpacingPx);
    column->addLayout(top);
    column->addStretch(1);
    column->addWidget(m_countdown);
    column->addWidget(m_sentence);
    column->addStretch(1);
    column->addLayout(controls);

    // The lap button: the largest target of the page, tapped without looking while watching.
    m_lap = new LabelButton(this, QStringLiteral("lap"));
    m_lap->setObjectName(QStringLiteral("lapButton"));
    m_lap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_lap->column()->addStretch(1);
    m_lap->addLabel(tr("+1 length"), QStringLiteral("lapTitle"), Qt::AlignCenter);
    m_lapCount = m_lap->addLabel(QString(), QStringLiteral("large"), Qt::AlignCenter);
    m_lapCount->setObjectName(QStringLiteral("lapCount"));
    m_lapDistance = m_lap->addLabel(QString(), QStringLiteral("large"), Qt::AlignCenter);
    m_lapDistance->setObjectName(QStringLiteral("lapDistance"));
    m_lap->column()->addStretch(1);

    m_body = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(TouchStyle::SpacingPx * 2);
    m_body->addWidget(left, 2);
    m_body->addWidget(m_lap, 1);

    connect(m_start, &QPushButton::clicked, m_clock, &WalkClock::start);
    connect(m_stop, &QPushButton::clicked, m_clock, &WalkClock::togglePause);
    connect(m_abort, &ConfirmButton::confirmed, m_clock, &WalkClock::abort);
    connect(m_toEnd, &QPushButton::clicked, this, &TouchWalkPage::endRequested);
    connect(m_startOver, &ConfirmButton::confirmed, this, &TouchWalkPage::startOverRequested);
    connect(m_lap, &QPushButton::clicked, this, &TouchWalkPage::lapAdded);
    connect(m_undo, &QPushButton::clicked, this, &TouchWalkPage::lapUndone);
    connect(m_clock, &WalkClock::ticked, this, &TouchWalkPage::refresh);
    setLaps(0, QString());
}

QString TouchWalkPage::clockText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void TouchWalkPage::setLaps(qint64 laps, const QString &distance)
{
    m_laps = laps;
    m_lapCount->setText(tr("%n length(s)", nullptr, int(laps)));
    m_lapDistance->setText(distance);
    m_lapDistance->setVisible(!distance.isEmpty());
    refresh();
}

void TouchWalkPage::refresh()
{
    using State = WalkClock::State;
    const State state = m_clock->state();
    const qint64 elapsed = m_clock->elapsedMs();
    const bool paused = m_clock->isPaused();
    // A countdown shows the seconds it has not finished: 6:00 until a whole second has gone.
    m_countdown->setText(clockText(m_clock->leftMs() + 999));
    setStyleProperty(m_countdown, "paused", paused ? QStringLiteral("true") : QStringLiteral("false"));

    // ATS 2002: the sentence of each minute, and while the patient stands, the invitation.
    QString sentence;
    bool fresh = false;
    if (state == State::Running && paused) {
        sentence = tr("Please resume walking whenever you feel able.");
    } else if (state == State::Running || state == State::Finished) {
        sentence = WalkCountdown::encouragement(elapsed);
        fresh = state == State::Running && elapsed >= Minute && elapsed % Minute < FreshMs;
    }
    m_sentence->setText(sentence);
    setStyleProperty(m_sentence, "fresh", fresh ? QStringLiteral("true") : QStringLiteral("false"));

    QString status;
    switch (state) {
    case State::Ready:
        status = tr("Touch Start as the patient sets off.");
        break;
    case State::Running:
        status = paused ? tr("Stopped for %1").arg(clockText(m_clock->pauseMs())) : tr("Walking");
        break;
    case State::Finished:
        status = tr("Six minutes done: mark where the patient stopped.");
        break;
    case State::Aborted:
        status = tr("Test stopped at %1.").arg(clockText(elapsed));
        break;
    }
    m_status->setText(status);

    const bool running = state == State::Running;
    const bool ended = m_clock->isEnded();
    m_start->setVisible(state == State::Ready);
    m_stop->setVisible(running);
    m_stop->setText(paused ? tr("Patient walks again") : tr("Patient stops"));
    setStyleProperty(m_stop, "touchRole", paused ? QStringLiteral("primary") : QString());
    m_abort->setVisible(running);
    m_toEnd->setVisible(ended);
    m_startOver->setVisible(ended);
    if (!running)
        m_abort->disarm();
    if (!ended)
        m_startOver->disarm();
    m_lap->setEnabled(state != State::Ready);
    m_undo->setEnabled(m_laps > 0);
}

void TouchWalkPage::resizeEvent(QResizeEvent *event)
{
    const QSize size = event->size();
    const bool portrait = size.height() > size.width();
    m_body->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // The countdown's digits as large as its part of the page allows ("6:00": four characters).
    const int width = portrait ? size.width() : size.width() * 2 / 3;
    const int height = portrait ? size.height() * 2 / 3 : size.height();
    const int px = std::clamp(std::min(width / 4, height / 5), TouchStyle::HugePx / 2, TouchStyle::HugePx * 2);
    m_countdown->setStyleSheet(QStringLiteral("font-size: %1px;").arg(px));
    QWidget::resizeEvent(event);
}

} // namespace smr::ui
