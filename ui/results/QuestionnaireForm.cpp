#include "ui/results/QuestionnaireForm.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace smr::ui {

namespace {

// The button id of a "not applicable" choice: answer values are small non-negative integers.
constexpr int NotApplicableId = 1000;
// Every choice is at least this tall: an easy target with the mouse, readable at a workstation.
constexpr int ChoiceHeight = 36;
// The width of each anchor beside a segmented line, so that the lines of a page align.
constexpr int AnchorWidth = 150;

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QLabel *roleLabel(const QString &text, const char *role, QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setProperty("role", QLatin1String(role));
    label->setWordWrap(true);
    return label;
}

QString itemName(const InstrumentItem &item, const char *suffix, int value = -1)
{
    QString name = QStringLiteral("item") + QLatin1String(suffix) + QLatin1Char('_') + QString::number(item.number);
    if (value >= 0)
        name += QStringLiteral("_value_") + QString::number(value);
    return name;
}

QString joinValues(const InstrumentItem &item)
{
    QStringList values;
    for (const AnswerOption &o : item.options)
        values << QString::number(o.value.toInt());
    return values.join(QStringLiteral(", "));
}

} // namespace

struct QuestionnaireForm::Row {
    const InstrumentItem *item = nullptr;
    QFrame *card = nullptr;
    QButtonGroup *group = nullptr;
    QLabel *currentMark = nullptr;
    QLabel *marker = nullptr; // "No answer": the highlight never relies on colour alone
    QLabel *note = nullptr;   // a scoring rule that applies to this item (Berg item 3)
    QLabel *message = nullptr;
    std::optional<int> value;
    bool notApplicable = false;
    bool passed = false;  // the tester moved beyond this item
    bool problem = false; // named by showProblems()
};

QuestionnaireForm::QuestionnaireForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("questionnaireForm"));
    setFocusPolicy(Qt::StrongFocus);
    const InstrumentDefinition &definition = instrument.definition();

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("questionnairePage"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);

    if (!definition.instructions.isEmpty())
        layout->addWidget(
            roleLabel(definition.instructions.text(), "instructions", page, QStringLiteral("instructions")));
    const bool hasNotApplicable = std::any_of(definition.items.begin(), definition.items.end(),
                                              [](const InstrumentItem &item) { return !item.notApplicable.isEmpty(); });
    QString help = tr("Keyboard: type the number of an answer to choose it and go to the next item; Backspace goes "
                      "back; the Up and Down arrows move between items.");
    if (definition.maxMissing > 0)
        help += QLatin1Char(' ') + tr("Delete leaves an item blank.");
    if (hasNotApplicable)
        help += QLatin1Char(' ') + tr("N answers \"not applicable\".");
    layout->addWidget(roleLabel(help, "keyboardHelp", page, QStringLiteral("keyboardHelp")));

    m_rows.resize(definition.items.size());
    for (int i = 0; i < int(m_rows.size()); ++i)
        layout->addWidget(buildItem(i));

    if (!definition.copyright.isEmpty())
        layout->addWidget(roleLabel(definition.copyright.text(), "finePrint", page, QStringLiteral("copyright")));
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("questionnaireScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    // Nothing inside takes the focus: the form itself receives every key, whatever was clicked.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->setFocusPolicy(Qt::NoFocus);
    refreshItems();
}

QuestionnaireForm::~QuestionnaireForm() = default;

