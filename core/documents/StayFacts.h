#pragma once

#include "core/assessment/AdmissionAssessment.h"
#include "core/common/Result.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace smr {

class Store;

// "Hospitalisation complète (HC)" → "hospitalisation complète (HC)": a label inside a sentence.
QString lowerFirst(const QString &text);
// The items of a list in a sentence, separated as the language writes it ("a; b", "a ; b").
QString listOf(const QStringList &items);

// What a stay's documents read, once: the stay, its patient and unit, its latest signed admission
// assessment and its current final results (oldest first). And the lines they share.
struct StayFacts {
    Q_DECLARE_TR_FUNCTIONS(StayFacts)

public:
    Stay stay;
    Patient patient;
    QString unitName;
    std::optional<AdmissionAssessment> assessment; // the latest signed revision
    QList<TestResult> results;
    QDate today;

    static Result<StayFacts> read(Store &store, StayId stay);

    // The identity line of every document (PatientLine::identity): "DUPONT Jean — M, 58 y, born
    // on 12/03/1968, IPP 123456".
    QString identity() const;
    // "Locomoteur, full hospitalisation (HC), from 02/11/2026 to 29/11/2026 (planned), 28 days"
    QString stayLine() const;
    // The day the stay ends: the discharge, else the planned discharge, else today.
    QDate endDay() const;
    // The first and the latest result of each instrument measured in the stay, catalog order.
    struct Pair {
        QString instrument;
        TestResult first;
        TestResult latest;
    };
    QList<Pair> pairs(const QStringList &catalogOrder) const;
};

} // namespace smr
