#include "NginxFront.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// nginx started by root must be told to run its workers as root too (it cannot switch to
// "nobody" and still read the caller's files); elsewhere it runs as whoever starts it.
bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::getuid() == 0;
#else
    return false;
#endif
}

bool found(const QString &tool)
{
    return !QStandardPaths::findExecutable(tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")}).isEmpty()
           || !QStandardPaths::findExecutable(tool).isEmpty();
}
} // namespace

NginxFront::NginxFront(const QString &folder)
    : m_folder(folder)
{
}

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::missingTool()
{
    for (const char *tool : {"nginx", "openssl"})
        if (!found(QLatin1String(tool)))
            return QLatin1String(tool);
    return {};
}

quint16 NginxFront::freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}

bool NginxFront::waitForPort(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool NginxFront::run(const QString &program, const QStringList &args) const
{
    QProcess p;
    p.setWorkingDirectory(m_folder);
    p.start(program, args);
    return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool NginxFront::makeCa()
{
    return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                           QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                           QStringLiteral("/CN=AuthDesk Test CA")});
}

bool NginxFront::makeCertificate(const QString &name, const QString &subjectAltName, const QString &commonName)
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    if (!subjectAltName.isEmpty())
        ext.write("subjectAltName=" + subjectAltName.toLatin1() + '\n');
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                           QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                           QStringLiteral("-subj"), QStringLiteral("/CN=") + (commonName.isEmpty() ? name : commonName)})
           && run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                                              QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                                              QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                                              QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
}

bool NginxFront::start(const QList<Server> &servers, QString *error)
{
    const QString d = m_folder;
    QString conf = QStringLiteral("%1\nworker_processes 1;\npid %2/nginx.pid;\nerror_log %2/nginx-error.log;\nevents { worker_connections 1024; }\n"
                                  "http {\n access_log %2/nginx-access.log;\n keepalive_requests 100000;\n client_body_temp_path %2; proxy_temp_path %2; fastcgi_temp_path %2;\n"
                                  " uwsgi_temp_path %2; scgi_temp_path %2;\n")
                       .arg(runsAsRoot() ? QStringLiteral("user root;") : QString(), d);
    int n = 0;
    for (const Server &s : servers) {
        QString pass = s.upstream;
        QString upstreamBlock, keep;
        if (s.upstreamKeepalive > 0) {
            // Kept-alive connections to the sandbox, as a real front keeps to its backends.
            const QString name = QStringLiteral("backend%1").arg(n);
            upstreamBlock = QStringLiteral(" upstream %1 { server %2; keepalive %3; }\n")
                                .arg(name, QString(s.upstream).remove(QStringLiteral("http://")))
                                .arg(s.upstreamKeepalive);
            pass = QStringLiteral("http://") + name;
            keep = QStringLiteral(" proxy_http_version 1.1; proxy_set_header Connection \"\";");
        }
        const QString listen = s.listenAddress.isEmpty() ? QString::number(s.port) : s.listenAddress + u':' + QString::number(s.port);
        conf += upstreamBlock
                + QStringLiteral(" server { listen %1 ssl%2; ssl_certificate %3/%4.pem; ssl_certificate_key %3/%4.key;\n"
                                 "   location / { proxy_pass %5;%6 } }\n")
                      .arg(listen, s.http2 ? QStringLiteral(" http2") : QString(), d, s.certificate, pass, keep);
        ++n;
    }
    conf += QStringLiteral("}\n");
    QFile f(path(QStringLiteral("nginx.conf")));
    if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    f.close();
    m_nginx.start(QStringLiteral("nginx"), {QStringLiteral("-p"), d, QStringLiteral("-c"), f.fileName(), QStringLiteral("-e"),
                                            path(QStringLiteral("nginx-error.log")), QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_nginx.waitForStarted(10'000)) {
        *error = QStringLiteral("nginx did not start");
        return false;
    }
    for (const Server &s : servers) {
        if (!waitForPort(s.port)) {
            *error = QStringLiteral("nginx does not answer on %1: %2").arg(s.port).arg(QString::fromUtf8(m_nginx.readAllStandardError()));
            return false;
        }
    }
    return true;
}

void NginxFront::stop()
{
    if (m_nginx.state() == QProcess::NotRunning)
        return;
    m_nginx.terminate();
    if (!m_nginx.waitForFinished(5'000))
        m_nginx.kill();
}
