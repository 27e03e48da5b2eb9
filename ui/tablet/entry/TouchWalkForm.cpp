#include "ui/tablet/entry/TouchWalkForm.h"

#include "ui/results/Ticker.h"
#include "ui/results/WalkAnswers.h"
#include "ui/results/WalkClock.h"
#include "ui/tablet/TouchStyle.h"
#include "ui/tablet/entry/TouchChoiceGroup.h"
#include "ui/tablet/entry/TouchFieldPad.h"
#include "ui/tablet/entry/TouchWalkPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace smr::ui {

using namespace walk;

namespace {

const QString Sex = QStringLiteral("sex");
const QString WalkingAid = QStringLiteral("walking_aid");
const QString Reason = QStringLiteral("stopped_early_reason");
const QString Symptoms = QStringLiteral("symptoms");
const QString PageKey = QStringLiteral("page");
const QString Separator = QStringLiteral(" — ");

QList<TouchChoiceGroup::Choice> choicesOf(const Instrument &instrument, const QString &key)
{
    const InstrumentField *field = instrument.definition().field(key);
    return field ? TouchChoiceGroup::choicesOf(*field) : QList<TouchChoiceGroup::Choice>{};
}

} // namespace

TouchWalkForm::TouchWalkForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("touchWalkForm"));
    setFocusPolicy(Qt::StrongFocus);
    Ticker *ticker = context.ticker ? context.ticker : new SystemTicker(this);
    m_clock = new WalkClock(ticker, context.clock, this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("problemsBanner"));
    m_banner->setProperty("touchRole", QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);

    auto *tabs = new QHBoxLayout;
    tabs->setSpacing(TouchStyle::SpacingPx);
    const QStringList names{QStringLiteral("beforeTab"), QStringLiteral("walkTab"), QStringLiteral("afterTab")};
    const QStringList titles{tr("1 · Before the test"), tr("2 · Walk"), tr("3 · After the test")};
    for (int i = 0; i < names.size(); ++i) {
        QPushButton *tab = TouchStyle::button(titles.at(i), this, QStringLiteral("tab"));
        tab->setMinimumHeight(TouchStyle::BarButtonPx); // navigation, like the bar: the walk gets the height
        tab->setObjectName(names.at(i));
        tab->setCheckable(true);
        tabs->addWidget(tab, 1);
        m_tabs << tab;
        connect(tab, &QPushButton::clicked, this, [this, i] { showPage(Page(i)); });
    }

    m_walk = new TouchWalkPage(m_clock, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildBefore());
    m_pages->addWidget(m_walk);
    m_pages->addWidget(buildAfter());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(TouchStyle::SpacingPx, TouchStyle::SpacingPx, TouchStyle::SpacingPx,
                               TouchStyle::SpacingPx);
    layout->setSpacing(TouchStyle::SpacingPx);
    layout->addLayout(tabs);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_walk, &TouchWalkPage::lapAdded, this, [this] { addLaps(1); });
    connect(m_walk, &TouchWalkPage::lapUndone, this, [this] { addLaps(-1); });
    connect(m_walk, &TouchWalkPage::endRequested, this, [this] { showPage(After); });
    connect(m_walk, &TouchWalkPage::startOverRequested, this, &TouchWalkForm::startOver);
    connectClock();
    // "+" and "−" count a length from a keyboard, as at the workstation.
    const auto shortcut = [this](Qt::Key key, int delta) {
        auto *s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, delta] {
            if (page() == Walk)
                addLaps(delta);
        });
    };
    shortcut(Qt::Key_Plus, 1);
    shortcut(Qt::Key_Minus, -1);

    m_before->setNumber(Track, DefaultTrackMetres);
    prefillPatient();
    showPage(Before);
    refresh();
}

