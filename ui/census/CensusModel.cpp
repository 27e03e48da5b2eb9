#include "ui/census/CensusModel.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/stays/StayCalendar.h"
#include "core/storage/StorageError.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QScopedValueRollback>

namespace smr::ui {

CensusModel::CensusModel(CensusRepository &census, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_census(census), m_clock(clock)
{
}

void CensusModel::setFilter(const CensusFilter &filter, CensusPrefetch *readAhead)
{
    m_filter = filter;
    load(PageSize, readAhead);
}

void CensusModel::reload()
{
    load(std::max<int>(PageSize, int(m_rows.size())));
}

void CensusModel::setUnitLabels(const QHash<QString, QString> &labels)
{
    m_unitLabels = labels;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, UnitColumn), index(int(m_rows.size()) - 1, UnitColumn));
}

void CensusModel::load(int minimumRows, CensusPrefetch *readAhead)
{
    // No page is appended while the views are still hearing about the reset.
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_exhausted = true;
    try {
        if (std::optional<CensusPrefetch::Page> page =
                readAhead ? readAhead->take(m_filter, minimumRows) : std::nullopt) {
            m_rows = std::move(page->rows);
            m_total = page->total;
        } else {
            m_rows = m_census.page(m_filter, std::nullopt, minimumRows);
            m_total = m_census.count(m_filter);
        }
        m_exhausted = m_rows.size() < minimumRows;
    } catch (const StorageError &e) {
        m_total = 0;
        endResetModel();
        emit totalChanged(m_total);
        emit loadFailed(e.message());
        return;
    }
    endResetModel();
    emit totalChanged(m_total);
}

const CensusRow *CensusModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int CensusModel::rowOf(PatientId patient) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).patient.id == patient)
            return i;
    }
    return -1;
}

int CensusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CensusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CensusModel::displayText(const CensusRow &row, int column) const
{
    const std::optional<Stay> &stay = row.stay;
    switch (column) {
    case NameColumn:
        return row.patient.displayName();
    case AgeColumn:
        return tr("%n year(s)", nullptr, row.patient.ageOn(m_clock.today()));
    case UnitColumn:
        return stay ? m_unitLabels.value(stay->unitCode, stay->unitCode) : QString();
    case ModeColumn:
        return stay ? kStayModes.shortLabel(stay->mode) : QString();
    case ProgressColumn:
        return stay ? StayCalendar::shortProgressText(*stay, m_clock.today()) : tr("No stay");
    case ProgrammeColumn:
        return stay && stay->programme ? kProgrammes.shortLabel(*stay->programme) : QString();
    default:
        return {};
    }
}

QVariant CensusModel::data(const QModelIndex &index, int role) const
{
    const CensusRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return tr("%1\nBorn on %2 · IPP %3")
            .arg(row->patient.displayName(), dates::display(row->patient.birthDate), row->patient.ipp);
    case Qt::FontRole:
        if (index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (row->stay && row->stay->status != StayStatus::Active) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        // A stay past its planned length: the text says it ("day 31 of 28"), the colour flags it.
        if (index.column() == ProgressColumn && row->stay) {
            const std::optional<int> day = StayCalendar::dayOfStay(*row->stay, m_clock.today());
            const std::optional<int> length = StayCalendar::plannedLength(*row->stay);
            if (day && length && *day > *length)
                return QColor(0xa3, 0x4a, 0x00);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PatientIdRole:
        return row->patient.id.value;
    case StayIdRole:
        return row->stay ? row->stay->id.value : QVariant();
    default:
        return {};
    }
}

QVariant CensusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Patient");
    case AgeColumn:
        return tr("Age");
    case UnitColumn:
        return tr("Unit");
    case ModeColumn:
        return tr("Mode");
    case ProgressColumn:
        return tr("Stay");
    case ProgrammeColumn:
        return tr("Programme");
    default:
        return {};
    }
}

bool CensusModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CensusModel::fetchMore(const QModelIndex &parent)
{
    // Views (and model checkers) may ask again while rows are being inserted or the model is
    // being reset: one change at a time.
    if (parent.isValid() || m_exhausted || m_rows.isEmpty() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QList<CensusRow> more;
    try {
        more = m_census.page(m_filter, CensusRepository::cursorAfter(m_rows.last()), PageSize);
    } catch (const StorageError &e) {
        m_exhausted = true;
        emit loadFailed(e.message());
        return;
    }
    m_exhausted = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows += more;
    endInsertRows();
}

} // namespace smr::ui
