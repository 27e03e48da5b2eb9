#include "ui/results/Ticker.h"

namespace smr::ui {

SystemTicker::SystemTicker(QObject *parent) : Ticker(parent)
{
    m_clock.start();
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &Ticker::tick);
    m_timer.start();
}

} // namespace smr::ui
