#pragma once

#include "core/common/Result.h"
#include "core/stays/Stay.h"

#include <QObject>

#include <functional>

namespace smr {

class Clock;
class Writer;
class PatientRepository;
class StayRepository;
class UnitRepository;
struct Patient;

// The only way to write a stay: open (pre-admission when the admission date is ahead),
// edit, admit, close on discharge, cancel. Each one validates, writes in one transaction with a
// version check, and announces the change.
class StayService : public QObject
{
    Q_OBJECT

public:
    StayService(Writer &writer, PatientRepository &patients, StayRepository &stays, UnitRepository &units,
                const Clock &clock, QObject *parent = nullptr);

    // Opens a stay for draft.patientId; draft.status is ignored (derived from the admission date).
    Result<StayId> open(const Stay &draft);
    // Saves the editable fields of an open or discharged stay.
    Status update(const Stay &stay);
    // Confirms the arrival of a pre-admitted patient.
    Status admit(StayId id, const QDate &admitted);
    Status close(StayId id, const QDate &discharged);
    Status cancel(StayId id, const QString &reason);

    Result<Stay> find(StayId id);
    Result<QList<Stay>> forPatient(PatientId patient);

signals:
    void staySaved(smr::StayId stay, smr::PatientId patient);

private:
    Result<Patient> patientOf(PatientId id);
    QList<FieldError> checkUnit(const Stay &stay, const Stay *previous);
    std::optional<FieldError> checkAfterPreviousStays(const Stay &stay);
    Result<Stay> existing(StayId id);
    Status save(const Stay &stay, const QString &now);
    static Failure conflict();
    // Runs `change` on the stored stay inside one write transaction, saves the result and
    // records it in the audit trail as `action`.
    Status transition(StayId id, const QString &action, const std::function<Status(Stay &)> &change);

    Writer &m_writer;
    PatientRepository &m_patients;
    StayRepository &m_stays;
    UnitRepository &m_units;
    const Clock &m_clock;
};

} // namespace smr
