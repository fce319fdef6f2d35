#include "OnceUploadDevice.h"

#include <cstring>

namespace authdesk {

OnceUploadDevice::OnceUploadDevice(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    // Unbuffered: Qt asks for the bytes it sends, copied once from the array (no QIODevice
    // buffer in between).
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OnceUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 n = qMin(maxSize, qint64(m_body.size()) - at);
    if (n <= 0)
        return n < 0 ? -1 : 0;
    std::memcpy(data, m_body.constData() + at, size_t(n));
    return n;
}

} // namespace authdesk
