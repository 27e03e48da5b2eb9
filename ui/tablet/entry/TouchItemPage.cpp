#include "ui/tablet/entry/TouchItemPage.h"

#include "ui/tablet/LabelButton.h"
#include "ui/tablet/TouchStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

QLabel *makeLabel(const QString &text, const QString &role, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setProperty("touchRole", role);
    label->setWordWrap(true);
    return label;
}

QString buttonName(const InstrumentItem &item, const QString &suffix)
{
    return QStringLiteral("item_%1_%2").arg(item.number).arg(suffix);
}

} // namespace

TouchItemPage::TouchItemPage(const InstrumentItem &item, bool mayLeaveBlank, const QString &header,
                             const QString &footer, QWidget *parent)
    : QWidget(parent), m_item(item)
{
    setObjectName(QStringLiteral("itemPage_%1").arg(item.number));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, TouchStyle::SpacingPx, TouchStyle::SpacingPx);
    layout->setSpacing(TouchStyle::SpacingPx);
    if (!header.isEmpty())
        layout->addWidget(makeLabel(header, QStringLiteral("muted"), content, QStringLiteral("instructions")));
    layout->addWidget(makeLabel(QStringLiteral("%1. %2").arg(item.number).arg(item.title.text()),
                                QStringLiteral("title"), content, QStringLiteral("itemTitle")));
    if (!item.prompt.isEmpty())
        layout->addWidget(
            makeLabel(item.prompt.text(), QStringLiteral("subtitle"), content, QStringLiteral("itemPrompt")));
    m_note = makeLabel(QString(), QStringLiteral("precautions"), content, QStringLiteral("itemNote"));
    m_note->setVisible(false);
    layout->addWidget(m_note);

    if (!item.lowAnchor.isEmpty() || !item.highAnchor.isEmpty())
        buildSegments(layout);
    else
        buildOptions(layout);

    const auto addExtra = [&](const QString &text, const QString &suffix, auto signal) {
        auto *b = new LabelButton(content);
        b->setObjectName(buttonName(item, suffix));
        b->setCheckable(true);
        b->addLabel(text);
        b->setProperty("touchRole", QStringLiteral("extra"));
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    if (!item.notApplicable.isEmpty())
        m_notApplicable =
            addExtra(item.notApplicable.text(), QStringLiteral("na"), &TouchItemPage::notApplicableChosen);
    if (mayLeaveBlank)
        m_blank = addExtra(tr("Leave blank"), QStringLiteral("blank"), &TouchItemPage::blankChosen);

    m_message = makeLabel(QString(), QStringLiteral("banner"), content, QStringLiteral("itemMessage"));
    m_message->setVisible(false);
    layout->addWidget(m_message);
    layout->addStretch(1);
    if (!footer.isEmpty())
        layout->addWidget(makeLabel(footer, QStringLiteral("muted"), content, QStringLiteral("copyright")));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("itemScroll_%1").arg(item.number));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    TouchStyle::kineticScroll(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

// A full-width button per level, in the declaration's order: the value (the key that chooses it)
// beside its descriptor, wrapped when long.
void TouchItemPage::buildOptions(QVBoxLayout *layout)
{
    QWidget *content = layout->parentWidget();
    for (const AnswerOption &option : m_item.options) {
        const int value = option.value.toInt();
        auto *b = new LabelButton(content);
        b->setObjectName(buttonName(m_item, QStringLiteral("value_%1").arg(value)));
        b->setCheckable(true);
        const QString text = option.label.text();
        if (text.isEmpty() || text == QString::number(value))
            b->addLabel(QString::number(value), QStringLiteral("level"), Qt::AlignCenter);
        else
            b->addRow(QString::number(value), text, QStringLiteral("level"));
        layout->addWidget(b);
        m_values.insert(value, b);
        connect(b, &QPushButton::clicked, this, [this, value] { emit valueChosen(value); });
    }
}

// A line of equal boxes between the two anchors, like the paper form (Dallas): the anchors above
// the line's ends, so that the boxes keep the whole width.
void TouchItemPage::buildSegments(QVBoxLayout *layout)
{
    QWidget *content = layout->parentWidget();
    auto *anchors = new QHBoxLayout;
    QLabel *low = makeLabel(m_item.lowAnchor.text(), QStringLiteral("subtitle"), content, QStringLiteral("lowAnchor"));
    QLabel *high =
        makeLabel(m_item.highAnchor.text(), QStringLiteral("subtitle"), content, QStringLiteral("highAnchor"));
    high->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    anchors->addWidget(low, 1);
    anchors->addWidget(high, 1);
    layout->addLayout(anchors);
    auto *line = new QHBoxLayout;
    line->setSpacing(TouchStyle::SpacingPx);
    for (const AnswerOption &option : m_item.options) {
        const int value = option.value.toInt();
        const QString text = option.label.text();
        auto *b = new LabelButton(content);
        b->setObjectName(buttonName(m_item, QStringLiteral("value_%1").arg(value)));
        b->setCheckable(true);
        b->setMinimumHeight(TouchStyle::ButtonPx * 3 / 2);
        b->addLabel(text.isEmpty() ? QString::number(value) : text, QStringLiteral("level"), Qt::AlignCenter);
        line->addWidget(b, 1);
        m_values.insert(value, b);
        connect(b, &QPushButton::clicked, this, [this, value] { emit valueChosen(value); });
    }
    layout->addLayout(line);
}

void TouchItemPage::showChoice(std::optional<int> value, bool notApplicable, bool blank)
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        it.value()->setChecked(value == it.key());
    if (m_notApplicable)
        m_notApplicable->setChecked(notApplicable);
    if (m_blank)
        m_blank->setChecked(blank);
}

void TouchItemPage::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void TouchItemPage::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TouchItemPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace smr::ui
