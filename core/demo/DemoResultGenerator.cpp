#include "core/demo/DemoResultGenerator.h"

#include "core/demo/FrenchNames.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/instruments/SixMinuteWalkInstrument.h"
#include "core/stays/StayCalendar.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace smr {

namespace {

const QStringList kTesters{QStringLiteral("Kiné Laura Morel"), QStringLiteral("Kiné Hugo Lambert"),
                           QStringLiteral("APA Inès Faure"), QStringLiteral("Dr Claire Vernet")};

QJsonArray toArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

} // namespace

DemoResultGenerator::DemoResultGenerator(quint64 seed, const InstrumentCatalog &instruments, const QDate &today)
    : m_random(seed ^ 0x5EEDF00DULL), m_instruments(instruments), m_today(today)
{
}

QList<int> DemoResultGenerator::spread(int sum, int count, int max)
{
    sum = std::clamp(sum, 0, count * max);
    QList<int> values(count, sum / count);
    int left = sum - (sum / count) * count;
    while (left > 0) {
        const int i = m_random.below(count);
        if (values[i] < max) {
            ++values[i];
            --left;
        }
    }
    // Move a few points between items so that answers look like a person's.
    for (int k = 0; k < count; ++k) {
        const int from = m_random.below(count);
        const int to = m_random.below(count);
        if (values[from] > 0 && values[to] < max) {
            --values[from];
            ++values[to];
        }
    }
    return values;
}

QList<DemoResultGenerator::Plan> DemoResultGenerator::plansFor(const Stay &stay, int length)
{
    // A unit's follow-up: questionnaires once a week, the gym's timed tests at two sessions a week
    // (days 1, 4, 8, 11…), screening tools at admission and discharge; the last day of the stay
    // closes each series, as the discharge assessment does.
    QList<int> weekly;
    for (int day = 1; day <= length; day += 7)
        weekly << day;
    if (weekly.last() != length)
        weekly << length;
    QList<int> gym;
    for (int day : weekly) {
        gym << day;
        if (day + 3 < length)
            gym << day + 3;
    }
    std::sort(gym.begin(), gym.end());
    const QList<int> admissionAndEnd = length > 1 ? QList<int>{1, length} : QList<int>{1};
    if (stay.unitCode == QLatin1String("locomoteur"))
        return {{QStringLiteral("odi"), weekly},
                {QStringLiteral("dallas"), weekly},
                {QStringLiteral("startback"), admissionAndEnd},
                {QStringLiteral("6mwt"), gym}};
    if (stay.unitCode == QLatin1String("cardio-vasculaire") || stay.unitCode == QLatin1String("respiratoire"))
        return {{QStringLiteral("6mwt"), gym}, {QStringLiteral("tug"), gym}};
    return {{QStringLiteral("berg"), gym}, {QStringLiteral("tug"), gym}, {QStringLiteral("6mwt"), admissionAndEnd}};
}

