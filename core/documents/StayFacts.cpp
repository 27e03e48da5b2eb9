#include "core/documents/StayFacts.h"

#include "core/documents/PatientLine.h"

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"

namespace smr {

QString listOf(const QStringList &items)
{
    return items.join(QCoreApplication::translate("StayFacts", "; ", "between the items of a list"));
}

QString lowerFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toLower() + text.mid(1);
}

Result<StayFacts> StayFacts::read(Store &store, StayId id)
{
    StayFacts f;
    const Result<Stay> stay = store.stays().find(id);
    if (!stay)
        return stay.failure();
    f.stay = *stay;
    const Result<Patient> patient = store.patients().find(stay->patientId);
    if (!patient)
        return patient.failure();
    f.patient = *patient;
    const Result<QList<AdmissionAssessment>> revisions = store.assessments().revisions(id);
    if (!revisions)
        return revisions.failure();
    for (const AdmissionAssessment &a : *revisions)
        if (a.isSigned() && (!f.assessment || a.revision > f.assessment->revision))
            f.assessment = a;
    const Result<QList<TestResult>> results = store.results().current(id);
    if (!results)
        return results.failure();
    for (const TestResult &r : *results)
        if (r.status == TestResult::Status::Final)
            f.results << r;
    std::sort(f.results.begin(), f.results.end(),
              [](const TestResult &a, const TestResult &b) { return a.performedAt < b.performedAt; });
    f.unitName = stay->unitCode;
    if (const Result<QList<Unit>> units = store.units().list())
        for (const Unit &u : *units)
            if (u.code == stay->unitCode)
                f.unitName = u.label;
    f.today = store.clock().today();
    return f;
}

QString StayFacts::identity() const
{
    return PatientLine::identity(patient, today);
}

QDate StayFacts::endDay() const
{
    if (stay.dischargeDate.isValid())
        return stay.dischargeDate;
    if (stay.plannedDischargeDate.isValid())
        return stay.plannedDischargeDate;
    return today;
}

QString StayFacts::stayLine() const
{
    const QString mode = lowerFirst(kStayModes.label(stay.mode));
    const qint64 days = stay.admissionDate.daysTo(endDay()) + 1;
    if (stay.dischargeDate.isValid())
        return tr("%1, %2, from %3 to %4, %n day(s)", nullptr, int(days))
            .arg(unitName, mode, dates::display(stay.admissionDate), dates::display(stay.dischargeDate));
    if (stay.plannedDischargeDate.isValid())
        return tr("%1, %2, from %3 to %4 (planned), %n day(s)", nullptr, int(days))
            .arg(unitName, mode, dates::display(stay.admissionDate), dates::display(stay.plannedDischargeDate));
    return tr("%1, %2, since %3").arg(unitName, mode, dates::display(stay.admissionDate));
}

QList<StayFacts::Pair> StayFacts::pairs(const QStringList &catalogOrder) const
{
    QList<Pair> out;
    for (const QString &instrument : catalogOrder) {
        std::optional<Pair> pair;
        for (const TestResult &r : results) {
            if (r.instrument != instrument)
                continue;
            if (!pair)
                pair = Pair{instrument, r, r};
            else
                pair->latest = r;
        }
        if (pair)
            out << *pair;
    }
    return out;
}

} // namespace smr
