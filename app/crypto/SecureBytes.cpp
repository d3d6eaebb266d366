// SecureBytes: guarded, locked, self-wiping memory for key material (libsodium sodium_malloc).
#include "crypto/SecureBytes.h"

#include <QStringView>
#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace dpp {

namespace {
std::uint8_t* allocate(std::size_t size)
{
    if (size == 0)
        return nullptr;
    // sodium_init() is idempotent and thread-safe; it must run before sodium_malloc.
    if (sodium_init() < 0)
        throw std::bad_alloc();
    auto* p = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!p)
        throw std::bad_alloc();
    return p;
}
} // namespace

SecureBytes::SecureBytes(std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
{
    if (m_data)
        sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const void* data, std::size_t size)
    : m_data(allocate(size))
    , m_size(size)
{
    if (m_data)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes result(source.constData(), static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        source.detach();
        sodium_memzero(source.data(), static_cast<std::size_t>(source.size()));
    }
    source.clear();
    return result;
}

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes result(size);
    if (size > 0)
        randombytes_buf(result.m_data, size);
    return result;
}

void SecureBytes::fillRandom()
{
    if (m_size > 0)
        randombytes_buf(m_data, m_size);
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(hex.chars(), hex.size(), m_data, m_size);
    // Drop the terminating NUL from the visible size: keep the buffer, shrink the view.
    SecureBytes trimmed(hex.data(), m_size * 2);
    return trimmed;
}

} // namespace dpp
