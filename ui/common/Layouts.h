#pragma once

#include <QGridLayout>
#include <QList>
#include <QString>

class QScrollArea;
class QWidget;

namespace smr::ui {

// A tab's page that scrolls down only (long labels wrap instead of scrolling sideways), named
// `objectName`, holding `content`.
QScrollArea *makePageScroll(QWidget *content, const QString &objectName, QWidget *parent);
// The same page, empty: a large form is made in its viewport(), then given with setWidget. Made
// elsewhere and moved there, every widget of the form is polished again by the style sheet (a
// fifth of the start-up time for the assessment and care plan forms, issue #10).
QScrollArea *makePageScroll(const QString &objectName, QWidget *parent);

// Places `widgets` in `grid` row by row, `columns` to a row, the used columns sharing the width
// (columns up to `maxColumns` are reset).
template <typename W> void placeInColumns(QGridLayout *grid, const QList<W *> &widgets, int columns, int maxColumns)
{
    for (W *w : widgets)
        grid->removeWidget(w);
    for (qsizetype i = 0; i < widgets.size(); ++i)
        grid->addWidget(widgets.at(i), int(i / columns), int(i % columns));
    for (int c = 0; c < maxColumns; ++c)
        grid->setColumnStretch(c, c < columns ? 1 : 0);
}

} // namespace smr::ui
