#include "ui/results/WalkCountdown.h"

#include "ui/results/Ticker.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace smr::ui {

namespace {

constexpr qint64 Minute = 60 * 1000;
// The warning comes 15 s before the end (ATS 2002).
constexpr qint64 WarningMs = WalkCountdown::DurationMs - 15 * 1000;
// A new sentence stands out this long, so that the tester notices it.
constexpr qint64 FreshMs = 10 * 1000;

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// When the sentence shown at `elapsed` appeared (-1 before the first).
qint64 sentenceStart(qint64 elapsed)
{
    if (elapsed >= WalkCountdown::DurationMs)
        return WalkCountdown::DurationMs;
    if (elapsed >= WarningMs)
        return WarningMs;
    if (elapsed >= Minute)
        return elapsed / Minute * Minute;
    return -1;
}

// When the next sentence is due after `elapsed`.
qint64 nextSentence(qint64 elapsed)
{
    if (elapsed >= WarningMs)
        return WalkCountdown::DurationMs;
    const qint64 next = (elapsed / Minute + 1) * Minute;
    return next > 5 * Minute ? WarningMs : next;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

WalkCountdown::WalkCountdown(Ticker *ticker, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_walk(new WalkClock(ticker, clock, this))
{
    setObjectName(QStringLiteral("walkCountdown"));
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdown->setAlignment(Qt::AlignCenter);
    QFont big = m_countdown->font();
    big.setPointSize(56);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setAccessibleName(tr("Time left"));

    const auto button = [this](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setMinimumHeight(48);
        QFont f = b->font();
        f.setPointSize(13);
        b->setFont(f);
        return b;
    };
    m_start = button(QStringLiteral("startButton"), tr("Start"));
    m_start->setProperty("role", QStringLiteral("primary"));
    m_pause = button(QStringLiteral("pauseButton"), tr("Pause"));
    m_pause->setToolTip(tr("The patient stops: the countdown keeps running; the stop and its duration are counted."));
    m_abort = button(QStringLiteral("abortButton"), tr("Stop the test"));
    m_abort->setToolTip(tr("Ends the test before 6:00 (give the reason below)."));
    m_reset = button(QStringLiteral("resetCountdownButton"), tr("Reset"));
    m_reset->setToolTip(tr("Countdown back to 6:00; lengths and measures are kept."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start, 2);
    buttons->addWidget(m_pause, 2);
    buttons->addWidget(m_abort, 2);
    buttons->addWidget(m_reset, 1);

    m_encouragement = new QLabel(this);
    m_encouragement->setObjectName(QStringLiteral("encouragementLabel"));
    m_encouragement->setAlignment(Qt::AlignCenter);
    m_encouragement->setWordWrap(true);
    QFont said = m_encouragement->font();
    said.setPointSize(20);
    said.setBold(true);
    m_encouragement->setFont(said);
    // Two lines whatever the layout thinks of word wrapping, plus the style sheet's padding.
    m_encouragement->setMinimumHeight(QFontMetrics(said).lineSpacing() * 2 + 28);

    m_pauseMessage = new QLabel(tr("Please resume walking whenever you feel able."), this);
    m_pauseMessage->setObjectName(QStringLiteral("pauseMessageLabel"));
    m_pauseMessage->setAlignment(Qt::AlignCenter);
    m_pauseMessage->setWordWrap(true);
    QFont pauseFont = m_pauseMessage->font();
    pauseFont.setPointSize(16);
    pauseFont.setBold(true);
    m_pauseMessage->setFont(pauseFont);
    m_pauseMessage->setMinimumHeight(QFontMetrics(pauseFont).lineSpacing() * 2 + 20);
    m_pauseMessage->setVisible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("countdownStatus"));
    m_status->setProperty("role", QStringLiteral("muted"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countdown);
    layout->addLayout(buttons);
    layout->addWidget(m_encouragement);
    layout->addWidget(m_pauseMessage);
    layout->addWidget(m_status);

    connect(m_start, &QPushButton::clicked, m_walk, &WalkClock::start);
    connect(m_pause, &QPushButton::clicked, m_walk, &WalkClock::togglePause);
    connect(m_abort, &QPushButton::clicked, m_walk, &WalkClock::abort);
    connect(m_reset, &QPushButton::clicked, m_walk, &WalkClock::reset);
    // The clock says what happened; the panel is shown before the listeners hear of it.
    connect(m_walk, &WalkClock::ticked, this, &WalkCountdown::refresh);
    connect(m_walk, &WalkClock::started, this, &WalkCountdown::started);
    connect(m_walk, &WalkClock::paused, this, &WalkCountdown::paused);
    connect(m_walk, &WalkClock::resumed, this, &WalkCountdown::resumed);
    connect(m_walk, &WalkClock::finished, this, &WalkCountdown::finished);
    connect(m_walk, &WalkClock::aborted, this, &WalkCountdown::aborted);
    refresh();
}

QString WalkCountdown::encouragement(qint64 elapsed)
{
    // ATS 2002, said once a minute in an even tone; the English original is the source text.
    if (elapsed >= DurationMs)
        return tr("Stop!");
    if (elapsed >= WarningMs)
        return tr("In a moment I'm going to tell you to stop…");
    switch (elapsed / Minute) {
    case 1:
        return tr("You are doing well. You have 5 minutes to go.");
    case 2:
        return tr("Keep up the good work. You have 4 minutes to go.");
    case 3:
        return tr("You are doing well. You are halfway done.");
    case 4:
        return tr("Keep up the good work. You have only 2 minutes left.");
    case 5:
        return tr("You are doing well. You have only 1 minute to go.");
    default:
        return QString();
    }
}

void WalkCountdown::refresh()
{
    const State state = m_walk->state();
    const bool stopped = m_walk->isPaused();
    const qint64 elapsed = elapsedMs();
    const qint64 left = DurationMs - elapsed;
    // A countdown shows the seconds it has not finished: 6:00 until a whole second has gone.
    m_countdown->setText(clock(left + 999));

    QString said;
    QString status;
    bool fresh = false;
    switch (state) {
    case State::Ready:
        status = tr("Press Start when the patient sets off. The encouragements appear here, once a minute.");
        break;
    case State::Running:
        said = encouragement(elapsed);
        fresh = sentenceStart(elapsed) >= 0 && elapsed - sentenceStart(elapsed) < FreshMs;
        status = tr("Next sentence at %1.").arg(clock(nextSentence(elapsed)));
        break;
    case State::Finished:
        said = encouragement(DurationMs);
        status = tr("Six minutes done: mark where the patient stopped and enter the partial length.");
        break;
    case State::Aborted:
        status = tr("Test stopped at %1: give the reason below.").arg(clock(elapsed));
        break;
    }
    m_encouragement->setText(said);
    if (m_encouragement->property("fresh").toBool() != fresh) {
        m_encouragement->setProperty("fresh", fresh);
        repolish(m_encouragement);
    }
    m_pauseMessage->setVisible(stopped);
    m_status->setText(status);
    // While the patient stands, the sentence to say takes the place of the status line.
    m_status->setVisible(!stopped);

    const bool running = state == State::Running;
    if (m_countdown->property("paused").toBool() != stopped) {
        m_countdown->setProperty("paused", stopped);
        repolish(m_countdown);
    }
    // Enabled before disabled: the keyboard focus leaving a disabled button goes to the next
    // enabled one, never out of the panel into a field.
    // The stop's duration so far, where the tester's hand is.
    m_pause->setText(stopped ? tr("Resume (stopped %1)").arg(clock(m_walk->pauseMs())) : tr("Pause"));
    const QList<std::pair<QPushButton *, bool>> wanted{{m_pause, running},
                                                       {m_abort, running},
                                                       {m_start, state == State::Ready},
                                                       {m_reset, state == State::Finished || state == State::Aborted}};
    for (const auto &[button, enabled] : wanted) {
        if (enabled)
            button->setEnabled(true);
    }
    for (const auto &[button, enabled] : wanted) {
        if (!enabled)
            button->setEnabled(false);
    }
}

} // namespace smr::ui
