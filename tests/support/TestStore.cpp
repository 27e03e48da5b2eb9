#include "support/TestStore.h"

#include "core/storage/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace smr::test {

TestStore::TestStore() : m_database(m_dir.path(), QStringLiteral("test")), m_clock(QDateTime(today(), QTime(10, 0)))
{
    reopen();
}

void TestStore::reopen()
{
    m_store.reset();
    Result<std::unique_ptr<Store>> opened = Store::open(address(), m_clock, QString());
    if (!opened) {
        ADD_FAILURE() << opened.failure().text().toStdString();
        return;
    }
    m_store = std::move(opened).value();
    m_store->users().setPasswordCost(PasswordHasher::Cost::Minimal);
    m_store->session().signIn(Actor::local(QStringLiteral("test")));
}

Patient TestStore::patient(const QString &ipp)
{
    Patient p;
    p.ipp = ipp;
    p.birthName = QStringLiteral("Dupont");
    p.firstNames = QStringLiteral("Marie");
    p.birthDate = QDate(1956, 3, 12);
    p.sex = Sex::Female;
    return p;
}

Stay TestStore::stay(PatientId patient)
{
    Stay s;
    s.patientId = patient;
    s.unitCode = QStringLiteral("locomoteur");
    s.mode = StayMode::FullHospitalisation;
    s.admissionDate = QDate(2026, 11, 2);
    s.plannedDischargeDate = QDate(2026, 11, 29);
    s.programme = Programme::SpineRestoration;
    return s;
}

QList<int> TestStore::bergItems(int total)
{
    QList<int> items(14, 0);
    for (int i = 0; i < 14 && total > 0; ++i) {
        items[i] = std::min(4, total);
        total -= items[i];
    }
    return items;
}

TestResult TestStore::questionnaire(StayId stay, const QString &instrument, const QDate &day, const QList<int> &items)
{
    TestResult r;
    r.stayId = stay;
    r.instrument = instrument;
    r.performedAt = QDateTime(day, QTime(10, 0));
    r.enteredBy = QStringLiteral("Test");
    QJsonArray a;
    for (int i : items)
        a.append(i);
    r.answers = {{QStringLiteral("items"), a}};
    return r;
}

TestResult TestStore::tug(StayId stay, const QDate &day, double seconds)
{
    TestResult r;
    r.stayId = stay;
    r.instrument = QStringLiteral("tug");
    r.performedAt = QDateTime(day, QTime(11, 0));
    r.answers = QJsonObject{{QStringLiteral("seconds"), seconds}};
    r.enteredBy = QStringLiteral("Paul Kiné");
    return r;
}

User TestStore::addUser(const QString &username, const QList<Role> &roles, const QString &displayName)
{
    const std::optional<Actor> previous = m_store->session().actor();
    signInLocal();
    User u;
    u.username = username;
    u.displayName = displayName.isEmpty() ? username : displayName;
    u.roles = roles;
    const Result<User> created = m_store->users().create(u, kPassword);
    if (previous)
        m_store->session().signIn(*previous);
    if (!created) {
        ADD_FAILURE() << created.failure().text().toStdString();
        return {};
    }
    return *created;
}

QList<AuditEntry> TestStore::audit()
{
    return m_store->auditRepository().find(AuditFilter{});
}

std::unique_ptr<Store> TestStore::openAnother()
{
    Result<std::unique_ptr<Store>> opened = Store::open(address(), m_clock, QString());
    if (!opened) {
        ADD_FAILURE() << opened.failure().text().toStdString();
        return nullptr;
    }
    std::unique_ptr<Store> other = std::move(opened).value();
    other->users().setPasswordCost(PasswordHasher::Cost::Minimal);
    other->session().signIn(Actor::local(QStringLiteral("test")));
    return other;
}

PatientId TestStore::addPatient(const QString &ipp)
{
    const Result<PatientId> id = m_store->patients().create(patient(ipp));
    if (!id) {
        ADD_FAILURE() << id.failure().text().toStdString();
        return {};
    }
    return *id;
}

QList<Unit> TestStore::units()
{
    const Result<QList<Unit>> units = m_store->units().list();
    EXPECT_TRUE(units);
    return units ? *units : QList<Unit>();
}

qint64 TestStore::rows(const QString &table)
{
    Sql q(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.exec();
    q.next();
    return q.integer(0);
}

QString TestStore::dump(Store &store, const QString &table)
{
    QStringList lines;
    QSqlQuery q(store.database().connection());
    // The schema's history without the moment each migration ran (that is not data).
    const QString columns =
        table == QLatin1String("schema_version") ? QStringLiteral("version, name") : QStringLiteral("*");
    if (!q.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table +
                QStringLiteral(" ORDER BY 1, 2"))) {
        ADD_FAILURE() << "cannot read " << table.toStdString();
        return {};
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        lines << values.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TestStore::dumpAll(Store &store)
{
    QString out;
    for (const char *table : {"schema_version",
                              "units",
                              "patients",
                              "patient_search_terms",
                              "stays",
                              "results",
                              "admission_assessments",
                              "red_flag_actions",
                              "care_plans",
                              "stay_groups",
                              "meeting_disciplines",
                              "meetings",
                              "meeting_signatures",
                              "meeting_entries",
                              "meeting_notes",
                              "meeting_decisions",
                              "meeting_actions",
                              "document_drafts",
                              "documents",
                              "document_settings",
                              "on_call_notes"})
        out += QLatin1String(table) + QLatin1Char('\n') + dump(store, QLatin1String(table)) + QLatin1Char('\n');
    return out;
}

} // namespace smr::test
