#include "ui/tablet/LabelButton.h"

#include "ui/common/Labels.h"
#include "ui/tablet/TouchStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace smr::ui {

LabelButton::LabelButton(QWidget *parent, const QString &role) : QPushButton(parent), m_column(new QVBoxLayout(this))
{
    m_column->setContentsMargins(18, 10, 18, 10);
    m_column->setSpacing(4);
    setMinimumHeight(TouchStyle::ButtonPx);
    setMinimumWidth(TouchStyle::MinTargetPx);
    setFocusPolicy(Qt::NoFocus);
    setAutoDefault(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    if (!role.isEmpty())
        setProperty("touchRole", role);
    connect(this, &QAbstractButton::toggled, this, &LabelButton::refreshChecked);
}

QLabel *LabelButton::makeLabel(const QString &text, const QString &touchRole)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    // The whole button takes the tap, wherever the finger lands on its text.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (!touchRole.isEmpty())
        label->setProperty("touchRole", touchRole);
    label->setProperty("onChecked", isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    return label;
}

QLabel *LabelButton::addLabel(const QString &text, const QString &touchRole, Qt::Alignment alignment)
{
    QLabel *label = makeLabel(text, touchRole);
    label->setAlignment(alignment);
    m_column->addWidget(label);
    return label;
}

QLabel *LabelButton::addRow(const QString &first, const QString &second, const QString &firstRole)
{
    QLabel *number = makeLabel(first, firstRole);
    number->setWordWrap(false);
    number->setAlignment(Qt::AlignCenter);
    number->setMinimumWidth(TouchStyle::MinTargetPx);
    QLabel *text = makeLabel(second, QString());
    text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *row = new QHBoxLayout;
    row->setSpacing(TouchStyle::SpacingPx * 2);
    row->addWidget(number, 0);
    row->addWidget(text, 1);
    m_column->addLayout(row);
    return text;
}

QSize LabelButton::sizeHint() const
{
    const QSize content = m_column->sizeHint();
    return {std::max(content.width(), minimumWidth()), std::max(content.height(), minimumHeight())};
}

QSize LabelButton::minimumSizeHint() const
{
    const QSize content = m_column->minimumSize();
    return {std::max(content.width(), TouchStyle::MinTargetPx), std::max(content.height(), minimumHeight())};
}

int LabelButton::heightForWidth(int width) const
{
    const int content =
        m_column->hasHeightForWidth() ? m_column->totalHeightForWidth(width) : m_column->sizeHint().height();
    return std::max(content, minimumHeight());
}

void LabelButton::refreshChecked(bool checked)
{
    for (QLabel *label : findChildren<QLabel *>())
        setStyleProperty(label, "onChecked", checked ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace smr::ui
