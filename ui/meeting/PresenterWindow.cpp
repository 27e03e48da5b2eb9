#include "ui/meeting/PresenterWindow.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "core/meetings/MeetingText.h"
#include "ui/meeting/MeetingEntryForm.h"
#include "ui/meeting/ProjectionWindow.h"
#include "ui/meeting/SlideCharts.h"
#include "ui/meeting/SlidePainter.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace smr::ui {

// The slide as the room sees it, small, on the presenter's screen (16:9, the width it is given).
class SlidePreview : public QWidget
{
public:
    explicit SlidePreview(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("slidePreview"));
        setMinimumSize(320, 180);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    void set(const MeetingSlide &slide, const SlideOptions &options, bool blank)
    {
        m_slide = slide;
        m_options = options;
        m_blank = blank;
        update();
    }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width * 9 / 16; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r(0, 0, width(), width() * 9.0 / 16.0);
        if (m_blank)
            painter.fillRect(r, Qt::black);
        else
            SlidePainter::paint(painter, r, m_slide, m_options);
    }

private:
    MeetingSlide m_slide;
    SlideOptions m_options;
    bool m_blank = false;
};

PresenterWindow::PresenterWindow(Store &store, MeetingId meeting, const QString &unitName,
                                 const QList<MeetingDiscipline> &disciplines, bool initialsOnly, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_unitName(unitName)
    , m_disciplines(disciplines)
    , m_form(new MeetingEntryForm(store, this))
    , m_preview(new SlidePreview(this))
    , m_clock(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_position(new QLabel(this))
    , m_next(new QLabel(this))
    , m_previousButton(new QPushButton(tr("◀ &Previous (Page Up)"), this))
    , m_nextButton(new QPushButton(tr("&Next (Page Down) ▶"), this))
    , m_blank(new QPushButton(tr("&Black screen (Ctrl+B)"), this))
    , m_end(new QPushButton(tr("&End the projection (Esc)"), this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_options.initialsOnly = initialsOnly;
    if (const Result<MeetingAgenda> agenda = store.meetings().agenda(meeting)) {
        m_meeting = agenda->meeting;
        m_items = agenda->items;
    }
    setWindowTitle(tr("Presenter — meeting of %1").arg(dates::display(m_meeting.date)));
    m_form->setDisciplines(disciplines);
    m_clock->setObjectName(QStringLiteral("presenterClock"));
    m_clock->setProperty("role", QStringLiteral("presenterClock"));
    m_elapsed->setObjectName(QStringLiteral("presenterElapsed"));
    m_position->setObjectName(QStringLiteral("presenterPosition"));
    m_next->setObjectName(QStringLiteral("presenterNext"));
    m_next->setWordWrap(true);
    m_previousButton->setObjectName(QStringLiteral("presenterPrevious"));
    m_nextButton->setObjectName(QStringLiteral("presenterNextButton"));
    m_blank->setObjectName(QStringLiteral("presenterBlank"));
    m_blank->setCheckable(true);
    m_end->setObjectName(QStringLiteral("presenterEnd"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_clock->setFont(big);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("presenterScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    auto *side = new QVBoxLayout;
    auto *time = new QHBoxLayout;
    time->addWidget(m_clock);
    time->addStretch(1);
    time->addWidget(m_elapsed);
    side->addLayout(time);
    side->addWidget(m_position);
    side->addWidget(m_preview);
    side->addWidget(m_next);
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previousButton);
    nav->addWidget(m_nextButton);
    side->addLayout(nav);
    side->addWidget(m_blank);
    side->addWidget(m_end);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addLayout(side, 2);

    // Clickers send Page Down / Page Up to the focused window: here, the presenter's.
    auto *down = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    auto *up = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    auto *blank = new QShortcut(QKeySequence(tr("Ctrl+B")), this);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(down, &QShortcut::activated, this, [this] { go(m_current + 1); });
    connect(up, &QShortcut::activated, this, [this] { go(m_current - 1); });
    connect(blank, &QShortcut::activated, m_blank, &QPushButton::click);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(m_nextButton, &QPushButton::clicked, this, [this] { go(m_current + 1); });
    connect(m_previousButton, &QPushButton::clicked, this, [this] { go(m_current - 1); });
    connect(m_end, &QPushButton::clicked, this, &QWidget::close);
    connect(m_form, &MeetingEntryForm::liveChanged, this, &PresenterWindow::showLive);

    m_projection = std::make_unique<ProjectionWindow>(int(m_items.size()), [this](int i) { return slide(i); });
    m_projection->setOptions(m_options);
    connect(m_projection.get(), &ProjectionWindow::currentChanged, this, [this](int i) { go(i); });
    connect(m_projection.get(), &ProjectionWindow::blankChanged, this, [this](bool on) {
        m_blank->setChecked(on);
        updateSide();
    });
    connect(m_projection.get(), &ProjectionWindow::closed, this, [this] {
        if (!m_ending)
            close();
    });
    connect(m_blank, &QPushButton::toggled, this, [this](bool on) {
        if (m_projection->isBlank() != on)
            m_projection->setBlank(on);
        updateSide();
    });

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &PresenterWindow::tick);
    timer->start(1000);
    m_since.start();
    tick();
    resize(1400, 860);
}

PresenterWindow::~PresenterWindow() = default;

QScreen *PresenterWindow::defaultScreen(const QWidget *mainWindow)
{
    return ProjectionWindow::defaultScreen(mainWindow);
}

void PresenterWindow::start(QScreen *screen, int index)
{
    show();
    m_projection->showOn(screen);
    go(std::clamp(index, 0, int(m_items.size()) - 1));
    activateWindow(); // the clicker's keys come here
}

MeetingSlide PresenterWindow::slide(int index)
{
    if (const auto cached = m_slides.constFind(index); cached != m_slides.constEnd())
        return *cached;
    MeetingSlide s;
    s.index = index;
    s.count = int(m_items.size());
    s.meetingDate = m_meeting.date;
    s.unitName = m_unitName;
    s.disciplines = m_disciplines;
    if (index < 0 || index >= m_items.size())
        return s;
    const StayId stay = m_items.at(index).stay.id;
    if (const Result<MeetingEntryView> entry = m_store.meetings().entry(m_meeting.id, stay))
        s.entry = *entry;
    else
        s.entry.item = m_items.at(index);
    if (const Result<QList<ProgressChart>> charts = m_store.progress().stayCharts(stay))
        s.charts = SlideCharts::choose(s.entry, *charts);
    m_slides.insert(index, s);
    return s;
}

MeetingSlide PresenterWindow::currentSlide() const
{
    return m_slides.value(m_current);
}

void PresenterWindow::go(int index)
{
    if (index < 0 || index >= m_items.size() || index == m_current)
        return;
    if (!m_form->flush()) {
        // The note stays typed here with its message; the projector goes back to this patient.
        m_projection->go(m_current);
        return;
    }
    m_current = index;
    m_projection->go(index);
    const MeetingSlide s = slide(index);
    m_form->load(m_meeting, s.entry);
    updateSide();
}

void PresenterWindow::showLive(const MeetingEntryView &view)
{
    if (m_current < 0 || view.item.stay.id != m_items.value(m_current).stay.id)
        return;
    MeetingSlide s = slide(m_current);
    s.entry = view;
    m_slides.insert(m_current, s);
    m_projection->updateSlide(s);
    m_preview->set(s, m_options, m_projection->isBlank());
}

void PresenterWindow::updateSide()
{
    m_position->setText(tr("Slide %1 / %2").arg(m_current + 1).arg(m_items.size()));
    if (m_current + 1 < m_items.size()) {
        const AgendaItem &next = m_items.at(m_current + 1);
        QStringList parts{MeetingText::day(next), kAgendaSections.label(next.section)};
        if (next.openActions)
            parts << tr("%n open action(s)", nullptr, next.openActions);
        parts.removeAll(QString());
        m_next->setText(tr("Next: %1 — %2").arg(next.patient.displayName(), parts.join(QStringLiteral(" · "))));
    } else {
        m_next->setText(tr("Last patient of the agenda."));
    }
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current + 1 < m_items.size());
    m_preview->set(slide(m_current), m_options, m_projection->isBlank());
}

void PresenterWindow::tick()
{
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    const qint64 minutes = m_since.elapsed() / 60000;
    m_elapsed->setText(
        tr("Meeting running for %1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0')));
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    if (!m_form->flush()) {
        event->ignore();
        return;
    }
    m_ending = true;
    if (m_projection)
        m_projection->close();
    emit finished(m_items.value(m_current).stay.id);
    event->accept();
}

} // namespace smr::ui
