#pragma once

#include "core/audit/AuditEntry.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace smr {
class AuditService;
}

namespace smr::ui {

// The audit trail, newest first, read a page at a time (never the whole table): fetchMore()
// reads the next page of older entries.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, What, Patient, Changes, ColumnCount };
    static constexpr int PageSize = 200;

    // `patientName` names the patient an entry is filed under (cached per patient).
    AuditModel(AuditService &audit, std::function<QString(PatientId)> patientName, QObject *parent = nullptr);

    // Reads the first page matching `filter` (its paging fields are the model's).
    void setFilter(const AuditFilter &filter);
    const AuditEntry *entry(int row) const;
    // The failure of the last read, empty when it succeeded.
    const QString &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<AuditEntry> readPage(qint64 beforeId);
    QString patientName(PatientId id) const;

    AuditService &m_audit;
    std::function<QString(PatientId)> m_patientName;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
    QString m_error;
    mutable QHash<qint64, QString> m_names;
};

} // namespace smr::ui
