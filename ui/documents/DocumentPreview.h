#pragma once

#include "core/documents/Document.h"

#include <QImage>
#include <QList>
#include <QScrollArea>
#include <QTimer>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace smr::ui {

// The pages of a document as they will print, one under the other: what the physician checks
// before printing or finalising. Shows the renderer's page images.
class DocumentPreview : public QScrollArea
{
    Q_OBJECT

public:
    explicit DocumentPreview(QWidget *parent = nullptr);

    void show(const DocumentContent &content);
    int pageCount() const { return m_pages.size(); }
    const QList<QImage> &pages() const { return m_pages; }

    // The resolution of the page images: an A4 page as wide as the view (no sideways scrolling),
    // between these bounds.
    static constexpr qreal MinimumDpi = 40;
    static constexpr qreal MaximumDpi = 110;
    qreal dpi() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();

    std::optional<DocumentContent> m_content;
    qreal m_renderedDpi = 0;
    QTimer m_resize;
    QList<QImage> m_pages;
    QWidget *m_sheet;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_labels;
};

} // namespace smr::ui
