#pragma once

#include "core/common/Result.h"
#include "core/patients/Patient.h"

#include <QObject>

namespace smr {

class Clock;
class PatientRepository;
class Writer;

// The only way to write a patient: validates (PatientRules plus unique IPP and NIR), saves through
// the Writer (right to manage identities, one transaction, version check, audit entry), and
// announces the change to the views.
class PatientService : public QObject
{
    Q_OBJECT

public:
    PatientService(Writer &writer, PatientRepository &patients, const Clock &clock, QObject *parent = nullptr);

    Result<PatientId> create(const Patient &draft);
    // Saves `patient` over the stored record if nobody saved it since `patient.version` was read.
    Status update(const Patient &patient);

    Result<Patient> find(PatientId id);
    // Patients matching `query` (PatientSearch), alphabetically; `limit` 0 means all of them.
    Result<QList<Patient>> search(const QString &query, int limit = 0);
    Result<qint64> count();
    // Whether no patient is recorded yet (the welcome page): one row looked at, where counting
    // reads every patient (issue #10, start-up at 100,000 patients).
    Result<bool> isEmpty();

    // Field keys of the refusals that need the database.
    static inline const QString PatientField = QStringLiteral("patient");

signals:
    void patientSaved(smr::PatientId id);

private:
    QList<FieldError> checkUnique(const Patient &p);
    static Failure notFound(PatientId id);

    Writer &m_writer;
    PatientRepository &m_patients;
    const Clock &m_clock;
};

} // namespace smr
