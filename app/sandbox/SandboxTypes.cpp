#include "SandboxTypes.h"

#include <QJsonDocument>

namespace sandbox {

QByteArray Request::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QString Request::cookie(const QString &name) const
{
    for (const auto &h : headers) {
        if (h.first != "cookie")
            continue;
        for (const QByteArray &part : h.second.split(';')) {
            const QByteArray p = part.trimmed();
            const int eq = p.indexOf('=');
            if (eq > 0 && QString::fromLatin1(p.left(eq)) == name)
                return QString::fromLatin1(p.mid(eq + 1));
        }
    }
    return {};
}

QJsonObject Request::jsonObject(bool *ok) const
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (ok)
        *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QUrlQuery Request::form() const
{
    // application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
    QByteArray b = body;
    b.replace('+', ' ');
    QUrlQuery q;
    for (const QByteArray &pair : b.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const QByteArray k = eq < 0 ? pair : pair.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        q.addQueryItem(QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(v)));
    }
    return q;
}

Reply Reply::json(int status, const QJsonValue &value)
{
    Reply r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isBool())
        r.body = value.toBool() ? "true" : "false";
    return r;
}

Reply Reply::html(int status, const QString &title, const QString &text)
{
    Reply r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>")
                 .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                 .toUtf8();
    return r;
}

} // namespace sandbox
