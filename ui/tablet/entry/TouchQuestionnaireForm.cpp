#include "ui/tablet/entry/TouchQuestionnaireForm.h"

#include "ui/tablet/LabelButton.h"
#include "ui/tablet/TouchStyle.h"
#include "ui/tablet/entry/ItemProgressStrip.h"
#include "ui/tablet/entry/SwipeRecognizer.h"
#include "ui/tablet/entry/TouchItemPage.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace smr::ui {

namespace {

const QString Items = QStringLiteral("items");
const QString ItemKey = QStringLiteral("item");
const QString SummaryKey = QStringLiteral("summary");
const QString NotApplicableKey = QStringLiteral("not_applicable");
const QString BlankKey = QStringLiteral("left_blank");

QJsonArray numbersWhere(const auto &rows, auto test)
{
    QJsonArray out;
    for (const auto &row : rows) {
        if (test(row))
            out.append(row.page->item().number);
    }
    return out;
}

} // namespace

struct TouchQuestionnaireForm::Row {
    TouchItemPage *page = nullptr;
    std::optional<int> value;
    bool notApplicable = false;
    bool blank = false;
    bool problem = false; // named by showProblems()

    bool answered() const { return value || notApplicable || blank; }
};

TouchQuestionnaireForm::TouchQuestionnaireForm(const Instrument &instrument, const EntryContext &context,
                                               QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("touchQuestionnaireForm"));
    setFocusPolicy(Qt::StrongFocus);
    const InstrumentDefinition &definition = instrument.definition();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("itemPages"));
    QList<int> numbers;
    m_rows.resize(definition.items.size());
    for (int i = 0; i < itemCount(); ++i) {
        const InstrumentItem &item = definition.items.at(i);
        numbers << item.number;
        auto *page =
            new TouchItemPage(item, definition.maxMissing > 0, i == 0 ? definition.instructions.text() : QString(),
                              definition.copyright.text(), m_pages);
        m_rows[i].page = page;
        m_pages->addWidget(page);
        connect(page, &TouchItemPage::valueChosen, this, [this, i](int value) { answer(i, value, false, false); });
        connect(page, &TouchItemPage::notApplicableChosen, this, [this, i] { answer(i, std::nullopt, true, false); });
        connect(page, &TouchItemPage::blankChosen, this, [this, i] { answer(i, std::nullopt, false, true); });
    }
    m_pages->addWidget(buildSummary());

    m_strip = new ItemProgressStrip(numbers, this);
    m_previous = TouchStyle::button(tr("◀ Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next = TouchStyle::button(tr("Next ▶"), this, QStringLiteral("primary"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    auto *navigation = new QHBoxLayout;
    navigation->setSpacing(TouchStyle::SpacingPx * 2);
    navigation->addWidget(m_previous, 1);
    navigation->addWidget(m_next, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(TouchStyle::SpacingPx, TouchStyle::SpacingPx, TouchStyle::SpacingPx,
                               TouchStyle::SpacingPx);
    layout->setSpacing(TouchStyle::SpacingPx);
    layout->addWidget(m_strip);
    layout->addWidget(m_pages, 1);
    layout->addLayout(navigation);

    m_swipe = new SwipeRecognizer(this);
    m_swipe->watch(m_pages);
    connect(m_swipe, &SwipeRecognizer::swipedLeft, this, &TouchQuestionnaireForm::next);
    connect(m_swipe, &SwipeRecognizer::swipedRight, this, &TouchQuestionnaireForm::previous);
    connect(m_strip, &ItemProgressStrip::chosen, this, &TouchQuestionnaireForm::goTo);
    connect(m_previous, &QPushButton::clicked, this, &TouchQuestionnaireForm::previous);
    connect(m_next, &QPushButton::clicked, this, &TouchQuestionnaireForm::next);
    // The chosen answer stays lit for a moment, then the next item comes.
    m_advance.setSingleShot(true);
    m_advance.setInterval(DefaultAdvanceMs);
    connect(&m_advance, &QTimer::timeout, this, [this] { goTo(m_advanceTo); });

    for (int i = 0; i < itemCount(); ++i)
        refreshRow(i);
    goTo(0);
}

TouchQuestionnaireForm::~TouchQuestionnaireForm() = default;

int TouchQuestionnaireForm::itemCount() const
{
    return int(m_rows.size());
}

bool TouchQuestionnaireForm::isOnSummary() const
{
    return m_current == itemCount();
}

QWidget *TouchQuestionnaireForm::buildSummary()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, TouchStyle::SpacingPx, TouchStyle::SpacingPx);
    layout->setSpacing(TouchStyle::SpacingPx);
    m_summaryCount = new QLabel(content);
    m_summaryCount->setObjectName(QStringLiteral("summaryCount"));
    m_summaryCount->setProperty("touchRole", QStringLiteral("large"));
    m_summaryCount->setWordWrap(true);
    // The strip above says "Summary" already.
    layout->addWidget(m_summaryCount);
    m_summaryList = new QVBoxLayout;
    m_summaryList->setSpacing(TouchStyle::SpacingPx);
    layout->addLayout(m_summaryList);
    layout->addStretch(1);
    if (const QString copyright = instrument().definition().copyright.text(); !copyright.isEmpty()) {
        auto *line = new QLabel(copyright, content);
        line->setProperty("touchRole", QStringLiteral("muted"));
        line->setWordWrap(true);
        layout->addWidget(line);
    }
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("summaryPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    TouchStyle::kineticScroll(scroll);
    return scroll;
}

void TouchQuestionnaireForm::answer(int index, std::optional<int> value, bool notApplicable, bool blank)
{
    Row &row = m_rows[index];
    const bool changed = row.value != value;
    row.value = value;
    row.notApplicable = notApplicable;
    row.blank = blank;
    row.problem = false;
    row.page->setMessage(QString());
    refreshRow(index);
    refreshRuleNotes();
    if (changed)
        emit answersChanged();
    // "Not applicable" or "blank" changes no answer but the draft's progress.
    emit progressChanged();
    // On to the next item still without an answer (the next one while entering in order; past
    // those already answered when filling a gap from the summary), else the summary.
    m_advanceTo = index + 1;
    while (m_advanceTo < itemCount() && m_rows[m_advanceTo].answered())
        ++m_advanceTo;
    if (m_advance.interval() <= 0)
        goTo(m_advanceTo);
    else
        m_advance.start();
}

void TouchQuestionnaireForm::goTo(int index)
{
    m_advance.stop();
    index = std::clamp(index, 0, itemCount());
    const bool moved = index != m_current;
    m_current = index;
    m_pages->setCurrentIndex(index);
    m_strip->setCurrent(index);
    if (isOnSummary())
        refreshSummary();
    else if (moved)
        m_rows[index].page->scrollToTop();
    refreshNavigation();
    if (moved)
        emit progressChanged();
}

void TouchQuestionnaireForm::refreshNavigation()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setVisible(!isOnSummary());
    m_next->setText(m_current == itemCount() - 1 ? tr("Summary ▶") : tr("Next ▶"));
}

