// Issue #4, "Users, roles, rights": login with username and password (Argon2id through
// libsodium), a short PIN that unlocks a locked session, the administrator account created on
// the first start, and accounts managed by administrators only.

#include "core/access/PasswordHasher.h"
#include "core/users/UserRules.h"
#include "support/Printers.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <functional>

namespace smr {
namespace {

using test::TestStore;

User draft(const QString &username, QList<Role> roles = {Role::Physician})
{
    User u;
    u.username = username;
    u.displayName = QStringLiteral("Dr Claire Martin");
    u.roles = std::move(roles);
    return u;
}

TEST(UserServiceTest, TheFirstAccountIsTheAdministratorAndIsSignedIn)
{
    TestStore db;
    db->session().signOut();
    ASSERT_FALSE(*db->users().hasAccounts());
    const Result<User> admin =
        db->users().createFirstAdministrator(draft(QStringLiteral(" CMartin ")), TestStore::kPassword);
    ASSERT_TRUE(admin) << admin.failure().text().toStdString();
    EXPECT_EQ(admin->username, QStringLiteral("cmartin"));
    EXPECT_EQ(admin->roles, (QList<Role>{Role::Administrator, Role::Physician}));
    ASSERT_TRUE(db->session().actor());
    EXPECT_EQ(db->session().actor()->username, QStringLiteral("cmartin"));
    EXPECT_TRUE(*db->users().hasAccounts());
}

TEST(UserServiceTest, ASecondFirstAdministratorIsRefused)
{
    TestStore db;
    db->session().signOut();
    ASSERT_TRUE(db->users().createFirstAdministrator(draft(QStringLiteral("first")), TestStore::kPassword));
    db->session().signOut();
    const QString before = db.dumpAll();
    const Result<User> second =
        db->users().createFirstAdministrator(draft(QStringLiteral("intruder")), TestStore::kPassword);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.failure().messageFor(UserRules::UserField),
              QStringLiteral("The administrator account already exists: sign in with it."));
    EXPECT_EQ(db.dumpAll(), before);
    EXPECT_FALSE(db->session().signedIn());
}

struct AccountRefusal {
    const char *name;
    std::function<void(User &, QString &password)> change;
    QString field;
    QString message;
};

void PrintTo(const AccountRefusal &r, std::ostream *os)
{
    *os << r.name;
}

const AccountRefusal kAccountRefusals[] = {
    {"LoginWithASpace", [](User &u, QString &) { u.username = QStringLiteral("claire martin"); }, UserRules::Username,
     QStringLiteral("The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, "
                    "dash and underscore (for example cmartin).")},
    {"LoginWithAnAccent", [](User &u, QString &) { u.username = QStringLiteral("hélène"); }, UserRules::Username,
     QStringLiteral("The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, "
                    "dash and underscore (for example cmartin).")},
    {"OneLetterLogin", [](User &u, QString &) { u.username = QStringLiteral("c"); }, UserRules::Username,
     QStringLiteral("The login must have 2 to 32 characters among lower-case letters without accents, digits, dot, "
                    "dash and underscore (for example cmartin).")},
    {"NoName", [](User &u, QString &) { u.displayName = QStringLiteral("  "); }, UserRules::DisplayName,
     QStringLiteral("The name shown to colleagues is required (for example Dr Claire Martin).")},
    {"LongName", [](User &u, QString &) { u.displayName = QString(81, QLatin1Char('a')); }, UserRules::DisplayName,
     QStringLiteral("The name is too long (at most 80 characters).")},
    {"NoRole", [](User &u, QString &) { u.roles.clear(); }, UserRules::Roles,
     QStringLiteral("Choose at least one role; the roles are physician, physiotherapist, occupational_therapist, "
                    "adapted_physical_activity, psychomotricist, nurse, psychologist, social_worker, secretary, "
                    "administrator.")},
    {"ShortPassword", [](User &, QString &p) { p = QStringLiteral("Tr0ub4dor&3"); }, UserRules::Password,
     QStringLiteral("The password must have at least 12 characters; a sentence that is easy to remember is a good "
                    "password.")},
    {"PasswordIsTheLogin",
     [](User &u, QString &p) {
         u.username = QStringLiteral("claire.martin");
         p = QStringLiteral("Claire.Martin");
     },
     UserRules::Password, QStringLiteral("The password must not be the login.")},
};

class AccountRefusals : public ::testing::TestWithParam<AccountRefusal>
{
};

TEST_P(AccountRefusals, NameTheFieldAndWriteNothing)
{
    TestStore db;
    User u = draft(QStringLiteral("cmartin"));
    QString password = TestStore::kPassword;
    GetParam().change(u, password);
    const QString before = db.dumpAll();
    const Result<User> created = db->users().create(u, password);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.failure().messageFor(GetParam().field), GetParam().message)
        << created.failure().text().toStdString();
    EXPECT_EQ(db.dumpAll(), before);
}

