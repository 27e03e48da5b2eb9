#pragma once

#include "core/instruments/Instrument.h"
#include "core/results/TestResult.h"

#include <QDialog>

namespace smr::ui {

// One result, read-only: when, who, the scores and their interpretation, the answers as given,
// and every version of it with the reason of each correction. "Correct…" closes it with
// CorrectRequested so that the caller opens the correction.
class ResultDetailDialog : public QDialog
{
    Q_OBJECT

public:
    enum { CorrectRequested = 2, SheetRequested = 3 };

    // `history`: every revision of the result, the first first.
    ResultDetailDialog(const Instrument &instrument, const QList<TestResult> &history, QWidget *parent = nullptr);

    QString text() const;

private:
    QString m_text;
};

} // namespace smr::ui
