#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

namespace authdesk {

// The redirect target of a native app's sign-in (RFC 8252 7.3): a listener on 127.0.0.1 at
// a port the system picks, for one GET of /callback. Any other request is answered 404 and
// ignored, so a stray browser tab or a port scanner cannot end the sign-in. The browser
// gets a short page saying where to go on; the query reaches received() once.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);

    bool listen(QString *error);
    void close();
    // http://127.0.0.1:PORT/callback (empty before listen()).
    QUrl redirectUri() const;
    // The page the browser shows after the redirect (already translated by the caller).
    void setPageText(const QString &title, const QString &text);

Q_SIGNALS:
    void received(const QUrlQuery &query);

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &requestHead);

    QTcpServer m_server;
    QString m_title, m_text;
    bool m_done = false;
};

} // namespace authdesk