INSTANTIATE_TEST_SUITE_P(Issue4, AccountRefusals, ::testing::ValuesIn(kAccountRefusals),
                         [](const auto &test) { return std::string(test.param.name); });

TEST(UserServiceTest, ALoginIsUnique)
{
    TestStore db;
    ASSERT_TRUE(db->users().create(draft(QStringLiteral("cmartin")), TestStore::kPassword));
    const QString before = db.dumpAll();
    const Result<User> again = db->users().create(draft(QStringLiteral("CMARTIN")), TestStore::kPassword);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.failure().messageFor(UserRules::Username),
              QStringLiteral("The login cmartin is already Dr Claire Martin's."));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(UserServiceTest, PasswordsAreStoredAsArgon2idHashes)
{
    TestStore db;
    const User u = db.addUser(QStringLiteral("cmartin"), {Role::Physician});
    const QString hash = db->userRepository().passwordHash(u.id);
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(TestStore::kPassword));
    EXPECT_FALSE(db.dumpAll().contains(TestStore::kPassword));
}

TEST(UserServiceTest, SignInChecksTheLoginAndThePassword)
{
    TestStore db;
    const User u = db.addUser(QStringLiteral("cmartin"), {Role::Physician});
    db->session().signOut();

    const Result<User> wrong = db->users().signIn(QStringLiteral("cmartin"), QStringLiteral("not the password"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.failure().text(), QStringLiteral("The login or the password is wrong."));
    EXPECT_FALSE(db->session().signedIn());

    const Result<User> unknown = db->users().signIn(QStringLiteral("nobody"), TestStore::kPassword);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.failure().text(), wrong.failure().text()) << "the refusal does not tell which was wrong";

    const Result<User> right = db->users().signIn(QStringLiteral(" CMartin "), TestStore::kPassword);
    ASSERT_TRUE(right) << right.failure().text().toStdString();
    ASSERT_TRUE(db->session().signedIn());
    EXPECT_EQ(db->session().actor()->userId, u.id);
    EXPECT_TRUE(db->session().actor()->can(Right::ManageStays));
}

TEST(UserServiceTest, ADeactivatedAccountCannotSignIn)
{
    TestStore db;
    User u = db.addUser(QStringLiteral("cmartin"), {Role::Physician});
    u.active = false;
    ASSERT_TRUE(db->users().update(u));
    db->session().signOut();
    const Result<User> refused = db->users().signIn(QStringLiteral("cmartin"), TestStore::kPassword);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().text(),
              QStringLiteral("This account is deactivated: ask an administrator to reactivate it."));
    EXPECT_FALSE(db->session().signedIn());
}

