#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// One line of the audit log. Never holds a secret: targets are ids and names only.
struct AuditEntry {
    QDateTime time;   // UTC
    QString profile;  // profile name
    QString dialect;
    QString action;   // "terminate-session", "block-user", "password-reset", ...
    QString target;   // session id, user id, e-mail
    QString outcome;  // "ok" or an error kind id
    QString detail;   // a short human note (e.g. the error message), redacted

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &o);
};

// Where backends record what they changed on a server. The dialect layer knows only this
// interface; the storage layer's AuditLog writes it to disk, tests may count lines.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    // False when the line could not be written.
    virtual bool append(const AuditEntry &entry) = 0;
};

} // namespace authdesk
