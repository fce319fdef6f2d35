#include "JsonReader.h"

#include <cmath>

#include <QJsonDocument>
#include <QTimeZone>

namespace authdesk::json {

namespace {
// UTC as a plain time spec (prints "Z"): Qt 6.5 added QTimeZone::UTC and 6.8 deprecates
// passing Qt::UTC; before 6.5 QTimeZone::utc() was a full zone, printed "+00:00".
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
QTimeZone utc() { return QTimeZone(QTimeZone::UTC); }
#else
constexpr Qt::TimeSpec utc() { return Qt::UTC; }
#endif
} // namespace

std::optional<QJsonDocument> parse(const QByteArray &body)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isObject())
        return std::nullopt;
    return doc->object();
}

std::optional<QJsonArray> parseArray(const QByteArray &body)
{
    const auto doc = parse(body);
    if (!doc || !doc->isArray())
        return std::nullopt;
    return doc->array();
}

namespace {
// A JSON number as a whole qint64, when it is one: converting an out-of-range double is
// undefined behaviour (found by fuzzing), so the range is checked first.
std::optional<qint64> wholeNumber(double d)
{
    if (!std::isfinite(d) || d < -9.2e18 || d > 9.2e18)
        return std::nullopt;
    return qint64(d);
}
} // namespace

QString str(const QJsonObject &o, QStringView key, const QString &fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const auto n = wholeNumber(d);
        return n && d == double(*n) ? QString::number(*n) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return fallback;
}

std::optional<qint64> optInteger(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return wholeNumber(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

qint64 integer(const QJsonObject &o, QStringView key, qint64 fallback)
{
    return optInteger(o, key).value_or(fallback);
}

std::optional<bool> optBoolean(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

bool boolean(const QJsonObject &o, QStringView key, bool fallback)
{
    return optBoolean(o, key).value_or(fallback);
}

double number(const QJsonObject &o, QStringView key, double fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return fallback;
}

QDateTime time(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const auto whole = wholeNumber(v.toDouble());
        if (!whole)
            return {};
        const qint64 n = *whole;
        // Values below 10^11 are seconds (until the year 5138), above are milliseconds.
        return n < 100'000'000'000LL ? QDateTime::fromSecsSinceEpoch(n, utc())
                                     : QDateTime::fromMSecsSinceEpoch(n, utc());
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), utc()); // the contract: all times on the wire are UTC
    return t.toUTC();
}

QJsonObject object(const QJsonObject &o, QStringView key)
{
    return o.value(key).toObject();
}

QJsonArray array(const QJsonObject &o, QStringView key)
{
    return o.value(key).toArray();
}

} // namespace authdesk::json
