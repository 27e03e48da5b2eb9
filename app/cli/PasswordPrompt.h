#pragma once

#include <QString>
#include <QTextStream>

#include <optional>

namespace smr::cli {

// Asks for a password on the terminal without echoing it. Nothing when standard input is not a
// terminal (a script must use PGPASSWORD or ~/.pgpass).
std::optional<QString> readPassword(const QString &prompt, QTextStream &err);

} // namespace smr::cli