void TouchQuestionnaireForm::refreshRow(int index)
{
    const Row &row = m_rows[index];
    row.page->showChoice(row.value, row.notApplicable, row.blank);
    using Mark = ItemProgressStrip::Mark;
    Mark mark = row.value           ? Mark::Answered
                : row.notApplicable ? Mark::NotApplicable
                : row.blank         ? Mark::Blank
                                    : Mark::Unanswered;
    if (row.problem || (m_allMissingShown && !row.answered()))
        mark = Mark::Problem;
    m_strip->setMark(index, mark);
}

// Berg 1992: when item 2 is scored 4, item 3 counts 4 whatever is entered (scored in core; the
// form only says so, as QuestionnaireForm).
void TouchQuestionnaireForm::refreshRuleNotes()
{
    if (instrument().id() != QLatin1String("berg") || itemCount() < 3)
        return;
    m_rows[2].page->setNote(m_rows[1].value == 4 ? tr("Counted 4 (item 2 = 4)") : QString());
}

void TouchQuestionnaireForm::refreshSummary()
{
    qDeleteAll(m_summaryEntries);
    m_summaryEntries.clear();
    int missing = 0;
    for (int i = 0; i < itemCount(); ++i) {
        const Row &row = m_rows[i];
        if (row.value)
            continue;
        const InstrumentItem &item = row.page->item();
        QString state = tr("no answer");
        if (row.notApplicable)
            state = tr("not applicable");
        else if (row.blank)
            state = tr("left blank");
        else
            ++missing;
        auto *entry = new LabelButton(m_summaryCount->parentWidget());
        entry->setObjectName(QStringLiteral("summaryItem_%1").arg(item.number));
        entry->addRow(QString::number(item.number), tr("%1 — %2").arg(item.title.text(), state),
                      QStringLiteral("level"));
        connect(entry, &QPushButton::clicked, this, [this, i] { goTo(i); });
        m_summaryList->addWidget(entry);
        m_summaryEntries << entry;
    }
    const int answered =
        int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.value.has_value(); }));
    QString text = tr("%1 of %2 items answered.").arg(answered).arg(itemCount());
    if (missing == 0)
        text += QLatin1Char(' ') + tr("Every item has been seen.");
    else
        text += QLatin1Char(' ') + tr("%n item(s) without an answer: touch one to answer it.", nullptr, missing);
    m_summaryCount->setText(text);
}

int TouchQuestionnaireForm::firstUnanswered() const
{
    for (int i = 0; i < itemCount(); ++i) {
        if (!m_rows[i].answered())
            return i;
    }
    return itemCount();
}

