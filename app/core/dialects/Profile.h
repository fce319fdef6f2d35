#pragma once

#include "Dialect.h"
#include "HttpTypes.h"
#include "OidcSettings.h"

#include <QString>
#include <QUrl>

namespace authdesk {

// One server the console talks to. Stored in QSettings by ProfileStore: no secret here,
// ever (passwords, keys and tokens go to the keychain under keys named after `id`).
struct Profile {
    QString id;        // stable, generated; used in keychain keys
    QString name;      // shown to people; unique
    QString dialect = Dialect::EnableX; // a DialectDescriptor id
    QUrl baseUrl;
    QString apiId;     // EnableX X-Api-Id (an identifier, not a secret)
    QString userName;  // last user signed in with (e-mail / username / userId)
    QString caFile;    // PEM file of a CA this profile trusts in addition to the system's
    QString proxy;     // empty: system proxy; "none": no proxy; else http://[user@]host:port or socks5://…
    // The proxy user's password: in memory and in the keychain only (ProfileSessions), never
    // in the settings file (ProfileStore writes the proxy URL without it) nor on argv.
    QString proxyPassword;
    // The organisation's identity provider (single sign-on), when the dialect takes its tokens.
    OidcSettings identityProvider;
    int connectTimeoutMs = 10'000;
    int transferTimeoutMs = 30'000;

    // Empty when usable; otherwise one sentence saying what is wrong. (What a dialect needs
    // on top, such as EnableX's API id, DialectRegistry::validate() checks.)
    QString validate() const;
    // Transport settings; caError receives a message when the CA file cannot be used.
    HttpOptions httpOptions(QString *caError = nullptr) const;

    static QString newId();

    bool operator==(const Profile &) const = default;
};

} // namespace authdesk
