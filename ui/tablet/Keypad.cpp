#include "ui/tablet/Keypad.h"

#include "ui/tablet/TouchStyle.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

QChar decimalPoint()
{
    const QString point = QLocale().decimalPoint();
    return point.isEmpty() ? QLatin1Char(',') : point.at(0);
}

} // namespace

Keypad::Keypad(QWidget *parent) : QWidget(parent), m_prompt(new QLabel(this)), m_display(new QLabel(this))
{
    setObjectName(QStringLiteral("keypad"));
    setFocusPolicy(Qt::StrongFocus);
    m_prompt->setObjectName(QStringLiteral("keypadPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setVisible(false);
    m_display->setObjectName(QStringLiteral("keypadDisplay"));
    m_display->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_display->setMinimumHeight(TouchStyle::KeyPx);

    auto *grid = new QGridLayout;
    grid->setSpacing(TouchStyle::SpacingPx);
    const QStringList rows{QStringLiteral("789"), QStringLiteral("456"), QStringLiteral("123")};
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 3; ++c) {
            const QString digit = rows.at(r).mid(c, 1);
            grid->addWidget(addKey(QStringLiteral("key_") + digit, digit), r, c);
        }
    }
    grid->addWidget(addKey(QStringLiteral("key_comma"), QString(decimalPoint())), 3, 0);
    grid->addWidget(addKey(QStringLiteral("key_0"), QStringLiteral("0")), 3, 1);
    grid->addWidget(addKey(QStringLiteral("key_back"), QStringLiteral("⌫")), 3, 2);
    QPushButton *clearKey = addKey(QStringLiteral("key_clear"), tr("Clear"));
    QPushButton *ok = addKey(QStringLiteral("key_ok"), tr("OK"));
    ok->setProperty("touchRole", QStringLiteral("primary"));
    grid->addWidget(clearKey, 4, 0);
    grid->addWidget(ok, 4, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_display);
    layout->addLayout(grid, 1);

    for (auto it = m_keys.begin(); it != m_keys.end(); ++it) {
        const QString name = it.key();
        connect(it.value(), &QPushButton::clicked, this, [this, name] {
            if (name == QLatin1String("key_ok"))
                emit accepted(m_text);
            else
                type(name.mid(4));
        });
    }
    refresh();
}

QPushButton *Keypad::addKey(const QString &name, const QString &label)
{
    QPushButton *b = TouchStyle::button(label, this, QStringLiteral("key"));
    b->setMinimumHeight(TouchStyle::KeyPx);
    b->setObjectName(name);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_keys.insert(name, b);
    return b;
}

void Keypad::setDecimals(int decimals)
{
    m_decimals = std::max(0, decimals);
    refresh();
}

void Keypad::setMasked(bool masked)
{
    m_masked = masked;
    refresh();
}

void Keypad::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
}

void Keypad::setOkText(const QString &text)
{
    m_keys.value(QStringLiteral("key_ok"))->setText(text);
}

void Keypad::setText(const QString &text)
{
    m_text = text;
    refresh();
}

std::optional<double> Keypad::value() const
{
    QString t = m_text;
    t.replace(decimalPoint(), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QString Keypad::format(double value, int decimals)
{
    QString text = QString::number(value, 'f', std::max(0, decimals));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text.replace(QLatin1Char('.'), decimalPoint());
}

void Keypad::type(const QString &what)
{
    QString next = m_text;
    if (what == QLatin1String("back")) {
        next.chop(1);
    } else if (what == QLatin1String("clear")) {
        next.clear();
    } else if (what == QLatin1String("comma")) {
        if (m_decimals == 0 || next.contains(decimalPoint()))
            return;
        next += next.isEmpty() ? QStringLiteral("0") + decimalPoint() : QString(decimalPoint());
    } else {
        const int point = next.indexOf(decimalPoint());
        if (next.size() >= m_maxLength || (point >= 0 && next.size() - point > m_decimals))
            return;
        next = next == QLatin1String("0") ? what : next + what;
    }
    if (next == m_text)
        return;
    m_text = next;
    refresh();
    emit edited(m_text);
}

void Keypad::refresh()
{
    m_display->setText(m_masked ? QString(m_text.size(), QChar(0x25CF)) : m_text);
    m_keys.value(QStringLiteral("key_comma"))->setEnabled(m_decimals > 0);
}

void Keypad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        emit accepted(m_text);
    else if (event->key() == Qt::Key_Backspace)
        type(QStringLiteral("back"));
    else if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Delete)
        type(QStringLiteral("clear"));
    else if (text.size() == 1 && text.at(0).isDigit())
        type(text);
    else if (text == QLatin1String(",") || text == QLatin1String("."))
        type(QStringLiteral("comma"));
    else
        QWidget::keyPressEvent(event);
}

} // namespace smr::ui
