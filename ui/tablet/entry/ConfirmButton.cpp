#include "ui/tablet/entry/ConfirmButton.h"

#include "ui/common/Labels.h"
#include "ui/tablet/TouchStyle.h"

namespace smr::ui {

ConfirmButton::ConfirmButton(const QString &text, const QString &armedText, QWidget *parent)
    : QPushButton(text, parent), m_text(text), m_armedText(armedText)
{
    setMinimumHeight(TouchStyle::ButtonPx);
    setMinimumWidth(TouchStyle::MinTargetPx);
    setFocusPolicy(Qt::NoFocus);
    setAutoDefault(false);
    setProperty("touchRole", QStringLiteral("danger"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(ArmedMs);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmButton::disarm);
    connect(this, &QPushButton::clicked, this, &ConfirmButton::tapped);
}

void ConfirmButton::setTexts(const QString &text, const QString &armedText)
{
    m_text = text;
    m_armedText = armedText;
    setText(m_armed ? m_armedText : m_text);
}

void ConfirmButton::tapped()
{
    if (m_armed) {
        disarm();
        emit confirmed();
        return;
    }
    m_armed = true;
    setText(m_armedText);
    setStyleProperty(this, "armed", QStringLiteral("true"));
    m_timer.start();
}

void ConfirmButton::disarm()
{
    m_timer.stop();
    m_armed = false;
    setText(m_text);
    setStyleProperty(this, "armed", QStringLiteral("false"));
}

} // namespace smr::ui
