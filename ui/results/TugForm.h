#pragma once

#include "ui/results/EntryForm.h"

class QLabel;
class QPushButton;

namespace smr::ui {

class FieldsForm;

// Timed Up and Go entry (clinical reference §1): a large stopwatch started and stopped with its
// button or the space bar, whose time (to 0.1 s) goes into the time field, which can also be
// typed; the walking aid; and at once the fall-risk reading (13.5 s, CDC STEADI 12 s) and the
// age norm for the patient's age (Bohannon 2006). The age comes from the patient's record.
class TugForm : public EntryForm
{
    Q_OBJECT

public:
    TugForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);

    QJsonObject answers() const override;
    void setAnswers(const QJsonObject &answers) override;
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;

    bool isRunning() const { return m_running; }
    bool isTiming() const override { return m_running; }

private:
    void toggle();
    void reset();
    void showTime(qint64 ms);
    void showFieldTime();
    void interpret();
    QString ageNormText(std::optional<double> seconds) const;

    Ticker *m_ticker = nullptr;
    FieldsForm *m_fields = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_display = nullptr;
    QPushButton *m_startStop = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_fallRisk = nullptr;
    QLabel *m_steadi = nullptr;
    QLabel *m_ageNorm = nullptr;
    bool m_running = false;
    qint64 m_startMs = 0;
};

} // namespace smr::ui