QWidget *TouchWalkForm::buildBefore()
{
    m_before = new TouchFieldPad(instrument(), QStringLiteral("beforePad"), this);
    m_sex = new TouchChoiceGroup(Sex, choicesOf(instrument(), Sex));
    m_sex->setColumns(2);
    m_before->addSection(tr("Patient (for the reference equation)"), m_sex);
    m_before->addFields(QString(), {QStringLiteral("age"), QStringLiteral("height_cm"), QStringLiteral("weight_kg")},
                        3);
    m_before->addFields(tr("Track"), {Track}, 3);
    m_aid = new TouchChoiceGroup(WalkingAid, choicesOf(instrument(), WalkingAid));
    m_aid->setColumns(2);
    m_before->addSection(tr("Walking aid"), m_aid);
    m_before->addFields(tr("At rest, before the test"),
                        {QStringLiteral("hr_before"), QStringLiteral("spo2_before"), QStringLiteral("sbp_before"),
                         QStringLiteral("dbp_before"), QStringLiteral("borg_dyspnoea_before"),
                         QStringLiteral("borg_fatigue_before"), QStringLiteral("oxygen_l_min")},
                        2);
    m_before->select(QStringLiteral("age"));
    connect(m_before, &TouchFieldPad::changed, this, &TouchWalkForm::changed);
    connect(m_sex, &TouchChoiceGroup::changed, this, &TouchWalkForm::changed);
    connect(m_aid, &TouchChoiceGroup::changed, this, &TouchWalkForm::changed);
    return m_before;
}

QWidget *TouchWalkForm::buildAfter()
{
    m_after = new TouchFieldPad(instrument(), QStringLiteral("afterPad"), this);
    m_summary = m_after->addNote(QStringLiteral("distanceSummary"), QStringLiteral("large"));
    m_after->addFields(tr("End of the test"), {Partial, Stops, StopSeconds, Distance}, 2);
    // ATS 2002: the reasons to stop a walk, and the patient's own.
    m_reason =
        new TouchChoiceGroup(QStringLiteral("reason"), {{QStringLiteral("chest_pain"), tr("Chest pain")},
                                                        {QStringLiteral("dyspnoea"), tr("Intolerable dyspnoea")},
                                                        {QStringLiteral("cramps"), tr("Leg cramps")},
                                                        {QStringLiteral("staggering"), tr("Staggering")},
                                                        {QStringLiteral("diaphoresis"), tr("Diaphoresis")},
                                                        {QStringLiteral("pallor"), tr("Pale or ashen appearance")},
                                                        {QStringLiteral("request"), tr("Patient's request")},
                                                        {QStringLiteral("other"), tr("Other reason")}});
    m_reason->setColumns(2);
    m_reasonSection = m_after->addSection(tr("Reason for stopping early"), m_reason);
    m_after->addFields(tr("After the test"),
                       {QStringLiteral("hr_after"), QStringLiteral("spo2_after"), QStringLiteral("spo2_lowest"),
                        QStringLiteral("sbp_after"), QStringLiteral("dbp_after"), QStringLiteral("borg_dyspnoea_after"),
                        QStringLiteral("borg_fatigue_after")},
                       2);
    m_symptoms = new TouchChoiceGroup(Symptoms,
                                      {{QStringLiteral("dyspnoea"), tr("Dyspnoea")},
                                       {QStringLiteral("chest_pain"), tr("Chest pain")},
                                       {QStringLiteral("leg_pain"), tr("Leg pain or cramps")},
                                       {QStringLiteral("dizziness"), tr("Dizziness")},
                                       {QStringLiteral("fatigue"), tr("Marked fatigue")},
                                       {QStringLiteral("palpitations"), tr("Palpitations")}},
                                      nullptr, true);
    m_symptoms->setColumns(2);
    m_after->addSection(tr("Symptoms"), m_symptoms);
    m_after->select(Partial);
    connect(m_after, &TouchFieldPad::changed, this, &TouchWalkForm::changed);
    connect(m_reason, &TouchChoiceGroup::changed, this, &TouchWalkForm::changed);
    connect(m_symptoms, &TouchChoiceGroup::changed, this, &TouchWalkForm::changed);
    return m_after;
}

void TouchWalkForm::connectClock()
{
    connect(m_clock, &WalkClock::started, this, [this] {
        if (!m_laps)
            m_laps = 0;
        changed();
        emit progressChanged();
    });
    connect(m_clock, &WalkClock::paused, this, [this] {
        addToNumber(Stops, 1);
        emit progressChanged();
    });
    connect(m_clock, &WalkClock::resumed, this, [this](qint64 pauseMs) {
        addToNumber(StopSeconds, std::round(double(pauseMs) / 1000.0));
        emit progressChanged();
    });
    connect(m_clock, &WalkClock::finished, this, [this] {
        fillStopsIfEmpty();
        showPage(After);
        m_after->select(Partial);
        emit progressChanged();
    });
    connect(m_clock, &WalkClock::aborted, this, [this] {
        fillStopsIfEmpty();
        showPage(After);
        m_after->select(Partial);
        emit progressChanged();
    });
}

