// Output: how dppctl writes results, secrets and errors, and the exit codes it returns.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace dpp::cli {

enum Exit
{
    Ok = 0,
    ActionFailed = 1, //!< refused or failed; the core's message on standard error
    UsageOrCredentials = 2, //!< bad usage, invalid input, wrong password or code
};

QString tr(const char* text);

//! One line on standard output (buffered).
void printOut(const QString& text);
//! Unbuffered output, for secrets: flushes what stdio holds first, so the order stays right, and
//! leaves no copy in a stdio buffer.
void writeOut(QByteArrayView bytes);
//! label, then the secret straight from its wiping buffer, then a newline.
void writeSecretLine(QByteArrayView label, const SecureBytes& secret);
void printJson(const QJsonObject& object);
//! One line on standard error, "dppctl: " first.
void printError(const QString& message);

//! Prints the error; 2 for wrong credentials and invalid input, 1 for everything else.
int fail(const Error& error);
int usageError(const QString& message);

} // namespace dpp::cli
