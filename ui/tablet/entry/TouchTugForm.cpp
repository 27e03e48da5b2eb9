#include "ui/tablet/entry/TouchTugForm.h"

#include "ui/common/Labels.h"
#include "ui/results/Ticker.h"
#include "ui/tablet/Keypad.h"
#include "ui/tablet/LabelButton.h"
#include "ui/tablet/TouchStyle.h"
#include "ui/tablet/entry/TouchChoiceGroup.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>

#include <algorithm>
#include <cmath>

namespace smr::ui {

namespace {

const QString Seconds = QStringLiteral("seconds");
const QString WalkingAid = QStringLiteral("walking_aid");

QString secondsText(double seconds)
{
    return QLocale().toString(seconds, 'f', 1) + QStringLiteral(" s");
}

} // namespace

TouchTugForm::TouchTugForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("touchTugForm"));
    setFocusPolicy(Qt::StrongFocus);
    m_ticker = context.ticker ? context.ticker : new SystemTicker(this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("problemsBanner"));
    m_banner->setProperty("touchRole", QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);

    // The stopwatch: one target as large as the screen allows, read from across the gym.
    auto *watchPage = new QWidget;
    m_watch = new LabelButton(watchPage, QStringLiteral("stopwatch"));
    m_watch->setObjectName(QStringLiteral("stopwatchButton"));
    m_watch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_watch->column()->addStretch(1);
    m_time = m_watch->addLabel(QString(), QStringLiteral("stopwatchTime"), Qt::AlignCenter);
    m_time->setObjectName(QStringLiteral("stopwatchLabel"));
    m_time->setWordWrap(false);
    m_time->setAccessibleName(tr("Stopwatch"));
    m_hint = m_watch->addLabel(QString(), QStringLiteral("large"), Qt::AlignCenter);
    m_hint->setObjectName(QStringLiteral("stopwatchHint"));
    m_watch->column()->addStretch(1);

    m_startOver = TouchStyle::button(tr("Start over"), watchPage);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_typeTime = TouchStyle::button(tr("Type the time"), watchPage);
    m_typeTime->setObjectName(QStringLiteral("typeTimeButton"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(TouchStyle::SpacingPx);
    actions->addWidget(m_startOver, 1);
    actions->addWidget(m_typeTime, 1);

    const InstrumentField *aid = instrument.definition().field(WalkingAid);
    m_aid = new TouchChoiceGroup(
        WalkingAid, aid ? TouchChoiceGroup::choicesOf(*aid) : QList<TouchChoiceGroup::Choice>{}, watchPage);
    auto *aidTitle = new QLabel(aid ? aid->label.text() : QString(), watchPage);
    aidTitle->setProperty("touchRole", QStringLiteral("section"));

    auto *side = new QVBoxLayout;
    side->setSpacing(TouchStyle::SpacingPx);
    side->addLayout(actions);
    side->addWidget(aidTitle);
    side->addWidget(m_aid);
    side->addStretch(1);
    m_body = new QBoxLayout(QBoxLayout::LeftToRight, watchPage);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(TouchStyle::SpacingPx * 2);
    m_body->addWidget(m_watch, 2);
    m_body->addLayout(side, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(watchPage);
    m_pages->addWidget(buildKeypadPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(TouchStyle::SpacingPx, TouchStyle::SpacingPx, TouchStyle::SpacingPx,
                               TouchStyle::SpacingPx);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_watch, &QPushButton::clicked, this, &TouchTugForm::toggle);
    connect(m_startOver, &QPushButton::clicked, this, &TouchTugForm::startOver);
    connect(m_typeTime, &QPushButton::clicked, this, [this] { showKeypad(true); });
    connect(m_aid, &TouchChoiceGroup::changed, this, &EntryForm::answersChanged);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, [this] {
        if (m_pages->currentIndex() == 0)
            toggle();
    });
    connect(m_ticker, &Ticker::tick, this, [this] {
        if (m_running)
            showTime(m_ticker->nowMs() - m_startMs);
    });
    refresh();
}

QWidget *TouchTugForm::buildKeypadPage()
{
    auto *page = new QWidget;
    m_keypad = new Keypad(page);
    m_keypad->setDecimals(1);
    m_keypad->setMaxLength(5);
    m_keypad->setPrompt(tr("Time measured on another stopwatch (s)"));
    m_keypad->setOkText(tr("Keep this time"));
    m_keypadMessage = new QLabel(page);
    m_keypadMessage->setObjectName(QStringLiteral("keypadMessage"));
    m_keypadMessage->setProperty("touchRole", QStringLiteral("muted"));
    m_keypadMessage->setWordWrap(true);
    QPushButton *back = TouchStyle::button(tr("Back to the stopwatch"), page);
    back->setObjectName(QStringLiteral("backToStopwatchButton"));
    auto *column = new QVBoxLayout;
    column->addWidget(m_keypadMessage);
    column->addWidget(m_keypad, 1);
    column->addWidget(back);
    auto *layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    connect(back, &QPushButton::clicked, this, [this] { showKeypad(false); });
    connect(m_keypad, &Keypad::accepted, this, &TouchTugForm::typedTime);
    connect(m_keypad, &Keypad::edited, m_keypadMessage, [this] {
        m_keypadMessage->setText(tr("More than 0 and at most 600 s, to the tenth."));
        setStyleProperty(m_keypadMessage, "touchRole", QStringLiteral("muted"));
    });
    return page;
}

void TouchTugForm::toggle()
{
    if (!m_running) {
        m_running = true;
        m_startMs = m_ticker->nowMs();
        refresh();
        return;
    }
    m_running = false;
    // Tenths as stored; half a tenth rounds up (14.25 s → 14.3 s), as TugForm.
    m_seconds = std::round(double(m_ticker->nowMs() - m_startMs) / 100.0) / 10.0;
    refresh();
    emit answersChanged();
}

void TouchTugForm::startOver()
{
    // Another trial (after the practice one): the time shown and kept goes back to nothing.
    const bool had = m_seconds.has_value();
    m_running = false;
    m_seconds.reset();
    refresh();
    if (had)
        emit answersChanged();
}

void TouchTugForm::showKeypad(bool shown)
{
    if (shown) {
        if (m_running)
            return;
        m_keypad->setText(m_seconds ? Keypad::format(*m_seconds, 1) : QString());
        m_keypadMessage->setText(tr("More than 0 and at most 600 s, to the tenth."));
        setStyleProperty(m_keypadMessage, "touchRole", QStringLiteral("muted"));
    }
    m_pages->setCurrentIndex(shown ? 1 : 0);
    if (shown)
        m_keypad->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void TouchTugForm::typedTime()
{
    const std::optional<double> typed = m_keypad->value();
    // Clinical reference §1: seconds to the tenth, more than 0 and at most 600.
    if (!typed || *typed <= 0 || *typed > 600) {
        m_keypadMessage->setText(tr("Give a time of more than 0 and at most 600 s."));
        setStyleProperty(m_keypadMessage, "touchRole", QStringLiteral("banner"));
        return;
    }
    m_seconds = std::round(*typed * 10) / 10;
    showKeypad(false);
    refresh();
    emit answersChanged();
}

void TouchTugForm::showTime(qint64 ms)
{
    // Tenths as a stopwatch shows them: never ahead of the time.
    const qint64 tenths = std::max<qint64>(ms, 0) / 100;
    m_time->setText(secondsText(double(tenths) / 10.0));
}

void TouchTugForm::refresh()
{
    if (m_running) {
        showTime(m_ticker->nowMs() - m_startMs);
        m_hint->setText(tr("Touch to stop"));
    } else {
        m_time->setText(secondsText(m_seconds.value_or(0)));
        m_hint->setText(m_seconds ? tr("Time kept. Touch to time again") : tr("Touch to start"));
    }
    // The labels as well: a style sheet does not look again at children when a parent changes.
    for (QWidget *part :
         {static_cast<QWidget *>(m_watch), static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_hint)})
        setStyleProperty(part, "running", m_running ? QStringLiteral("true") : QStringLiteral("false"));
    m_startOver->setEnabled(m_running || m_seconds);
    m_typeTime->setEnabled(!m_running);
}

QJsonObject TouchTugForm::answers() const
{
    QJsonObject out;
    if (m_seconds)
        out.insert(Seconds, *m_seconds);
    if (const QString aid = m_aid->value(); !aid.isEmpty())
        out.insert(WalkingAid, aid);
    return out;
}

void TouchTugForm::setAnswers(const QJsonObject &answers)
{
    m_running = false;
    const QJsonValue seconds = answers.value(Seconds);
    m_seconds = seconds.isDouble() ? std::optional<double>(seconds.toDouble()) : std::nullopt;
    m_aid->setValue(answers.value(WalkingAid).toString());
    refresh();
}

void TouchTugForm::showProblems(const QList<FieldError> &problems)
{
    QStringList messages;
    for (const FieldError &problem : problems)
        messages << problem.message;
    m_banner->setText(messages.join(QLatin1Char('\n')));
    m_banner->setVisible(!messages.isEmpty());
}

void TouchTugForm::focusFirst()
{
    setFocus(Qt::OtherFocusReason);
}

void TouchTugForm::resizeEvent(QResizeEvent *event)
{
    // Landscape: the stopwatch on the left two thirds, the rest in a column on the right;
    // portrait: the stopwatch on top, the walking aids in two columns under it.
    const QSize size = event->size();
    const bool portrait = size.height() > size.width();
    m_body->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_aid->setColumns(portrait ? 2 : 1);
    // Six aids in one column fit a 800 px high landscape tablet at 56 px each (still ≥ 48 px).
    const QList<QPushButton *> aids = m_aid->findChildren<QPushButton *>();
    for (QPushButton *aid : aids)
        aid->setMinimumHeight(portrait ? TouchStyle::ButtonPx : TouchStyle::BarButtonPx);
    // The digits as large as the stopwatch's area allows ("123,4 s": seven characters).
    const int area = portrait ? size.width() : size.width() * 2 / 3;
    const int px = std::clamp(std::min(area / 5, size.height() / 5), TouchStyle::HugePx / 2, TouchStyle::HugePx * 2);
    m_time->setStyleSheet(QStringLiteral("font-size: %1px;").arg(px));
    EntryForm::resizeEvent(event);
}

} // namespace smr::ui