QFrame *QuestionnaireForm::buildItem(int index)
{
    Row &row = m_rows[index];
    const InstrumentItem &item = instrument().definition().items.at(index);
    row.item = &item;

    auto *card = new QFrame;
    card->setObjectName(itemName(item, ""));
    card->setProperty("role", QStringLiteral("questionItem"));
    card->setProperty("itemIndex", index);
    card->installEventFilter(this);
    row.card = card;

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    row.currentMark = roleLabel(QString(), "currentMark", card, itemName(item, "Current"));
    row.currentMark->setFixedWidth(18);
    auto *title = roleLabel(QStringLiteral("%1. %2").arg(item.number).arg(item.title.text()), "itemTitle", card,
                            itemName(item, "Title"));
    row.marker = roleLabel(QString(QChar(0x26A0)) + QLatin1Char(' ') + tr("No answer"), "missingMarker", card,
                           itemName(item, "Missing"));
    row.marker->setWordWrap(false);
    row.marker->setVisible(false);
    header->addWidget(row.currentMark, 0, Qt::AlignTop);
    header->addWidget(title, 1);
    header->addWidget(row.marker, 0, Qt::AlignTop);

    // The body is indented under the title, past the current-item mark.
    auto *body = new QVBoxLayout;
    body->setContentsMargins(24, 0, 0, 0);
    body->setSpacing(4);
    if (!item.prompt.isEmpty())
        body->addWidget(roleLabel(item.prompt.text(), "itemPrompt", card, itemName(item, "Prompt")));
    // A rule that changes how this item counts is read before answering it.
    row.note = roleLabel(QString(), "ruleNote", card, itemName(item, "Note"));
    row.note->setVisible(false);
    body->addWidget(row.note, 0, Qt::AlignLeft);
    row.group = new QButtonGroup(card);
    auto *choices = new QWidget(card);
    choices->setLayout(new QVBoxLayout);
    choices->layout()->setContentsMargins(0, 4, 0, 0);
    choices->layout()->setSpacing(4);
    if (!item.lowAnchor.isEmpty() || !item.highAnchor.isEmpty())
        buildSegments(row, choices);
    else
        buildChoices(row, choices, true);
    body->addWidget(choices);
    row.message = roleLabel(QString(), "itemMessage", card, itemName(item, "Message"));
    row.message->setVisible(false);
    body->addWidget(row.message);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(body);

    connect(row.group, &QButtonGroup::idClicked, this, [this, index](int id) {
        setFocus(Qt::MouseFocusReason);
        const bool notApplicable = id == NotApplicableId;
        answer(index, notApplicable ? std::nullopt : std::optional<int>(id), notApplicable, true);
    });
    return card;
}

// One row per option, in the declaration's order: the value (the key that chooses it) and the
// descriptor, wrapped when long. Clicking anywhere on the row chooses it. `withOptions` false
// adds only the "not applicable" choice (below a segmented line).
void QuestionnaireForm::buildChoices(Row &row, QWidget *choices, bool withOptions)
{
    const InstrumentItem &item = *row.item;
    const auto addRow = [&](const QString &key, const QString &text, int id, const QString &name) {
        auto *line = new QFrame(choices);
        line->setProperty("role", QStringLiteral("choice"));
        line->setAttribute(Qt::WA_Hover);
        line->setMinimumHeight(ChoiceHeight);
        line->setCursor(Qt::PointingHandCursor);
        auto *radio = new QRadioButton(key, line);
        radio->setObjectName(name);
        auto *label = roleLabel(text, "choiceLabel", line);
        auto *layout = new QHBoxLayout(line);
        layout->setContentsMargins(10, 4, 10, 4);
        layout->setSpacing(12);
        layout->addWidget(radio);
        layout->addWidget(label, 1);
        line->installEventFilter(this);
        row.group->addButton(radio, id);
        connect(radio, &QAbstractButton::toggled, line, [line](bool on) {
            line->setProperty("checked", on);
            repolish(line);
        });
        choices->layout()->addWidget(line);
    };
    if (withOptions) {
        for (const AnswerOption &option : item.options) {
            const int value = option.value.toInt();
            addRow(QString::number(value), option.label.text(), value, itemName(item, "", value));
        }
    }
    if (!item.notApplicable.isEmpty())
        addRow(QStringLiteral("N"), item.notApplicable.text(), NotApplicableId, itemName(item, "Na"));
}

