#include "ui/documents/DocumentPreview.h"

#include "ui/documents/DocumentRenderer.h"

#include <QLabel>
#include <QPixmap>
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
}

void DocumentPreview::show(const DocumentContent &content)
{
    // Rendered at twice the shown size, for sharp text on the screen.
    const qreal ratio = devicePixelRatioF();
    DocumentRenderer renderer(content);
    m_pages = renderer.pageImages(Dpi * ratio);
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
