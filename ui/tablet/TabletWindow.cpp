#include "ui/tablet/TabletWindow.h"

#include "core/Store.h"
#include "core/audit/ChangeWatcher.h"
#include "core/instruments/InstrumentCatalog.h"
#include "core/units/UnitService.h"
#include "ui/results/Ticker.h"
#include "ui/session/SessionGuard.h"
#include "ui/tablet/PatientPage.h"
#include "ui/tablet/PatientsPage.h"
#include "ui/tablet/TabletSettingsPage.h"
#include "ui/tablet/TestPage.h"
#include "ui/tablet/TouchConfirm.h"
#include "ui/tablet/TouchStyle.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace smr::ui {

TabletWindow::TabletWindow(Store &store, QSettings &settings, SessionGuard *guard, Ticker *ticker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_guard(guard)
    , m_ownTicker(ticker ? nullptr : std::make_unique<SystemTicker>())
    , m_bar(new QWidget(this))
    , m_back(TouchStyle::button(tr("◀ Back"), m_bar, QStringLiteral("bar")))
    , m_title(new QLabel(m_bar))
    , m_user(new QLabel(m_bar))
    , m_draftState(new QLabel(m_bar))
    , m_lock(TouchStyle::button(tr("Lock"), m_bar, QStringLiteral("bar")))
    , m_settingsButton(TouchStyle::button(tr("Settings"), m_bar, QStringLiteral("bar")))
    , m_desktop(TouchStyle::button(tr("Workstation mode"), m_bar, QStringLiteral("bar")))
    , m_pages(new QStackedWidget(this))
    , m_patients(new PatientsPage(store.census(), store.clock(), settings, m_pages))
    , m_patient(new PatientPage(store, m_pages))
    , m_test(nullptr)
    , m_settingsPage(new TabletSettingsPage(guard, m_pages))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("tabletWindow"));
    setWindowTitle(tr("SMR Desk — tablet"));
    TouchStyle::apply(this);
    m_confirm = new TouchConfirm(this);
    m_test = new TestPage(store.results(), store.clock(), ticker ? *ticker : *m_ownTicker, *m_confirm, m_pages);

    m_bar->setObjectName(QStringLiteral("tabletBar"));
    m_bar->setAttribute(Qt::WA_StyledBackground);
    m_back->setObjectName(QStringLiteral("tabletBackButton"));
    m_title->setObjectName(QStringLiteral("tabletTitle"));
    m_title->setProperty("touchRole", QStringLiteral("barTitle"));
    // A long title ("Test de marche de 6 minutes — …") wraps rather than widen the window.
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_user->setObjectName(QStringLiteral("tabletUser"));
    m_draftState->setObjectName(QStringLiteral("tabletDraftState"));
    m_lock->setObjectName(QStringLiteral("tabletLockButton"));
    m_settingsButton->setObjectName(QStringLiteral("tabletSettingsButton"));
    m_desktop->setObjectName(QStringLiteral("desktopModeButton"));
    m_lock->setVisible(guard != nullptr);
    // The bar's buttons are finger-sized but lower than the pages' (56 px): the pages get the height.
    for (QPushButton *b : {m_back, m_lock, m_settingsButton, m_desktop})
        b->setMinimumHeight(TouchStyle::BarButtonPx);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(12, 6, 12, 6);
    bar->setSpacing(TouchStyle::SpacingPx);
    bar->addWidget(m_back);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_user);
    bar->addWidget(m_draftState);
    bar->addWidget(m_lock);
    bar->addWidget(m_settingsButton);
    bar->addWidget(m_desktop);

    m_pages->addWidget(m_patients);
    m_pages->addWidget(m_patient);
    m_pages->addWidget(m_test);
    m_pages->addWidget(m_settingsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_pages, 1);

    connect(m_back, &QPushButton::clicked, this, &TabletWindow::back);
    connect(m_lock, &QPushButton::clicked, this, [this] {
        if (m_test->isEntering())
            m_test->saveDraftNow();
        if (m_guard)
            m_guard->lock();
    });
    connect(m_settingsButton, &QPushButton::clicked, this, &TabletWindow::showSettings);
    connect(m_desktop, &QPushButton::clicked, this, &TabletWindow::desktopModeRequested);
    connect(m_patients, &PatientsPage::patientChosen, this, &TabletWindow::openPatient);
    connect(m_patient, &PatientPage::testChosen, this, &TabletWindow::openTest);
    connect(m_test, &TestPage::draftStateChanged, m_draftState, &QLabel::setText);
    connect(m_test, &TestPage::left, this, [this] {
        m_patient->refresh();
        showPage(m_patient);
    });
    connect(&store.changes(), &ChangeWatcher::changed, this, &TabletWindow::onOthersChanged);

    if (const std::optional<Actor> &actor = store.session().actor())
        m_user->setText(actor->displayName);
    refreshUnits();
    showPage(m_patients);
    resize(1280, 800);
}

