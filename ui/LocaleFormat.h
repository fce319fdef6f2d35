#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

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
    // QTimeZone's own data: QDateTime::toLocalTime() asks the C library, which looks at
    // /etc/localtime on every call (the session table shows thousands of these).
    static const QTimeZone local = QTimeZone::systemTimeZone();
    return locale.toString(t.toTimeZone(local), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

} // namespace authdesk::localeFormat
