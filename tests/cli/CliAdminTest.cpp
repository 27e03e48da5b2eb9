// smrdesk-cli as the local administrator's tool (issue #4): its writes are in the audit trail
// as cli:<operating-system user>; `audit [--patient ID] [--since DATE]` prints them as a JSON
// array; `user add | list | password` manage the accounts of the application.

#include "cli/CliHarness.h"
#include "core/access/Actor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class CliAdminTest : public CliTest
{
protected:
    CliRun withPassword(const QStringList &arguments, const QString &password)
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("SMRDESK_NEW_PASSWORD"), password);
        return runWith(
            dbArguments(database()) + QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments, env);
    }

    QJsonArray audit(const QStringList &filters = {})
    {
        return json(cli(QStringList{QStringLiteral("audit")} + filters)).array();
    }
};

TEST_F(CliAdminTest, AuditListsEveryWriteUnderTheOperatingSystemUser)
{
    addPatient(QStringLiteral("IPP001"));
    addPatient(QStringLiteral("IPP002"));
    id(words("stay open --patient 2 --mode HC --admitted 2026-11-02"));

    const QJsonArray all = audit();
    ASSERT_EQ(all.size(), 3);
    const QString actor = QStringLiteral("cli:") + Actor::operatingSystemUser();
    QStringList seen;
    for (const QJsonValue &v : all) {
        const QJsonObject e = v.toObject();
        EXPECT_EQ(e.value(QStringLiteral("actor")).toString(), actor);
        EXPECT_TRUE(e.value(QStringLiteral("at")).toString().startsWith(QStringLiteral("2026-11-22T")));
        EXPECT_EQ(QStringList(e.keys()),
                  (QStringList{QStringLiteral("action"), QStringLiteral("actor"), QStringLiteral("after"),
                               QStringLiteral("at"), QStringLiteral("before"), QStringLiteral("entity"),
                               QStringLiteral("entity_id"), QStringLiteral("id"), QStringLiteral("patient_id")}));
        seen << e.value(QStringLiteral("entity")).toString() + QLatin1Char(':') +
                    e.value(QStringLiteral("action")).toString() + QLatin1Char(':') +
                    QString::number(e.value(QStringLiteral("patient_id")).toInteger());
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("patient:create:1"), QStringLiteral("patient:create:2"),
                                 QStringLiteral("stay:create:2")}));
    const QJsonObject stay = all.at(2).toObject();
    EXPECT_TRUE(stay.value(QStringLiteral("before")).isNull());
    EXPECT_EQ(stay.value(QStringLiteral("after")).toObject().value(QStringLiteral("admission_date")).toString(),
              QStringLiteral("2026-11-02"));

    EXPECT_EQ(audit({QStringLiteral("--patient"), QStringLiteral("2")}).size(), 2);
    EXPECT_EQ(audit({QStringLiteral("--since"), QStringLiteral("2026-11-22")}).size(), 3);
    EXPECT_EQ(audit({QStringLiteral("--since"), QStringLiteral("2026-11-23")}).size(), 0);
    EXPECT_EQ(audit({QStringLiteral("--patient"), QStringLiteral("2"), QStringLiteral("--since"),
                     QStringLiteral("2026-11-01")})
                  .size(),
              2);
}

TEST_F(CliAdminTest, AuditOfAnEmptyDatabaseIsAnEmptyArray)
{
    EXPECT_EQ(audit(), QJsonArray());
}

TEST_F(CliAdminTest, AuditRefusesABadFilter)
{
    const CliRun date = cli(words("audit --since 22/11/2026"));
    EXPECT_EQ(date.exitCode, 2) << date;
    EXPECT_TRUE(date.err.contains(QStringLiteral("--since"))) << date;
    EXPECT_TRUE(date.out.isEmpty());
    const CliRun patient = cli(words("audit --patient dupont"));
    EXPECT_EQ(patient.exitCode, 2) << patient;
    EXPECT_TRUE(patient.err.contains(QStringLiteral("--patient"))) << patient;
}

TEST_F(CliAdminTest, UserAddListAndPassword)
{
    const CliRun added =
        withPassword(words("user add --username CMartin --name Claire --roles physician,administrator"),
                     QStringLiteral("une phrase assez longue"));
    const QJsonObject user = json(added).object();
    EXPECT_EQ(user, (QJsonObject{{QStringLiteral("id"), 1},
                                 {QStringLiteral("username"), QStringLiteral("cmartin")},
                                 {QStringLiteral("name"), QStringLiteral("Claire")},
                                 {QStringLiteral("roles"),
                                  QJsonArray{QStringLiteral("physician"), QStringLiteral("administrator")}},
                                 {QStringLiteral("active"), true}}));
    EXPECT_EQ(json(cli(words("user list"))).array(), QJsonArray{user});

    const QString before = snapshot(database());
    const CliRun changed =
        withPassword(words("user password --username cmartin"), QStringLiteral("une autre phrase longue"));
    EXPECT_EQ(json(changed).object(), user);
    EXPECT_NE(snapshot(database()), before);
    const QJsonArray trail = audit();
    ASSERT_EQ(trail.size(), 2);
    EXPECT_EQ(trail.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("set_password"));
    EXPECT_FALSE(snapshot(database()).contains(QStringLiteral("une autre phrase longue")));
}

TEST_F(CliAdminTest, UserRefusalsWriteNothing)
{
    json(withPassword(words("user add --username cmartin --name Claire --roles physician"),
                      QStringLiteral("une phrase assez longue")));
    const QString before = snapshot(database());
    struct Case {
        QStringList arguments;
        QString password;
        QString message;
    };
    const QList<Case> cases = {
        {words("user add --username other --name Other --roles doctor"), QStringLiteral("une phrase assez longue"),
         QStringLiteral("--roles: \"doctor\" is not allowed; the values are physician, physiotherapist, "
                        "occupational_therapist, adapted_physical_activity, psychomotricist, nurse, psychologist, "
                        "social_worker, secretary, administrator.")},
        {words("user add --username other --name Other --roles nurse"), QStringLiteral("short"),
         QStringLiteral("The password must have at least 12 characters")},
        {words("user add --username cmartin --name Other --roles nurse"), QStringLiteral("une phrase assez longue"),
         QStringLiteral("--username: The login cmartin is already Claire's.")},
        {words("user add --username c --name Other --roles nurse"), QStringLiteral("une phrase assez longue"),
         QStringLiteral("--username: The login must have 2 to 32 characters")},
        {words("user password --username nobody"), QStringLiteral("une phrase assez longue"),
         QStringLiteral("--username: There is no account nobody.")},
        {words("user password --username cmartin"), QStringLiteral("cmartin"),
         QStringLiteral("The password must have at least 12 characters")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun r = withPassword(c.arguments, c.password);
        EXPECT_EQ(r.exitCode, 2) << r;
        EXPECT_TRUE(r.err.contains(c.message)) << r;
        EXPECT_TRUE(r.out.isEmpty()) << r;
        EXPECT_EQ(snapshot(database()), before);
    }
}

} // namespace
} // namespace smr::test
