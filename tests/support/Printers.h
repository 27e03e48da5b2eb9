#pragma once

// GoogleTest printers for the Qt value types the suites compare, so that a failed assertion
// shows "Lefèvre" or 2026-11-22 instead of a dump of bytes.

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

inline void PrintTo(const QDate &d, std::ostream *os)
{
    *os << (d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)"));
}