void TouchWalkForm::changed()
{
    refresh();
    emit answersChanged();
}

void TouchWalkForm::addLaps(int delta)
{
    if (m_clock->state() == WalkClock::State::Ready && delta > 0)
        return; // lengths count from the start
    m_laps = std::max<qint64>(m_laps.value_or(0) + delta, 0);
    changed();
}

void TouchWalkForm::addToNumber(const QString &key, double delta)
{
    m_after->setNumber(key, m_after->number(key).value_or(0) + delta);
    changed();
}

void TouchWalkForm::fillStopsIfEmpty()
{
    // A test that ran without a stop says so, as WalkForm.
    for (const QString &key : {Stops, StopSeconds}) {
        if (!m_after->isFilled(key))
            m_after->setNumber(key, 0);
    }
    changed();
}

void TouchWalkForm::startOver()
{
    m_clock->reset();
    m_laps.reset();
    for (const QString &key : {Stops, StopSeconds, Partial})
        m_after->setNumber(key, std::nullopt);
    m_reason->setValue(QString());
    m_keptReason.clear();
    showPage(Walk);
    changed();
    emit progressChanged();
}

void TouchWalkForm::prefillPatient()
{
    // What the record lacks stays empty and asks to be measured: the equation needs all four.
    QJsonObject shown = m_before->answers();
    if (!m_sex->value().isEmpty())
        shown.insert(Sex, m_sex->value());
    const QJsonObject facts = instrument().withPatientDefaults(shown, context().patient);
    if (m_sex->value().isEmpty())
        m_sex->setValue(facts.value(Sex).toString());
    for (const QString &key : {QStringLiteral("age"), QStringLiteral("height_cm"), QStringLiteral("weight_kg")}) {
        if (!m_before->isFilled(key) && facts.value(key).isDouble())
            m_before->setNumber(key, facts.value(key).toDouble());
        m_before->setAttention(key, tr("Not in the patient's record: measure it."));
    }
}

std::optional<double> TouchWalkForm::computedDistance() const
{
    const std::optional<double> partial = m_after->number(Partial);
    if (!m_laps && !partial)
        return std::nullopt;
    const std::optional<double> track = m_before->number(Track);
    if (m_laps.value_or(0) > 0 && !track)
        return std::nullopt;
    return std::round((double(m_laps.value_or(0)) * track.value_or(0) + partial.value_or(0)) * 10) / 10;
}

QString TouchWalkForm::earlyStopText() const
{
    const QString reason = m_reason->labelOf(m_reason->value());
    if (m_clock->state() != WalkClock::State::Aborted)
        return m_keptReason;
    const QString at = tr("Stopped at %1").arg(TouchWalkPage::clockText(m_clock->elapsedMs()));
    return reason.isEmpty() ? at : at + Separator + reason;
}

void TouchWalkForm::refresh()
{
    const std::optional<double> computed = computedDistance();
    const std::optional<double> typed = m_after->number(Distance);
    const std::optional<double> distance = typed ? typed : computed;
    m_walk->setLaps(m_laps.value_or(0), computed ? tr("%1 m").arg(metres(*computed)) : QString());
    QString summary = distance ? tr("Distance: %1 m").arg(metres(*distance)) : tr("Distance: — m");
    if (typed)
        summary += QLatin1Char(' ') + tr("(typed)");
    else if (computed) {
        const QString count =
            tr("%1 × %2 m").arg(QLocale().toString(m_laps.value_or(0)), metres(m_before->number(Track).value_or(0)));
        const std::optional<double> partial = m_after->number(Partial);
        summary += QStringLiteral(" (%1)").arg(partial ? tr("%1 + %2 m").arg(count, metres(*partial)) : count);
    }
    m_summary->setText(summary);
    m_reasonSection->setVisible(m_clock->state() == WalkClock::State::Aborted || !m_keptReason.isEmpty());
}

