#include "app/cli/CliArguments.h"

#include "core/common/Dates.h"
#include "core/common/Text.h"

#include <QRegularExpression>

namespace smr::cli {

std::optional<CommandOptions> CommandOptions::parse(const QString &command, const QStringList &args,
                                                    const QList<Spec> &specs, ArgumentError &error,
                                                    const QStringList &positionals)
{
    CommandOptions options;
    QStringList known;
    for (const Spec &s : specs)
        known << QStringLiteral("--") + s.name;

    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (options.m_positionals.size() < positionals.size()) {
                options.m_positionals << arg;
                continue;
            }
            error = {QString(), tr("Unexpected argument \"%1\" for \"%2\"; its options are %3.")
                                    .arg(arg, command, known.join(QStringLiteral(", ")))};
            return std::nullopt;
        }
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
            hasValue = true;
        }
        const QString name = arg.mid(2);
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const Spec &s) { return s.name == name; });
        if (spec == specs.end()) {
            error = {
                arg,
                tr("Unknown option for \"%1\"; its options are %2.").arg(command, known.join(QStringLiteral(", ")))};
            return std::nullopt;
        }
        if (spec->flag && hasValue) {
            error = {arg, tr("%1 takes no value.").arg(arg)};
            return std::nullopt;
        }
        if (!hasValue && !spec->flag) {
            if (i + 1 >= args.size()) {
                error = {arg, tr("A value is expected after %1.").arg(arg)};
                return std::nullopt;
            }
            value = args.at(++i);
        }
        if (options.m_values.contains(name)) {
            error = {arg, tr("%1 is given twice.").arg(arg)};
            return std::nullopt;
        }
        options.m_values.insert(name, value);
    }
    if (options.m_positionals.size() < positionals.size()) {
        const QString missing = positionals.at(options.m_positionals.size());
        error = {missing, tr("%1 is required: %2 %3.").arg(missing, command, positionals.join(QLatin1Char(' ')))};
        return std::nullopt;
    }
    for (const Spec &s : specs) {
        if (s.required && !options.m_values.contains(s.name)) {
            error = {QStringLiteral("--") + s.name,
                     tr("%1 is required for \"%2\".").arg(QStringLiteral("--") + s.name, command)};
            return std::nullopt;
        }
    }
    return options;
}

void CommandOptions::fail(const QString &name, const QString &message)
{
    if (!m_error)
        m_error = ArgumentError{QStringLiteral("--") + name, message};
}

std::optional<QDate> CommandOptions::date(const QString &name)
{
    if (const std::optional<QDate> d = dates::parseIso(text(name)))
        return d;
    fail(name, tr("\"%1\" is not a valid date; use YYYY-MM-DD, for example 1956-03-12.").arg(text(name)));
    return std::nullopt;
}

std::optional<QDateTime> CommandOptions::dateTime(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$"));
    const QDateTime t = QDateTime::fromString(text(name), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (shape.match(text(name)).hasMatch() && t.isValid())
        return t;
    fail(
        name,
        tr("\"%1\" is not a valid date and time; use YYYY-MM-DDTHH:MM, for example 2026-11-22T14:30.").arg(text(name)));
    return std::nullopt;
}

std::optional<qint64> CommandOptions::integer(const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text(name).toLongLong(&ok);
    if (ok && v >= min && v <= max)
        return v;
    fail(name, tr("\"%1\" is not allowed; give a whole number from %2 to %3.").arg(text(name)).arg(min).arg(max));
    return std::nullopt;
}

std::optional<quint64> CommandOptions::unsignedInteger(const QString &name)
{
    bool ok = false;
    const quint64 v = text(name).toULongLong(&ok);
    if (ok)
        return v;
    fail(name, tr("\"%1\" is not allowed; give a whole number from 0 to 18446744073709551615.").arg(text(name)));
    return std::nullopt;
}

std::optional<double> CommandOptions::decimal(const QString &name)
{
    if (const std::optional<double> v = text::parseDecimal(text(name)))
        return v;
    fail(name, tr("\"%1\" is not a number.").arg(text(name)));
    return std::nullopt;
}

} // namespace smr::cli
