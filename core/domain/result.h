// The one shape of a failure in core: an Error (a sentence a user can read), returned as
// Result<T> (a value or an Error) or Result<void> (nothing or an Error). [[nodiscard]], so an
// unchecked outcome does not compile with -Werror. C++23's std::expected, trimmed to what we use.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bedrot {

struct Error
{
    QString message; // names the file, line or table where there is one

    // Prefixes the context a caller adds ("cannot open the warehouse …: ").
    Error context(const QString& prefix) const { return Error{prefix + message}; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}     // NOLINT: a value is a success
    Result(Error error) : m_state(std::move(error)) {} // NOLINT: an error is a failure

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }
    // The error's message, or empty on success (for messages and tests).
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {} // NOLINT: an error is a failure

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

// A failure from a message: `return fail(QStringLiteral("…"));`.
inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::Error)