TabletWindow::~TabletWindow() = default;

QWidget *TabletWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void TabletWindow::refreshUnits()
{
    const Result<QList<Unit>> units = m_store.units().list();
    m_patients->setUnits(units ? *units : QList<Unit>());
}

void TabletWindow::openPatient(PatientId patient, StayId stay)
{
    if (m_patient->show(patient, stay) || m_patient->stayId() == stay)
        showPage(m_patient);
}

void TabletWindow::openTest(const QString &instrument)
{
    const Instrument *found = m_store.instruments().find(instrument);
    if (!found)
        return;
    TestPage::Setup setup;
    setup.instrument = found;
    setup.patient = m_patient->patient();
    setup.stay = m_patient->stay();
    setup.draft = m_patient->draftOf(instrument);
    if (const std::optional<Actor> &actor = m_store.session().actor())
        setup.enteredBy = actor->displayName;
    m_test->start(std::move(setup));
    showPage(m_test);
}

void TabletWindow::back()
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_test)
        m_test->leave(); // shows the patient once the draft is saved
    else if (page == m_settingsPage)
        showPage(m_beforeSettings ? m_beforeSettings : m_patients);
    else if (page == m_patient)
        showPage(m_patients);
}

void TabletWindow::showSettings()
{
    if (m_pages->currentWidget() == m_settingsPage)
        return;
    if (m_test->isEntering())
        m_test->saveDraftNow();
    m_beforeSettings = m_pages->currentWidget();
    m_settingsPage->refresh();
    showPage(m_settingsPage);
}

void TabletWindow::showPage(QWidget *page)
{
    if (page == m_patients)
        m_patients->reload();
    m_pages->setCurrentWidget(page);
    updateBar();
}

void TabletWindow::updateBar()
{
    QWidget *page = m_pages->currentWidget();
    m_back->setVisible(page != m_patients);
    if (page == m_patients)
        m_title->setText(tr("Patients of the unit"));
    else if (page == m_settingsPage)
        m_title->setText(tr("Tablet settings"));
    else if (page == m_test)
        m_title->setText(m_test->title());
    else
        m_title->setText(m_patient->patient().displayName());
    // While a test is taken, nothing in the bar leaves it but Back (which keeps the draft).
    const bool testing = page == m_test;
    m_draftState->setVisible(testing);
    m_user->setVisible(!testing && width() >= height());
    m_settingsButton->setVisible(!testing && page != m_settingsPage);
    m_desktop->setVisible(!testing);
}

void TabletWindow::resizeEvent(QResizeEvent *event)
{
    const bool portrait = height() > width();
    m_patients->setPortrait(portrait);
    m_patient->setPortrait(portrait);
    QWidget::resizeEvent(event);
    updateBar(); // in portrait the bar leaves out the user's name
}

void TabletWindow::onOthersChanged(const ChangeSet &changes)
{
    Q_UNUSED(changes)
    // A test being taken is never disturbed; the lists and the review are read again.
    QWidget *page = m_pages->currentWidget();
    if (page == m_patients)
        m_patients->reload();
    else if (page == m_patient)
        m_patient->refresh();
}

void TabletWindow::closeEvent(QCloseEvent *event)
{
    if (m_test->isEntering() && !m_test->saveDraftNow()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace smr::ui
