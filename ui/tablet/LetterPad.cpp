#include "ui/tablet/LetterPad.h"
#include "ui/common/Labels.h"

#include "ui/tablet/TouchStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

LetterPad::LetterPad(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout), m_shown(new QLabel(this))
{
    setObjectName(QStringLiteral("letterPad"));
    setFocusPolicy(Qt::StrongFocus);
    m_shown->setObjectName(QStringLiteral("letterPrefix"));
    setStyleProperty(m_shown, "touchRole", QStringLiteral("large"));
    m_shown->setMinimumHeight(TouchStyle::MinTargetPx);
    QPushButton *back = TouchStyle::button(QStringLiteral("⌫"), this, QStringLiteral("letter"));
    back->setObjectName(QStringLiteral("letter_back"));
    back->setMinimumWidth(2 * TouchStyle::MinTargetPx);
    QPushButton *all = TouchStyle::button(tr("All"), this);
    all->setObjectName(QStringLiteral("letter_all"));
    all->setMinimumWidth(3 * TouchStyle::MinTargetPx);
    connect(back, &QPushButton::clicked, this, [this] { press(QStringLiteral("back")); });
    connect(all, &QPushButton::clicked, this, [this] { press(QStringLiteral("all")); });

    for (char c = 'A'; c <= 'Z'; ++c) {
        const QString letter(QLatin1Char{c});
        QPushButton *key = TouchStyle::button(letter, this, QStringLiteral("letter"));
        key->setObjectName(QStringLiteral("letter_") + letter);
        key->setMinimumHeight(TouchStyle::ButtonPx - 8);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(key, &QPushButton::clicked, this, [this, letter] { press(letter); });
        m_keys << key;
    }
    m_grid->setSpacing(TouchStyle::SpacingPx / 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_shown, 1);
    top->addWidget(back);
    top->addWidget(all);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_grid);
    relayout();
    setPrefix(QString());
}

void LetterPad::setColumns(int columns)
{
    if (columns == m_columns || columns < 1)
        return;
    m_columns = columns;
    relayout();
}

void LetterPad::relayout()
{
    for (QWidget *key : m_keys)
        m_grid->removeWidget(key);
    for (int i = 0; i < m_keys.size(); ++i)
        m_grid->addWidget(m_keys.at(i), i / m_columns, i % m_columns);
}

void LetterPad::setPrefix(const QString &prefix)
{
    m_prefix = prefix;
    m_shown->setText(prefix.isEmpty() ? tr("First letters of the name") : prefix + QStringLiteral("…"));
    setStyleProperty(m_shown, "touchRole", prefix.isEmpty() ? QStringLiteral("muted") : QStringLiteral("large"));
}

void LetterPad::press(const QString &key)
{
    QString next = m_prefix;
    if (key == QLatin1String("back"))
        next.chop(1);
    else if (key == QLatin1String("all"))
        next.clear();
    else if (next.size() < 20)
        next += key;
    if (next == m_prefix)
        return;
    setPrefix(next);
    emit prefixChanged(next);
}

void LetterPad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text().toUpper();
    if (event->key() == Qt::Key_Backspace)
        press(QStringLiteral("back"));
    else if (event->key() == Qt::Key_Escape)
        press(QStringLiteral("all"));
    else if (text.size() == 1 && text.at(0) >= QLatin1Char('A') && text.at(0) <= QLatin1Char('Z'))
        press(text);
    else
        QWidget::keyPressEvent(event);
}

} // namespace smr::ui
