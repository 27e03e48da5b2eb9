#pragma once

#include "core/progress/UnitProgress.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace smr {
class Store;
}

namespace smr::ui {

class ChartView;
class Prompter;

// The unit view of issue #6 (Unit menu): the Dallas square of every patient in progress in the unit
// (admission → latest; it feeds the groups for collective sessions), and a table of each patient's
// change from admission to the latest result, instrument by instrument, with the MCID/MDC in words.
class UnitProgressDialog : public QDialog
{
    Q_OBJECT

public:
    UnitProgressDialog(Store &store, Prompter &prompter, const QString &unitCode, QWidget *parent = nullptr);

    QComboBox *unitField() const { return m_unit; }
    ChartView *square() const { return m_square; }
    QTableWidget *table() const { return m_table; }
    QLabel *banner() const { return m_banner; }

private:
    void reload();
    void fillTable(const QList<UnitProgressRow> &rows);

    Store &m_store;
    QComboBox *m_unit;
    QLabel *m_banner;
    ChartView *m_square;
    QTableWidget *m_table;
};

} // namespace smr::ui
