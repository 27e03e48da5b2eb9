// Issue #4: "A lost connection gives a clear message and a retry, and the form being edited keeps
// its content", as the user meets it. The PostgreSQL server ends this workstation's session
// (pg_terminate_backend, as a restart or a network cut would) while a form is open: saving says
// the connection is lost and nothing was saved, the form stays open with what was typed, and
// pressing Save again is the retry. The main window says so too and offers Reconnect.
// PostgreSQL only (an SQLite file has no connection to lose): this suite runs in the "pg." half.

#include "UiTestSupport.h"

#include "core/audit/ChangeWatcher.h"
#include "core/storage/Sql.h"
#include "ui/main/MainWindow.h"
#include "ui/patient/PatientDialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

class PostgresFormConnectionLossTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(onPostgres()) << "a PostgreSQL-only test: run it with SMRDESK_TEST_BACKEND=postgres";
        m_patient = m_store.addPatient();
        m_other = m_store.openAnother();
        ASSERT_TRUE(m_other);
    }

    // Ends this workstation's server session from the other one.
    void loseConnection()
    {
        Sql pid(m_store->database(), QStringLiteral("SELECT pg_backend_pid()"));
        pid.exec();
        ASSERT_TRUE(pid.next());
        Sql end(m_other->database(), QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER), 5000)"));
        end.bind(pid.integer(0)).exec();
        ASSERT_TRUE(end.next() && end.value(0).toBool());
    }

    QString lostPrefix()
    {
        return QStringLiteral("La connexion au serveur %1 est perdue.").arg(m_store->database().location());
    }

    TestStore m_store;
    std::unique_ptr<Store> m_other;
    PatientId m_patient;
};

TEST_F(PostgresFormConnectionLossTest, TheFormKeepsWhatWasTypedAndSavingAgainIsTheRetry)
{
    ui::PatientDialog form(m_store->patients(), m_store.clock(), *m_store->patients().find(m_patient));
    form.show();
    typeInto(&form, QStringLiteral("heightField"), QStringLiteral("170"));
    typeInto(&form, QStringLiteral("gpField"), QStringLiteral("Dr Morel"));
    const QString before = TestStore::dumpAll(*m_other);
    loseConnection();

    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    auto *banner = form.findChild<QLabel *>(QStringLiteral("formBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(lostPrefix())) << banner->text().toStdString();
    EXPECT_TRUE(
        banner->text().endsWith(QStringLiteral("Rien n'a été enregistré. Réessayez une fois la connexion revenue.")))
        << banner->text().toStdString();
    screenshot(&form, QStringLiteral("connection-lost-form"));
    // Still open, with what was typed; nothing reached the server.
    EXPECT_TRUE(form.isVisible());
    EXPECT_EQ(form.result(), 0);
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("heightField"))->text(), QStringLiteral("170"));
    EXPECT_EQ(form.findChild<QLineEdit *>(QStringLiteral("gpField"))->text(), QStringLiteral("Dr Morel"));
    EXPECT_EQ(TestStore::dumpAll(*m_other), before);

    // Save again: the connection is opened again first, and the same content is saved.
    QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_EQ(form.result(), QDialog::Accepted) << banner->text().toStdString();
    const Patient saved = *m_other->patients().find(m_patient);
    EXPECT_EQ(saved.heightCm, 170);
    EXPECT_EQ(saved.generalPractitioner, QStringLiteral("Dr Morel"));
}

TEST_F(PostgresFormConnectionLossTest, TheMainWindowSaysSoAndReconnects)
{
    QSettings settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ScriptedPrompter prompter;
    ui::MainWindow window(m_store.store(), prompter, settings);
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(m_store->changes().start());
    auto *message = window.findChild<QLabel *>(QStringLiteral("connectionLost"));
    auto *retry = window.findChild<QPushButton *>(QStringLiteral("reconnectButton"));
    ASSERT_NE(message, nullptr);
    ASSERT_NE(retry, nullptr);
    EXPECT_FALSE(message->isVisible());

    loseConnection();
    QElapsedTimer timer;
    timer.start();
    while (!message->isVisible() && timer.elapsed() < 3000)
        QTest::qWait(20);
    ASSERT_TRUE(message->isVisible()) << "the loss was not shown within 3 s";
    EXPECT_EQ(message->text(), QStringLiteral("Connexion au serveur perdue : rien ne peut être enregistré avant "
                                              "son retour."));
    EXPECT_TRUE(message->toolTip().startsWith(lostPrefix())) << message->toolTip().toStdString();
    EXPECT_TRUE(retry->isVisible());
    screenshot(&window, QStringLiteral("connection-lost-window"));

    // What another workstation saves meanwhile appears once the connection is back.
    Patient theirs = *m_other->patients().find(m_patient);
    theirs.generalPractitioner = QStringLiteral("Dr Leroy");
    ASSERT_TRUE(m_other->patients().update(theirs));
    QSignalSpy changed(&m_store->changes(), &ChangeWatcher::changed);
    QTest::mouseClick(retry, Qt::LeftButton);
    timer.restart();
    while ((message->isVisible() || changed.isEmpty()) && timer.elapsed() < 2000)
        QTest::qWait(20);
    ASSERT_EQ(changed.size(), 1) << "the other workstation's save was not reported within 2 s";
    EXPECT_EQ(changed.at(0).at(0).value<ChangeSet>().patients(), QList<PatientId>{m_patient});
    EXPECT_FALSE(message->isVisible());
    EXPECT_FALSE(retry->isVisible());
    EXPECT_TRUE(m_store->database().isConnected());
    m_store->changes().stop();
}

} // namespace
} // namespace smr::test