// A line of equal boxes between its two anchors, like the paper form (Dallas).
void QuestionnaireForm::buildSegments(Row &row, QWidget *choices)
{
    const InstrumentItem &item = *row.item;
    auto *line = new QHBoxLayout;
    line->setSpacing(4);
    const auto addAnchor = [&](const LocalizedText &text, const char *suffix, Qt::Alignment side) {
        auto *anchor = roleLabel(text.text(), "anchor", choices, itemName(item, suffix));
        anchor->setFixedWidth(AnchorWidth);
        anchor->setAlignment(side | Qt::AlignVCenter);
        line->addWidget(anchor);
    };
    addAnchor(item.lowAnchor, "Low", Qt::AlignRight);
    line->addSpacing(6);
    for (const AnswerOption &option : item.options) {
        const int value = option.value.toInt();
        const QString text = option.label.text();
        auto *box = new QPushButton(text.isEmpty() ? QString::number(value) : text, choices);
        box->setObjectName(itemName(item, "", value));
        box->setProperty("role", QStringLiteral("segment"));
        box->setCheckable(true);
        box->setMinimumHeight(ChoiceHeight);
        box->setMinimumWidth(40);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row.group->addButton(box, value);
        line->addWidget(box, 1);
    }
    line->addSpacing(6);
    addAnchor(item.highAnchor, "High", Qt::AlignLeft);
    static_cast<QVBoxLayout *>(choices->layout())->addLayout(line);
    buildChoices(row, choices, false); // the "not applicable" choice, if any
}

QJsonObject QuestionnaireForm::answers() const
{
    QJsonArray items;
    for (const Row &row : m_rows)
        items.append(row.value ? QJsonValue(*row.value) : QJsonValue(QJsonValue::Null));
    return {{QStringLiteral("items"), items}};
}

void QuestionnaireForm::setAnswers(const QJsonObject &answers)
{
    const QJsonObject before = this->answers();
    const QJsonArray items = answers.value(QStringLiteral("items")).toArray();
    int lastAnswered = -1;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &row = m_rows[i];
        const QJsonValue v = i < items.size() ? items.at(i) : QJsonValue(QJsonValue::Null);
        const double d = v.toDouble(-1);
        // A value the item does not offer is not shown as an answer (check() names it).
        const bool known = v.isDouble() && std::floor(d) == d && row.item->option(int(d));
        row.value = known ? std::optional<int>(int(d)) : std::nullopt;
        row.notApplicable = false;
        row.passed = false;
        if (known)
            lastAnswered = i;
        syncButtons(i);
        showMessage(i, QString());
    }
    // Gaps before the last answer of a resumed draft were passed over.
    for (int i = 0; i < lastAnswered; ++i)
        m_rows[i].passed = true;
    refreshItems();
    refreshRuleNotes();
    if (this->answers() != before)
        emit answersChanged();
}

void QuestionnaireForm::showProblems(const QList<FieldError> &problems)
{
    m_allMissingShown = false;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rows[i].problem = false;
        showMessage(i, QString());
    }
    const QString prefix = QStringLiteral("items.");
    for (const FieldError &problem : problems) {
        if (problem.field == QLatin1String("items")) {
            m_allMissingShown = true;
            continue;
        }
        if (!problem.field.startsWith(prefix))
            continue;
        const int number = problem.field.mid(prefix.size()).toInt();
        for (int i = 0; i < int(m_rows.size()); ++i) {
            Row &row = m_rows[i];
            if (row.item->number != number)
                continue;
            row.problem = true;
            if (row.value || row.notApplicable)
                showMessage(i, problem.message); // answered, yet refused: say why
        }
    }
    refreshItems();
    // The keyboard goes where the first correction is needed.
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[i].card->property("missing") == QStringLiteral("problem") || !m_rows[i].message->text().isEmpty()) {
            moveTo(i);
            break;
        }
    }
}

void QuestionnaireForm::focusFirst()
{
    moveTo(0);
    setFocus(Qt::OtherFocusReason);
}

void QuestionnaireForm::answer(int index, std::optional<int> value, bool notApplicable, bool advance)
{
    Row &row = m_rows[index];
    const bool changed = row.value != value || row.notApplicable != notApplicable;
    row.value = value;
    row.notApplicable = notApplicable;
    syncButtons(index);
    showMessage(index, QString());
    refreshRuleNotes();
    if (changed)
        emit answersChanged();
    moveTo(advance ? std::min(index + 1, int(m_rows.size()) - 1) : index);
}

