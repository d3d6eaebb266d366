// SecretInput: reads a password from standard input (one line) or the terminal with echo off,
// straight into a wiping buffer.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace dpp::cli {

class SecretInput final
{
public:
    //! fromStdin: read lines from standard input (--password-stdin); else prompt on the terminal.
    explicit SecretInput(bool fromStdin);

    //! The next secret: the next line of standard input, or a prompt with echo off.
    Result<SecureBytes> read(const QString& prompt);

private:
    bool m_fromStdin;
};

} // namespace dpp::cli
