// Output: see the header.
#include "cli/Output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace dpp::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("dppctl", text);
}

void printOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void writeOut(QByteArrayView bytes)
{
    std::fflush(stdout);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n
            = ::write(STDOUT_FILENO, bytes.data() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

void writeSecretLine(QByteArrayView label, const SecureBytes& secret)
{
    writeOut(label);
    writeOut(secret.view());
    writeOut("\n");
}

void printJson(const QJsonObject& object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "dppctl: %s\n", message.toUtf8().constData());
}

int fail(const Error& error)
{
    printError(error.message());
    const bool usage = error.code() == ErrorCode::WrongCredentials || error.code() == ErrorCode::InvalidInput;
    return usage ? UsageOrCredentials : ActionFailed;
}

int usageError(const QString& message)
{
    printError(message);
    return UsageOrCredentials;
}

} // namespace dpp::cli
