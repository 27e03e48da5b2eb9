#include "ui/session/AccountMenu.h"

#include "core/Store.h"
#include "ui/audit/AuditDialog.h"
#include "ui/session/SecretDialog.h"
#include "ui/session/SessionGuard.h"
#include "ui/users/UsersDialog.h"

#include <QActionGroup>

namespace smr::ui {

AccountMenu::AccountMenu(Store &store, SessionGuard *guard, std::function<PatientId()> patient, QWidget *window)
    : QMenu(tr("&Account"), window), m_store(store), m_guard(guard), m_patient(std::move(patient)), m_window(window)
{
    setObjectName(QStringLiteral("accountMenu"));
    m_who = addAction(QString());
    m_who->setObjectName(QStringLiteral("signedInAction"));
    m_who->setEnabled(false);
    addSeparator();

    QAction *lock = add(QStringLiteral("lockAction"), tr("&Lock the session"), QKeySequence(tr("Ctrl+L")));
    lock->setVisible(guard != nullptr);
    if (guard)
        connect(lock, &QAction::triggered, guard, &SessionGuard::lock);
    m_password = add(QStringLiteral("changePasswordAction"), tr("Change my &password…"));
    connect(m_password, &QAction::triggered, this,
            [this] { SecretDialog(m_store.users(), SecretDialog::Kind::OwnPassword, {}, {}, m_window).exec(); });
    m_pin = add(QStringLiteral("setPinAction"), tr("Choose my &PIN…"));
    connect(m_pin, &QAction::triggered, this,
            [this] { SecretDialog(m_store.users(), SecretDialog::Kind::OwnPin, {}, {}, m_window).exec(); });

    m_delay = addMenu(tr("Lock &automatically"));
    m_delay->menuAction()->setVisible(guard != nullptr);
    auto *group = new QActionGroup(this);
    for (int minutes : LockChoices) {
        QAction *a =
            m_delay->addAction(minutes == 0 ? tr("Never") : tr("After %n minute(s) without use", nullptr, minutes));
        a->setObjectName(QStringLiteral("lockAfter_%1").arg(minutes));
        a->setCheckable(true);
        a->setChecked(guard && guard->lockMinutes() == minutes);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] {
            if (m_guard)
                m_guard->setLockMinutes(minutes);
        });
    }
    addSeparator();

    m_users = add(QStringLiteral("usersAction"), tr("A&ccounts…"));
    connect(m_users, &QAction::triggered, this, [this] { UsersDialog(m_store.users(), m_window).exec(); });
    m_audit = add(QStringLiteral("auditAction"), tr("Audit &trail…"), QKeySequence(tr("Ctrl+Shift+J")));
    connect(m_audit, &QAction::triggered, this, [this] {
        auto name = [this](PatientId id) {
            const Result<Patient> p = m_store.patients().find(id);
            return p ? QStringLiteral("%1 (IPP %2)").arg(p->displayName(), p->ipp) : QString::number(id.value);
        };
        AuditDialog(m_store.audit(), m_store.clock(), name, m_patient ? m_patient() : PatientId(), m_window).exec();
    });
    addSeparator();
    QAction *signOut = add(QStringLiteral("signOutAction"), tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &AccountMenu::signOutRequested);

    connect(&store.session(), &Session::actorChanged, this, &AccountMenu::refresh);
    refresh();
}

QAction *AccountMenu::add(const QString &objectName, const QString &text, const QKeySequence &shortcut)
{
    QAction *a = addAction(text);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    // The window's shortcuts work even while the menu is closed.
    m_window->addAction(a);
    return a;
}

void AccountMenu::refresh()
{
    const std::optional<Actor> &actor = m_store.session().actor();
    const bool user = actor && actor->kind == Actor::Kind::User;
    const QString roles = actor ? actor->rolesText() : QString();
    m_who->setText(!actor            ? tr("Nobody is signed in")
                   : roles.isEmpty() ? actor->displayName
                                     : tr("%1 (%2)").arg(actor->displayName, roles));
    m_password->setVisible(user);
    m_pin->setVisible(user);
    m_users->setVisible(actor && actor->can(Right::ManageUsers));
    m_audit->setVisible(actor && actor->can(Right::ViewAudit));
}

} // namespace smr::ui