QJsonObject TouchWalkForm::answers() const
{
    QJsonObject out = m_before->answers();
    const QJsonObject after = m_after->answers();
    for (auto it = after.begin(); it != after.end(); ++it)
        out.insert(it.key(), it.value());
    if (m_laps)
        out.insert(Laps, *m_laps);
    if (!after.contains(Distance)) {
        if (const std::optional<double> d = computedDistance())
            out.insert(Distance, *d);
    }
    const QList<std::pair<QString, QString>> texts{{Sex, m_sex->value()},
                                                   {WalkingAid, m_aid->value()},
                                                   {Reason, earlyStopText()},
                                                   {Symptoms, (m_keptSymptoms +
                                                               [this] {
                                                                   QStringList labels;
                                                                   for (const QString &value : m_symptoms->values())
                                                                       labels << m_symptoms->labelOf(value);
                                                                   return labels;
                                                               }())
                                                                  .join(QStringLiteral(", "))}};
    for (const auto &[key, text] : texts) {
        if (!text.isEmpty())
            out.insert(key, text);
    }
    return out;
}

void TouchWalkForm::setAnswers(const QJsonObject &answers)
{
    m_before->setAnswers(answers);
    m_after->setAnswers(answers);
    m_sex->setValue(answers.value(Sex).toString());
    m_aid->setValue(answers.value(WalkingAid).toString());
    const QJsonValue laps = answers.value(Laps);
    m_laps = laps.isDouble() ? std::optional<qint64>(qint64(laps.toDouble())) : std::nullopt;
    // The stored distance is typed only when it is not what the lengths give.
    const std::optional<double> computed = computedDistance();
    if (computed && answers.value(Distance).isDouble() &&
        std::abs(answers.value(Distance).toDouble() - *computed) < 0.05)
        m_after->setNumber(Distance, std::nullopt);
    if (!answers.contains(Track))
        m_before->setNumber(Track, DefaultTrackMetres);

    // "Stopped at 3:12 — Chest pain": the reason tapped comes back as tapped; other words stay.
    const QString reason = answers.value(Reason).toString();
    const qsizetype cut = reason.indexOf(Separator);
    const QString tapped = cut >= 0 ? m_reason->valueOf(reason.mid(cut + Separator.size())) : QString();
    m_reason->setValue(tapped);
    m_keptReason = tapped.isEmpty() ? reason : QString();
    QStringList symptoms;
    m_keptSymptoms.clear();
    const QStringList said = answers.value(Symptoms).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    for (const QString &symptom : said) {
        if (const QString value = m_symptoms->valueOf(symptom); !value.isEmpty())
            symptoms << value;
        else
            m_keptSymptoms << symptom;
    }
    m_symptoms->setValues(symptoms);
    prefillPatient();
    refresh();
}

void TouchWalkForm::showProblems(const QList<FieldError> &problems)
{
    m_before->markProblems(problems);
    m_after->markProblems(problems);
    // What neither pad shows (the sex, the walking aid, a reason) goes in the banner.
    QStringList unplaced;
    for (const FieldError &e : problems) {
        if (!m_before->keys().contains(e.field) && !m_after->keys().contains(e.field))
            unplaced << e.message;
    }
    m_banner->setText(unplaced.join(QLatin1Char('\n')));
    m_banner->setVisible(!unplaced.isEmpty());
    for (const FieldError &e : problems) {
        if (m_before->keys().contains(e.field) || e.field == Sex || e.field == WalkingAid) {
            showPage(Before);
            break;
        }
        if (m_after->keys().contains(e.field)) {
            showPage(After);
            break;
        }
    }
}

void TouchWalkForm::focusFirst()
{
    setFocus(Qt::OtherFocusReason);
}

bool TouchWalkForm::isTiming() const
{
    return m_clock->isRunning();
}

TouchWalkForm::Page TouchWalkForm::page() const
{
    return Page(m_pages->currentIndex());
}

void TouchWalkForm::showPage(Page page)
{
    const bool moved = m_pages->currentIndex() != int(page);
    m_pages->setCurrentIndex(int(page));
    for (int i = 0; i < m_tabs.size(); ++i)
        m_tabs.at(i)->setChecked(i == int(page));
    if (moved)
        emit progressChanged();
}

QJsonObject TouchWalkForm::progress() const
{
    QJsonObject out = m_clock->progress();
    out.insert(PageKey, int(page()));
    return out;
}

void TouchWalkForm::setProgress(const QJsonObject &progress)
{
    if (progress.contains(PageKey))
        showPage(Page(std::clamp(progress.value(PageKey).toInt(), int(Before), int(After))));
    // After the page: six minutes gone since the start show the end of the test.
    m_clock->restore(progress);
    refresh();
}

} // namespace smr::ui
