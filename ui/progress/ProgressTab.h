#pragma once

#include "core/patients/Patient.h"
#include "core/progress/ProgressChart.h"
#include "core/stays/Stay.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QScrollArea;

namespace smr {
class Store;
}

namespace smr::ui {

class ChartGrid;
class Prompter;

// The dossier's "Charts" tab (issue #6): every instrument of the patient on one screen (small
// multiples) and the stay's Dallas square; a chart opens large with its copy and export. The charts
// show the stay by default; "Earlier stays" widens them to every stay, drawn apart. The charts are read when the tab is
// shown, not when the patient is opened.
class ProgressTab : public QWidget
{
    Q_OBJECT

public:
    ProgressTab(Store &store, Prompter &prompter, QWidget *parent = nullptr);

    void show(const std::optional<Patient> &patient, const std::optional<Stay> &stay);
    // The stay's results changed: read again now if shown, else when next shown.
    void invalidate();

    ChartGrid *grid() const { return m_grid; }
    QLabel *statusLabel() const { return m_status; }
    QCheckBox *earlierStaysBox() const { return m_earlier; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showCharts();

    Store &m_store;
    std::optional<Patient> m_patient;
    std::optional<Stay> m_stay;
    bool m_stale = true;
    QLabel *m_status;
    QCheckBox *m_earlier;
    ChartGrid *m_grid;
    QList<ProgressChart> m_charts; // as read: every stay
    std::optional<DallasSquare> m_square;
};

} // namespace smr::ui