TEST(UserServiceTest, EveryoneChangesTheirOwnPassword)
{
    TestStore db;
    const User nurse = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    db.signInAs(nurse);
    const QString before = db.dumpAll();
    const Status wrong = db->users().changeOwnPassword(QStringLiteral("guess"), QStringLiteral("a brand new password"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.failure().messageFor(UserRules::CurrentPassword), QStringLiteral("The current password is wrong."));
    EXPECT_EQ(db.dumpAll(), before);

    ASSERT_TRUE(db->users().changeOwnPassword(TestStore::kPassword, QStringLiteral("a brand new password")));
    EXPECT_FALSE(db->users().signIn(QStringLiteral("nurse"), TestStore::kPassword));
    EXPECT_TRUE(db->users().signIn(QStringLiteral("nurse"), QStringLiteral("a brand new password")));
}

TEST(UserServiceTest, APinUnlocksTheSession)
{
    TestStore db;
    const User nurse = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    db.signInAs(nurse);
    // Without a PIN the password unlocks.
    EXPECT_TRUE(*db->users().checkUnlock(TestStore::kPassword));
    EXPECT_FALSE(*db->users().checkUnlock(QStringLiteral("1234")));

    const Status badPin = db->users().setOwnPin(TestStore::kPassword, QStringLiteral("12a4"));
    ASSERT_FALSE(badPin);
    EXPECT_EQ(badPin.failure().messageFor(UserRules::Pin), QStringLiteral("The PIN must have 4 to 6 digits."));
    EXPECT_FALSE(db->users().setOwnPin(QStringLiteral("wrong"), QStringLiteral("4827")));
    ASSERT_TRUE(db->users().setOwnPin(TestStore::kPassword, QStringLiteral("4827")));

    EXPECT_TRUE(*db->users().checkUnlock(QStringLiteral("4827")));
    EXPECT_FALSE(*db->users().checkUnlock(QStringLiteral("4828")));
    EXPECT_TRUE(db->users().find(nurse.id)->hasPin);
    EXPECT_TRUE(db->userRepository().pinHash(nurse.id).startsWith(QStringLiteral("$argon2id$")));
}

TEST(UserServiceTest, TheLastAdministratorStays)
{
    TestStore db;
    User admin = db.addUser(QStringLiteral("admin"), {Role::Administrator});
    const QString before = db.dumpAll();
    User demoted = admin;
    demoted.roles = {Role::Physician};
    const Status refused = db->users().update(demoted);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.failure().messageFor(UserRules::Roles),
              QStringLiteral("admin is the only active administrator: give the role to another account first, so "
                             "that somebody can still manage the accounts."));
    User deactivated = admin;
    deactivated.active = false;
    EXPECT_FALSE(db->users().update(deactivated));
    EXPECT_EQ(db.dumpAll(), before);

    db.addUser(QStringLiteral("second"), {Role::Administrator});
    EXPECT_TRUE(db->users().update(deactivated));
}

TEST(UserServiceTest, ChangingMyRolesChangesMyRightsAtOnce)
{
    TestStore db;
    db.addUser(QStringLiteral("other"), {Role::Administrator});
    const User me = db.addUser(QStringLiteral("me"), {Role::Administrator, Role::Secretary});
    db.signInAs(me);
    ASSERT_TRUE(db->session().actor()->can(Right::ManageUsers));
    User changed = me;
    changed.roles = {Role::Secretary};
    ASSERT_TRUE(db->users().update(changed));
    EXPECT_FALSE(db->session().actor()->can(Right::ManageUsers));
    EXPECT_TRUE(db->session().actor()->can(Right::ManageIdentities));
}

TEST(UserServiceTest, OnlyAdministratorsManageAccounts)
{
    TestStore db;
    User nurse = db.addUser(QStringLiteral("nurse"), {Role::Nurse});
    db.signInAs(db.addUser(QStringLiteral("doc"), {Role::Physician}));
    const QString before = db.dumpAll();
    nurse.roles = {Role::Physician};
    const Status promoted = db->users().update(nurse);
    ASSERT_FALSE(promoted);
    EXPECT_EQ(promoted.failure().kind(), Failure::Kind::Forbidden);
    EXPECT_FALSE(db->users().resetPassword(nurse.id, QStringLiteral("taken over account")));
    EXPECT_EQ(db.dumpAll(), before);
}

TEST(PasswordHasherTest, EachHashHasItsOwnSaltAndVerifies)
{
    const PasswordHasher hasher; // the real cost
    const std::optional<QString> a = hasher.hash(QStringLiteral("mot de passe très long"));
    const std::optional<QString> b = hasher.hash(QStringLiteral("mot de passe très long"));
    ASSERT_TRUE(a && b);
    EXPECT_NE(*a, *b);
    EXPECT_TRUE(PasswordHasher::verify(*a, QStringLiteral("mot de passe très long")));
    EXPECT_FALSE(PasswordHasher::verify(*a, QStringLiteral("mot de passe tres long")));
    EXPECT_FALSE(PasswordHasher::verify(QString(), QString()));
}

} // namespace
} // namespace smr
