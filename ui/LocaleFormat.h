#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace authdesk::localeFormat {

// A moment as the person's language writes it (the default QLocale, which follows the
// console's language), in local time, to the second: an audit and a session's times need
// the seconds that QLocale's short format leaves out.
inline QString dateTime(const QDateTime &t, const QString &invalid = QString())
{
    if (!t.isValid())
        return invalid;
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's'))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(t.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

} // namespace authdesk::localeFormat
