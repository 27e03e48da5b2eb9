#pragma once

#include <QWidget>

class QButtonGroup;

namespace smr::ui {

class SessionGuard;

// The tablet's settings, by touch: how long the tablet may stay idle before it locks (issue #8:
// 2 minutes by default in a shared gym).
class TabletSettingsPage : public QWidget
{
    Q_OBJECT

public:
    static inline const QList<int> kLockChoices{1, 2, 5, 10};

    explicit TabletSettingsPage(SessionGuard *guard, QWidget *parent = nullptr);
    // Shows the guard's current choice.
    void refresh();

private:
    SessionGuard *m_guard;
    QButtonGroup *m_choices;
};

} // namespace smr::ui
