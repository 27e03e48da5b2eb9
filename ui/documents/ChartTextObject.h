#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTextObjectInterface>

namespace smr::ui {

// Draws the images of a document's text: a chart (<img src="chart:NAME">) from the document's
// chart data, with vector lines and text on any painter (a PDF page stays sharp at any zoom);
// any other image from the document's resources. Installed on a document's layout in place of
// Qt's image handler, in the editor and in the renderer alike.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartTextObject(QJsonObject charts, QObject *parent);

    void setCharts(const QJsonObject &charts) { m_charts = charts; }
    static void install(class QTextDocument &document, ChartTextObject *handler);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // The resolution a chart is laid out at, whatever the device: a chart drawn into a PDF is
    // the same drawing as the one exported at print resolution.
    static constexpr qreal ChartDpi = 300;

private:
    QJsonObject m_charts;
};

} // namespace smr::ui
