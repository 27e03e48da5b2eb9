#include "ui/charts/ChartDialog.h"

#include "ui/charts/ChartView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

ChartDialog::ChartDialog(Prompter &prompter, const ChartView &source, QWidget *parent)
    : QDialog(parent), m_view(new ChartView(prompter, this))
{
    setObjectName(QStringLiteral("chartDialog"));
    setWindowTitle(source.content().displayTitle());
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1100, 720);
    m_view->setContent(source.content());
    const ChartView::ExportName &name = source.exportName();
    m_view->setExportName(name.subject, name.patient, name.date);
    m_view->setExportSize(source.exportSize());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAction *action : {m_view->copyAction(), m_view->exportPngAction(), m_view->exportSvgAction()}) {
        QPushButton *button = buttons->addButton(action->text(), QDialogButtonBox::ActionRole);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_view->setFocus();
}

} // namespace smr::ui
