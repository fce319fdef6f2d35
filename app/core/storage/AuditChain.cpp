#include "AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk {

namespace {
constexpr int kHexLength = 64;
const QByteArray kHashKey = QByteArrayLiteral(",\"hash\":\"");
// ,"hash":"<64 hex>"}
constexpr int kSuffixLength = 9 + kHexLength + 2;

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The line without its hash (closed again with '}'), or empty when it has no valid suffix.
QByteArray unsealed(const QByteArray &line, QByteArray *hash)
{
    if (line.size() <= kSuffixLength || !line.endsWith("\"}"))
        return {};
    const qsizetype at = line.size() - kSuffixLength;
    if (line.mid(at, kHashKey.size()) != kHashKey)
        return {};
    *hash = line.mid(at + kHashKey.size(), kHexLength);
    return line.left(at) + '}';
}
} // namespace

QByteArray AuditChain::genesis()
{
    return QByteArray(kHexLength, '0');
}

QByteArray AuditChain::seal(const QByteArray &json)
{
    Q_ASSERT(json.endsWith('}'));
    return json.left(json.size() - 1) + kHashKey + sha256Hex(json) + "\"}";
}

QByteArray AuditChain::hashOf(const QByteArray &line)
{
    QByteArray hash;
    if (unsealed(line, &hash).isEmpty())
        return {};
    return hash;
}

AuditChain::Verdict AuditChain::verify(const QStringList &files, bool oldestContinues)
{
    Verdict v;
    // Empty: not known (the first kept line after rotation deleted older files).
    QByteArray previous = oldestContinues ? QByteArray() : genesis();
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            v = {false, v.lines, path, 0, QCoreApplication::translate("AuditChain", "The file cannot be read: %1").arg(f.errorString())};
            return v;
        }
        qint64 number = 0;
        while (!f.atEnd()) {
            QByteArray line = f.readLine();
            ++number;
            ++v.lines;
            const auto broken = [&](const QString &why) {
                v.intact = false;
                v.file = path;
                v.brokenLine = number;
                v.reason = why;
                return v;
            };
            if (!line.endsWith('\n'))
                return broken(QCoreApplication::translate("AuditChain", "The line is incomplete (the file was cut or is still being written)."));
            line.chop(1);
            QByteArray hash;
            const QByteArray body = unsealed(line, &hash);
            if (body.isEmpty())
                return broken(QCoreApplication::translate("AuditChain", "The line carries no hash."));
            if (sha256Hex(body) != hash)
                return broken(QCoreApplication::translate("AuditChain", "The line was changed after it was written (its hash does not match)."));
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            const QByteArray prev = o.value(QLatin1String("prev")).toString().toLatin1();
            if (prev.size() != kHexLength)
                return broken(QCoreApplication::translate("AuditChain", "The line does not name the line before it."));
            if (!previous.isEmpty() && prev != previous)
                return broken(QCoreApplication::translate("AuditChain", "A line before it was changed, removed or inserted (the chain is broken)."));
            previous = hash;
        }
    }
    return v;
}

} // namespace authdesk
