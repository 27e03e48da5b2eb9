#pragma once

#include "core/meetings/MeetingView.h"
#include "ui/meeting/MeetingSlide.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QScreen;

namespace smr {
class Store;
}

namespace smr::ui {

class MeetingEntryForm;
class ProjectionWindow;
class SlidePreview;

// The presenter's view on the workstation while the projector shows the slides (issue #7): the
// current patient's entry form for live notes and decisions (what is typed reaches the slide at
// once), the slide as the room sees it, the next patient, a clock and the time elapsed. Page Down
// and Page Up (what clickers send) move both windows; Ctrl+B blanks the projector; Esc ends.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(Store &store, MeetingId meeting, const QString &unitName,
                    const QList<MeetingDiscipline> &disciplines, bool initialsOnly, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    // The projector's screen (the second one when there is one, else the workstation's).
    static QScreen *defaultScreen(const QWidget *mainWindow);

    // Shows the presenter's view and the projection on `screen`, at the agenda's `index`.
    void start(QScreen *screen, int index);
    int current() const { return m_current; }
    void go(int index);
    ProjectionWindow *projection() const { return m_projection.get(); }
    MeetingEntryForm *form() const { return m_form; }
    // The slide as the projector shows it now.
    MeetingSlide currentSlide() const;

signals:
    // The projection ended, on this patient.
    void finished(smr::StayId last);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MeetingSlide slide(int index);
    void showLive(const MeetingEntryView &view);
    void updateSide();
    void tick();

    Store &m_store;
    Meeting m_meeting;
    QString m_unitName;
    QList<MeetingDiscipline> m_disciplines;
    SlideOptions m_options;
    QList<AgendaItem> m_items;
    QMap<int, MeetingSlide> m_slides; // read when first shown
    int m_current = -1;
    bool m_ending = false;
    MeetingEntryForm *m_form;
    SlidePreview *m_preview;
    QLabel *m_clock;
    QLabel *m_elapsed;
    QLabel *m_position;
    QLabel *m_next;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QPushButton *m_blank;
    QPushButton *m_end;
    QElapsedTimer m_since;
    std::unique_ptr<ProjectionWindow> m_projection;
};

} // namespace smr::ui
