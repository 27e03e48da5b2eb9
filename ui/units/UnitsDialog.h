#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace smr {
class UnitService;
}

namespace smr::ui {

// The establishment's list of units: add one, rename it, close it to new stays or reopen it.
class UnitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnitsDialog(UnitService &units, QWidget *parent = nullptr);

private:
    void reload(const QString &select = {});
    void add();
    void rename();
    void toggleActive();
    void updateButtons();
    void showOutcome(const QString &error);

    UnitService &m_units;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_toggle;
    QLabel *m_error;
};

} // namespace smr::ui
