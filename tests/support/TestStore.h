#pragma once

#include "core/Store.h"
#include "core/common/Clock.h"
#include "core/patients/Patient.h"
#include "core/results/TestResult.h"
#include "core/stays/Stay.h"
#include "support/Printers.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace smr::test {

// A fresh database (a file in a temporary folder, or a schema on the test PostgreSQL server: see
// TestDatabase), opened through the same Store the applications use, with a clock fixed on
// 22/11/2026 (tests move it when they need to).
class TestStore
{
public:
    TestStore();

    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    FixedClock &clock() { return m_clock; }
    // The SQLite file (SQLite suites only).
    QString path() const { return m_database.address().path; }
    const DatabaseAddress &address() const { return m_database.address(); }
    QString dir() const { return m_dir.path(); }

    // Closes and reopens the database (to check what was really written).
    void reopen();

    static QDate today() { return QDate(2026, 11, 22); }

    // A valid patient; tests change the fields they are about.
    static Patient patient(const QString &ipp = QStringLiteral("IPP001"));
    // A valid stay in progress for `patient`.
    static Stay stay(PatientId patient);
    // A questionnaire's answers ("items") taken on `day` at 10:00, to record.
    static TestResult questionnaire(StayId stay, const QString &instrument, const QDate &day, const QList<int> &items);
    // A Timed Up and Go of `seconds` taken on `day` at 11:00 by Paul Kiné, to record.
    static TestResult tug(StayId stay, const QDate &day, double seconds);
    // Berg answers totalling `total` (0–56): items filled with 4 in order, the rest on the next item.
    static QList<int> bergItems(int total);

    // Creates a valid patient and returns its id (fails the test if refused).
    PatientId addPatient(const QString &ipp = QStringLiteral("IPP001"));
    // An account with `roles` and the password kPassword, created by the local administrator
    // (the display name is the login unless given).
    User addUser(const QString &username, const QList<Role> &roles, const QString &displayName = {});
    // Who writes next: an account, or the local administrator ("cli:test", every right).
    void signInAs(const User &user) { m_store->session().signIn(user.actor()); }
    void signInLocal() { m_store->session().signIn(Actor::local(QStringLiteral("test"))); }
    static inline const QString kPassword = QStringLiteral("correct horse battery");
    // The whole audit trail, oldest first.
    QList<AuditEntry> audit();
    // A second connection to the same database, as another workstation would open it, signed
    // in as the local administrator.
    std::unique_ptr<Store> openAnother();
    // The units of the establishment (fails the test if they cannot be read).
    QList<Unit> units();
    // Counts the rows of a table, straight from the database.
    qint64 rows(const QString &table);
    // Every row of a table, every column, one line per row in key order: two equal dumps
    // taken around a refused operation show that it wrote nothing (not even a timestamp).
    QString dump(const QString &table) { return dump(*m_store, table); }
    // The dumps of every table of the schema.
    QString dumpAll() { return dumpAll(*m_store); }
    // The same for another store (a second database of the test).
    static QString dump(Store &store, const QString &table);
    static QString dumpAll(Store &store);

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    FixedClock m_clock;
    std::unique_ptr<Store> m_store;
};

} // namespace smr::test
