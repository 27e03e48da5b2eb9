#include "ui/common/Appearance.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QStyleFactory>

namespace smr::ui {

void Appearance::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/smrdesk.svg")));
    QFont font = app.font();
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        font.setFamily(QStringLiteral("DejaVu Sans"));
    font.setPointSize(std::max(font.pointSize(), 10));
    app.setFont(font);
    QFile style(QStringLiteral(":/styles/smrdesk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}

} // namespace smr::ui