void QuestionnaireForm::moveTo(int index)
{
    if (m_rows.empty())
        return;
    index = std::clamp(index, 0, int(m_rows.size()) - 1);
    const int previous = m_current;
    for (int i = 0; i < index; ++i)
        m_rows[i].passed = true;
    m_current = index;
    if (previous != index)
        showMessage(previous, QString());
    refreshItems();
    scrollToCurrent();
}

void QuestionnaireForm::showMessage(int index, const QString &text)
{
    QLabel *message = m_rows[index].message;
    message->setText(text);
    message->setVisible(!text.isEmpty());
}

void QuestionnaireForm::syncButtons(int index)
{
    const Row &row = m_rows[index];
    const int id = row.notApplicable ? NotApplicableId : row.value.value_or(-1);
    if (QAbstractButton *button = id >= 0 ? row.group->button(id) : nullptr) {
        button->setChecked(true);
    } else if (QAbstractButton *checked = row.group->checkedButton()) {
        // An exclusive group never unchecks its last button by itself.
        row.group->setExclusive(false);
        checked->setChecked(false);
        row.group->setExclusive(true);
    }
}

void QuestionnaireForm::refreshItems()
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        refreshItem(i);
}

void QuestionnaireForm::refreshItem(int index)
{
    Row &row = m_rows[index];
    const bool current = index == m_current;
    const bool unanswered = !row.value && !row.notApplicable;
    QString missing;
    if (unanswered && (row.problem || m_allMissingShown))
        missing = QStringLiteral("problem");
    else if (unanswered && row.passed)
        missing = QStringLiteral("passed");
    if (row.card->property("current").toBool() != current || row.card->property("missing").toString() != missing) {
        row.card->setProperty("current", current);
        row.card->setProperty("missing", missing);
        row.marker->setProperty("level", missing);
        repolish(row.card);
        repolish(row.marker);
    }
    // A hollow mark when the keyboard is elsewhere in the dialog: typing would not answer here.
    row.currentMark->setText(current ? QString(QChar(hasFocus() ? 0x25B6 : 0x25B7)) : QString());
    row.marker->setVisible(!missing.isEmpty());
}

// Berg 1992: when item 2 is scored 4, item 3 counts 4 whatever is entered (the scoring is done
// in core; the form only says so). The declaration has no way to state such a rule yet.
void QuestionnaireForm::refreshRuleNotes()
{
    const bool berg = instrument().id() == QLatin1String("berg") && m_rows.size() >= 3;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const bool credited = berg && i == 2 && m_rows[1].value == 4;
        m_rows[i].note->setText(credited ? tr("Counted 4 (item 2 = 4)") : QString());
        m_rows[i].note->setVisible(credited);
    }
}

void QuestionnaireForm::scrollToCurrent()
{
    // Heights may have just changed (a note shown, a message hidden): lay out before scrolling.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (m_current == 0)
        bar->setValue(bar->minimum()); // the instructions above the first item
    else if (m_current == int(m_rows.size()) - 1)
        bar->setValue(bar->maximum()); // the copyright line below the last
    // The whole card when it fits (a taller one is centred).
    m_scroll->ensureWidgetVisible(m_rows[m_current].card, 0, m_current == 0 ? 0 : 24);
}

// The digit of a key: the number row, the keypad, or the unshifted number row of a French or
// Belgian AZERTY keyboard (& é " ' ( - è _ ç à), so that nobody has to hold Shift.
int QuestionnaireForm::digitOf(const QKeyEvent *event)
{
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
        return event->key() - Qt::Key_0;
    if (event->modifiers() & Qt::KeypadModifier || event->text().size() != 1)
        return -1;
    static const QString azerty = QStringLiteral("\u00e0&\u00e9\"'(-\u00e8_\u00e7");
    const QChar c = event->text().at(0);
    if (const int digit = int(azerty.indexOf(c)); digit >= 0)
        return digit;
    if (c == QChar(0x00a7)) // Belgian 6
        return 6;
    if (c == QLatin1Char('!')) // Belgian 8
        return 8;
    return -1;
}

