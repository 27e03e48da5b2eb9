#pragma once

#include "core/instruments/Instrument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace smr::ui {

// What an entry shows of its score while the answers are given: the summary and reading once the
// answers score, else how far the entry is. The workstation's entry dialog and the tablet's test
// page both show it; the instrument scores, never the widget.
struct LiveScore {
    Q_DECLARE_TR_FUNCTIONS(LiveScore)

public:
    bool complete = false; // the answers score: the result can be confirmed
    QString summary;
    QString interpretation;
    QString notes;
    QString severity = QStringLiteral("neutral"); // the style sheet's name of the reading's severity

    static LiveScore of(const Instrument &instrument, const QJsonObject &answers, const PatientFacts &facts);
    // Nothing answered yet: not worth a draft.
    static bool isBlank(const QJsonObject &answers);
};

} // namespace smr::ui
