#pragma once

#include "ui/charts/ChartBuilder.h"

#include <QDialog>

namespace smr::ui {

class ChartView;
class Prompter;

// One chart large, from the small multiples (double-click or Enter on a chart), with its copy and
// export buttons beside the context menu's.
class ChartDialog : public QDialog
{
    Q_OBJECT

public:
    // `source`'s content and file-name parts are taken over.
    ChartDialog(Prompter &prompter, const ChartView &source, QWidget *parent = nullptr);

    ChartView *view() const { return m_view; }

private:
    ChartView *m_view;
};

} // namespace smr::ui
