// QrCode: a thin wrapper over libqrencode (libqrencode-dev, <qrencode.h>) that keeps nothing of the
// encoded secret outside wiping memory once encode() returns, as far as the library lets it.
#include "auth/QrCode.h"

#include <QCoreApplication>
#include <cerrno>
#include <memory>
#include <qrencode.h>
#include <sodium.h>

namespace dpp {

namespace {

//! Wipes libqrencode's matrix before handing it back to the library's free.
struct QrcodeWipeAndFree
{
    void operator()(QRcode* code) const
    {
        if (code->data && code->width > 0) {
            const auto side = static_cast<std::size_t>(code->width);
            sodium_memzero(code->data, side * side);
        }
        QRcode_free(code);
    }
};

} // namespace

QrCode::QrCode(int version, int size, SecureBytes modules)
    : m_version(version)
    , m_size(size)
    , m_modules(std::move(modules))
{ }

Result<QrCode> QrCode::encode(const SecureBytes& text)
{
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("dpp::QrCode", "There is nothing to put in the QR code."));
    if (text.size() > std::size_t(MaximumBytes))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "dpp::QrCode", "The text is too long for a QR code: %1 bytes, at most %2 fit.")
                         .arg(qulonglong(text.size()))
                         .arg(MaximumBytes));

    errno = 0;
    // Version 0: the smallest that holds the data. 8-bit mode keeps the bytes exactly as given.
    const std::unique_ptr<QRcode, QrcodeWipeAndFree> code(
        QRcode_encodeData(static_cast<int>(text.size()), text.data(), 0, QR_ECLEVEL_M));
    if (!code) {
        if (errno == ERANGE)
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "dpp::QrCode", "The text is too long for a QR code: %1 bytes, at most %2 fit.")
                             .arg(qulonglong(text.size()))
                             .arg(MaximumBytes));
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::QrCode", "The QR code could not be made: %1")
                         .arg(qt_error_string(errno)));
    }

    const auto side = static_cast<std::size_t>(code->width);
    SecureBytes modules(side * side);
    for (std::size_t i = 0; i < modules.size(); ++i) // bit 0 is dark; the others are the library's notes
        modules.data()[i] = static_cast<std::uint8_t>(code->data[i] & 1U);
    return QrCode(code->version, code->width, std::move(modules));
}

bool QrCode::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size || m_modules.isEmpty())
        return false;
    return m_modules.data()[static_cast<std::size_t>(y * m_size + x)] != 0;
}

} // namespace dpp
