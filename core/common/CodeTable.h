#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace smr {

// One value of a closed list: the enum value, the stable code stored in the database and used
// by the command-line tool, and the wording shown to users (translated at display time).
template <typename E> struct CodedValue {
    E value;
    const char *code;
    const char *label;      // QT_TRANSLATE_NOOP source, in the table's context
    const char *shortLabel; // for list columns; same context
};

// A closed list of values with their codes and labels: the single place that says which values
// exist, so that storage, validation messages, the command-line tool and combo boxes agree.
template <typename E, std::size_t N> class CodeTable
{
public:
    constexpr CodeTable(const char *context, std::array<CodedValue<E>, N> entries)
        : m_context(context), m_entries(entries)
    {
    }

    QString code(E value) const { return QLatin1StringView(entry(value).code); }

    QString label(E value) const { return QCoreApplication::translate(m_context, entry(value).label); }

    QString shortLabel(E value) const { return QCoreApplication::translate(m_context, entry(value).shortLabel); }

    // Case-insensitive: "hc" is read as HC.
    std::optional<E> parse(QStringView code) const
    {
        for (const CodedValue<E> &e : m_entries) {
            if (code.compare(QLatin1StringView(e.code), Qt::CaseInsensitive) == 0)
                return e.value;
        }
        return std::nullopt;
    }

    QStringList codes() const
    {
        QStringList out;
        for (const CodedValue<E> &e : m_entries)
            out << QLatin1StringView(e.code);
        return out;
    }

    QList<E> values() const
    {
        QList<E> out;
        for (const CodedValue<E> &e : m_entries)
            out << e.value;
        return out;
    }

    // "F, M" for messages that list the allowed values.
    QString allowed() const { return codes().join(QStringLiteral(", ")); }

private:
    const CodedValue<E> &entry(E value) const
    {
        for (const CodedValue<E> &e : m_entries) {
            if (e.value == value)
                return e;
        }
        return m_entries.front();
    }

    const char *m_context;
    std::array<CodedValue<E>, N> m_entries;
};

} // namespace smr