bool QuestionnaireForm::handlesKey(const QKeyEvent *event) const
{
    static const QList<int> keys{Qt::Key_Backspace, Qt::Key_Delete, Qt::Key_Up,     Qt::Key_Down,    Qt::Key_Home,
                                 Qt::Key_End,       Qt::Key_N,      Qt::Key_PageUp, Qt::Key_PageDown};
    if (m_rows.empty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    return keys.contains(event->key()) || digitOf(event) >= 0;
}

bool QuestionnaireForm::event(QEvent *event)
{
    if ((event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) && !m_rows.empty())
        refreshItem(m_current);
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent *>(event))) {
        event->accept(); // a digit or Delete is an answer here, not a shortcut of the window
        return true;
    }
    if (event->type() == QEvent::KeyPress && !m_rows.empty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        const bool back = key->key() == Qt::Key_Backtab || key->modifiers() & Qt::ShiftModifier;
        // Tab walks the items; past the first or last one it leaves the form as usual.
        if (const int next = m_current + (back ? -1 : 1); plain && tab && next >= 0 && next < int(m_rows.size())) {
            moveTo(next);
            return true;
        }
    }
    return EntryForm::event(event);
}

void QuestionnaireForm::keyPressEvent(QKeyEvent *event)
{
    if (!handlesKey(event))
        return EntryForm::keyPressEvent(event);
    const InstrumentItem &item = *m_rows[m_current].item;
    const int key = event->key();
    const int digit = digitOf(event);
    if (digit >= 0 && item.option(digit)) {
        answer(m_current, digit, false, true);
    } else if (digit >= 0) {
        showMessage(m_current, tr("%1 is not an answer to item %2: the answers are %3.")
                                   .arg(digit)
                                   .arg(item.number)
                                   .arg(joinValues(item)));
    } else if (key == Qt::Key_Home || key == Qt::Key_End) {
        moveTo(key == Qt::Key_Home ? 0 : int(m_rows.size()) - 1);
    } else if (key == Qt::Key_Backspace || key == Qt::Key_Up || key == Qt::Key_Down) {
        moveTo(m_current + (key == Qt::Key_Down ? 1 : -1)); // Backspace goes back and clears nothing
    } else if (key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
        m_scroll->verticalScrollBar()->triggerAction(key == Qt::Key_PageUp ? QAbstractSlider::SliderPageStepSub
                                                                           : QAbstractSlider::SliderPageStepAdd);
    } else if (key == Qt::Key_N && !item.notApplicable.isEmpty()) {
        answer(m_current, std::nullopt, true, true);
    } else if (key == Qt::Key_N) {
        showMessage(m_current, tr("Item %1 cannot be answered \"not applicable\".").arg(item.number));
    } else if (key == Qt::Key_Delete && instrument().definition().maxMissing > 0) {
        answer(m_current, std::nullopt, false, true);
    } else if (key == Qt::Key_Delete) {
        showMessage(m_current,
                    tr("Item %1 cannot be left blank: every item of this questionnaire is needed.").arg(item.number));
    }
}

bool QuestionnaireForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return EntryForm::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    const QString role = widget ? widget->property("role").toString() : QString();
    if (role == QLatin1String("choice")) {
        // A click on the descriptor or the margin of a choice chooses it, as on its button.
        if (event->type() == QEvent::MouseButtonRelease) {
            if (auto *button = widget->findChild<QAbstractButton *>())
                button->click();
        }
        return true;
    }
    if (role == QLatin1String("questionItem") && event->type() == QEvent::MouseButtonPress) {
        moveTo(widget->property("itemIndex").toInt());
        setFocus(Qt::MouseFocusReason);
    }
    return EntryForm::eventFilter(watched, event);
}

} // namespace smr::ui
