#pragma once

#include <QWidget>

class QPushButton;

namespace smr::ui {

// What an empty database shows: a welcome, and the two ways to begin.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(const QString &databaseLocation, int demoPatients, QWidget *parent = nullptr);

    QPushButton *createButton() const { return m_create; }
    QPushButton *demoButton() const { return m_demo; }

signals:
    void createPatientRequested();
    void loadDemoRequested();

private:
    QPushButton *m_create;
    QPushButton *m_demo;
};

} // namespace smr::ui
