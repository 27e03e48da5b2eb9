#pragma once

#include "core/documents/Document.h"

#include <QImage>
#include <QList>
#include <QScrollArea>

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

    // The resolution of the page images: an A4 page about 600 pixels wide.
    static constexpr qreal Dpi = 72;

private:
    QList<QImage> m_pages;
    QWidget *m_sheet;
    QVBoxLayout *m_layout;
    QList<QLabel *> m_labels;
};

} // namespace smr::ui
