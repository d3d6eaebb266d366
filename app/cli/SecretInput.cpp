// SecretInput: byte by byte into SecureBytes, so the secret never sits in a growable buffer.
#include "cli/SecretInput.h"

#include <QCoreApplication>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace dpp::cli {

namespace {

constexpr std::size_t MaxSecret = 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("dppctl", text);
}

// Reads one line from fd (without the newline, and without a '\r' before it).
Result<SecureBytes> readLine(int fd)
{
    SecureBytes buffer(MaxSecret);
    std::size_t length = 0;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0)
            return Error(ErrorCode::Failed, tr("Cannot read the password."));
        if (n == 0) {
            if (length == 0)
                return Error(ErrorCode::InvalidInput, tr("No password on standard input."));
            break;
        }
        if (c == '\n')
            break;
        if (length == MaxSecret)
            return Error(ErrorCode::InvalidInput, tr("The password is longer than 1024 bytes."));
        buffer.data()[length++] = static_cast<std::uint8_t>(c);
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return SecureBytes(buffer.data(), length);
}

} // namespace

SecretInput::SecretInput(bool fromStdin)
    : m_fromStdin(fromStdin)
{ }

Result<SecureBytes> SecretInput::read(const QString& prompt)
{
    if (m_fromStdin)
        return readLine(STDIN_FILENO);
    if (!isatty(STDIN_FILENO))
        return Error(ErrorCode::InvalidInput,
                     tr("No terminal to ask for the password: pass it with --password-stdin."));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    auto line = readLine(STDIN_FILENO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return line;
}

} // namespace dpp::cli
