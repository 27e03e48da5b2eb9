#pragma once

#include "core/instruments/ChangeAnalysis.h"
#include "core/results/TestResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smr {

// Wording shared by the views of results: the answers as the tester gave them, the change
// between two results, a date and time.
class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)

public:
    // One line per item or field: "5. Transfers: 3 — able to transfer safely with…".
    static QStringList answers(const Instrument &instrument, const QJsonObject &answers);
    // The change of the instrument's main measure from `earlier` to `later`, with its MCID/MDC mark.
    static QString change(const Instrument &instrument, const TestResult &earlier, const TestResult &later);
    static QString when(const QDateTime &at);
};

} // namespace smr
