#pragma once

#include "core/instruments/Instrument.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QSizeF>
#include <QString>

#include <QtCharts/QScatterSeries>

namespace smr::ui {

// How a chart looks on one medium: the screen, a projector seen from 5 m, or paper. Every size
// (text, pens, marks) is a multiple of `basePixelSize`, the body text of a chart drawn at
// `referenceSize`; a chart drawn larger or smaller scales all of it (scaleFor), so that a chart
// exported at 300 dpi reads like the one on the screen and a PDF page can place it at any size.
// Sizes are pixels of the painter's coordinates, not points: the layout (Qt Charts measures text
// with the screen's resolution) and the painting (any device) then agree.
struct ChartStyle {
    enum class Medium { Screen, Projector, Print };
    Medium medium = Medium::Screen;
    qreal basePixelSize = 12;
    QSizeF referenceSize{800, 500};

    // The factor that fits this style to a drawing of `target` size (1 at the reference size).
    qreal scaleFor(const QSizeF &target) const;

    static ChartStyle screen();
    // Thick lines and large text for a wall at 5 m (issue #6: the weekly meeting).
    static ChartStyle projector();
    // 16 × 10 cm in a letter: body text of about 8.5 pt.
    static ChartStyle print();
};

// The sizes of one drawing: a style at a scale.
class ChartMetrics
{
public:
    ChartMetrics(const ChartStyle &style, qreal scale);

    qreal scale() const { return m_scale; }
    const ChartStyle &style() const { return m_style; }
    // `factor` × the body size, in pixels (at least 1).
    qreal px(qreal factor = 1) const;
    // The application's family at `factor` × the body size; a pixel size, never points.
    QFont font(qreal factor = 1, bool bold = false) const;
    qreal penWidth(qreal factor = 1) const;
    qreal markerSize() const;

private:
    ChartStyle m_style;
    qreal m_scale;
};

// The colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
// (Okabe & Ito 2008). Colour never carries a meaning alone: marks, dashes and labels do too.
namespace palette {
inline const QColor kBlack{0, 0, 0};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kGreen{0x00, 0x9E, 0x73};
inline const QColor kYellow{0xF0, 0xE4, 0x42};
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kPurple{0xCC, 0x79, 0xA7};
inline const QColor kGrey{0x80, 0x80, 0x80};
inline const QColor kText{0x20, 0x20, 0x20};

// The colour of the current stay's series, the patient's Dallas path.
inline const QColor kMain = kBlue;

// The n-th of the colours for series drawn side by side (Dallas dimensions, the unit's patients):
// the palette without yellow, too pale on white.
QColor series(int n);
// A very light tint of `colour` for a background fill.
QColor tint(const QColor &colour, qreal strength);
} // namespace palette

// What tells a line or a series apart besides its colour.
namespace marks {
// The pen of a reference line: a dash pattern per kind, the goal thick and dash-dot.
QPen referenceLinePen(ReferenceLine::Kind kind, const ChartMetrics &metrics);
QColor referenceLineColour(ReferenceLine::Kind kind);
// The fill of a band: interpretation bands very light by severity, the norm range light, the
// MCID/MDC band barely tinted (ChartHatching hatches it, so that it reads in black and white).
QBrush bandBrush(const ValueBand &band);
// The colour of the MCID/MDC band's hatch, border and label.
QColor changeBandColour();
QColor severityColour(Assessment::Severity severity);
// The n-th mark shape and dash pattern for series drawn side by side.
QScatterSeries::MarkerShape markerShape(int n);
Qt::PenStyle dash(int n);
} // namespace marks

} // namespace smr::ui
