#pragma once

#include "core/demo/DemoRandom.h"
#include "core/patients/Patient.h"
#include "core/stays/Stay.h"
#include "core/units/Unit.h"

#include <QDate>
#include <QList>

namespace smr {

// Makes up realistic, reproducible patients and stays for demonstrations, training and load
// tests: French names, ages that fit each unit, a few years of past stays, and a current census
// of open stays of a plausible size (forty per unit on average). The same seed, count and
// day give the same data.
class DemoGenerator
{
public:
    struct History {
        Patient patient;
        QList<Stay> stays; // oldest first; patientId is filled in when the patient is saved
    };

    DemoGenerator(quint64 seed, int patientCount, const QDate &today, QList<Unit> units);

    // The index-th patient (0 ≤ index < patientCount), with their stays.
    History make(int index);

    // How many of the patients have an open stay (pre-admissions included).
    int openStayCount() const { return m_openCount; }

private:
    const Unit &pickUnit();
    Patient makePatient(int index, const Unit &unit);
    Stay makeStay(const Unit &unit, const QDate &admission, StayStatus status);
    QString makeNir(const Patient &p, int index);

    DemoRandom m_random;
    int m_patientCount;
    int m_openCount;
    int m_preAdmissionEvery;
    QDate m_today;
    QList<Unit> m_units;
    QList<int> m_unitWeights;
    int m_totalWeight = 0;
};

} // namespace smr
