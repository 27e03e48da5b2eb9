#pragma once

#include "core/common/Ids.h"

#include <QMenu>

#include <functional>

namespace smr {
class Store;
}

namespace smr::ui {

class SessionGuard;

// The "Account" menu of the main window: who is signed in, lock now (Ctrl+L), one's password
// and PIN, the idle time before the session locks itself, the accounts and the audit trail
// (for those whose role allows them), and signing out.
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    static inline const QList<int> LockChoices{0, 2, 5, 10, 15, 30};

    // `guard` may be null (no locking: tests of other features); `patient` says which dossier
    // is open, for the audit trail's first filter.
    AccountMenu(Store &store, SessionGuard *guard, std::function<PatientId()> patient, QWidget *window);

    // Shows what the signed-in person may do (called when the session changes).
    void refresh();

signals:
    void signOutRequested();

private:
    QAction *add(const QString &objectName, const QString &text, const QKeySequence &shortcut = {});

    Store &m_store;
    SessionGuard *m_guard;
    std::function<PatientId()> m_patient;
    QWidget *m_window;
    QAction *m_who;
    QAction *m_users;
    QAction *m_audit;
    QAction *m_pin;
    QAction *m_password;
    QMenu *m_delay;
};

} // namespace smr::ui
