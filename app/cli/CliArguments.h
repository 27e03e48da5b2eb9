#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace smr::cli {

// A refusal of the command line: the option it concerns ("--sex", or empty) and the sentence.
struct ArgumentError {
    QString option;
    QString message;
};

// The options of one command, read from "--name value" or "--name=value" pairs, with typed
// accessors that explain what is wrong with a value. Every accessor records its first error in
// `error` and returns nothing, so a command reads all its options and then checks once.
class CommandOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandOptions)

public:
    struct Spec {
        QString name; // without the dashes
        bool required = false;
        bool flag = false; // takes no value ("--force"): has(name) says whether it was given
    };

    // Reads `args` against `specs` and the required `positionals` (their names for messages, in
    // order); unknown, repeated or valueless options and missing or extra arguments are refused.
    static std::optional<CommandOptions> parse(const QString &command, const QStringList &args,
                                               const QList<Spec> &specs, ArgumentError &error,
                                               const QStringList &positionals = {});

    bool has(const QString &name) const { return m_values.contains(name); }
    QString text(const QString &name) const { return m_values.value(name); }
    QString positional(int index) const { return m_positionals.value(index); }
    std::optional<QDate> date(const QString &name);
    // YYYY-MM-DDTHH:MM, local time.
    std::optional<QDateTime> dateTime(const QString &name);
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    std::optional<quint64> unsignedInteger(const QString &name);
    std::optional<double> decimal(const QString &name);
    // A value of a closed list (case-insensitive); `allowed` is shown when it is not one of them.
    template <typename Table> auto code(const QString &name, const Table &table) -> decltype(table.parse(QStringView()))
    {
        const auto value = table.parse(text(name));
        if (!value)
            fail(name, tr("\"%1\" is not allowed; the values are %2.").arg(text(name), table.allowed()));
        return value;
    }

    const std::optional<ArgumentError> &error() const { return m_error; }

private:
    void fail(const QString &name, const QString &message);

    QHash<QString, QString> m_values;
    QStringList m_positionals;
    std::optional<ArgumentError> m_error;
};

} // namespace smr::cli
