#pragma once

#include "core/common/Result.h"
#include "core/instruments/Instrument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

namespace smr {
class Clock;
}

namespace smr::ui {

class Ticker;

// What an entry form may need besides the instrument: the patient's facts (age, sex, height,
// weight for the 6-minute walk and the TUG norms), a time source for stopwatches and
// countdowns, and the wall clock that dates a countdown's start so that a test resumed after a
// sleep or a kill goes on from where it really is (both injected by tests).
struct EntryContext {
    PatientFacts patient;
    Ticker *ticker = nullptr;
    const Clock *clock = nullptr;
};

// The body of a result's entry dialog for one instrument: it shows the answers, lets the tester
// change them, and says when they change. Forms are built from the instrument's declaration
// (see EntryFormFactory); the dialog around them saves drafts, scores and confirms.
class EntryForm : public QWidget
{
    Q_OBJECT

public:
    EntryForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr)
        : QWidget(parent), m_instrument(instrument), m_context(context)
    {
    }

    // The answers as the instrument's JSON (what is stored and scored); partial while entering.
    virtual QJsonObject answers() const = 0;
    // Shows stored answers (a draft being resumed, a result being corrected).
    virtual void setAnswers(const QJsonObject &answers) = 0;
    // Marks what a refusal names (unanswered items, a field out of range); empty clears.
    virtual void showProblems(const QList<FieldError> &problems) = 0;
    // Where the keyboard goes when the form opens.
    virtual void focusFirst() = 0;
    // True while a stopwatch or countdown runs: closing then asks first.
    virtual bool isTiming() const { return false; }
    // Where the tester is in the test besides the answers (a countdown's start as a wall-clock
    // time, the patient's current stop, the item on screen): saved with the draft, never scored.
    virtual QJsonObject progress() const { return {}; }
    // Resumes from a draft's progress (after setAnswers): a countdown started 2 minutes ago by
    // the wall clock shows 4:00 left, or its end when the 6 minutes have passed.
    virtual void setProgress(const QJsonObject &progress) { Q_UNUSED(progress) }

    const Instrument &instrument() const { return m_instrument; }
    const EntryContext &context() const { return m_context; }

signals:
    void answersChanged();
    // progress() changed without the answers changing (a countdown started, the item on screen).
    void progressChanged();

private:
    const Instrument &m_instrument;
    EntryContext m_context;
};

} // namespace smr::ui
