#pragma once

#include "core/overview/StayOverview.h"
#include "core/progress/ProgressChart.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace smr::ui {

class TrendChart;

// One instrument on the tablet's review page: its latest score large with its reading, the change
// since admission (in bold, and said, when it reaches the MCID/MDC) and a small chart of the stay.
class ResultTile : public QFrame
{
    Q_OBJECT

public:
    explicit ResultTile(QWidget *parent = nullptr);

    void show(const InstrumentCard &card, const std::optional<ProgressChart> &chart);

    QString valueText() const;
    QString changeText() const;
    TrendChart *trend() const { return m_trend; }

private:
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_reading;
    QLabel *m_change;
    TrendChart *m_trend;
};

} // namespace smr::ui
