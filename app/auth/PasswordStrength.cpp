// PasswordStrength: a thin wrapper over the zxcvbn C library (libzxcvbn-dev, <zxcvbn.h>). Messages use
// QCoreApplication::translate with the context spelled out, so that lupdate files them correctly.
#include "auth/PasswordStrength.h"

#include <QCoreApplication>
#include <cstring>
#include <vector>
#include <zxcvbn.h>

namespace dpp {

PasswordStrength PasswordStrength::estimate(const SecureBytes& utf8Password, const QStringList& userWords)
{
    if (utf8Password.isEmpty())
        return {0.0, Level::Poor};
    // zxcvbn wants a C string; the secure buffer has no terminator of its own.
    SecureBytes terminated(utf8Password.size() + 1);
    std::memcpy(terminated.data(), utf8Password.data(), utf8Password.size());

    // Each word, and each of its parts ("Data Protection Officer" -> "data", "protection", ...).
    QList<QByteArray> words;
    for (const QString& word : userWords) {
        const QString lower = word.trimmed().toLower();
        if (lower.isEmpty())
            continue;
        words.append(lower.toUtf8());
        const QStringList parts = lower.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() > 1)
            for (const QString& part : parts)
                words.append(part.toUtf8());
    }
    std::vector<const char*> dictionary;
    dictionary.reserve(static_cast<std::size_t>(words.size()) + 1);
    for (const QByteArray& w : std::as_const(words))
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);

    const double bits = ZxcvbnMatch(terminated.chars(), dictionary.data(), nullptr);
    const Level level = bits < PoorBelow ? Level::Poor
        : bits < FairBelow               ? Level::Fair
        : bits < GoodBelow               ? Level::Good
                                         : Level::Excellent;
    return {bits, level};
}

QString PasswordStrength::levelName(Level level)
{
    switch (level) {
    case Level::Poor:
        return QCoreApplication::translate("dpp::PasswordStrength", "Poor");
    case Level::Fair:
        return QCoreApplication::translate("dpp::PasswordStrength", "Fair");
    case Level::Good:
        return QCoreApplication::translate("dpp::PasswordStrength", "Good");
    case Level::Excellent:
        return QCoreApplication::translate("dpp::PasswordStrength", "Excellent");
    }
    return {};
}

QString PasswordStrength::poorAdvice()
{
    return QCoreApplication::translate(
        "dpp::PasswordStrength",
        "This password is easy to guess: it is built from common words, names, dates, "
        "keyboard patterns or repeats. Add more unrelated words.");
}

} // namespace dpp
