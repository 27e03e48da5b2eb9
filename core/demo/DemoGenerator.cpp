#include "core/demo/DemoGenerator.h"

#include "core/demo/FrenchNames.h"
#include "core/patients/Nir.h"
#include "core/stays/StayCalendar.h"

#include <QtMath>

#include <algorithm>

namespace smr {

namespace {

// How often each seeded unit appears; a unit a site added weighs like "polyvalent".
int weightOf(const QString &code)
{
    if (code == QLatin1String("locomoteur"))
        return 45;
    if (code == QLatin1String("neurologie"))
        return 15;
    if (code == QLatin1String("cardio-vasculaire"))
        return 12;
    if (code == QLatin1String("respiratoire") || code == QLatin1String("geriatrie"))
        return 10;
    return 8;
}

struct AgeRange {
    int min;
    int max;
};

AgeRange agesOf(const QString &code)
{
    if (code == QLatin1String("locomoteur"))
        return {22, 68};
    if (code == QLatin1String("geriatrie"))
        return {75, 98};
    if (code == QLatin1String("neurologie"))
        return {30, 88};
    return {40, 90};
}

QString otherProgrammeOf(const QString &code)
{
    if (code == QLatin1String("cardio-vasculaire"))
        return QStringLiteral("Réentraînement à l'effort");
    if (code == QLatin1String("respiratoire"))
        return QStringLiteral("Réhabilitation respiratoire");
    if (code == QLatin1String("neurologie"))
        return QStringLiteral("Rééducation post-AVC");
    if (code == QLatin1String("geriatrie"))
        return QStringLiteral("Rééducation à la marche et prévention des chutes");
    return QStringLiteral("Reconditionnement à l'effort");
}

constexpr int MaxOpenStaysPerUnit = 40;

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, int patientCount, const QDate &today, QList<Unit> units)
    : m_random(seed), m_patientCount(patientCount), m_today(today)
{
    for (const Unit &u : units) {
        if (u.active)
            m_units << u;
    }
    for (const Unit &u : std::as_const(m_units)) {
        m_unitWeights << weightOf(u.code);
        m_totalWeight += m_unitWeights.last();
    }
    // Half of a small demonstration is in the unit today; a large one has a full unit census.
    m_openCount = std::min((patientCount + 1) / 2, MaxOpenStaysPerUnit * int(std::max<qsizetype>(1, m_units.size())));
    m_preAdmissionEvery = 12;
}

const Unit &DemoGenerator::pickUnit()
{
    int r = m_random.below(m_totalWeight);
    for (int i = 0; i < m_units.size(); ++i) {
        r -= m_unitWeights.at(i);
        if (r < 0)
            return m_units.at(i);
    }
    return m_units.last();
}

QString DemoGenerator::makeNir(const Patient &p, int index)
{
    static const QStringList departments{QStringLiteral("69"), QStringLiteral("69"), QStringLiteral("69"),
                                         QStringLiteral("38"), QStringLiteral("01"), QStringLiteral("42"),
                                         QStringLiteral("75"), QStringLiteral("13"), QStringLiteral("2A"),
                                         QStringLiteral("2B"), QStringLiteral("99")};
    // Commune and order number come from the index, so that no two patients share a NIR.
    const QString first13 = QStringLiteral("%1%2%3%4%5%6")
                                .arg(p.sex == Sex::Male ? 1 : 2)
                                .arg(p.birthDate.year() % 100, 2, 10, QLatin1Char('0'))
                                .arg(p.birthDate.month(), 2, 10, QLatin1Char('0'))
                                .arg(departments.at(m_random.below(int(departments.size()))))
                                .arg(index / 999 % 1000, 3, 10, QLatin1Char('0'))
                                .arg(index % 999 + 1, 3, 10, QLatin1Char('0'));
    return first13 + QStringLiteral("%1").arg(Nir::keyOf(first13).value_or(0), 2, 10, QLatin1Char('0'));
}

Patient DemoGenerator::makePatient(int index, const Unit &unit)
{
    Patient p;
    p.sex = m_random.chance(unit.code == QLatin1String("locomoteur") ? 0.52 : 0.5) ? Sex::Female : Sex::Male;
    p.birthName = m_random.pick(demo::surnames());
    p.firstNames = m_random.pick(p.sex == Sex::Female ? demo::femaleFirstNames() : demo::maleFirstNames());
    const AgeRange ages = agesOf(unit.code);
    const int age = ages.min + m_random.below(ages.max - ages.min + 1);
    p.birthDate = m_today.addYears(-age).addDays(-m_random.below(365));
    if (p.sex == Sex::Female && age > 28 && m_random.chance(0.35))
        p.usedName = m_random.pick(demo::surnames());
    p.ipp = QStringLiteral("%1%2").arg(m_today.year() - m_random.below(10)).arg(index + 1, 6, 10, QLatin1Char('0'));
    if (m_random.chance(0.75)) {
        p.nir = makeNir(p, index);
        p.insQualified = m_random.chance(0.6);
    }
    const double height = m_random.normal(p.sex == Sex::Female ? 163 : 176, 7);
    p.heightCm = std::round(height);
    const double bmi = std::clamp(m_random.normal(27, 4.5), 17.0, 45.0);
    p.weightKg = std::round(bmi * (height / 100) * (height / 100) * 10) / 10;
    // One draw per statement: the order of a function's arguments is unspecified in C++.
    const QString gpFirstName = m_random.pick(m_random.chance(0.5) ? demo::femaleFirstNames() : demo::maleFirstNames());
    const QString gpSurname = m_random.pick(demo::surnames());
    const QString gpTown = m_random.pick(demo::towns());
    p.generalPractitioner = QStringLiteral("Dr %1 %2 (%3)").arg(gpFirstName, gpSurname, gpTown);
    if (m_random.chance(0.12))
        p.notes = m_random.pick(demo::patientNotes());
    return p;
}

Stay DemoGenerator::makeStay(const Unit &unit, const QDate &admission, StayStatus status)
{
    Stay s;
    s.unitCode = unit.code;
    s.status = status;
    s.admissionDate = admission;
    const bool locomotor = unit.code == QLatin1String("locomoteur");
    s.mode = m_random.chance(locomotor ? 0.5 : 0.7) ? StayMode::FullHospitalisation : StayMode::DayHospital;
    const double r = m_random.uniform();
    if (locomotor)
        s.programme = r < 0.4    ? Programme::SpineRestoration
                      : r < 0.75 ? Programme::Individual
                      : r < 0.9  ? Programme::Education
                                 : Programme::Other;
    else
        s.programme = r < 0.7 ? Programme::Individual : r < 0.8 ? Programme::Education : Programme::Other;
    if (s.programme == Programme::Other)
        s.programmeDetail = otherProgrammeOf(unit.code);
    s.plannedDischargeDate = s.programme == Programme::Other
                                 ? admission.addDays(20 + m_random.below(21))
                                 : StayCalendar::suggestedPlannedDischarge(*s.programme, admission);
    const double t = m_random.uniform();
    if (locomotor)
        s.referrerType = t < 0.35   ? ReferrerType::GeneralPractitioner
                         : t < 0.65 ? ReferrerType::Rheumatologist
                         : t < 0.8  ? ReferrerType::Surgeon
                         : t < 0.9  ? ReferrerType::PainCentre
                         : t < 0.95 ? ReferrerType::OccupationalPhysician
                                    : ReferrerType::Other;
    else
        s.referrerType = t < 0.5   ? ReferrerType::Surgeon
                         : t < 0.8 ? ReferrerType::GeneralPractitioner
                                   : ReferrerType::Other;
    const QString title =
        *s.referrerType == ReferrerType::Other ? QStringLiteral("CHU Lyon-Sud, Dr") : QStringLiteral("Dr");
    s.referrerName = QStringLiteral("%1 %2").arg(title, m_random.pick(demo::surnames()));
    s.coordinatingPhysician = m_random.pick(demo::unitPhysicians());
    if (status == StayStatus::Discharged) {
        // Most leave on the planned day, some a few days before or after.
        const int drift = m_random.below(9) - 4;
        s.dischargeDate = std::max(admission, s.plannedDischargeDate.addDays(drift));
    }
    return s;
}

DemoGenerator::History DemoGenerator::make(int index)
{
    History h;
    const Unit &unit = pickUnit();
    h.patient = makePatient(index, unit);

    // Evenly spread the open stays over the patients.
    const bool open = m_openCount > 0 && (qint64(index) * m_openCount / m_patientCount) !=
                                             (qint64(index + 1) * m_openCount / m_patientCount);
    const double r = m_random.uniform();
    const int pastStays = open ? (r < 0.8 ? 0 : r < 0.95 ? 1 : 2) : (r < 0.91 ? 1 : r < 0.98 ? 2 : 3);

    // Past stays: spread over the last ten years, oldest first, never overlapping.
    const QDate earliest = std::max(m_today.addYears(-10), h.patient.birthDate.addYears(18));
    const int span = int(earliest.daysTo(m_today.addDays(-60)));
    QList<int> offsets;
    for (int i = 0; i < pastStays && span > 0; ++i)
        offsets << m_random.below(span);
    std::sort(offsets.begin(), offsets.end());
    QDate notBefore = earliest;
    for (int offset : std::as_const(offsets)) {
        const QDate admission = std::max(earliest.addDays(offset), notBefore);
        if (admission > m_today.addDays(-45))
            break;
        const bool cancelled = m_random.chance(0.02);
        Stay s = makeStay(m_random.chance(0.8) ? unit : pickUnit(), admission,
                          cancelled ? StayStatus::Cancelled : StayStatus::Discharged);
        if (cancelled) {
            s.cancellationReason = QStringLiteral("Hospitalisation intercurrente");
        }
        notBefore = (cancelled ? admission : s.dischargeDate).addDays(30);
        h.stays << s;
    }

    if (open) {
        const int openIndex = int(qint64(index) * m_openCount / m_patientCount);
        if (openIndex % m_preAdmissionEvery == m_preAdmissionEvery - 1)
            h.stays << makeStay(unit, m_today.addDays(1 + m_random.below(21)), StayStatus::PreAdmission);
        else {
            // Admitted within the planned length, so the census shows "day N of M" with N ≤ M,
            // but for one stay in twenty that runs a few days over.
            Stay stay = makeStay(unit, m_today, StayStatus::Active);
            const int length = StayCalendar::plannedLength(stay).value_or(28);
            const int offset = m_random.chance(0.05) ? length + m_random.below(4) : m_random.below(length);
            stay.admissionDate = m_today.addDays(-offset);
            stay.plannedDischargeDate = stay.plannedDischargeDate.addDays(-offset);
            h.stays << stay;
        }
    }
    return h;
}

} // namespace smr
