// libFuzzer target for everything that reads what a server (or a script) hands us: each
// dialect's error mapping and typed answers, the JSON readers, Retry-After, the redactor,
// and the CLI's inputs (bulk id lists, stored credentials). The first byte picks the reader.
// Built with clang (preset "fuzz") as a real libFuzzer binary; with any compiler as
// fuzz_responses_replay, which runs the seed corpus plus deterministic mutations (CI).
#include "BulkTerminator.h"
#include "Credentials.h"
#include "CoreContext.h"
#include "Route.h"
#include "EnableXBackend.h"
#include "JsonReader.h"
#include "OverkizBackend.h"
#include "Platform28Backend.h"
#include "Redactor.h"
#include "StatusMapper.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdint>

using namespace authdesk;

namespace {

// The protected hooks, reachable for the fuzzer.
template <typename B>
class Exposed : public B
{
public:
    using B::B;
    using B::isSuccess;
    using B::mapError;
};

Profile profile(const QString &d)
{
    Profile p;
    p.id = QStringLiteral("fuzz");
    p.name = QStringLiteral("fuzz");
    p.dialect = d;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api"));
    p.apiId = QStringLiteral("id");
    return p;
}

HttpResponse responseFrom(const QByteArray &data)
{
    // Byte 1: status (100 + n), byte 2: content type, byte 3: Retry-After; the rest: body.
    HttpResponse r;
    r.status = 100 + (data.size() > 1 ? quint8(data[1]) * 2 : 0);
    if (data.size() > 2)
        r.headers.append({QByteArrayLiteral("Content-Type"), quint8(data[2]) % 2 ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json")});
    if (data.size() > 3)
        r.headers.append({QByteArrayLiteral("Retry-After"), data.mid(3, quint8(data[3]) % 8)});
    r.body = data.mid(4);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: QtNetwork of newer Qt (6.8, not 6.4) has application statics that are
    // destroyed at exit and again when the application object is; a static local application
    // goes after them, during exit(), and crashes the run at its very end.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
    static CoreContext core;
    static Exposed<EnableXBackend> ex(profile(Dialect::EnableX), core);
    static Exposed<Platform28Backend> p28(profile(Dialect::Platform28), core);
    static Exposed<OverkizBackend> ok(profile(Dialect::Overkiz), core);
    if (size == 0)
        return 0;
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const HttpResponse response = responseFrom(data);
    HttpRequest request;
    // A real route of the contract (error mapping depends on it), or none.
    request.routeId = routeId(Route(quint8(data[0]) % (int(Route::O13) + 1)));
    switch (quint8(data[0]) % 10) {
    case 0: ex.isSuccess(response); (void)ex.mapError(request, response); break;
    case 1: (void)p28.mapError(request, response); break;
    case 2: (void)ok.mapError(request, response); break;
    case 3:
        if (const auto o = json::parseObject(response.body)) {
            (void)EnableXUser::fromJson(*o);
            (void)P28Session::fromJson(*o);
            (void)OverkizPasswordQuality::fromJson(*o);
            (void)json::time(*o, u"t");
        }
        break;
    case 4:
        if (const auto a = json::parseArray(response.body))
            for (const QJsonValue &v : *a)
                (void)P28Session::fromJson(v.toObject());
        break;
    case 5: (void)StatusMapper::retryAfterSeconds(response); (void)StatusMapper::transportError(response); break;
    case 6: (void)Redactor::redact(QString::fromUtf8(response.body), {QStringLiteral("secret")}); break;
    case 7: (void)BulkTerminator::normaliseIds(QString::fromUtf8(data.mid(1)).split(u'\n')); break;
    case 8:
        if (const auto o = json::parseObject(data.mid(1)))
            (void)Credentials::fromJson(*o);
        break;
    case 9: (void)StatusMapper::fromStatus(response); break;
    }
    return 0;
}
