#pragma once

#include "core/census/CensusPrefetch.h"
#include "core/census/CensusRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace smr {
class Clock;
}

namespace smr::ui {

// The list of the main window: patients with their stay, in alphabetical order, fetched a page
// at a time as the view scrolls (never the whole table).
class CensusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AgeColumn, UnitColumn, ModeColumn, ProgressColumn, ProgrammeColumn, ColumnCount };
    enum Role { PatientIdRole = Qt::UserRole + 1, StayIdRole };
    static constexpr int PageSize = 100;

    CensusModel(CensusRepository &census, const Clock &clock, QObject *parent = nullptr);

    const CensusFilter &filter() const { return m_filter; }
    // Reads the filter's first page; from `readAhead` when it holds that page (the first screen).
    void setFilter(const CensusFilter &filter, CensusPrefetch *readAhead = nullptr);
    // Runs the query again (after a save), keeping at least as many rows as were loaded.
    void reload();
    void setUnitLabels(const QHash<QString, QString> &labels);

    const CensusRow *rowAt(int row) const;
    // The row showing `patient`, or -1 when it is not loaded.
    int rowOf(PatientId patient) const;
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void load(int minimumRows, CensusPrefetch *readAhead = nullptr);
    QString displayText(const CensusRow &row, int column) const;

    CensusRepository &m_census;
    const Clock &m_clock;
    CensusFilter m_filter;
    QList<CensusRow> m_rows;
    QHash<QString, QString> m_unitLabels;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_fetching = false;
};

} // namespace smr::ui
