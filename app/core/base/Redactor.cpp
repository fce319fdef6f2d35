#include "Redactor.h"

#include <QRegularExpression>
#include <QUrl>

namespace authdesk {

QString Redactor::redact(QString text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    for (const QString &s : secrets) {
        // Very short values would mask ordinary words; credentials are never that short
        // in practice, and the patterns below still catch them in their usual places.
        if (s.size() < 3)
            continue;
        text.replace(s, mask().toString());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(s));
        if (encoded != s)
            text.replace(encoded, mask().toString(), Qt::CaseInsensitive);
        // Form encoding (application/x-www-form-urlencoded) writes a space as '+', and a
        // server may echo the body that way: "my pass" comes back as "my+pass".
        if (s.contains(u' ')) {
            QString form = encoded;
            form.replace(QLatin1String("%20"), QLatin1String("+"));
            text.replace(form, mask().toString(), Qt::CaseInsensitive);
            text.replace(QString(s).replace(u' ', u'+'), mask().toString());
        }
    }
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"re((;lsid=)[^/?#;&\s"]+)re"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"re(([?&](?:apiKey|token|password|userPassword|ssoToken|accessToken|jwt)=)[^&#\s"]+)re"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"re((JSESSIONID=)[^;,\s"]+)re"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"re((Authorization:\s*(?:Basic|Token|Bearer)\s+)\S+)re"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"re(("(?:password|password_retyped|token|lsid|userPassword|oldPasswordHash|newPasswordHash|adminPasswordHash|apiKey|appKey)"\s*:\s*")[^"]*)re"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression &re : patterns)
        text.replace(re, QStringLiteral("\\1***"));
    return text;
}

} // namespace authdesk