QJsonObject TouchQuestionnaireForm::answers() const
{
    QJsonArray items;
    for (const Row &row : m_rows)
        items.append(row.value ? QJsonValue(*row.value) : QJsonValue(QJsonValue::Null));
    return {{Items, items}};
}

void TouchQuestionnaireForm::setAnswers(const QJsonObject &answers)
{
    const QJsonObject before = this->answers();
    const QJsonArray items = answers.value(Items).toArray();
    for (int i = 0; i < itemCount(); ++i) {
        Row &row = m_rows[i];
        const QJsonValue v = i < items.size() ? items.at(i) : QJsonValue(QJsonValue::Null);
        const double d = v.toDouble(-1);
        // A value the item does not offer is not shown as an answer (check() names it).
        const bool known = v.isDouble() && std::floor(d) == d && row.page->item().option(int(d));
        row.value = known ? std::optional<int>(int(d)) : std::nullopt;
        row.notApplicable = false;
        row.blank = false;
        row.page->setMessage(QString());
        refreshRow(i);
    }
    refreshRuleNotes();
    goTo(firstUnanswered());
    if (this->answers() != before)
        emit answersChanged();
}

void TouchQuestionnaireForm::showProblems(const QList<FieldError> &problems)
{
    m_allMissingShown = false;
    for (Row &row : m_rows) {
        row.problem = false;
        row.page->setMessage(QString());
    }
    const QString prefix = QStringLiteral("items.");
    int first = -1;
    for (const FieldError &problem : problems) {
        if (problem.field == Items) {
            m_allMissingShown = true;
            continue;
        }
        if (!problem.field.startsWith(prefix))
            continue;
        const int number = problem.field.mid(prefix.size()).toInt();
        for (int i = 0; i < itemCount(); ++i) {
            Row &row = m_rows[i];
            if (row.page->item().number != number)
                continue;
            row.problem = true;
            row.page->setMessage(problem.message);
            if (first < 0 || i < first)
                first = i;
        }
    }
    if (m_allMissingShown && first < 0)
        first = firstUnanswered();
    for (int i = 0; i < itemCount(); ++i)
        refreshRow(i);
    if (first >= 0)
        goTo(first);
}

void TouchQuestionnaireForm::focusFirst()
{
    setFocus(Qt::OtherFocusReason);
}

QJsonObject TouchQuestionnaireForm::progress() const
{
    QJsonObject out;
    if (isOnSummary())
        out.insert(SummaryKey, true);
    else
        out.insert(ItemKey, m_rows[m_current].page->item().number);
    const QJsonArray notApplicable = numbersWhere(m_rows, [](const Row &r) { return r.notApplicable; });
    const QJsonArray blank = numbersWhere(m_rows, [](const Row &r) { return r.blank; });
    if (!notApplicable.isEmpty())
        out.insert(NotApplicableKey, notApplicable);
    if (!blank.isEmpty())
        out.insert(BlankKey, blank);
    return out;
}

void TouchQuestionnaireForm::setProgress(const QJsonObject &progress)
{
    const QVariantList notApplicable = progress.value(NotApplicableKey).toArray().toVariantList();
    const QVariantList blank = progress.value(BlankKey).toArray().toVariantList();
    int target = -1;
    for (int i = 0; i < itemCount(); ++i) {
        Row &row = m_rows[i];
        const int number = row.page->item().number;
        // Only a null answer can have been "not applicable" or "left blank".
        row.notApplicable = !row.value && notApplicable.contains(number) && !row.page->item().notApplicable.isEmpty();
        row.blank = !row.value && !row.notApplicable && blank.contains(number);
        refreshRow(i);
        if (progress.value(ItemKey).toInt() == number)
            target = i;
    }
    if (progress.value(SummaryKey).toBool())
        target = itemCount();
    goTo(target >= 0 ? target : firstUnanswered());
}

void TouchQuestionnaireForm::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Left || key == Qt::Key_Up || key == Qt::Key_PageUp || key == Qt::Key_Backspace) {
        previous();
        return;
    }
    if (key == Qt::Key_Right || key == Qt::Key_Down || key == Qt::Key_PageDown) {
        next();
        return;
    }
    if (isOnSummary())
        return EntryForm::keyPressEvent(event);
    const InstrumentItem &item = m_rows[m_current].page->item();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && item.option(key - Qt::Key_0))
        answer(m_current, key - Qt::Key_0, false, false);
    else if (key == Qt::Key_N && !item.notApplicable.isEmpty())
        answer(m_current, std::nullopt, true, false);
    else if (key == Qt::Key_Delete && instrument().definition().maxMissing > 0)
        answer(m_current, std::nullopt, false, true);
    else
        EntryForm::keyPressEvent(event);
}

} // namespace smr::ui
