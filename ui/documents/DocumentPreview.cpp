#include "ui/documents/DocumentPreview.h"

#include "ui/documents/DocumentRenderer.h"

#include <algorithm>
#include <cmath>

#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QVBoxLayout>

namespace smr::ui {

DocumentPreview::DocumentPreview(QWidget *parent)
    : QScrollArea(parent), m_sheet(new QWidget), m_layout(new QVBoxLayout(m_sheet))
{
    setObjectName(QStringLiteral("documentPreview"));
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter);
    m_sheet->setObjectName(QStringLiteral("previewSheet"));
    m_sheet->setStyleSheet(QStringLiteral("#previewSheet { background: #808080; }"));
    m_layout->setSpacing(12);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_sheet);
    // Drawn again once the view stops changing width (a splitter dragged).
    m_resize.setSingleShot(true);
    m_resize.setInterval(150);
    connect(&m_resize, &QTimer::timeout, this, [this] {
        if (m_content && std::abs(dpi() - m_renderedDpi) >= 1)
            render();
    });
}

qreal DocumentPreview::dpi() const
{
    constexpr qreal a4WidthInches = 210.0 / 25.4;
    const int margins = m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    const int available = viewport()->width() - margins - verticalScrollBar()->sizeHint().width();
    return std::clamp(available / a4WidthInches, MinimumDpi, MaximumDpi);
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    m_resize.start();
}

void DocumentPreview::show(const DocumentContent &content)
{
    m_content = content;
    render();
}

void DocumentPreview::render()
{
    // Rendered at the screen's pixel ratio, for sharp text.
    const qreal ratio = devicePixelRatioF();
    m_renderedDpi = dpi();
    DocumentRenderer renderer(*m_content);
    m_pages = renderer.pageImages(m_renderedDpi * ratio);
    while (m_labels.size() > m_pages.size())
        delete m_labels.takeLast();
    while (m_labels.size() < m_pages.size()) {
        auto *label = new QLabel(m_sheet);
        label->setObjectName(QStringLiteral("previewPage"));
        m_layout->addWidget(label);
        m_labels << label;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        QPixmap pixmap = QPixmap::fromImage(m_pages.at(i));
        pixmap.setDevicePixelRatio(ratio);
        m_labels.at(i)->setPixmap(pixmap);
    }
}

} // namespace smr::ui
