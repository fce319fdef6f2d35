#include "BrowserAgent.h"

#include <QEventLoop>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

BrowserAgent::Page BrowserAgent::request(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = m_nam.get(r);
    } else {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        reply = m_nam.post(r, form);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    Page p;
    p.url = url;
    p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        p.location = url.resolved(QUrl::fromEncoded(location));
    p.body = reply->readAll();
    reply->deleteLater();
    return p;
}

int BrowserAgent::get(const QUrl &url, QByteArray *body)
{
    const Page p = request(url);
    if (body)
        *body = p.body;
    return p.status;
}

QUrl BrowserAgent::run(const QUrl &start, const QString &login, Answer answer, QString *error, QString *finalPage)
{
    static const QRegularExpression formRe(QStringLiteral("<form([^>]*)>(.*?)</form>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression actionRe(QStringLiteral("action=\"([^\"]*)\""));
    static const QRegularExpression inputRe(QStringLiteral("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\""));
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    QUrl url = start;
    QByteArray form; // null: GET
    bool answered = false; // declined: the next page is the provider's last word
    for (int step = 0; step < 20; ++step) {
        const Page p = request(url, form);
        form = QByteArray();
        if (p.status == 0)
            return fail(QStringLiteral("no answer from ") + url.toString());
        if (p.status >= 300 && p.status < 400) {
            if (p.location.authority() != start.authority())
                return p.location; // leaves the provider: the redirect to the client
            url = p.location;
            continue;
        }
        const auto m = formRe.match(QString::fromUtf8(p.body));
        if (!m.hasMatch() || answered) {
            if (finalPage)
                *finalPage = QString::fromUtf8(p.body);
            return p.url;
        }
        QUrlQuery fields;
        auto it = inputRe.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const auto f = it.next();
            fields.addQueryItem(f.captured(1), f.captured(2));
        }
        const QString action = actionRe.match(m.captured(1)).captured(1);
        const QString prompt = fields.queryItemValue(QStringLiteral("prompt"));
        if (prompt == u"login") {
            fields.addQueryItem(QStringLiteral("login"), login);
            fields.addQueryItem(QStringLiteral("password"), QStringLiteral("any-password"));
        } else if (answer == Answer::Decline && (prompt == u"consent" || fields.hasQueryItem(QStringLiteral("confirm")))) {
            if (fields.hasQueryItem(QStringLiteral("confirm"))) {
                fields.addQueryItem(QStringLiteral("abort"), QStringLiteral("yes")); // the device page's [ Abort ]
                answered = true;
            } else {
                url = p.url.resolved(QUrl(action + QStringLiteral("/abort"))); // the consent page's "Cancel"
                answered = true;
                continue;
            }
        }
        url = p.url.resolved(QUrl(action));
        form = fields.toString(QUrl::FullyEncoded).toUtf8();
    }
    return fail(QStringLiteral("the provider's pages did not end within 20 steps"));
}
