#include "core/storage/DatabaseAddress.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace smr {

DatabaseAddress DatabaseAddress::sqlite(const QString &path)
{
    DatabaseAddress a;
    a.kind = Kind::SqliteFile;
    a.path = path;
    return a;
}

Result<DatabaseAddress> DatabaseAddress::fromUrl(const QString &text)
{
    const QString field = QStringLiteral("db_url");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Failure::invalid(
            field, tr("\"%1\" is not a database address; use postgresql://user@host:port/dbname.").arg(text));
    if (!url.password().isEmpty())
        return Failure::invalid(field, tr("The password must not be written in the database address (it would stay in "
                                          "the shell history): give it in PGPASSWORD, in ~/.pgpass, or when asked."));
    DatabaseAddress a;
    a.kind = Kind::Postgres;
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName();
    a.database = url.path().mid(1);
    a.schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (a.host.isEmpty() || a.database.isEmpty())
        return Failure::invalid(field, tr("\"%1\" lacks the server or the database name; use "
                                          "postgresql://user@host:port/dbname.")
                                           .arg(text));
    if (!a.schema.isEmpty() && !identifier.match(a.schema).hasMatch())
        return Failure::invalid(field, tr("The schema \"%1\" must be letters, digits and underscores.").arg(a.schema));
    return a;
}

QString DatabaseAddress::display() const
{
    if (kind == Kind::SqliteFile)
        return QDir::toNativeSeparators(path);
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += user + QLatin1Char('@');
    out += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!schema.isEmpty())
        out += QStringLiteral("?schema=") + schema;
    return out;
}

} // namespace smr
