#pragma once

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// Stands in for the person at a browser on the OpenID provider's own pages: follows
// redirects with cookies, fills the login form (login + password), then approves or aborts
// at the consent (or device confirmation) page. Real HTTP against the real provider; its
// own network manager, as a browser is another program.
class BrowserAgent
{
public:
    enum class Answer { Approve, Decline };

    // Opens `url` and goes through the provider's pages until a redirect leaves the provider
    // (returned, not followed, so a test can deliver or withhold it) or a page without form
    // is reached (returned with `finalPage` set). Empty URL and `error` set on failure.
    QUrl run(const QUrl &url, const QString &login, Answer answer, QString *error = nullptr,
             QString *finalPage = nullptr);
    // A plain GET (to deliver the provider's redirect to the console's loopback listener).
    int get(const QUrl &url, QByteArray *body = nullptr);

private:
    struct Page {
        int status = 0;
        QUrl url;
        QUrl location;
        QByteArray body;
    };
    Page request(const QUrl &url, const QByteArray &form = {});

    QNetworkAccessManager m_nam;
};
