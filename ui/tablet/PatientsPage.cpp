#include "ui/tablet/PatientsPage.h"

#include "ui/census/CensusModel.h"
#include "ui/tablet/LetterPad.h"
#include "ui/tablet/PatientTileDelegate.h"
#include "ui/tablet/TouchStyle.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

const QString kUnitSetting = QStringLiteral("tablet/unit");

} // namespace

PatientsPage::PatientsPage(CensusRepository &census, const Clock &clock, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(new CensusModel(census, clock, this))
    , m_unitRow(new QHBoxLayout)
    , m_unitButtons(new QButtonGroup(this))
    , m_letters(new LetterPad(this))
    , m_tiles(new QListView(this))
    , m_count(new QLabel(this))
    , m_unit(settings.value(kUnitSetting).toString())
{
    setObjectName(QStringLiteral("patientsPage"));
    m_unitRow->setSpacing(TouchStyle::SpacingPx);
    m_unitButtons->setExclusive(true);

    m_tiles->setObjectName(QStringLiteral("patientTiles"));
    m_tiles->setModel(m_model);
    m_tiles->setModelColumn(CensusModel::NameColumn);
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setFlow(QListView::LeftToRight);
    m_tiles->setWrapping(true);
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setSpacing(TouchStyle::SpacingPx / 2);
    m_tiles->setSelectionMode(QAbstractItemView::NoSelection);
    m_tiles->setFocusPolicy(Qt::NoFocus);
    m_tiles->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tiles->setItemDelegate(new PatientTileDelegate(m_tiles));
    TouchStyle::kineticScroll(m_tiles);

    m_count->setObjectName(QStringLiteral("patientCount"));
    m_count->setProperty("touchRole", QStringLiteral("muted"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(TouchStyle::SpacingPx);
    layout->addLayout(m_unitRow);
    layout->addWidget(m_letters);
    layout->addWidget(m_count);
    layout->addWidget(m_tiles, 1);

    connect(m_letters, &LetterPad::prefixChanged, this, &PatientsPage::applyFilter);
    connect(m_tiles, &QListView::clicked, this, [this](const QModelIndex &index) {
        const CensusRow *row = m_model->rowAt(index.row());
        if (row && row->stay)
            emit patientChosen(row->patient.id, row->stay->id);
    });
    connect(m_model, &CensusModel::totalChanged, this, [this](qint64 total) {
        const QString prefix = m_letters->prefix();
        m_count->setText(prefix.isEmpty()
                             ? tr("%n patient(s) in the unit today", nullptr, int(total))
                             : tr("%n patient(s) whose name starts with %1", nullptr, int(total)).arg(prefix));
    });
    connect(m_model, &CensusModel::loadFailed, m_count, &QLabel::setText);
}

void PatientsPage::setUnits(const QList<Unit> &units)
{
    for (QAbstractButton *b : m_unitButtons->buttons()) {
        m_unitButtons->removeButton(b);
        delete b;
    }
    QList<Unit> active;
    for (const Unit &u : units)
        if (u.active)
            active << u;
    bool known = false;
    for (const Unit &u : active) {
        QPushButton *b = TouchStyle::button(u.label, this);
        b->setObjectName(QStringLiteral("unit_") + u.code);
        b->setCheckable(true);
        m_unitButtons->addButton(b);
        m_unitRow->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, code = u.code] { setUnit(code); });
        known = known || u.code == m_unit;
    }
    // One unit: nothing to choose. No unit chosen yet: the first.
    for (QAbstractButton *b : m_unitButtons->buttons())
        b->setVisible(active.size() > 1);
    if (!known)
        m_unit = active.isEmpty() ? QString() : active.first().code;
    setUnit(m_unit);
}

void PatientsPage::setUnit(const QString &code)
{
    m_unit = code;
    if (!code.isEmpty())
        m_settings.setValue(kUnitSetting, code);
    for (QAbstractButton *b : m_unitButtons->buttons())
        b->setChecked(b->objectName() == QStringLiteral("unit_") + code);
    applyFilter();
}

void PatientsPage::applyFilter()
{
    CensusFilter filter;
    filter.scope = CensusFilter::Scope::OpenStays;
    filter.unitCode = m_unit;
    filter.search = m_letters->prefix();
    m_model->setFilter(filter);
}

void PatientsPage::reload()
{
    m_model->reload();
}

void PatientsPage::setPortrait(bool portrait)
{
    m_letters->setColumns(portrait ? 7 : 13);
}

} // namespace smr::ui
