#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

// The six-minute walk's answer keys (resources/instruments/6mwt.json) and the wording of its
// metres, shared by the workstation's form and the tablet's walk screen so that both give the
// same answers.
namespace smr::ui::walk {

inline const QString Laps = QStringLiteral("laps");
inline const QString Track = QStringLiteral("track_length_m");
inline const QString Partial = QStringLiteral("partial_lap_m");
inline const QString Distance = QStringLiteral("distance_m");
inline const QString Stops = QStringLiteral("stops");
inline const QString StopSeconds = QStringLiteral("stop_seconds");
// ATS 2002: a 30 m corridor.
inline constexpr double DefaultTrackMetres = 30;

// Metres as read: whole when whole, else one decimal.
inline QString metres(double value)
{
    const double tenth = std::round(value * 10) / 10;
    return QLocale().toString(tenth, 'f', std::floor(tenth) == tenth ? 0 : 1);
}

} // namespace smr::ui::walk
