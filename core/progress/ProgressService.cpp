#include "core/progress/ProgressService.h"

#include "core/audit/Writer.h"
#include "core/careplan/CarePlanRepository.h"
#include "core/common/Clock.h"
#include "core/instruments/DallasInstrument.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/progress/ChartBuilder.h"
#include "core/progress/ProgressRepository.h"
#include "core/stays/StayRepository.h"
#include "core/units/UnitRepository.h"
#include "core/units/UnitService.h"

#include <QHash>
#include <QStringList>

namespace smr {

ProgressService::ProgressService(Writer &writer, ProgressRepository &progress, PatientRepository &patients,
                                 StayRepository &stays, CarePlanRepository &plans, UnitRepository &units,
                                 const InstrumentCatalog &instruments, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_progress(progress)
    , m_patients(patients)
    , m_stays(stays)
    , m_plans(plans)
    , m_units(units)
    , m_instruments(instruments)
    , m_clock(clock)
{
}

Result<PatientHistory> ProgressService::history(StayId stayId, const QString &instrument)
{
    const std::optional<Stay> stay = m_stays.find(stayId);
    if (!stay)
        return Failure::notFound(StayField, tr("No stay has the identifier %1.").arg(stayId.value));
    const std::optional<Patient> patient = m_patients.find(stay->patientId);
    if (!patient)
        return Failure::notFound(StayField, tr("The patient of stay no. %1 cannot be found.").arg(stayId.value));
    PatientHistory h;
    h.patient = *patient;
    h.stay = *stay;
    h.stays = m_stays.forPatient(patient->id);
    h.results = m_progress.patientResults(patient->id, instrument);
    h.plan = m_plans.forStay(stayId);
    h.today = m_clock.today();
    return h;
}

Result<ProgressChart> ProgressService::chart(StayId stay, const QString &instrumentId, const QString &measureKey)
{
    const Instrument *instrument = m_instruments.find(instrumentId);
    if (!instrument)
        return Failure::invalid(InstrumentField,
                                tr("Unknown instrument \"%1\"; the instruments are %2.")
                                    .arg(instrumentId, m_instruments.ids().join(QStringLiteral(", "))));
    const QList<Measure> measures = instrument->measures();
    const auto measure =
        std::find_if(measures.cbegin(), measures.cend(), [&](const Measure &m) { return m.key == measureKey; });
    if (measure == measures.cend()) {
        QStringList keys;
        for (const Measure &m : measures)
            keys << m.key;
        return Failure::invalid(MeasureField,
                                tr("Unknown measure \"%1\" of %2; the measures are %3.")
                                    .arg(measureKey, instrument->shortTitle(), keys.join(QStringLiteral(", "))));
    }
    return m_writer.read([&]() -> Result<ProgressChart> {
        const Result<PatientHistory> h = history(stay, instrument->id());
        if (!h)
            return h.failure();
        return ChartBuilder(*h, m_instruments).measureChart(*instrument, *measure);
    });
}

Result<ProgressChart> ProgressService::dallasDimensions(StayId stay)
{
    const Instrument *dallas = m_instruments.find(DallasInstrument::Id);
    return m_writer.read([&]() -> Result<ProgressChart> {
        const Result<PatientHistory> h = history(stay, dallas->id());
        if (!h)
            return h.failure();
        return ChartBuilder(*h, m_instruments).dallasDimensions(*dallas);
    });
}

Result<QList<ProgressChart>> ProgressService::stayCharts(StayId stay)
{
    return m_writer.read([&]() -> Result<QList<ProgressChart>> {
        // The patient's results of every instrument in one query, shared by all the charts.
        const Result<PatientHistory> h = history(stay, QString());
        if (!h)
            return h.failure();
        const ChartBuilder builder(*h, m_instruments);
        QList<ProgressChart> out;
        for (const Instrument *instrument : m_instruments.all()) {
            const bool hasResult = std::any_of(h->results.cbegin(), h->results.cend(),
                                               [&](const TestResult &r) { return r.instrument == instrument->id(); });
            if (!hasResult)
                continue;
            out << (instrument->id() == DallasInstrument::Id
                        ? builder.dallasDimensions(*instrument)
                        : builder.measureChart(*instrument, instrument->measures().first()));
        }
        return out;
    });
}

Result<DallasSquare> ProgressService::dallasSquare(StayId stay)
{
    return m_writer.read([&]() -> Result<DallasSquare> {
        const Result<PatientHistory> h = history(stay, DallasInstrument::Id);
        if (!h)
            return h.failure();
        return ChartBuilder(*h, m_instruments).dallasSquare();
    });
}

QList<FieldError> ProgressService::checkUnitDay(const QString &unitCode, const QDate &day)
{
    QList<FieldError> errors;
    if (const std::optional<FieldError> unknown = UnitService::checkKnown(m_units, unitCode))
        errors << *unknown;
    if (!day.isValid())
        errors << FieldError{DayField, tr("The day is required (a date).")};
    return errors;
}

namespace {

// A unit's first and latest results (ProgressRepository::firstAndLatest) by stay, then by
// instrument: one or two results each, oldest first.
using FirstAndLatest = QHash<StayId, QHash<QString, QList<TestResult>>>;

FirstAndLatest byStay(const QList<TestResult> &results)
{
    FirstAndLatest out;
    for (const TestResult &r : results)
        out[r.stayId][r.instrument] << r;
    return out;
}

} // namespace

Result<DallasSquare> ProgressService::unitSquare(const QString &unitCode, const QDate &day)
{
    return m_writer.read([&]() -> Result<DallasSquare> {
        if (const QList<FieldError> errors = checkUnitDay(unitCode, day); !errors.isEmpty())
            return Failure::invalid(errors);
        const QString unit = unitCode.trimmed().toLower();
        const FirstAndLatest results = byStay(m_progress.firstAndLatest(unit, day));
        DallasSquare square;
        for (const UnitStay &open : m_progress.staysInProgress(unit, day)) {
            const QList<TestResult> dallas = results.value(open.stay.id).value(DallasInstrument::Id);
            if (dallas.isEmpty())
                continue;
            const QString name = open.patient.displayName();
            DallasSquare::Path path{open.patient.id, open.stay.id, name, {}};
            for (const TestResult &r : dallas) {
                const bool latest = &r == &dallas.constLast();
                if (const std::optional<SquarePoint> p =
                        ChartBuilder::squarePoint(r, latest ? name : r.performedAt.toString(QStringLiteral("dd/MM"))))
                    path.points << *p;
            }
            if (!path.points.isEmpty())
                square.paths << path;
        }
        if (square.paths.isEmpty())
            square.emptyText = tr("No patient in progress in this unit has a Dallas questionnaire.");
        return square;
    });
}

Result<QList<UnitProgressRow>> ProgressService::unitChanges(const QString &unitCode, const QDate &day)
{
    return m_writer.read([&]() -> Result<QList<UnitProgressRow>> {
        if (const QList<FieldError> errors = checkUnitDay(unitCode, day); !errors.isEmpty())
            return Failure::invalid(errors);
        const QString unit = unitCode.trimmed().toLower();
        const FirstAndLatest results = byStay(m_progress.firstAndLatest(unit, day));
        QList<UnitProgressRow> rows;
        for (const UnitStay &open : m_progress.staysInProgress(unit, day)) {
            UnitProgressRow row;
            row.stay = open.stay.id;
            row.patient = open.patient.id;
            row.name = open.patient.displayName();
            row.admissionDate = open.stay.admissionDate;
            row.plannedDischargeDate = open.stay.plannedDischargeDate;
            const QHash<QString, QList<TestResult>> ofStay = results.value(open.stay.id);
            for (const Instrument *instrument : m_instruments.all()) {
                const QList<TestResult> rs = ofStay.value(instrument->id());
                row.instruments << ChartBuilder::progressOf(*instrument, rs.isEmpty() ? nullptr : &rs.constFirst(),
                                                            rs.isEmpty() ? nullptr : &rs.constLast());
            }
            rows << row;
        }
        return rows;
    });
}

} // namespace smr
