#include "UiTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {

void whenDialogOpens(std::function<void(QDialog *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, drive] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        drive(dialog);
        if (dialog->isVisible()) {
            ADD_FAILURE() << "the dialog " << dialog->objectName().toStdString() << " was left open";
            dialog->reject();
        }
    });
    timer->start();
}

QString screenshotPath(const QString &name)
{
    const QString path = QStringLiteral(SMRDESK_SCREENSHOT_DIR) + QLatin1Char('/') + name + QStringLiteral(".png");
    // Names may have a folder: "charts/berg".
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QString screenshot(const QImage &image, const QString &name)
{
    const QString path = screenshotPath(name);
    EXPECT_TRUE(image.save(path)) << path.toStdString();
    return path;
}

QString screenshot(QWidget *widget, const QString &name, const QSize &size)
{
    if (size.isValid())
        widget->resize(size);
    const QString path = screenshotPath(name);
    // Layout requests travel one parent per round (a form, its scroll area's viewport, the area).
    for (int round = 0; round < 4; ++round)
        QApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    EXPECT_TRUE(pixmap.save(path)) << path.toStdString();
    return path;
}

void typeInto(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(objectName);
    if (!edit) {
        // A composite field (DateField) holds its line edit.
        if (auto *holder = root->findChild<QWidget *>(objectName))
            edit = holder->findChild<QLineEdit *>();
    }
    ASSERT_NE(edit, nullptr) << objectName.toStdString();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

} // namespace smr::test
