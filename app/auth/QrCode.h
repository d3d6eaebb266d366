// QrCode: the module matrix of a QR code (ISO/IEC 18004) for the TOTP enrollment URI, made by
// libqrencode. No drawing here: the console paints the matrix, dppctl may print it.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

namespace dpp {

class QrCode final
{
public:
    //! Light modules a reader needs around the symbol (ISO/IEC 18004 quiet zone), for renderers.
    static constexpr int QuietZone = 4;
    //! What fits in the largest symbol, version 40, in 8-bit mode at error correction level M.
    static constexpr int MaximumBytes = 2331;

    /*!
     * Encodes the bytes as they are (8-bit mode, error correction level M, the smallest version that
     * fits). The text is an otpauth:// URI holding a TOTP key, so the matrix is kept in wiping memory
     * and libqrencode's own result is wiped before it is freed; the library's internal temporary
     * copies (input list, bit stream) are freed but not wiped. InvalidInput for an empty text or one
     * longer than MaximumBytes.
     */
    static Result<QrCode> encode(const SecureBytes& text);

    QrCode(QrCode&&) noexcept = default;
    QrCode& operator=(QrCode&&) noexcept = default;

    int version() const { return m_version; } //!< 1 to 40
    int size() const { return m_size; } //!< modules a side, 21 + 4 * (version - 1), without quiet zone
    //! True for a dark module; false for a light one and anywhere outside the symbol (quiet zone).
    bool module(int x, int y) const;

private:
    QrCode(int version, int size, SecureBytes modules);

    int m_version = 0;
    int m_size = 0;
    SecureBytes m_modules; //!< size * size bytes, row by row, 1 for dark
};

} // namespace dpp
