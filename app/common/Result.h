// Result<T>: a value or an Error with a message meant for a person. Core functions never throw
// across their API and never show UI; callers show Error::message() inline.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace dpp {

enum class ErrorCode
{
    Failed, //!< the action failed (disk, database, unexpected state)
    WrongCredentials, //!< wrong password, wrong key, unknown user
    PermissionDenied, //!< the session lacks a permission
    InvalidInput, //!< the caller's input is malformed or violates a rule
    Corrupt, //!< a file is damaged or was changed outside the program
    NotFound,
    AlreadyExists,
    Unavailable, //!< a service (keychain, secret service) is not there
    Unsupported, //!< e.g. plain SQLite instead of SQLCipher
    SecondFactorRequired, //!< the password was right; a TOTP or recovery code must follow
    StepUpRequired, //!< the action needs a fresh re-authentication (password and code)
    Cancelled, //!< the person cancelled a long action (an import); nothing was changed
};

class Error final
{
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    { }

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    //! The error; on a successful result a neutral one, so that messages built eagerly
    //! (QVERIFY2, logging) never throw.
    const Error& error() const
    {
        static const Error none(ErrorCode::Failed, QString());
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error{ErrorCode::Failed, QString()};
    bool m_ok = true;
};

inline Result<void> success()
{
    return {};
}

} // namespace dpp

// Returns the error of an expression that yields a Result from the enclosing function.
#define DPP_TRY(expr)                                                                                        \
    do {                                                                                                     \
        auto&& dppTryResult_ = (expr);                                                                       \
        if (!dppTryResult_.ok())                                                                             \
            return dppTryResult_.error();                                                                    \
    } while (false)
