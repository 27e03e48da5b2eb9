#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace smr {

// One refused field: `field` is a stable key (for example "birth_date") that forms and the
// command-line tool map to their own widget or option; `message` is a complete, translated
// sentence that names the field and, where it helps, the allowed values.
struct FieldError {
    QString field;
    QString message;
};

// Why an operation did not happen. Nothing is written when a service returns a Failure.
class Failure
{
public:
    enum class Kind {
        Invalid,        // the input breaks a rule: the user can correct it
        NotFound,       // the record named by the input does not exist
        Conflict,       // the record changed since it was read (another workstation saved first)
        Storage,        // the database could not be read or written
        Authentication, // the server wants a password it did not get, or refused it
        Forbidden,      // the signed-in person's roles do not give the right this needs
        ConnectionLost, // the connection to the database server broke: retry once it is back
    };

    static Failure invalid(QList<FieldError> fields);
    static Failure invalid(const QString &field, const QString &message);
    static Failure notFound(const QString &field, const QString &message);
    static Failure conflict(const QString &message);
    static Failure storage(const QString &message);
    static Failure authentication(const QString &message);
    static Failure forbidden(const QString &message);
    static Failure connectionLost(const QString &message);

    Kind kind() const { return m_kind; }
    const QList<FieldError> &fields() const { return m_fields; }
    // The first message for the field, or an empty string.
    QString messageFor(const QString &field) const;
    // Every message, one per line, for a banner or a terminal.
    QString text() const;

    // True when the failure is the user's input (refused) rather than the machine (I/O).
    bool isRefusal() const
    {
        return m_kind != Kind::Storage && m_kind != Kind::Authentication && m_kind != Kind::ConnectionLost;
    }

private:
    Kind m_kind = Kind::Storage;
    QList<FieldError> m_fields;
    QString m_message;
};

// Either a value or the reason there is none.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Failure failure) : m_data(std::move(failure)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Failure &failure() const { return std::get<Failure>(m_data); }

private:
    std::variant<T, Failure> m_data;
};

// For operations that return nothing but may fail.
struct Done {
};
using Status = Result<Done>;

// Keeps the value of `result` in `target` and says whether there was one.
template <typename T> Status storeInto(const Result<T> &result, T &target)
{
    if (!result)
        return result.failure();
    target = *result;
    return Done{};
}

} // namespace smr
