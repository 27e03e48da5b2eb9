#pragma once

#include "ui/results/EntryForm.h"

#include <optional>

class QLabel;
class QPushButton;

namespace smr::ui {

class FieldsForm;
class WalkCountdown;

// Six-minute walk test entry (clinical reference §2): the 6:00 countdown with the standard
// encouragements and the patient's stops (WalkCountdown), a lap counter (+1 button and the "+"
// key), the track length and the partial last length, the distance computed live (a typed
// distance replaces it), the before/after measures, and the predicted distance, lower limit of
// normal and % predicted (Enright & Sherrill 1998) from the sex, age, height and weight shown,
// prefilled from the patient's record and editable. answers() keeps those four as used.
class WalkForm : public EntryForm
{
    Q_OBJECT

public:
    WalkForm(const Instrument &instrument, const EntryContext &context, QWidget *parent = nullptr);

    QJsonObject answers() const override;
    void setAnswers(const QJsonObject &answers) override;
    void showProblems(const QList<FieldError> &problems) override;
    void focusFirst() override;
    bool isTiming() const override;

    // Lengths × track length + partial length, when there are lengths or a partial length.
    std::optional<double> computedDistance() const;

private:
    QWidget *buildLaps();
    QWidget *buildResults();
    void addLaps(int delta);
    void prefillPatient();
    void recompute();
    QList<FieldsForm *> parts() const;

    Ticker *m_ticker = nullptr;
    WalkCountdown *m_countdown = nullptr;
    FieldsForm *m_patient = nullptr;
    FieldsForm *m_lapFields = nullptr;
    FieldsForm *m_stopFields = nullptr;
    FieldsForm *m_distanceField = nullptr;
    FieldsForm *m_measures = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_lapCount = nullptr;
    QPushButton *m_lapButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_distance = nullptr;
    QLabel *m_distanceSource = nullptr;
    QLabel *m_predicted = nullptr;
    QLabel *m_lln = nullptr;
    QLabel *m_percent = nullptr;
    QLabel *m_ageCaution = nullptr;
    bool m_filling = false;
};

} // namespace smr::ui
