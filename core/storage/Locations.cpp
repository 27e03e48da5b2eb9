#include "core/storage/Locations.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace smr {

void Locations::setUpApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("smrdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMRDESK_VERSION));
}

QString Locations::defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/smrdesk/smrdesk.sqlite");
}

QString Locations::settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/smrdesk/settings.ini");
}

} // namespace smr
