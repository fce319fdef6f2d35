#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

namespace sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the dialect services see it: the path is already split into decoded
// segments below the dialect's base path, with the last segment's matrix parameters
// (Platform28 ";lsid=") taken apart.
struct Request {
    QByteArray method;
    QString path;            // the full path without matrix parameters or query (for logs)
    QStringList segments;    // below the base path, percent-decoded
    QHash<QString, QString> matrix;
    QUrlQuery query;
    HeaderList headers;      // names lower-case
    QByteArray body;
    QString client;          // peer address

    QByteArray header(const QByteArray &lowerName) const;
    QString cookie(const QString &name) const;
    QJsonObject jsonObject(bool *ok = nullptr) const;
    QUrlQuery form() const;
};

struct Reply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    HeaderList headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static Reply json(int status, const QJsonValue &value);
    static Reply html(int status, const QString &title, const QString &text);
};

} // namespace sandbox
