// SecureBytes: a move-only buffer for key material, in libsodium's guarded, locked memory,
// wiped when freed. Secrets live here, never in QString or QByteArray where avoidable.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstddef>
#include <cstdint>

namespace dpp {

class SecureBytes final
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); //!< zero-filled
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    //! Copies from a QByteArray and wipes the source, for data that arrived through Qt APIs.
    static SecureBytes takeFrom(QByteArray& source);
    //! The UTF-8 bytes of a string (a password typed in a widget).
    static SecureBytes fromUtf8(QStringView text);
    //! Random bytes from the operating system's CSPRNG.
    static SecureBytes random(std::size_t size);
    //! Overwrites the bytes with fresh random ones (reuses the locked memory: sodium_malloc is
    //! costly, and an import makes a data key per order).
    void fillRandom();

    SecureBytes clone() const;
    void clear(); //!< wipes and frees

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    char* chars() { return reinterpret_cast<char*>(m_data); }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, static_cast<qsizetype>(m_size)}; }

    //! Constant-time comparison.
    bool equals(const SecureBytes& other) const;

    //! Lower-case hex into another secure buffer (for SQLCipher's raw-key string).
    SecureBytes toHex() const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace dpp
