#include "ui/common/Appearance.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QStyleFactory>

#include <system_error>

namespace smr::ui {

Appearance::Appearance(QApplication &app)
{
    // Qt lists every installed font (fontconfig) before it draws the first letter: 5 ms on the
    // development machine. A worker thread does it while the program goes on opening the database,
    // so the first screen does not wait for it (issue #10). QFontDatabase is thread-safe. Without
    // a thread to spare, Qt lists the fonts on this thread when it first needs them, as before.
    try {
        m_fontList = std::async(std::launch::async, [] { QFontDatabase::families(); });
    } catch (const std::system_error &) {
    }

    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/smrdesk.svg")));
    QFont font = app.font();
    // DejaVu Sans where it is installed (the set-up installs it), the system's font otherwise:
    // Qt takes the first family of the list that exists, without listing the fonts here.
    font.setFamilies({QStringLiteral("DejaVu Sans"), font.family()});
    font.setPointSize(std::max(font.pointSize(), 10));
    app.setFont(font);
    QFile style(QStringLiteral(":/styles/smrdesk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
}

Appearance::~Appearance()
{
    if (m_fontList.valid())
        m_fontList.wait();
}

} // namespace smr::ui