QJsonObject DemoResultGenerator::answersFor(const Instrument &instrument, double severity, const Patient &patient,
                                            const QDate &day)
{
    // `severity`: 0 (best) to 1 (worst), what the instrument's answers express.
    const QString id = instrument.id();
    const double s = std::clamp(severity + m_random.normal(0, 0.04), 0.0, 1.0);
    if (id == QLatin1String("odi")) {
        QList<int> items = spread(int(std::round(s * 40)), 10, 5);
        QJsonArray a = toArray(items);
        if (m_random.chance(0.3))
            a[7] = QJsonValue(); // sex life: not applicable
        return {{QStringLiteral("items"), a}};
    }
    if (id == QLatin1String("dallas")) {
        const double psychological = std::clamp(s * m_random.normal(0.8, 0.25), 0.0, 1.0);
        QList<int> items = spread(int(std::round(s * 28)), 7, 5);
        items += spread(int(std::round(s * 12)), 3, 5);
        items += spread(int(std::round(psychological * 12)), 3, 5);
        items += spread(int(std::round(psychological * 10)), 3, 5);
        return {{QStringLiteral("items"), toArray(items)}};
    }
    if (id == QLatin1String("startback")) {
        QList<int> items;
        for (int i = 0; i < 8; ++i)
            items << (m_random.chance(0.15 + 0.7 * s) ? 1 : 0);
        items << std::clamp(int(std::round(s * 4 + m_random.normal(0, 0.6))), 0, 4);
        return {{QStringLiteral("items"), toArray(items)}};
    }
    if (id == QLatin1String("berg")) {
        const int total = std::clamp(int(std::round(56 - s * 46)), 0, 56);
        QList<int> items = spread(total, 14, 4);
        if (items.at(1) == 4)
            items[2] = 4;
        return {{QStringLiteral("items"), toArray(items)}};
    }
    if (id == QLatin1String("tug")) {
        const double seconds = std::round((7.5 + s * 22) * 10) / 10;
        return {{QStringLiteral("seconds"), seconds},
                {QStringLiteral("walking_aid"),
                 s > 0.6 ? QStringLiteral("rollator") : (s > 0.35 ? QStringLiteral("cane") : QStringLiteral("none"))}};
    }
    // 6-minute walk: a share of the predicted distance, walked in 30 m lengths.
    const int age = patient.ageOn(day);
    const double height = patient.heightCm.value_or(patient.sex == Sex::Female ? 163 : 176);
    const double weight = patient.weightKg.value_or(75);
    const double predicted = SixMinuteWalkInstrument::predict(patient.sex == Sex::Male, height, weight, age).predicted;
    const double distance = std::clamp(std::max(predicted, 250.0) * (1.05 - 0.6 * s), 60.0, 780.0);
    const int laps = int(distance / 30);
    const int partial = int(distance) - laps * 30;
    return {{QStringLiteral("distance_m"), laps * 30 + partial},
            {QStringLiteral("sex"), kSexes.code(patient.sex)},
            {QStringLiteral("age"), age},
            {QStringLiteral("height_cm"), height},
            {QStringLiteral("weight_kg"), weight},
            {QStringLiteral("track_length_m"), 30},
            {QStringLiteral("laps"), laps},
            {QStringLiteral("partial_lap_m"), partial}};
}

QList<TestResult> DemoResultGenerator::forStay(const Stay &stay, const Patient &patient)
{
    QList<TestResult> out;
    const QDate end = stay.dischargeDate.isValid() ? stay.dischargeDate : stay.plannedDischargeDate;
    const int length = end.isValid() ? int(stay.admissionDate.daysTo(end)) + 1 : 28;
    // How the patient does: most improve, one in six does not.
    const double start = std::clamp(m_random.normal(0.55, 0.15), 0.1, 0.95);
    const double response = m_random.chance(0.16) ? m_random.normal(-0.05, 0.05) : m_random.normal(0.35, 0.12);
    const QString tester = m_random.pick(kTesters);
    for (const Plan &plan : plansFor(stay, length)) {
        const Instrument *instrument = m_instruments.find(plan.instrument);
        if (!instrument)
            continue;
        for (int day : plan.days) {
            const QDate date = stay.admissionDate.addDays(day - 1);
            if (date > m_today || (stay.dischargeDate.isValid() && date > stay.dischargeDate))
                break;
            const double progress = length > 1 ? double(day - 1) / (length - 1) : 0;
            const double severity = std::clamp(start - response * progress, 0.02, 0.98);
            TestResult r;
            r.stayId = stay.id;
            r.instrument = instrument->id();
            r.instrumentVersion = instrument->definition().version;
            r.status = TestResult::Status::Final;
            r.performedAt = QDateTime(date, QTime(9 + m_random.below(7), 5 * m_random.below(12)));
            r.answers = answersFor(*instrument, severity, patient, date);
            const Result<QJsonObject> scores = instrument->score(r.answers);
            if (!scores)
                continue; // never happens with the answers above; a demo must not fail for it
            r.scores = *scores;
            const QJsonValue primary = r.scores.value(instrument->measures().first().key);
            if (primary.isDouble())
                r.primaryScore = primary.toDouble();
            r.enteredBy = tester;
            out << r;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const TestResult &a, const TestResult &b) { return a.performedAt < b.performedAt; });
    return out;
}

} // namespace smr
