#include "ui/tablet/TouchConfirm.h"

#include "ui/tablet/TouchStyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

TouchConfirm::TouchConfirm(QWidget *window)
    : QWidget(window), m_question(new QLabel(this)), m_yes(nullptr), m_no(nullptr)
{
    setObjectName(QStringLiteral("touchConfirm"));
    auto *card = new QFrame(this);
    card->setProperty("touchRole", QStringLiteral("card"));
    card->setMaximumWidth(760);
    m_question->setObjectName(QStringLiteral("touchConfirmQuestion"));
    m_question->setWordWrap(true);
    m_question->setProperty("touchRole", QStringLiteral("subtitle"));
    m_yes = TouchStyle::button(QString(), card, QStringLiteral("primary"));
    m_yes->setObjectName(QStringLiteral("touchConfirmYes"));
    m_no = TouchStyle::button(QString(), card);
    m_no->setObjectName(QStringLiteral("touchConfirmNo"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2 * TouchStyle::SpacingPx);
    buttons->addWidget(m_no, 1);
    buttons->addWidget(m_yes, 1);
    auto *column = new QVBoxLayout(card);
    column->setContentsMargins(32, 32, 32, 32);
    column->setSpacing(24);
    column->addWidget(m_question);
    column->addLayout(buttons);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(1);

    connect(m_no, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_yes, &QPushButton::clicked, this, [this] {
        hide();
        if (const std::function<void()> run = std::exchange(m_onYes, nullptr))
            run();
    });
    window->installEventFilter(this);
    hide();
}

void TouchConfirm::ask(const QString &question, const QString &yes, const QString &no, std::function<void()> onYes)
{
    m_question->setText(question);
    m_yes->setText(yes);
    m_no->setText(no);
    m_onYes = std::move(onYes);
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

QString TouchConfirm::question() const
{
    return m_question->text();
}

bool TouchConfirm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void TouchConfirm::paintEvent(QPaintEvent *)
{
    // The page underneath stays visible, dimmed: the question is about it.
    QPainter painter(this);
    painter.fillRect(rect(), QColor(13, 52, 68, 150));
}

} // namespace smr::ui
