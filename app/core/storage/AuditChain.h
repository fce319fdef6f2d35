#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace authdesk {

// The audit log's hash chain. Each line is a compact JSON object that ends in
//   ..., "prev":"<hex>", ... ,"hash":"<hex>"}
// where "prev" is the previous line's hash and "hash" is SHA-256 over the line as written
// without its ,"hash":"..." part. Changing any byte of a line breaks its own hash; changing
// the hash as well breaks the next line's "prev". The chain runs on across rotated files.
class AuditChain
{
public:
    static QByteArray genesis(); // the "prev" of the very first line: 64 zeros

    // Seals a JSON object (already holding "prev") as one line (without the newline).
    static QByteArray seal(const QByteArray &compactJsonObject);
    // The "hash" of a sealed line; empty when the line is not sealed.
    static QByteArray hashOf(const QByteArray &line);

    struct Verdict {
        bool intact = true;
        qint64 lines = 0;       // lines checked
        QString file;           // where the first broken line is
        qint64 brokenLine = 0;  // its number in that file (1-based); 0 when intact
        QString reason;         // why it is broken, for a person
    };
    // Checks the files in order (oldest first) as one chain. With `oldestContinues`, the
    // oldest file follows one already deleted by rotation, so its first line's "prev" cannot
    // be checked; otherwise it must be the genesis.
    static Verdict verify(const QStringList &filesOldestFirst, bool oldestContinues);
};

} // namespace authdesk
