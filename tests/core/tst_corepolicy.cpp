// Pure policy pieces of the core: lenient JSON, status/Retry-After/HTML mapping, profile
// validation and credential serialisation. No network.
#include "Credentials.h"
#include "DialectRegistry.h"
#include "JsonReader.h"
#include "PasswordStrength.h"
#include "Profile.h"
#include "StatusMapper.h"

#include <QTimeZone>
#include <QtTest>

using namespace authdesk;

class TestCorePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordStrengthFromZxcvbn()
    {
        const auto weak = PasswordStrength::estimate(QStringLiteral("password1"));
        const auto strong = PasswordStrength::estimate(QStringLiteral("correct-Horse-battery-staple-91!"));
        QVERIFY(weak.score <= 1);
        QVERIFY(strong.score >= 3);
        QVERIFY(strong.entropyBits > weak.entropyBits);
        // The person's own words make it weaker.
        const auto plain = PasswordStrength::estimate(QStringLiteral("zanzibarquokka"));
        const auto personal = PasswordStrength::estimate(QStringLiteral("zanzibarquokka"), {QStringLiteral("zanzibarquokka@example.com")});
        QVERIFY(personal.entropyBits < plain.entropyBits);
        QCOMPARE(PasswordStrength::estimate(QString()).score, 0);
        // zxcvbn's score bands (10^3, 10^6, 10^8, 10^10 guesses), not a stricter invention:
        // a passphrase is strong, a word with a year is not.
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("alice123")).score, 0);
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("dora2026")).score, 1);
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("Winter-2026")).score, 2);
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("NewPass#2026")).score, 3);
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("correct horse battery staple")).score, 4);
    }

    void jsonNumbersMayArriveAsStrings()
    {
        const auto o = json::parseObject(R"({"result":"1","n":2,"b":"true","t":"2026-01-02T03:04:05Z","e":1700000000})");
        QVERIFY(o);
        QCOMPARE(json::integer(*o, u"result"), 1);
        QCOMPARE(json::str(*o, u"n"), QStringLiteral("2"));
        QCOMPARE(json::boolean(*o, u"b"), true);
        QCOMPARE(json::time(*o, u"t"), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc()));
        QCOMPARE(json::time(*o, u"e").toSecsSinceEpoch(), 1700000000);
        QCOMPARE(json::integer(*o, u"missing", -7), -7);
        // Out-of-range numbers (found by fuzzing) are simply not integers.
        const auto huge = json::parseObject(R"({"n":1.8e44,"t":-1.7e46})");
        QCOMPARE(json::optInteger(*huge, u"n"), std::nullopt);
        QVERIFY(!json::time(*huge, u"t").isValid());
        QCOMPARE(json::str(*huge, u"n"), QStringLiteral("1.8e+44"));
        QVERIFY(!json::parseObject("<html>"));
        QVERIFY(!json::parseObject("[1,2]"));
    }

    void retryAfterSecondsAndDate()
    {
        HttpResponse r;
        r.status = 429;
        r.headers = {{"Retry-After", "12"}};
        QCOMPARE(StatusMapper::retryAfterSeconds(r), 12);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(90);
        r.headers = {{"Retry-After", QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1()}};
        const int secs = StatusMapper::retryAfterSeconds(r);
        QVERIFY2(secs >= 85 && secs <= 91, qPrintable(QString::number(secs)));
        r.headers = {{"Retry-After", "soon"}};
        QCOMPARE(StatusMapper::retryAfterSeconds(r), -1);
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ErrorKind::Validation);
        QTest::newRow("401") << 401 << int(ErrorKind::SessionExpired);
        QTest::newRow("403") << 403 << int(ErrorKind::Forbidden);
        QTest::newRow("404") << 404 << int(ErrorKind::NotFound);
        QTest::newRow("405") << 405 << int(ErrorKind::Unsupported);
        QTest::newRow("406") << 406 << int(ErrorKind::Validation);
        QTest::newRow("423") << 423 << int(ErrorKind::Blocked);
        QTest::newRow("429") << 429 << int(ErrorKind::RateLimited);
        QTest::newRow("500") << 500 << int(ErrorKind::Server);
        QTest::newRow("503") << 503 << int(ErrorKind::Maintenance);
        QTest::newRow("302") << 302 << int(ErrorKind::Server);
    }
    void statusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        HttpResponse r;
        r.status = status;
        const ApiError e = StatusMapper::fromStatus(r);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.message.isEmpty());
    }

    void htmlPagesAreMaintenanceOrMalformed()
    {
        HttpResponse page;
        page.status = 503;
        page.headers = {{"Content-Type", "text/html"}, {"Retry-After", "30"}};
        page.body = "<html><body>We are down for maintenance</body></html>";
        auto e = StatusMapper::transportError(page);
        QVERIFY(e);
        QCOMPARE(e->kind, ErrorKind::Maintenance);
        QCOMPARE(e->retryAfterSeconds, 30);

        HttpResponse ok;
        ok.status = 200;
        ok.body = "<!DOCTYPE html><html>login portal</html>";
        e = StatusMapper::transportError(ok);
        QVERIFY(e);
        QCOMPARE(e->kind, ErrorKind::MalformedAnswer);

        HttpResponse json;
        json.status = 200;
        json.body = "{}";
        QVERIFY(!StatusMapper::transportError(json));
    }

    void profileValidation()
    {
        Profile p;
        p.name = QStringLiteral("x");
        p.dialect = Dialect::Platform28;
        p.baseUrl = QUrl(QStringLiteral("https://cloud.example.com/api/v2"));
        QVERIFY(p.validate().isEmpty());
        p.baseUrl = QUrl(QStringLiteral("http://cloud.example.com/api/v2"));
        QVERIFY(p.validate().contains(QLatin1String("loopback")));
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/p28/api/v2"));
        QVERIFY(p.validate().isEmpty());
        p.baseUrl = QUrl(QStringLiteral("not a url"));
        QVERIFY(!p.validate().isEmpty());
        p.baseUrl = QUrl(QStringLiteral("https://user:pw@cloud.example.com/"));
        QVERIFY(!p.validate().isEmpty());
        p.baseUrl = QUrl(QStringLiteral("https://cloud.example.com/"));
        p.proxy = QStringLiteral("proxy:3128");
        QVERIFY(!p.validate().isEmpty());
        p.proxy = QStringLiteral("http://127.0.0.1:3128");
        QVERIFY(p.validate().isEmpty());
        QCOMPARE(p.httpOptions().proxy->port(), 3128);
        p.dialect = Dialect::EnableX;
        QVERIFY(p.validate().isEmpty()); // what a dialect needs on top is the registry's to check
        QVERIFY(DialectRegistry::builtIn().validate(p).contains(QLatin1String("API id")));
        p.apiId = QStringLiteral("id");
        p.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(!p.validate().isEmpty());
    }

    void credentialsRoundTripAndListSecrets()
    {
        Credentials c;
        c.mode = Credentials::Mode::SsoToken;
        c.user = QStringLiteral("alice@example.com");
        c.secret = QStringLiteral("sso-1");
        c.apiKey = QStringLiteral("k-2");
        c.setupOid = QStringLiteral("oid");
        const auto back = Credentials::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back->mode, c.mode);
        QCOMPARE(back->user, c.user);
        QCOMPARE(back->secret, c.secret);
        QCOMPARE(back->apiKey, c.apiKey);
        QCOMPARE(back->setupOid, c.setupOid);
        QCOMPARE(c.secrets(), (QStringList{QStringLiteral("sso-1"), QStringLiteral("k-2")}));
        QVERIFY(!Credentials::fromJson(QJsonObject{{QStringLiteral("mode"), QStringLiteral("bogus")}}));
    }
};

QTEST_GUILESS_MAIN(TestCorePolicy)
#include "tst_corepolicy.moc"
