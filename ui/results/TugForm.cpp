#include "ui/results/TugForm.h"

#include "core/instruments/TugInstrument.h"
#include "ui/common/Labels.h"
#include "ui/results/FieldsForm.h"
#include "ui/results/Ticker.h"

#include <QFont>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

namespace smr::ui {

namespace {

const QString Seconds = QStringLiteral("seconds");

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

TugForm::TugForm(const Instrument &instrument, const EntryContext &context, QWidget *parent)
    : EntryForm(instrument, context, parent)
{
    setObjectName(QStringLiteral("tugForm"));
    m_ticker = context.ticker ? context.ticker : new SystemTicker(this);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (const QString instructions = instrument.definition().instructions.text(); !instructions.isEmpty())
        layout->addWidget(makeMutedLabel(instructions, this, QStringLiteral("instructionsLabel")));
    m_banner = makeErrorBanner(this);
    layout->addWidget(m_banner);

    // The stopwatch: readable from the other end of the corridor.
    auto *watch = new QFrame(this);
    watch->setObjectName(QStringLiteral("stopwatchPanel"));
    auto *watchLayout = new QVBoxLayout(watch);
    m_display = new QLabel(watch);
    m_display->setObjectName(QStringLiteral("stopwatchLabel"));
    m_display->setAlignment(Qt::AlignCenter);
    QFont big = m_display->font();
    big.setPointSize(64);
    big.setBold(true);
    m_display->setFont(big);
    m_display->setAccessibleName(tr("Stopwatch"));
    watchLayout->addWidget(m_display);

    m_startStop = new QPushButton(watch);
    m_startStop->setObjectName(QStringLiteral("stopwatchButton"));
    m_startStop->setProperty("role", QStringLiteral("primary"));
    m_startStop->setMinimumSize(180, 52);
    QFont buttonFont = m_startStop->font();
    buttonFont.setPointSize(16);
    m_startStop->setFont(buttonFont);
    m_reset = new QPushButton(tr("Reset"), watch);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setMinimumSize(120, 52);
    QFont resetFont = m_reset->font();
    resetFont.setPointSize(13);
    m_reset->setFont(resetFont);
    m_reset->setToolTip(tr("Stopwatch back to zero; the time field keeps its value."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_startStop);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    watchLayout->addLayout(buttons);
    auto *hint = new QLabel(tr("Space bar: start / stop (except while typing in a field)."), watch);
    hint->setObjectName(QStringLiteral("stopwatchHint"));
    hint->setProperty("role", QStringLiteral("muted"));
    hint->setAlignment(Qt::AlignCenter);
    watchLayout->addWidget(hint);
    layout->addWidget(watch);

    m_fields = new FieldsForm(instrument, context, {Seconds, QStringLiteral("walking_aid")}, 2, this);
    layout->addWidget(m_fields);

    // The reading of the time, as soon as there is one.
    auto *reading = new QGroupBox(tr("Interpretation"), this);
    auto *readingLayout = new QVBoxLayout(reading);
    m_fallRisk = new QLabel(reading);
    m_fallRisk->setObjectName(QStringLiteral("fallRiskLabel"));
    m_fallRisk->setWordWrap(true);
    m_steadi = new QLabel(reading);
    m_steadi->setObjectName(QStringLiteral("steadiLabel"));
    m_steadi->setProperty("role", QStringLiteral("muted"));
    m_steadi->setWordWrap(true);
    m_ageNorm = new QLabel(reading);
    m_ageNorm->setObjectName(QStringLiteral("ageNormLabel"));
    m_ageNorm->setWordWrap(true);
    auto *caveat = new QLabel(tr("The TUG alone does not predict falls (Barry 2014)."), reading);
    caveat->setProperty("role", QStringLiteral("muted"));
    caveat->setWordWrap(true);
    readingLayout->addWidget(m_fallRisk);
    readingLayout->addWidget(m_steadi);
    readingLayout->addWidget(m_ageNorm);
    readingLayout->addWidget(caveat);
    layout->addWidget(reading);
    layout->addStretch(1);

    connect(m_startStop, &QPushButton::clicked, this, &TugForm::toggle);
    connect(m_reset, &QPushButton::clicked, this, &TugForm::reset);
    // Space anywhere in the form except where it types (line edits take it first).
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &TugForm::toggle);
    connect(m_ticker, &Ticker::tick, this, [this] {
        if (m_running)
            showTime(m_ticker->nowMs() - m_startMs);
    });
    connect(m_fields, &FieldsForm::answersChanged, this, [this] {
        if (!m_running)
            showFieldTime();
        interpret();
        emit answersChanged();
    });

    m_startStop->setText(tr("Start"));
    showTime(0);
    interpret();
}

void TugForm::toggle()
{
    if (!m_running) {
        m_running = true;
        m_startMs = m_ticker->nowMs();
        m_startStop->setText(tr("Stop"));
        showTime(0);
        return;
    }
    m_running = false;
    m_startStop->setText(tr("Start"));
    // Tenths as stored; half a tenth rounds up (14.25 s → 14.3 s).
    const double seconds = std::round(double(m_ticker->nowMs() - m_startMs) / 100.0) / 10.0;
    m_fields->setValue(Seconds, seconds);
}

void TugForm::reset()
{
    m_running = false;
    m_startStop->setText(tr("Start"));
    showTime(0);
}

void TugForm::showTime(qint64 ms)
{
    // Tenths shown as a stopwatch does: never ahead of the time.
    const qint64 tenths = std::max<qint64>(ms, 0) / 100;
    const qint64 minutes = tenths / 600;
    const qint64 secs = (tenths / 10) % 60;
    m_display->setText(QStringLiteral("%1:%2%3%4")
                           .arg(minutes, 2, 10, QLatin1Char('0'))
                           .arg(secs, 2, 10, QLatin1Char('0'))
                           .arg(QLocale().decimalPoint())
                           .arg(tenths % 10));
}

void TugForm::showFieldTime()
{
    const std::optional<double> seconds = m_fields->number(Seconds);
    showTime(seconds && *seconds > 0 && *seconds < 6000 ? qint64(std::llround(*seconds * 1000)) : 0);
}

void TugForm::interpret()
{
    const std::optional<double> seconds = m_fields->number(Seconds);
    const bool valid = seconds && *seconds > 0 && *seconds <= 600;
    if (!valid) {
        m_fallRisk->setText(tr("Start the stopwatch or type the time to see the fall risk."));
        setStyleProperty(m_fallRisk, "severity", QString());
        m_steadi->clear();
        m_steadi->setVisible(false);
    } else {
        // The cut-offs apply to the time as measured (the core compares the same way).
        const bool increased = *seconds >= TugInstrument::FallRiskSeconds;
        const bool steadi = *seconds >= TugInstrument::SteadiSeconds;
        m_fallRisk->setText(increased ? tr("Increased fall risk: %1 s, at or above %2 s (Shumway-Cook 2000).")
                                            .arg(decimal(*seconds, 1), decimal(TugInstrument::FallRiskSeconds, 1))
                                      : tr("No increased fall risk: %1 s, under %2 s (Shumway-Cook 2000).")
                                            .arg(decimal(*seconds, 1), decimal(TugInstrument::FallRiskSeconds, 1)));
        setStyleProperty(m_fallRisk, "severity",
                         increased ? QStringLiteral("bad")
                         : steadi  ? QStringLiteral("caution")
                                   : QStringLiteral("good"));
        m_steadi->setText(steadi ? tr("CDC STEADI (%1 s): at risk.").arg(decimal(TugInstrument::SteadiSeconds, 0))
                                 : tr("CDC STEADI (%1 s): not at risk.").arg(decimal(TugInstrument::SteadiSeconds, 0)));
        m_steadi->setVisible(true);
    }
    m_ageNorm->setText(ageNormText(valid ? seconds : std::nullopt));
}

QString TugForm::ageNormText(std::optional<double> seconds) const
{
    const int age = context().patient.age;
    if (age <= 0)
        return tr("Age unknown: no age norm.");
    const std::optional<TugInstrument::AgeNorm> norm = TugInstrument::ageNorm(age);
    if (!norm)
        return tr("No age norm for a patient aged %1 (Bohannon 2006).").arg(age);
    // The age band is the run of ages sharing this norm, so it always matches the core's table.
    int from = age;
    int to = age;
    while (from > 0 && TugInstrument::ageNorm(from - 1) && TugInstrument::ageNorm(from - 1)->mean == norm->mean)
        --from;
    while (to < 150 && TugInstrument::ageNorm(to + 1) && TugInstrument::ageNorm(to + 1)->mean == norm->mean)
        ++to;
    QString text = tr("Norm %1–%2 years: %3 s (%4–%5), Bohannon 2006; patient aged %6.")
                       .arg(QString::number(from), QString::number(to), decimal(norm->mean, 1), decimal(norm->low, 1),
                            decimal(norm->high, 1), QString::number(age));
    if (seconds) {
        if (*seconds > norm->high)
            text += QLatin1Char(' ') + tr("Slower than the norm.");
        else if (*seconds < norm->low)
            text += QLatin1Char(' ') + tr("Faster than the norm.");
        else
            text += QLatin1Char(' ') + tr("Within the norm.");
    }
    return text;
}

QJsonObject TugForm::answers() const
{
    // The age is the patient's: the service adds it (TugInstrument::withPatientDefaults).
    return m_fields->answers();
}

void TugForm::setAnswers(const QJsonObject &answers)
{
    m_running = false;
    m_startStop->setText(tr("Start"));
    m_fields->setAnswers(answers);
    showFieldTime();
    interpret();
}

void TugForm::showProblems(const QList<FieldError> &problems)
{
    const QStringList unplaced = m_fields->markProblems(problems);
    m_banner->setText(unplaced.join(QLatin1Char('\n')));
    m_banner->setVisible(!unplaced.isEmpty());
}

void TugForm::focusFirst()
{
    m_startStop->setFocus(Qt::OtherFocusReason);
}

} // namespace smr::ui
