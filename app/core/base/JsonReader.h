#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace authdesk {

// Lenient readers for server JSON: numbers may arrive as strings and vice versa,
// unknown fields are ignored and missing optional fields get defaults.
namespace json {

std::optional<QJsonDocument> parse(const QByteArray &body);
std::optional<QJsonObject> parseObject(const QByteArray &body);
std::optional<QJsonArray> parseArray(const QByteArray &body);

QString str(const QJsonObject &o, QStringView key, const QString &fallback = {});
qint64 integer(const QJsonObject &o, QStringView key, qint64 fallback = 0);
std::optional<qint64> optInteger(const QJsonObject &o, QStringView key);
bool boolean(const QJsonObject &o, QStringView key, bool fallback = false);
std::optional<bool> optBoolean(const QJsonObject &o, QStringView key);
double number(const QJsonObject &o, QStringView key, double fallback = 0);
// ISO 8601 (with or without zone; taken as UTC), or epoch milliseconds/seconds.
QDateTime time(const QJsonObject &o, QStringView key);
QJsonObject object(const QJsonObject &o, QStringView key);
QJsonArray array(const QJsonObject &o, QStringView key);

} // namespace json
} // namespace authdesk
