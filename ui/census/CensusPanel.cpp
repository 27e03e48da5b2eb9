#include "ui/census/CensusPanel.h"

#include "ui/census/CensusModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace smr::ui {

CensusPanel::CensusPanel(CensusRepository &census, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new CensusModel(census, clock, this))
    , m_search(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search: name, IPP or birth date (Ctrl+F)"));
    // The clear button shows once something is typed; its icon is loaded then, not at start-up
    // (2 ms of the first screen, issue #10).
    connect(
        m_search, &QLineEdit::textChanged, this, [this] { m_search->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    m_search->installEventFilter(this);

    m_scope->setObjectName(QStringLiteral("scopeFilter"));
    m_scope->addItem(tr("Current stays"), int(CensusFilter::Scope::OpenStays));
    m_scope->addItem(tr("All patients"), int(CensusFilter::Scope::AllPatients));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_mode->setObjectName(QStringLiteral("modeFilter"));
    m_mode->addItem(tr("HC and HTP"), QString());
    for (const StayMode mode : kStayModes.values())
        m_mode->addItem(kStayModes.label(mode), kStayModes.code(mode));

    m_view->setObjectName(QStringLiteral("censusView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Names need room; the other columns take what their contents need, the last one the rest.
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = CensusModel::AgeColumn; c < CensusModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CensusModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(CensusModel::NameColumn, m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 17);
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(0); // the rows in view, not the first thousand

    m_count->setObjectName(QStringLiteral("censusCount"));
    m_count->setProperty("role", QStringLiteral("muted"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Typing restarts the query once the event loop is idle, so a burst of keys costs one query.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(0);
    connect(m_searchTimer, &QTimer::timeout, this, &CensusPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CensusPanel::applyFilter);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        applyFilter();
        emit unitFilterChanged(unitFilter());
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CensusPanel::applyFilter);
    connect(m_model, &CensusModel::totalChanged, this, &CensusPanel::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectQuietly(m_shown); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CensusPanel::onCurrentChanged);
}

void CensusPanel::start(std::unique_ptr<CensusPrefetch> firstPage)
{
    m_started = true;
    m_model->setFilter(shownFilter(), firstPage.get());
}

void CensusPanel::setUnits(const QList<Unit> &units)
{
    const QString current = unitFilter();
    QHash<QString, QString> labels;
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unit->addItem(tr("All units"), QString());
        for (const Unit &u : units) {
            labels.insert(u.code, u.label);
            m_unit->addItem(u.active ? u.label : tr("%1 (closed)").arg(u.label), u.code);
        }
        const int index = m_unit->findData(current);
        m_unit->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_model->setUnitLabels(labels);
    if (unitFilter() != current)
        applyFilter();
}

void CensusPanel::setUnitFilter(const QString &unitCode)
{
    const int index = m_unit->findData(unitCode);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
}

QString CensusPanel::unitFilter() const
{
    return m_unit->currentData().toString();
}

CensusFilter CensusPanel::shownFilter() const
{
    CensusFilter filter;
    filter.scope = CensusFilter::Scope(m_scope->currentData().toInt());
    filter.search = m_search->text();
    if (filter.scope == CensusFilter::Scope::OpenStays) {
        filter.unitCode = unitFilter();
        filter.mode = kStayModes.parse(m_mode->currentData().toString());
    }
    return filter;
}

void CensusPanel::applyFilter()
{
    const CensusFilter filter = shownFilter();
    // Unit and mode describe a stay in progress: they filter the current stays only.
    const bool openStays = filter.scope == CensusFilter::Scope::OpenStays;
    m_unit->setEnabled(openStays);
    m_mode->setEnabled(openStays);
    if (!m_started || (filter == m_model->filter() && m_model->rowCount() > 0))
        return;
    m_model->setFilter(filter);
}

void CensusPanel::updateCount(qint64 total)
{
    const bool openStays = m_model->filter().scope == CensusFilter::Scope::OpenStays;
    if (!m_model->filter().search.trimmed().isEmpty() && total > CensusRepository::CountCap)
        m_count->setText(
            tr("More than %1 patients found: type more letters").arg(QLocale().toString(CensusRepository::CountCap)));
    else if (!m_model->filter().search.trimmed().isEmpty())
        m_count->setText(tr("%n patient(s) found", nullptr, int(total)));
    else if (openStays)
        m_count->setText(tr("%n current stay(s)", nullptr, int(total)));
    else
        m_count->setText(tr("%n patient(s)", nullptr, int(total)));
}

void CensusPanel::selectQuietly(PatientId patient)
{
    m_shown = patient;
    m_quiet = true;
    const int row = m_model->rowOf(patient);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, CensusModel::NameColumn));
        m_view->scrollTo(m_model->index(row, CensusModel::NameColumn));
    } else {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_quiet = false;
}

void CensusPanel::onCurrentChanged()
{
    if (m_quiet)
        return;
    const QModelIndex current = m_view->currentIndex();
    const CensusRow *row = m_model->rowAt(current.row());
    if (!row || row->patient.id == m_shown)
        return;
    // The receiver may refuse the move (unsaved changes): it then calls selectQuietly() with
    // the patient it still shows.
    emit patientChosen(row->patient.id, row->stay ? row->stay->id : StayId());
}

void CensusPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CensusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Down or Enter from the search field goes to the first match.
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                applyFilter();
            }
            if (m_model->rowCount() > 0) {
                m_view->setFocus(Qt::TabFocusReason);
                if (!m_view->currentIndex().isValid() || key->key() != Qt::Key_Down)
                    m_view->setCurrentIndex(m_model->index(0, CensusModel::NameColumn));
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace smr::ui
