#include "ui/common/DateField.h"

#include "core/common/Dates.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

namespace smr::ui {

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_calendar(new QCalendarWidget(this))
    , m_today(QDate::currentDate())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setPlaceholderText(tr("DD/MM/YYYY"));
    m_edit->setMaxLength(10);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit, 1);

    m_button->setText(QStringLiteral("▾"));
    m_button->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setFocusPolicy(Qt::NoFocus);
    auto *menu = new QMenu(m_button);
    auto *action = new QWidgetAction(menu);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setGridVisible(true);
    action->setDefaultWidget(m_calendar);
    menu->addAction(action);
    m_button->setMenu(menu);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);

    connect(menu, &QMenu::aboutToShow, this, [this] {
        const QDate d = date();
        m_calendar->setSelectedDate(d.isValid() ? d : m_today);
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this, menu](const QDate &d) {
        setDate(d);
        menu->close();
        emit edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidy);
}

QDate DateField::date() const
{
    return dates::parseUserInput(m_edit->text(), m_today).value_or(QDate());
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(dates::display(date));
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

std::optional<QString> DateField::problem() const
{
    if (isEmpty() || date().isValid())
        return std::nullopt;
    return tr("\"%1\" is not a date: type it as DD/MM/YYYY, for example 12/03/1956.").arg(m_edit->text().trimmed());
}

void DateField::tidy()
{
    const QDate d = date();
    if (d.isValid() && m_edit->text() != dates::display(d))
        m_edit->setText(dates::display(d));
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier)) {
            m_button->showMenu();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace smr::ui
