#pragma once

#include "Credentials.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;

namespace authdesk {

class Backend;
class CoreContext;
struct Profile;

// What a dialect can do beyond signing in. Each flag has a capability interface in
// dialects/capabilities/ that the dialect's backend implements; the UI and the CLI enable
// views, menus and commands from these flags and reach the calls through
// Backend::capability<T>() (tst_dialects checks that flags and interfaces agree).
enum class Capability : quint32 {
    SessionAdmin = 1u << 0,        // look up, terminate, effective user / org (SessionAdmin)
    ListUserSessions = 1u << 1,    // a user's sessions by user id (SessionAdmin::userSessions)
    CloneSession = 1u << 2,        // SessionAdmin::cloneSession
    Impersonation = 1u << 3,       // effective user / org and reset identity
    BlockUsers = 1u << 4,          // UserBlocking
    PasswordChange = 1u << 5,      // PasswordChanging (own, or forced by an admin)
    UserExists = 1u << 6,          // UserLookup
    AccountValidation = 1u << 7,   // AccountValidation (tokens, e-mail validation)
    TermsOfUse = 1u << 8,          // TermsOfUse
    AccountCreation = 1u << 9,     // AccountCreation
    ServerPasswordCheck = 1u << 10, // PasswordCheck: the server judges a candidate password
    ListCustomers = 1u << 11,      // CustomerList
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// How a forgotten password is reset (the wizard's pages and the CLI's password commands).
enum class ResetFlow {
    None,
    KeyByEmail,  // KeyReset: a key by e-mail, validated, then the new password (EnableX)
    TokenByUser, // TokenReset: a token for a user, then the new password (Platform28)
    InBrowser,   // BrowserReset: a mail; the person finishes in a browser (Overkiz)
};

// One field of a sign-in form: which part of Credentials it fills and its label (source
// text in the "Dialects" translation context: translate with DialectDescriptor::text()).
struct SignInField {
    enum class Role { User, Secret, ApplicationId, ApiKey, SetupOid };
    Role role = Role::User;
    const char *label = "";
    bool optional = false; // shown apart ("Optional") and may stay empty
    bool isSecret() const { return role == Role::Secret || role == Role::ApiKey; }
};

// One way to sign in: the Credentials mode, its name in a menu and its fields in order.
struct SignInMode {
    Credentials::Mode mode = Credentials::Mode::Password;
    const char *label = "";
    QList<SignInField> fields;
    bool usesProfileApiId = false; // the sign-in also sends the profile's API id (EnableX)

    const SignInField *field(SignInField::Role role) const;
    bool has(SignInField::Role role) const { return field(role) != nullptr; }
};

// Everything the console and the CLI know of a dialect. A new dialect is a descriptor and
// a backend class, registered with DialectRegistry: no switch elsewhere.
struct DialectDescriptor {
    QString id;          // stable, lower case: settings, keychain bindings, --dialect
    QString displayName; // product name, not translated ("EnableX UCaaS")
    QUrl defaultBaseUrl; // the vendor's public default, if any
    const char *profileApiIdLabel = nullptr; // the profile needs an API id (EnableX X-Api-Id)
    QList<SignInMode> modes;                 // the first is the default
    Capabilities capabilities;
    ResetFlow resetFlow = ResetFlow::None;
    bool renewsBeforeExpiry = false; // remembered sign-ins are renewed in their last minute
    std::function<std::unique_ptr<Backend>(const Profile &, CoreContext &, QObject *)> create;

    bool has(Capability c) const { return capabilities.testFlag(c); }
    bool needsApiId() const { return profileApiIdLabel != nullptr; }
    const SignInMode *mode(Credentials::Mode m) const;
    // A descriptor's label in the person's language.
    static QString text(const char *label);
    // A form label as a word for a sentence or an accessible name ("&E-mail:" → "E-mail").
    static QString plain(const QString &label);
    static QString plainText(const char *label) { return plain(text(label)); }
};

} // namespace authdesk
