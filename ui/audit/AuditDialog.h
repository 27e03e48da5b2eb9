#pragma once

#include "core/common/Ids.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace smr {
class AuditService;
class Clock;
} // namespace smr

namespace smr::ui {

class AuditModel;
class DateField;

// The audit trail for those whose role gives the right to read it: who did what, when, to
// which record, filtered by patient, user and dates; the selected entry's values before and
// after underneath.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    // `patient` (with its name): the dossier open when the viewer was opened, offered as a filter
    // and chosen at first.
    AuditDialog(AuditService &audit, const Clock &clock, std::function<QString(PatientId)> patientName,
                PatientId patient = {}, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void setUser(const QString &actor);
    void setDates(const QDate &since, const QDate &until);
    void setPatientOnly(bool only);

private:
    void applyFilter();
    void showDetail();

    AuditModel *m_model;
    PatientId m_patient;
    QComboBox *m_patientFilter;
    QComboBox *m_userFilter;
    DateField *m_since;
    DateField *m_until;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QLabel *m_error;
};

} // namespace smr::ui
