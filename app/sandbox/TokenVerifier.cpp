#include "TokenVerifier.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#if AUTHDESK_SANDBOX_OPENSSL
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#endif

#include <memory>

namespace sandbox {

namespace {

QJsonObject decodePart(const QByteArray &part)
{
    const QByteArray raw = QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return QJsonDocument::fromJson(raw).object();
}

QString trimmedIssuer(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

#if AUTHDESK_SANDBOX_OPENSSL
// RSASSA-PKCS1-v1_5 with SHA-256 (RS256, RFC 7518 3.3) over signingInput, with the JWK's n and e.
bool rs256Valid(const QJsonObject &jwk, const QByteArray &signingInput, const QByteArray &signature, QString *why)
{
    const auto b64 = [](const QJsonValue &v) {
        return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::Base64UrlEncoding);
    };
    const QByteArray n = b64(jwk.value(u"n")), e = b64(jwk.value(u"e"));
    if (jwk.value(u"kty").toString() != u"RSA" || n.isEmpty() || e.isEmpty()) {
        *why = QStringLiteral("the key is not an RSA key");
        return false;
    }
    using BnPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
    BnPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr), BN_free);
    BnPtr be(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr), BN_free);
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
    if (!bn || !be || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bn.get())
        || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, be.get())) {
        *why = QStringLiteral("cannot read the key");
        return false;
    }
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(OSSL_PARAM_BLD_to_param(bld.get()), OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> kctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *raw = nullptr;
    if (!params || !kctx || EVP_PKEY_fromdata_init(kctx.get()) <= 0
        || EVP_PKEY_fromdata(kctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        *why = QStringLiteral("cannot read the key");
        return false;
    }
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw, EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool ok = md && EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1
        && EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size())) == 1;
    if (!ok)
        *why = QStringLiteral("the signature does not verify");
    return ok;
}
#else
bool rs256Valid(const QJsonObject &, const QByteArray &, const QByteArray &, QString *why)
{
    *why = QStringLiteral("this sandbox was built without OpenSSL and cannot check signatures");
    return false;
}
#endif

} // namespace

bool TokenVerifier::signaturesSupported()
{
    return AUTHDESK_SANDBOX_OPENSSL;
}

void TokenVerifier::configure(const QString &issuer, const QStringList &audiences)
{
    m_keys.setIssuer(issuer);
    m_audiences = audiences;
}

TokenVerifier::Verdict TokenVerifier::verify(const QString &token, const QDateTime &now)
{
    Verdict v;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (!enabled()) {
        v.why = QStringLiteral("no issuer is configured");
        return v;
    }
    if (parts.size() != 3) {
        v.why = QStringLiteral("not a signed JWT");
        return v;
    }
    const QJsonObject header = decodePart(parts[0]);
    const QJsonObject claims = decodePart(parts[1]);
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    if (header.value(u"alg").toString() != u"RS256") {
        v.why = QStringLiteral("algorithm %1 is not accepted").arg(header.value(u"alg").toString());
        return v;
    }
    const QJsonObject jwk = m_keys.key(header.value(u"kid").toString(), &v.why);
    if (jwk.isEmpty() || !rs256Valid(jwk, parts[0] + '.' + parts[1], signature, &v.why))
        return v;
    if (trimmedIssuer(claims.value(u"iss").toString()) != trimmedIssuer(m_keys.issuer())) {
        v.why = QStringLiteral("issued by %1").arg(claims.value(u"iss").toString());
        return v;
    }
    const QJsonValue aud = claims.value(u"aud");
    const QJsonArray auds = aud.isArray() ? aud.toArray() : QJsonArray{aud};
    const bool forUs = std::any_of(auds.begin(), auds.end(), [this](const QJsonValue &a) { return m_audiences.contains(a.toString()); });
    if (!forUs) {
        v.why = QStringLiteral("meant for another audience");
        return v;
    }
    const qint64 t = now.toSecsSinceEpoch();
    if (!claims.value(u"exp").isDouble() || qint64(claims.value(u"exp").toDouble()) <= t) {
        v.why = QStringLiteral("expired");
        return v;
    }
    if (claims.contains(u"nbf") && qint64(claims.value(u"nbf").toDouble()) > t + 60) {
        v.why = QStringLiteral("not valid yet");
        return v;
    }
    v.userId = claims.value(u"email").toString();
    if (v.userId.isEmpty())
        v.userId = claims.value(u"sub").toString();
    if (v.userId.isEmpty())
        v.why = QStringLiteral("names no subject");
    return v;
}

} // namespace sandbox
