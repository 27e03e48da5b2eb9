#include "ui/meeting/ProjectionWindow.h"

#include "ui/meeting/SlidePainter.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace smr::ui {

ProjectionWindow::ProjectionWindow(int count, std::function<MeetingSlide(int)> provider, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_count(std::max(0, count))
    , m_provider(std::move(provider))
{
    setObjectName(QStringLiteral("projectionWindow"));
    setWindowTitle(tr("Meeting projection"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    if (m_count > 0)
        go(0);
}

void ProjectionWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

QScreen *ProjectionWindow::defaultScreen(const QWidget *mainWindow)
{
    QScreen *main = mainWindow ? mainWindow->screen() : QGuiApplication::primaryScreen();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != main)
            return screen;
    }
    return main;
}

void ProjectionWindow::go(int index)
{
    if (m_count == 0)
        return;
    index = std::clamp(index, 0, m_count - 1);
    if (index == m_current)
        return;
    m_current = index;
    m_slide = m_provider ? m_provider(index) : MeetingSlide{};
    update();
    emit currentChanged(index);
}

void ProjectionWindow::updateSlide(const MeetingSlide &slide)
{
    if (slide.index != m_current)
        return;
    m_slide = slide;
    update();
}

void ProjectionWindow::setOptions(const SlideOptions &options)
{
    m_options = options;
    update();
}

void ProjectionWindow::setBlank(bool blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    update();
    emit blankChanged(blank);
}

void ProjectionWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blank || m_current < 0) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    SlidePainter::paint(painter, QRectF(rect()), m_slide, m_options);
}

void ProjectionWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_N:
        next();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        previous();
        break;
    case Qt::Key_Home:
        go(0);
        break;
    case Qt::Key_End:
        go(m_count - 1);
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlank(!m_blank);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectionWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

} // namespace smr::ui
