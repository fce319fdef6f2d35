<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht</translation>
    </message>
    <message>
        <source>Secure connection refused</source>
        <translation>Sichere Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Falsche Zugangsdaten</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Server under maintenance</source>
        <translation>Server in Wartung</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort des Servers</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Missing or invalid input</source>
        <translation>Fehlende oder ungültige Eingabe</translation>
    </message>
    <message>
        <source>Cannot write to the disk</source>
        <translation>Schreiben auf die Festplatte nicht möglich</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The line is incomplete (the file was cut or is still being written).</source>
        <translation>Die Zeile ist unvollständig (die Datei wurde abgeschnitten oder wird noch geschrieben).</translation>
    </message>
    <message>
        <source>The line carries no hash.</source>
        <translation>Die Zeile trägt keinen Hash.</translation>
    </message>
    <message>
        <source>The line was changed after it was written (its hash does not match).</source>
        <translation>Die Zeile wurde nach dem Schreiben verändert (ihr Hash stimmt nicht).</translation>
    </message>
    <message>
        <source>The line does not name the line before it.</source>
        <translation>Die Zeile verweist nicht auf die Zeile davor.</translation>
    </message>
    <message>
        <source>A line before it was changed, removed or inserted (the chain is broken).</source>
        <translation>Eine Zeile davor wurde verändert, entfernt oder eingefügt (die Kette ist unterbrochen).</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>sein Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>it cannot be rotated.</source>
        <translation>es kann nicht rotiert werden.</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>The browser sign-in was not finished in time: start again.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen: Bitte neu beginnen.</translation>
    </message>
    <message>
        <source>AuthDesk sign-in</source>
        <translation>AuthDesk-Anmeldung</translation>
    </message>
    <message>
        <source>The identity provider has answered. You can close this page and go back to AuthDesk.</source>
        <translation>Der Identitätsanbieter hat geantwortet. Sie können diese Seite schließen und zu AuthDesk zurückkehren.</translation>
    </message>
    <message>
        <source>The identity provider offers no browser sign-in.</source>
        <translation>Der Identitätsanbieter bietet keine Anmeldung im Browser an.</translation>
    </message>
    <message>
        <source>The identity provider does not offer PKCE with S256, which a public client needs.</source>
        <translation>Der Identitätsanbieter bietet kein PKCE mit S256 an, das ein öffentlicher Client braucht.</translation>
    </message>
    <message>
        <source>The browser brought back an answer to another sign-in (its state differs); nothing was signed in. Start again.</source>
        <translation>Der Browser hat die Antwort auf eine andere Anmeldung zurückgebracht (ihr „state“ weicht ab); es wurde niemand angemeldet. Bitte neu beginnen.</translation>
    </message>
    <message>
        <source>The browser brought back no authorization code.</source>
        <translation>Der Browser hat keinen Autorisierungscode zurückgebracht.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lacks the field &quot;%1&quot; (or it has the wrong type), so its outcome is unknown (HTTP %2).</source>
        <translation>Der Antwort des Servers fehlt das Feld „%1“ (oder es hat den falschen Typ), daher ist das Ergebnis unbekannt (HTTP %2).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
</context>
<context>
    <name>BackendCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The time allowed for this action has run out.</source>
        <translation>Die für diese Aktion erlaubte Zeit ist abgelaufen.</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>The job&apos;s journal %1 cannot be written: %2</source>
        <translation>Das Journal des Auftrags %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation>Diesen Auftrag gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>BulkWorker</name>
    <message>
        <source>The sign-in could not be taken over for the job; sign in again.</source>
        <translation>Die Anmeldung konnte nicht für den Auftrag übernommen werden; bitte erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>DeviceAuthorizationFlow</name>
    <message>
        <source>The identity provider offers no device sign-in: use --browser on a desktop.</source>
        <translation>Der Identitätsanbieter bietet keine Geräte-Anmeldung an: Verwenden Sie --browser auf einem Desktop.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s device sign-in answer lacks its code or address.</source>
        <translation>Der Antwort des Identitätsanbieters zur Geräte-Anmeldung fehlen Code oder Adresse.</translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>API &amp;id:</source>
        <translation>API-&amp;ID:</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Application credentials (App ID / App Key)</source>
        <translation>Anwendungszugang (App-ID / App-Schlüssel)</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App-&amp;ID:</translation>
    </message>
    <message>
        <source>App &amp;Key:</source>
        <translation>App-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>Anwendungs-ID:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Setup OID:</source>
        <translation>Setup-OID:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id and password</source>
        <translation>Benutzer-ID und Passwort</translation>
    </message>
    <message>
        <source>User id and SSO token</source>
        <translation>Benutzer-ID und SSO-Token</translation>
    </message>
    <message>
        <source>&amp;SSO token:</source>
        <translation>&amp;SSO-Token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access-Token</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access-&amp;Token:</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>&amp;JWT:</source>
        <translation>&amp;JWT:</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Nothing is stored in the keychain for this.</source>
        <translation>Im Schlüsselbund ist dafür nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; secrets are kept for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar; Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain is locked or access was refused; secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt oder der Zugriff wurde verweigert; Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain reported an error; secrets are kept for this session only.</source>
        <translation>Der Schlüsselbund meldete einen Fehler; Geheimnisse werden nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Cannot wait for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>Auf die Antwort des Browsers kann auf 127.0.0.1 nicht gewartet werden: %1</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>This profile has no identity provider.</source>
        <translation>Dieses Profil hat keinen Identitätsanbieter.</translation>
    </message>
    <message>
        <source>The identity provider cannot be reached: %1</source>
        <translation>Der Identitätsanbieter ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document is not there (HTTP %1): check the issuer URL.</source>
        <translation>Das Discovery-Dokument des Identitätsanbieters fehlt (HTTP %1): Prüfen Sie die Aussteller-URL.</translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider.</source>
        <translation>Die Anmeldung wurde beim Identitätsanbieter abgelehnt.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved: start again.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung bestätigt wurde: Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The identity provider no longer accepts this sign-in (%1): sign in again.</source>
        <translation>Der Identitätsanbieter akzeptiert diese Anmeldung nicht mehr (%1): Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity provider does not accept this client ID (%1): check the profile.</source>
        <translation>Der Identitätsanbieter akzeptiert diese Client-ID nicht (%1): Prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>The identity provider is temporarily unavailable: try again later.</source>
        <translation>Der Identitätsanbieter ist vorübergehend nicht verfügbar: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The identity provider failed (%1).</source>
        <translation>Beim Identitätsanbieter ist ein Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>The identity provider refused the request: %1</source>
        <translation>Der Identitätsanbieter hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>OidcProviderInfo</name>
    <message>
        <source>The identity provider&apos;s discovery document is not JSON.</source>
        <translation>Das Discovery-Dokument des Identitätsanbieters ist kein JSON.</translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not %2: check the issuer URL.</source>
        <translation>Der Identitätsanbieter nennt sich %1, nicht %2: Prüfen Sie die Aussteller-URL.</translation>
    </message>
    <message>
        <source>The identity provider names no usable token endpoint.</source>
        <translation>Der Identitätsanbieter nennt keinen verwendbaren Token-Endpunkt.</translation>
    </message>
</context>
<context>
    <name>OidcSettings</name>
    <message>
        <source>The identity provider&apos;s issuer must be an https:// URL.</source>
        <translation>Der Aussteller des Identitätsanbieters muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer must use https:// (plain http:// is allowed on this computer only).</source>
        <translation>Der Aussteller des Identitätsanbieters muss https:// verwenden (einfaches http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer must not have a query or fragment.</source>
        <translation>Der Aussteller des Identitätsanbieters darf weder Query noch Fragment haben.</translation>
    </message>
    <message>
        <source>Enter the client ID the identity provider knows this console by.</source>
        <translation>Geben Sie die Client-ID ein, unter der der Identitätsanbieter diese Konsole kennt.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;.</source>
        <translation>Die Scopes müssen „openid“ enthalten.</translation>
    </message>
    <message>
        <source>The resource indicator must be a URL.</source>
        <translation>Der Ressourcenindikator muss eine URL sein.</translation>
    </message>
</context>
<context>
    <name>OidcTokens</name>
    <message>
        <source>The identity provider&apos;s token answer is not JSON.</source>
        <translation>Die Token-Antwort des Identitätsanbieters ist kein JSON.</translation>
    </message>
    <message>
        <source>The identity provider sent no ID token: is &quot;openid&quot; among the scopes?</source>
        <translation>Der Identitätsanbieter hat kein ID-Token gesendet: Ist „openid“ unter den Scopes?</translation>
    </message>
    <message>
        <source>The identity provider sent no access token.</source>
        <translation>Der Identitätsanbieter hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token cannot be read.</source>
        <translation>Das ID-Token des Identitätsanbieters ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The ID token was issued by %1, not by this profile&apos;s identity provider.</source>
        <translation>Das ID-Token wurde von %1 ausgestellt, nicht vom Identitätsanbieter dieses Profils.</translation>
    </message>
    <message>
        <source>The ID token is meant for %1, not for this console (client ID %2).</source>
        <translation>Das ID-Token ist für %1 bestimmt, nicht für diese Konsole (Client-ID %2).</translation>
    </message>
    <message>
        <source>The ID token names several audiences but not this console as its party.</source>
        <translation>Das ID-Token nennt mehrere Empfänger, aber nicht diese Konsole als berechtigte Partei.</translation>
    </message>
    <message>
        <source>The ID token does not answer this sign-in (its nonce differs): start again.</source>
        <translation>Das ID-Token gehört nicht zu dieser Anmeldung (die Nonce weicht ab): Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The ID token has no expiry.</source>
        <translation>Das ID-Token hat kein Ablaufdatum.</translation>
    </message>
    <message numerus="yes">
        <source>The identity provider&apos;s clock and this computer&apos;s differ by about %n minute(s): check the date and time settings.</source>
        <translation>
            <numerusform>Die Uhr des Identitätsanbieters und die dieses Computers weichen um etwa %n Minute voneinander ab: Prüfen Sie die Datums- und Zeiteinstellungen.</numerusform>
            <numerusform>Die Uhr des Identitätsanbieters und die dieses Computers weichen um etwa %n Minuten voneinander ab: Prüfen Sie die Datums- und Zeiteinstellungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverkizErrorMap</name>
    <message numerus="yes">
        <source>The server is busy (%1). You may try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server ist ausgelastet (%1). Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>Der Server ist ausgelastet (%1). Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (%1). Wait a moment and try again.</source>
        <translation>Der Server ist ausgelastet (%1). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many attempts with an invalid token: the server has banned this client for a while.</source>
        <translation>Zu viele Versuche mit einem ungültigen Token: Der Server hat diesen Client vorübergehend gesperrt.</translation>
    </message>
    <message>
        <source>The server refused access to this gateway for this account: %1</source>
        <translation>Der Server verweigert diesem Konto den Zugriff auf dieses Gateway: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Zu viele Anmeldeversuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This setup needs an API key: sign in with the API key filled in.</source>
        <translation>Diese Installation braucht einen API-Schlüssel: Melden Sie sich mit ausgefülltem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>There is no account with this user id on this server. Check the user id and the server (brand or region).</source>
        <translation>Auf diesem Server gibt es kein Konto mit dieser Benutzer-ID. Prüfen Sie die Benutzer-ID und den Server (Marke oder Region).</translation>
    </message>
    <message>
        <source>The user id or the password (or token) is wrong.</source>
        <translation>Benutzer-ID oder Passwort (oder Token) ist falsch.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Overkiz session has expired. Sign in again.</source>
        <translation>Die Overkiz-Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This setup cannot be used through this application or server. Check the application id or the server (brand).</source>
        <translation>Diese Installation kann über diese Anwendung oder diesen Server nicht verwendet werden. Prüfen Sie die Anwendungs-ID oder den Server (Marke).</translation>
    </message>
    <message>
        <source>Signed in, but this account has no Overkiz user on this server. Use the right server or sign-in method.</source>
        <translation>Angemeldet, aber dieses Konto hat auf diesem Server keinen Overkiz-Benutzer. Verwenden Sie den richtigen Server oder die richtige Anmeldeart.</translation>
    </message>
    <message>
        <source>The server expects a bearer token (a local or token API): check the profile&apos;s address.</source>
        <translation>Der Server erwartet ein Bearer-Token (eine lokale oder Token-API): Prüfen Sie die Adresse des Profils.</translation>
    </message>
    <message>
        <source>The server refused access: %1</source>
        <translation>Der Server hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The server does not offer this: %1</source>
        <translation>Der Server bietet dies nicht an: %1</translation>
    </message>
</context>
<context>
    <name>OverkizMainAccount</name>
    <message>
        <source>label: enter a label for the account.</source>
        <translation>label: Geben Sie eine Bezeichnung für das Konto ein.</translation>
    </message>
    <message>
        <source>endUser.userId: enter the user id (usually the e-mail address).</source>
        <translation>endUser.userId: Geben Sie die Benutzer-ID ein (meist die E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>endUser.email: this is not an e-mail address.</source>
        <translation>endUser.email: Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>password: use at least 8 characters.</source>
        <translation>password: Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>expirationTimestamp: must be after the activation.</source>
        <translation>expirationTimestamp: muss nach der Aktivierung liegen.</translation>
    </message>
    <message>
        <source>gatewayId: expected the form 1234-5678-9012.</source>
        <translation>gatewayId: erwartet wird die Form 1234-5678-9012.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ausgezeichnet</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The trusted CA file holds no PEM certificate.</source>
        <translation>Die Datei der vertrauenswürdigen CA enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The server address must be a full URL such as https://host/path.</source>
        <translation>Die Serveradresse muss eine vollständige URL wie https://host/pfad sein.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The trusted CA file does not exist.</source>
        <translation>Die Datei der vertrauenswürdigen CA existiert nicht.</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port or socks5://host:port.</source>
        <translation>Der Proxy muss die Form http://host:port oder socks5://host:port haben.</translation>
    </message>
    <message>
        <source>Timeouts must be at least 100 ms.</source>
        <translation>Zeitlimits müssen mindestens 100 ms betragen.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; choose one of: %2.</source>
        <translation>Unbekannter Dialekt „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>%1 needs an API id (%2).</source>
        <translation>%1 braucht eine API-ID (%2).</translation>
    </message>
    <message>
        <source>%1 cannot sign in with a token from an identity provider.</source>
        <translation>%1 kann sich nicht mit einem Token eines Identitätsanbieters anmelden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be written; nothing was saved.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The settings file %1 is locked by another program; nothing was saved.</source>
        <translation>Die Einstellungsdatei %1 ist von einem anderen Programm gesperrt; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>ResetPages</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StatusMapper</name>
    <message>
        <source>The server is down for maintenance. Try again later.</source>
        <translation>Der Server wird gerade gewartet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>data it does not understand</source>
        <translation>Daten, die sie nicht versteht</translation>
    </message>
    <message>
        <source>The server sent %1 where the console expected JSON (HTTP %2).</source>
        <translation>Der Server sandte %1, wo die Konsole JSON erwartete (HTTP %2).</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>Der Server nimmt diese Anmeldung nicht mehr an. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen das nicht tun.</translation>
    </message>
    <message>
        <source>The server could not find it.</source>
        <translation>Der Server konnte es nicht finden.</translation>
    </message>
    <message>
        <source>This server does not offer that operation.</source>
        <translation>Dieser Server bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>The server did not accept the values.</source>
        <translation>Der Server hat die Werte nicht angenommen.</translation>
    </message>
    <message>
        <source>The server timed out.</source>
        <translation>Zeitüberschreitung auf dem Server.</translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation>Das Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again later.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (HTTP %1).</source>
        <translation>Der Server antwortete mit einer unerwarteten Weiterleitung (HTTP %1).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Status (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>authdesk::AccountToolsView</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Reset a &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>C&amp;hange a password…</source>
        <translation>Passwort &amp;ändern …</translation>
    </message>
    <message>
        <source>Create a &amp;main account…</source>
        <translation>&amp;Hauptkonto anlegen …</translation>
    </message>
    <message>
        <source>Does a user exist?</source>
        <translation>Gibt es einen Benutzer?</translation>
    </message>
    <message>
        <source>User id to check</source>
        <translation>Zu prüfende Benutzer-ID</translation>
    </message>
    <message>
        <source>User &amp;id:</source>
        <translation>Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>Sign-in block</source>
        <translation>Anmeldesperre</translation>
    </message>
    <message>
        <source>User name to block or unblock</source>
        <translation>Zu sperrender oder zu entsperrender Benutzername</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Account validation</source>
        <translation>Kontobestätigung</translation>
    </message>
    <message>
        <source>User id to validate</source>
        <translation>Zu bestätigende Benutzer-ID</translation>
    </message>
    <message>
        <source>Us&amp;er id:</source>
        <translation>B&amp;enutzer-ID:</translation>
    </message>
    <message>
        <source>Validation token</source>
        <translation>Bestätigungstoken</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Se&amp;nd a token</source>
        <translation>Token se&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Validate account</source>
        <translation>Konto &amp;bestätigen</translation>
    </message>
    <message>
        <source>Validate e-&amp;mail</source>
        <translation>E-&amp;Mail bestätigen</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Gateway-ID</translation>
    </message>
    <message>
        <source>Terms-of-use token</source>
        <translation>Token der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 existiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Too many checks: the server allows the next one at %1.</source>
        <translation>Zu viele Prüfungen: Der Server erlaubt die nächste um %1.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Anmeldung sperren</translation>
    </message>
    <message>
        <source>Block every sign-in of %1?</source>
        <translation>Jede Anmeldung von %1 sperren?</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 may sign in.</source>
        <translation>%1 darf sich anmelden.</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Geben Sie die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>A validation token was e-mailed to %1 (any older one no longer works).</source>
        <translation>Ein Bestätigungstoken wurde an %1 gesendet (ältere gelten nicht mehr).</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Geben Sie das Token ein.</translation>
    </message>
    <message>
        <source>Enter the user id and the token.</source>
        <translation>Geben Sie Benutzer-ID und Token ein.</translation>
    </message>
    <message>
        <source>Validated.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>The server did not validate it.</source>
        <translation>Der Server hat es nicht bestätigt.</translation>
    </message>
    <message>
        <source>Enter the gateway id and the token.</source>
        <translation>Geben Sie Gateway-ID und Token ein.</translation>
    </message>
    <message>
        <source>The terms of use were accepted.</source>
        <translation>Die Nutzungsbedingungen wurden angenommen.</translation>
    </message>
    <message>
        <source>The terms of use were declined.</source>
        <translation>Die Nutzungsbedingungen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The main account was created.</source>
        <translation>Das Hauptkonto wurde angelegt.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Das Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Looking up a user</source>
        <translation>Benutzersuche</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
</context>
<context>
    <name>authdesk::ActionRunner</name>
    <message>
        <source>Choose a server profile first.</source>
        <translation>Wählen Sie zuerst ein Serverprofil.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is not available for %2 profiles.</source>
        <translation>%1 ist für %2-Profile nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in profile.</source>
        <translation>%1 braucht ein angemeldetes Profil.</translation>
    </message>
    <message>
        <source>Not signed in: the action was not done.</source>
        <translation>Nicht angemeldet: Die Aktion wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>authdesk::ActivityTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>authdesk::ActivityView</name>
    <message>
        <source>Filter activity</source>
        <translation>Aktivität filtern</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The activity could not be written to %1.</source>
        <translation>Die Aktivität konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: its hash chain holds over %n line(s).</source>
        <translation>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: Seine Hash-Kette hält über %n Zeile.</numerusform>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: Seine Hash-Kette hält über %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The audit log was changed: line %1 of %2. %3</source>
        <translation>⚠ Das Prüfprotokoll wurde verändert: Zeile %1 von %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of activity written to %1.</source>
        <translation>
            <numerusform>%n Zeile der Aktivität nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen der Aktivität nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed on a server yet. Every termination, reset or block will be listed here.</source>
        <translation>Auf keinem Server wurde bisher etwas geändert. Jedes Beenden, Zurücksetzen oder Sperren erscheint hier.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Das Prüfprotokoll wird gelesen …</translation>
    </message>
    <message>
        <source>No activity matches “%1”.</source>
        <translation>Keine Aktivität passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkResultsModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkTerminateDialog</name>
    <message>
        <source>Terminate sessions on %1</source>
        <translation>Sitzungen auf %1 beenden</translation>
    </message>
    <message>
        <source>Session ids, one per line (or open a CSV file whose first column is the id):</source>
        <translation>Sitzungs-IDs, eine pro Zeile (oder eine CSV-Datei öffnen, deren erste Spalte die ID ist):</translation>
    </message>
    <message>
        <source>Session ids</source>
        <translation>Sitzungs-IDs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>CSV ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren …</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1.</source>
        <translation>Die Ergebnisse konnten nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter at least one session id.</source>
        <translation>Geben Sie mindestens eine Sitzungs-ID ein.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)? The people using them are signed out.</source>
        <translation>
            <numerusform>%n Sitzung beenden? Wer sie nutzt, wird abgemeldet.</numerusform>
            <numerusform>%n Sitzungen beenden? Wer sie nutzt, wird abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;failed only</source>
        <translation>Nur &amp;fehlgeschlagene zeigen</translation>
    </message>
    <message>
        <source>%1 terminated, %2 failed, %3 cancelled</source>
        <translation>%1 beendet, %2 fehlgeschlagen, %3 abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2 processed: %3</source>
        <translation>%1 von %2 bearbeitet: %3</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>%n Sitzung beenden</numerusform>
            <numerusform>%n Sitzungen beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>The result of each session appears here once the job runs.</source>
        <translation>Das Ergebnis jeder Sitzung erscheint hier, sobald der Auftrag läuft.</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkTerminator</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>authdesk::CreateAccountDialog</name>
    <message>
        <source>Create a main account</source>
        <translation>Hauptkonto anlegen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Bezei&amp;chnung:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>the e-mail when empty</source>
        <translation>die E-Mail, wenn leer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>Nachna&amp;me:</translation>
    </message>
    <message>
        <source>Gate&amp;way:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>V&amp;orlage:</translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation>Anwendungs-&amp;ID:</translation>
    </message>
    <message>
        <source>Tar&amp;iffs:</source>
        <translation>Ta&amp;rife:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Acti&amp;vation:</source>
        <translation>Ak&amp;tivierung:</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>Abla&amp;uf:</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Konto wird angelegt</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>Konto anlegen</translation>
    </message>
</context>
<context>
    <name>authdesk::DemoBanner</name>
    <message>
        <source>Open the &amp;outbox</source>
        <translation>&amp;Postausgang öffnen</translation>
    </message>
    <message>
        <source>The e-mails the demo server would have sent (reset keys, tokens)</source>
        <translation>Die E-Mails, die der Demo-Server verschickt hätte (Rücksetzschlüssel, Token)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No browser opens %1 here; open it by hand.</source>
        <translation>Kein Browser öffnet hier %1; öffnen Sie es von Hand.</translation>
    </message>
    <message>
        <source>Demo: the profiles below use the demo server at %1. They are removed when AuthDesk closes.</source>
        <translation>Demo: Die Profile unten verwenden den Demo-Server unter %1. Sie werden entfernt, wenn AuthDesk beendet wird.</translation>
    </message>
</context>
<context>
    <name>authdesk::EnableXBackend</name>
    <message>
        <source>This EnableX profile has no API id; add it in the profile settings.</source>
        <translation>Dieses EnableX-Profil hat keine API-ID; tragen Sie sie in den Profileinstellungen ein.</translation>
    </message>
    <message>
        <source>Enter the App ID and the App Key.</source>
        <translation>Geben Sie App-ID und App-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The App ID or App Key was not accepted.</source>
        <translation>App-ID oder App-Schlüssel wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>EnableX signs in with an e-mail and password or with application credentials.</source>
        <translation>EnableX meldet sich mit E-Mail und Passwort oder mit Anwendungszugangsdaten an.</translation>
    </message>
    <message>
        <source>Enter the e-mail address and the password.</source>
        <translation>Geben Sie E-Mail-Adresse und Passwort ein.</translation>
    </message>
    <message>
        <source>The EnableX token has expired. Sign in again.</source>
        <translation>Das EnableX-Token ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The EnableX token is no longer valid. Sign in again.</source>
        <translation>Das EnableX-Token ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server says a header is missing: %1 Check the profile&apos;s API id.</source>
        <translation>Laut Server fehlt ein Header: %1 Prüfen Sie die API-ID des Profils.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials: %1</source>
        <translation>Der Server hat die Zugangsdaten nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server did not accept this profile&apos;s API id: %1</source>
        <translation>Der Server hat die API-ID dieses Profils nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The server refused the request (result %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Ergebnis %1).</translation>
    </message>
    <message>
        <source>The server does not accept this profile&apos;s API id.</source>
        <translation>Der Server nimmt die API-ID dieses Profils nicht an.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the account.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kontos ein.</translation>
    </message>
    <message>
        <source>Paste the reset key from the e-mail.</source>
        <translation>Fügen Sie den Schlüssel aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>The reset key, the e-mail address and the new password are all needed.</source>
        <translation>Schlüssel zum Zurücksetzen, E-Mail-Adresse und neues Passwort werden alle gebraucht.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
</context>
<context>
    <name>authdesk::HttpCall</name>
    <message>
        <source>The server refused the connection. Is the address right and the server running?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Stimmt die Adresse, und läuft der Server?</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Der Server hat die Verbindung vor seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Zeitüberschreitung der Verbindung.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Der Proxyserver konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The secure connection could not be established.</source>
        <translation>Die sichere Verbindung konnte nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to the server within %n second(s).</source>
        <translation>
            <numerusform>Keine Verbindung zum Server innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Verbindung zum Server innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large (%1 bytes, the limit is %2).</source>
        <translation>Die Antwort des Servers ist zu groß (%1 Byte, die Grenze ist %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 bytes.</source>
        <translation>Die Antwort des Servers ist größer als die Grenze von %1 Byte.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered. The request may have reached the server; it was not sent again. Check its effect before you repeat it.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete. Die Anfrage hat den Server möglicherweise erreicht; sie wurde nicht erneut gesendet. Prüfen Sie ihre Wirkung, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has too many or too large headers.</source>
        <translation>Die Antwort des Servers hat zu viele oder zu große Header.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: it names no host in subjectAltName (only in its common name).</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt: Es nennt keinen Host in subjectAltName (nur im Common Name).</translation>
    </message>
</context>
<context>
    <name>authdesk::HttpClient</name>
    <message>
        <source>The server address is not a valid http(s) URL.</source>
        <translation>Die Serveradresse ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https://.</translation>
    </message>
</context>
<context>
    <name>authdesk::IdentityProviderBox</name>
    <message>
        <source>Sign in through an identit&amp;y provider (OpenID Connect)</source>
        <translation>Über einen Identitätsanbieter an&amp;melden (OpenID Connect)</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>Issue&amp;r URL:</source>
        <translation>Aussteller-&amp;URL:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client ID (pu&amp;blic client):</source>
        <translation>Client-ID (ö&amp;ffentlicher Client):</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Geltungsbereiche</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Geltungsbereiche (Sc&amp;opes):</translation>
    </message>
    <message>
        <source>Token the sign-in gets</source>
        <translation>Token für die Anmeldung</translation>
    </message>
    <message>
        <source>ID token (jwt)</source>
        <translation>ID-Token (jwt)</translation>
    </message>
    <message>
        <source>Access token (accessToken)</source>
        <translation>Zugriffstoken (accessToken)</translation>
    </message>
    <message>
        <source>Token the sign-in &amp;gets:</source>
        <translation>Token für die Anmeldun&amp;g:</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Resource (optiona&amp;l):</source>
        <translation>Ressource (optiona&amp;l):</translation>
    </message>
    <message>
        <source>Test disco&amp;very</source>
        <translation>Discovery p&amp;rüfen</translation>
    </message>
    <message>
        <source>This dialect takes no token from an identity provider.</source>
        <translation>Dieser Dialekt nimmt kein Token von einem Identitätsanbieter an.</translation>
    </message>
    <message>
        <source>Fill in the issuer URL.</source>
        <translation>Geben Sie die Aussteller-URL ein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt …</translation>
    </message>
    <message>
        <source>The provider answers but offers neither a browser sign-in nor a device sign-in.</source>
        <translation>Der Anbieter antwortet, bietet aber weder eine Anmeldung im Browser noch eine Geräteanmeldung an.</translation>
    </message>
    <message>
        <source>The provider answers. Browser sign-in: yes; device sign-in (CLI): no.</source>
        <translation>Der Anbieter antwortet. Anmeldung im Browser: ja; Geräteanmeldung (CLI): nein.</translation>
    </message>
    <message>
        <source>The provider answers. Browser sign-in and device sign-in (CLI): yes.</source>
        <translation>Der Anbieter antwortet. Anmeldung im Browser und Geräteanmeldung (CLI): ja.</translation>
    </message>
</context>
<context>
    <name>authdesk::MainWindow</name>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Bulk terminate…</source>
        <translation>Sa&amp;mmelbeendigung …</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Reset a password…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>&amp;Über AuthDesk</translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>Über AuthDesk</translation>
    </message>
    <message>
        <source>AuthDesk %1
Admin console for EnableX, Platform28 and Overkiz identity services.
GPL-3.0-or-later.</source>
        <translation>AuthDesk %1
Admin-Konsole für die Identitätsdienste von EnableX, Platform28 und Overkiz.
GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile %1? Its saved sign-in is deleted from the keychain.</source>
        <translation>Das Profil %1 entfernen? Seine gespeicherte Anmeldung wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out here; the server said: %1</source>
        <translation>Hier abgemeldet; der Server meldete: %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Der Server antwortet.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes at the next start of AuthDesk.</source>
        <translation>Die Sprache wechselt beim nächsten Start von AuthDesk.</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>Versions- und Systeminformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Version and system information copied: paste it into your bug report.</source>
        <translation>Versions- und Systeminformationen kopiert: Fügen Sie sie in Ihren Fehlerbericht ein.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer.</source>
        <translation>Das Benutzerhandbuch ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>No program here opens the user guide; it is the file %1.</source>
        <translation>Kein Programm hier öffnet das Benutzerhandbuch; es ist die Datei %1.</translation>
    </message>
    <message>
        <source>Interrupted bulk job</source>
        <translation>Unterbrochener Massenauftrag</translation>
    </message>
    <message numerus="yes">
        <source>A bulk termination on %1 was interrupted with %n session(s) left. Finish it now?</source>
        <translation>
            <numerusform>Ein Massenbeenden auf %1 wurde unterbrochen, %n Sitzung ist noch übrig. Jetzt abschließen?</numerusform>
            <numerusform>Ein Massenbeenden auf %1 wurde unterbrochen, %n Sitzungen sind noch übrig. Jetzt abschließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Auftrag abschließen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>authdesk::MessageBar</name>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>authdesk::NewPasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort erneut</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>Passwörter an&amp;zeigen</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Geben Sie das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The server rejects this password: %1</source>
        <translation>Der Server lehnt dieses Passwort ab: %1</translation>
    </message>
    <message>
        <source>%1 (about %2 bits)</source>
        <translation>%1 (etwa %2 Bit)</translation>
    </message>
    <message>
        <source>Server: %1 (score %2)%3</source>
        <translation>Server: %1 (Wert %2)%3</translation>
    </message>
    <message>
        <source>&amp;Use this weak password anyway</source>
        <translation>Dieses schwache Passwort &amp;trotzdem verwenden</translation>
    </message>
    <message>
        <source>This password is weak and easy to guess. Choose a stronger one, or tick “Use this weak password anyway”.</source>
        <translation>Dieses Passwort ist schwach und leicht zu erraten. Wählen Sie ein stärkeres oder kreuzen Sie „Dieses schwache Passwort trotzdem verwenden“ an.</translation>
    </message>
</context>
<context>
    <name>authdesk::OverkizBackend</name>
    <message>
        <source>Enter the user id and the password.</source>
        <translation>Geben Sie Benutzer-ID und Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the user id and the SSO token.</source>
        <translation>Geben Sie Benutzer-ID und SSO-Token ein.</translation>
    </message>
    <message>
        <source>Paste the JSON Web Token.</source>
        <translation>Fügen Sie das JSON Web Token ein.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Fügen Sie das Access-Token ein.</translation>
    </message>
    <message>
        <source>Overkiz signs in with a password, an SSO token, an access token or a JWT.</source>
        <translation>Overkiz meldet sich mit Passwort, SSO-Token, Access-Token oder JWT an.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>token user</source>
        <translation>Token-Benutzer</translation>
    </message>
    <message>
        <source>Enter the user id and the e-mail address.</source>
        <translation>Geben Sie Benutzer-ID und E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter a password to check.</source>
        <translation>Geben Sie ein Passwort zum Prüfen ein.</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Geben Sie die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Enter the user id and the validation token.</source>
        <translation>Geben Sie Benutzer-ID und Bestätigungstoken ein.</translation>
    </message>
    <message>
        <source>Enter the validation token.</source>
        <translation>Geben Sie das Bestätigungstoken ein.</translation>
    </message>
    <message>
        <source>Enter the gateway id and the terms-of-use token.</source>
        <translation>Geben Sie Gateway-ID und Token der Nutzungsbedingungen ein.</translation>
    </message>
</context>
<context>
    <name>authdesk::PasswordChangeDialog</name>
    <message>
        <source>Change a password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>&amp;Own password (knows the current one)</source>
        <translation>&amp;Eigenes Passwort (das aktuelle ist bekannt)</translation>
    </message>
    <message>
        <source>&amp;Force as an admin (enter your own password)</source>
        <translation>Als A&amp;dmin erzwingen (eigenes Passwort eingeben)</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Passwort wird geändert</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Your (&amp;admin) password:</source>
        <translation>Ihr (&amp;Admin-)Passwort:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Your admin password</source>
        <translation>Ihr Admin-Passwort</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Geben Sie die Benutzer-ID ein.</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>Geben Sie das aktuelle Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your own (admin) password.</source>
        <translation>Geben Sie Ihr eigenes (Admin-)Passwort ein.</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Passwort ändern</translation>
    </message>
</context>
<context>
    <name>authdesk::PasswordResetWizard</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>A password reset</source>
        <translation>Passwort-Zurücksetzung</translation>
    </message>
</context>
<context>
    <name>authdesk::Platform28Backend</name>
    <message>
        <source>Enter the %1.</source>
        <translation>Geben Sie Folgendes ein: %1.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>Der API-Schlüssel wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Platform28 signs in with a user name and password or with an API key.</source>
        <translation>Platform28 meldet sich mit Benutzername und Passwort oder mit einem API-Schlüssel an.</translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The Platform28 session has ended or expired. Sign in again.</source>
        <translation>Die Platform28-Sitzung wurde beendet oder ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This user&apos;s sign-in is blocked.</source>
        <translation>Die Anmeldung dieses Benutzers ist gesperrt.</translation>
    </message>
    <message>
        <source>This server cannot list a user&apos;s sessions; look sessions up by their id instead.</source>
        <translation>Dieser Server kann die Sitzungen eines Benutzers nicht auflisten; schlagen Sie Sitzungen stattdessen über ihre ID nach.</translation>
    </message>
    <message>
        <source>The reset token is invalid, used or expired.</source>
        <translation>Das Token zum Zurücksetzen ist ungültig, verbraucht oder abgelaufen.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>reset token</source>
        <translation>Token zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Geben Sie das neue Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation>Geben Sie das aktuelle und das neue Passwort ein.</translation>
    </message>
    <message>
        <source>Enter your own (admin) password and the new password.</source>
        <translation>Geben Sie Ihr eigenes (Admin-)Passwort und das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The current password is wrong, or there is no such user.</source>
        <translation>Das aktuelle Passwort ist falsch, oder diesen Benutzer gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>API id</source>
        <translation>API-ID</translation>
    </message>
    <message>
        <source>API &amp;id:</source>
        <translation>API-&amp;ID:</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Standardbenutzer</translation>
    </message>
    <message>
        <source>Default &amp;user:</source>
        <translation>Standard&amp;benutzer:</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Datei der vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>only the system&apos;s CAs</source>
        <translation>nur die CAs des Systems</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Zertifikat der vertrauenswürdigen CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>Vertrauenswürdige &amp;CA:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>system proxy; or none, http://host:port, socks5://host:port</source>
        <translation>System-Proxy; oder none, http://host:port, socks5://host:port</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Verbindungs-Zeitlimit</translation>
    </message>
    <message>
        <source>Conn&amp;ect timeout:</source>
        <translation>&amp;Verbindungs-Zeitlimit:</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Antwort-Zeitlimit</translation>
    </message>
    <message>
        <source>Answer ti&amp;meout:</source>
        <translation>Antwort-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Der Server antwortet.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>kept in the keychain; empty: unchanged</source>
        <translation>im Schlüsselbund gespeichert; leer: unverändert</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileItemDelegate</name>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileListModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>expires in %1:%2</source>
        <translation>läuft ab in %1:%2</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileSessions</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The session has expired.</source>
        <translation>Die Sitzung ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The session expires in %n second(s).</source>
        <translation>
            <numerusform>Die Sitzung läuft in %n Sekunde ab.</numerusform>
            <numerusform>Die Sitzung läuft in %n Sekunden ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in secrets kept for another server, dialect, user or identity provider of this profile were forgotten.</source>
        <translation>Anmeldegeheimnisse, die für einen anderen Server, Dialekt, Benutzer oder Identitätsanbieter dieses Profils gespeichert waren, wurden vergessen.</translation>
    </message>
    <message>
        <source>%1 now points to another server, dialect, user or identity provider: it was signed out here and its remembered credentials were forgotten.</source>
        <translation>%1 verweist jetzt auf einen anderen Server, Dialekt, Benutzer oder Identitätsanbieter: Es wurde hier abgemeldet, und die gespeicherten Zugangsdaten wurden vergessen.</translation>
    </message>
    <message>
        <source>The remembered credentials were refused (%1) and have been forgotten.</source>
        <translation>Die gespeicherten Zugangsdaten wurden abgelehnt (%1) und vergessen.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetKeyPage</name>
    <message>
        <source>The key from the e-mail</source>
        <translation>Der Schlüssel aus der E-Mail</translation>
    </message>
    <message>
        <source>Reset key</source>
        <translation>Schlüssel zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;key:</source>
        <translation>&amp;Schlüssel zum Zurücksetzen:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>The token from the e-mail</source>
        <translation>Das Token aus der E-Mail</translation>
    </message>
    <message>
        <source>This link holds no reset key or token. Paste the key from the e-mail, or the whole link it contains.</source>
        <translation>Dieser Link enthält keinen Schlüssel und kein Token zum Zurücksetzen. Fügen Sie den Schlüssel aus der E-Mail ein oder den ganzen Link, den sie enthält.</translation>
    </message>
    <message>
        <source>The key was taken from the pasted link.</source>
        <translation>Der Schlüssel wurde aus dem eingefügten Link übernommen.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetPasswordPage</name>
    <message>
        <source>The new password</source>
        <translation>Das neue Passwort</translation>
    </message>
    <message>
        <source>New password for %1 %2 &lt;%3&gt;.</source>
        <translation>Neues Passwort für %1 %2 &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>New password for %1. It is sent as a SHA-256 hash, never in clear.</source>
        <translation>Neues Passwort für %1. Es wird als SHA-256-Hash gesendet, nie im Klartext.</translation>
    </message>
    <message>
        <source>Optional: check a candidate password with the server before the person chooses it in the browser.</source>
        <translation>Optional: ein mögliches Passwort beim Server prüfen, bevor die Person es im Browser wählt.</translation>
    </message>
    <message>
        <source>The reset link was sent to %1; the person sets the new password in the browser.</source>
        <translation>Der Link zum Zurücksetzen wurde an %1 gesendet; die Person legt das neue Passwort im Browser fest.</translation>
    </message>
    <message>
        <source>(Back goes to the key.)</source>
        <translation>(Zurück führt zum Schlüssel.)</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetRequestPage</name>
    <message>
        <source>Sending the reset e-mail</source>
        <translation>E-Mail zum Zurücksetzen wird gesendet</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Asking the server to send a reset e-mail to %1…</source>
        <translation>Der Server wird gebeten, eine E-Mail zum Zurücksetzen an %1 zu senden …</translation>
    </message>
    <message>
        <source>A reset key was sent to %1. Paste it on the next page.</source>
        <translation>Ein Schlüssel zum Zurücksetzen wurde an %1 gesendet. Fügen Sie ihn auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>A reset token was sent to %1. Paste it on the next page.</source>
        <translation>Ein Token zum Zurücksetzen wurde an %1 gesendet. Fügen Sie es auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1. The person opens it and chooses the new password in the browser. On the next page you can check a candidate password with the server first.</source>
        <translation>Ein Link zum Zurücksetzen wurde an %1 gesendet. Die Person öffnet ihn und wählt das neue Passwort im Browser. Auf der nächsten Seite können Sie vorher ein mögliches Passwort beim Server prüfen.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1. The person opens it and chooses the new password in the browser.</source>
        <translation>Ein Link zum Zurücksetzen wurde an %1 gesendet. Die Person öffnet ihn und wählt das neue Passwort im Browser.</translation>
    </message>
    <message>
        <source>This profile offers no password reset.</source>
        <translation>Dieses Profil bietet kein Zurücksetzen von Passwörtern.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetStartPage</name>
    <message>
        <source>Whose password?</source>
        <translation>Wessen Passwort?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Extra validation (optional)</source>
        <translation>Zusätzliche Prüfung (optional)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobiltelefon:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>E-Mail-Vorlage</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Reset page URL</source>
        <translation>URL der Seite zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset page URL:</source>
        <translation>URL der Seite zum Zurücksetzen:</translation>
    </message>
    <message>
        <source>&amp;Send a reset e-mail</source>
        <translation>E-Mail zum Zu&amp;rücksetzen senden</translation>
    </message>
    <message>
        <source>I &amp;already have a reset key / token</source>
        <translation>Ich habe &amp;schon einen Schlüssel / ein Token</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>authdesk::SandboxLauncher</name>
    <message>
        <source>The sandbox server could not be started: %1</source>
        <translation>Der Sandbox-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped before it was ready (exit code %1).</source>
        <translation>Der Sandbox-Server hat sich beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The sandbox server (authdesk-sandbox) is not installed.</source>
        <translation>Der Sandbox-Server (authdesk-sandbox) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The sandbox server printed an unexpected first line.</source>
        <translation>Der Sandbox-Server gab eine unerwartete erste Zeile aus.</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionDetailsPane</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Effective user</source>
        <translation>Wirksamer Benutzer</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Effective org</source>
        <translation>Wirksame Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Cloned from</source>
        <translation>Geklont von</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionManagerView</name>
    <message>
        <source>Platform28 profile</source>
        <translation>Platform28-Profil</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Session id to look up</source>
        <translation>Nachzuschlagende Sitzungs-ID</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>Sitzungs-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User id whose sessions to list</source>
        <translation>Benutzer-ID, deren Sitzungen aufgelistet werden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>List &amp;sessions</source>
        <translation>&amp;Sitzungen auflisten</translation>
    </message>
    <message>
        <source>&amp;Bulk terminate…</source>
        <translation>Sa&amp;mmelbeendigung …</translation>
    </message>
    <message>
        <source>This server cannot list a user&apos;s sessions. Look sessions up by their id instead.</source>
        <translation>Dieser Server kann die Sitzungen eines Benutzers nicht auflisten. Schlagen Sie Sitzungen stattdessen über ihre ID nach.</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filter (Strg+F)</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Terminate &amp;all of this user</source>
        <translation>&amp;Alle dieses Benutzers beenden</translation>
    </message>
    <message>
        <source>Cl&amp;one</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Set effective us&amp;er…</source>
        <translation>&amp;Wirksamen Benutzer setzen …</translation>
    </message>
    <message>
        <source>Set effective or&amp;g…</source>
        <translation>Wirksame Or&amp;ganisation setzen …</translation>
    </message>
    <message>
        <source>Reset i&amp;dentity</source>
        <translation>Identität &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Passwort &amp;ändern …</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID k&amp;opieren</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Enter a session id to look up.</source>
        <translation>Geben Sie eine Sitzungs-ID zum Nachschlagen ein.</translation>
    </message>
    <message>
        <source>Look-up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Enter the user id whose sessions to list.</source>
        <translation>Geben Sie die Benutzer-ID ein, deren Sitzungen aufgelistet werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1.</source>
        <translation>
            <numerusform>%n Sitzung von %1.</numerusform>
            <numerusform>%n Sitzungen von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Terminate session %1? Whoever uses it is signed out.</source>
        <translation>Sitzung %1 beenden? Wer sie nutzt, wird abgemeldet.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Terminate all sessions</source>
        <translation>Alle Sitzungen beenden</translation>
    </message>
    <message>
        <source>Terminate every session of %1?</source>
        <translation>Jede Sitzung von %1 beenden?</translation>
    </message>
    <message>
        <source>Terminate all of %1</source>
        <translation>Alle von %1 beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Set effective user</source>
        <translation>Wirksamen Benutzer setzen</translation>
    </message>
    <message>
        <source>Set effective org</source>
        <translation>Wirksame Organisation setzen</translation>
    </message>
    <message>
        <source>Act in session %1 as user id:</source>
        <translation>In Sitzung %1 handeln als Benutzer-ID:</translation>
    </message>
    <message>
        <source>Act in session %1 in org id:</source>
        <translation>In Sitzung %1 handeln in Organisations-ID:</translation>
    </message>
    <message>
        <source>Reset identity</source>
        <translation>Identität zurücksetzen</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Add a profile that manages sessions first.</source>
        <translation>Legen Sie zuerst ein Profil an, das Sitzungen verwaltet.</translation>
    </message>
    <message>
        <source>Listing sessions</source>
        <translation>Sitzungen auflisten</translation>
    </message>
    <message>
        <source>Bulk termination</source>
        <translation>Massenbeendigung</translation>
    </message>
    <message>
        <source>Terminate 1 session</source>
        <translation>1 Sitzung beenden</translation>
    </message>
    <message>
        <source>No sessions here yet. Look one up by its id, or list a user&apos;s sessions.</source>
        <translation>Noch keine Sitzungen. Schlagen Sie eine über ihre ID nach oder listen Sie die Sitzungen eines Benutzers auf.</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionTableModel</name>
    <message>
        <source>(this console)</source>
        <translation>(diese Konsole)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Effective user</source>
        <translation>Wirksamer Benutzer</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Effective org</source>
        <translation>Wirksame Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Letzter Zugriff</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Cloned from</source>
        <translation>Geklont von</translation>
    </message>
</context>
<context>
    <name>authdesk::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 (%2).</source>
        <translation>Bei %1 anmelden (%2).</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Remember (keep in the system keychain and sign in again when the session expires)</source>
        <translation>Me&amp;rken (im Schlüsselbund des Systems ablegen und nach Ablauf der Sitzung erneut anmelden)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>You can try again at %1.</source>
        <translation>Sie können es um %1 erneut versuchen.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Fill in the field “%1”.</source>
        <translation>Füllen Sie das Feld „%1“ aus.</translation>
    </message>
    <message>
        <source>There is no system keychain on this computer, or AuthDesk cannot reach it.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems, oder AuthDesk erreicht ihn nicht.</translation>
    </message>
    <message>
        <source>The system keychain is locked, or it refused AuthDesk access.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat AuthDesk den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The system keychain does not answer.</source>
        <translation>Der Schlüsselbund des Systems antwortet nicht.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation>Der Schlüsselbund des Systems meldete ein Problem.</translation>
    </message>
    <message>
        <source>“Remember” keeps your sign-in only until AuthDesk closes; you will be asked again at the next start.</source>
        <translation>„Merken“ behält Ihre Anmeldung nur, bis AuthDesk geschlossen wird; beim nächsten Start werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>You can try to sign in again.</source>
        <translation>Sie können die Anmeldung erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in (%n s)</source>
        <translation>
            <numerusform>Anmelden (%n s)</numerusform>
            <numerusform>Anmelden (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with SS&amp;O</source>
        <translation>Mit SS&amp;O anmelden</translation>
    </message>
    <message>
        <source>Sign in at %1 in your browser</source>
        <translation>Bei %1 im Browser anmelden</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser, at %1. This window waits for its answer.</source>
        <translation>Schließen Sie die Anmeldung im Browser bei %1 ab. Dieses Fenster wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in at %1.</source>
        <translation>Für die Anmeldung bei %1 konnte kein Browser geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>authdesk::WelcomePage</name>
    <message>
        <source>Welcome to AuthDesk</source>
        <translation>Willkommen bei AuthDesk</translation>
    </message>
    <message>
        <source>Sign in to EnableX, Platform28 or Overkiz identity services to reset passwords and manage login sessions. Add the server you administer, or try everything first on the demo server that comes with AuthDesk.</source>
        <translation>Melden Sie sich bei Identitätsdiensten von EnableX, Platform28 oder Overkiz an, um Passwörter zurückzusetzen und Anmeldesitzungen zu verwalten. Fügen Sie den Server hinzu, den Sie verwalten, oder probieren Sie zuerst alles auf dem mitgelieferten Demo-Server aus.</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Scriptable front end of AuthDesk for EnableX, Platform28 and Overkiz identity services.</source>
        <translation>Skriptfähige Oberfläche von AuthDesk für die Identitätsdienste von EnableX, Platform28 und Overkiz.</translation>
    </message>
    <message>
        <source>What to do (see below).</source>
        <translation>Was zu tun ist (siehe unten).</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot; (see --help).</source>
        <translation>Unbekannte Befehlsgruppe „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO date such as 2026-12-01T00:00:00Z.</source>
        <translation>--%1 braucht ein ISO-Datum wie 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>--location needs a JSON object, e.g. &apos;{&quot;city&quot;:&quot;Lyon&quot;,&quot;country&quot;:&quot;FR&quot;}&apos;.</source>
        <translation>--location braucht ein JSON-Objekt, z. B. &apos;{&quot;city&quot;:&quot;Lyon&quot;,&quot;country&quot;:&quot;FR&quot;}&apos;.</translation>
    </message>
    <message>
        <source>Password of the new account</source>
        <translation>Passwort des neuen Kontos</translation>
    </message>
    <message>
        <source>Give the new account&apos;s password on standard input.</source>
        <translation>Geben Sie das Passwort des neuen Kontos auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The main account &quot;%1&quot; was created.</source>
        <translation>Das Hauptkonto „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 existiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>A validation token was sent to %1.</source>
        <translation>Ein Bestätigungstoken wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Validation token</source>
        <translation>Bestätigungstoken</translation>
    </message>
    <message>
        <source>Give the validation token on standard input.</source>
        <translation>Geben Sie das Bestätigungstoken auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The account and e-mail of %1 are validated.</source>
        <translation>Konto und E-Mail von %1 sind bestätigt.</translation>
    </message>
    <message>
        <source>The server did not validate the account.</source>
        <translation>Der Server hat das Konto nicht bestätigt.</translation>
    </message>
    <message>
        <source>The e-mail address is validated.</source>
        <translation>Die E-Mail-Adresse ist bestätigt.</translation>
    </message>
    <message>
        <source>The server did not validate the e-mail address.</source>
        <translation>Der Server hat die E-Mail-Adresse nicht bestätigt.</translation>
    </message>
    <message>
        <source>Unknown command &quot;users %1&quot; (see --help).</source>
        <translation>Unbekannter Befehl „users %1“ (siehe --help).</translation>
    </message>
    <message>
        <source>Use: terms accept GATEWAY_ID, or terms decline GATEWAY_ID (token on standard input).</source>
        <translation>Aufruf: terms accept GATEWAY_ID oder terms decline GATEWAY_ID (Token auf der Standardeingabe).</translation>
    </message>
    <message>
        <source>Terms-of-use token</source>
        <translation>Token der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Give the terms-of-use token on standard input.</source>
        <translation>Geben Sie das Token der Nutzungsbedingungen auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The terms of use were accepted.</source>
        <translation>Die Nutzungsbedingungen wurden angenommen.</translation>
    </message>
    <message>
        <source>The terms of use were declined.</source>
        <translation>Die Nutzungsbedingungen wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not record the answer.</source>
        <translation>Der Server hat die Antwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>Use: customers list</source>
        <translation>Aufruf: customers list</translation>
    </message>
    <message>
        <source>%1: the sign-in has expired.</source>
        <translation>%1: Die Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1: signed out.</source>
        <translation>%1: abgemeldet.</translation>
    </message>
    <message>
        <source>%1: signed in as %2 since %3</source>
        <translation>%1: angemeldet als %2 seit %3</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(läuft ab %1)</translation>
    </message>
    <message>
        <source>%1: the server answers.</source>
        <translation>%1: Der Server antwortet.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The secret is read from standard input; none was given.</source>
        <translation>Das Geheimnis wird von der Standardeingabe gelesen; es wurde keines angegeben.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>--with-api-key reads the key from the second line of standard input.</source>
        <translation>--with-api-key liest den Schlüssel aus der zweiten Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Das gespeicherte Profil NAME verwenden.</translation>
    </message>
    <message>
        <source>Ad-hoc server base URL, e.g. https://host/api/v2.</source>
        <translation>Basis-URL eines Servers ohne Profil, z. B. https://host/api/v2.</translation>
    </message>
    <message>
        <source>EnableX API id (X-Api-Id) for an ad-hoc server or a profile.</source>
        <translation>EnableX-API-ID (X-Api-Id) für einen Server ohne Profil oder ein Profil.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Keep secrets for this run only; never touch the OS keychain.</source>
        <translation>Geheimnisse nur für diesen Lauf behalten; den Schlüsselbund des Systems nie verwenden.</translation>
    </message>
    <message>
        <source>Connect and transfer timeout in seconds.</source>
        <translation>Zeitlimit für Verbindung und Übertragung in Sekunden.</translation>
    </message>
    <message>
        <source>Profiles file (INI) instead of the console&apos;s settings.</source>
        <translation>Profildatei (INI) statt der Einstellungen der Konsole.</translation>
    </message>
    <message>
        <source>signin: password, app-key, api-key, sso-token, access-token or jwt.</source>
        <translation>signin: password, app-key, api-key, sso-token, access-token oder jwt.</translation>
    </message>
    <message>
        <source>signin: e-mail, user name, user id or App ID; profiles add: default user.</source>
        <translation>signin: E-Mail, Benutzername, Benutzer-ID oder App-ID; profiles add: Standardbenutzer.</translation>
    </message>
    <message>
        <source>Overkiz signin / create-main-account: application id.</source>
        <translation>Overkiz signin / create-main-account: Anwendungs-ID.</translation>
    </message>
    <message>
        <source>Overkiz signin: setup OID.</source>
        <translation>Overkiz signin: Setup-OID.</translation>
    </message>
    <message>
        <source>Overkiz signin: read an API key from the second line of stdin.</source>
        <translation>Overkiz signin: einen API-Schlüssel aus der zweiten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>signin: keep the credentials in the keychain to sign in again when the session expires.</source>
        <translation>signin: die Zugangsdaten im Schlüsselbund behalten, um nach Ablauf der Sitzung erneut anzumelden.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>User id.</source>
        <translation>Benutzer-ID.</translation>
    </message>
    <message>
        <source>Platform28 user name (password reset).</source>
        <translation>Platform28-Benutzername (Zurücksetzen des Passworts).</translation>
    </message>
    <message>
        <source>Platform28 password request: phone for extra validation.</source>
        <translation>Platform28 password request: Telefonnummer zur zusätzlichen Prüfung.</translation>
    </message>
    <message>
        <source>Platform28 password request: mobile for extra validation.</source>
        <translation>Platform28 password request: Mobilnummer zur zusätzlichen Prüfung.</translation>
    </message>
    <message>
        <source>E-mail template name.</source>
        <translation>Name der E-Mail-Vorlage.</translation>
    </message>
    <message>
        <source>Platform28 password request: page the e-mailed token links to.</source>
        <translation>Platform28 password request: Seite, auf die das zugesandte Token verweist.</translation>
    </message>
    <message>
        <source>Platform28 password change: an admin forces it (stdin: your own password first).</source>
        <translation>Platform28 password change: ein Admin erzwingt die Änderung (stdin: zuerst das eigene Passwort).</translation>
    </message>
    <message>
        <source>sessions terminate: also end the user&apos;s other sessions.</source>
        <translation>sessions terminate: auch die anderen Sitzungen des Benutzers beenden.</translation>
    </message>
    <message>
        <source>sessions clone: print the new session&apos;s LSID.</source>
        <translation>sessions clone: die LSID der neuen Sitzung ausgeben.</translation>
    </message>
    <message>
        <source>sessions terminate-many: calls in flight (fixed; by default they adapt to the server).</source>
        <translation>sessions terminate-many: gleichzeitige Aufrufe (fest; ohne die Option passen sie sich dem Server an).</translation>
    </message>
    <message>
        <source>create-main-account: label of the account.</source>
        <translation>create-main-account: Bezeichnung des Kontos.</translation>
    </message>
    <message>
        <source>create-main-account: first name.</source>
        <translation>create-main-account: Vorname.</translation>
    </message>
    <message>
        <source>create-main-account: last name.</source>
        <translation>create-main-account: Nachname.</translation>
    </message>
    <message>
        <source>create-main-account: gateway id (1234-5678-9012).</source>
        <translation>create-main-account: Gateway-ID (1234-5678-9012).</translation>
    </message>
    <message>
        <source>create-main-account: a tariff (repeatable).</source>
        <translation>create-main-account: ein Tarif (mehrfach möglich).</translation>
    </message>
    <message>
        <source>create-main-account: activation time (ISO 8601).</source>
        <translation>create-main-account: Zeitpunkt der Aktivierung (ISO 8601).</translation>
    </message>
    <message>
        <source>create-main-account: expiration time (ISO 8601).</source>
        <translation>create-main-account: Zeitpunkt des Ablaufs (ISO 8601).</translation>
    </message>
    <message>
        <source>create-main-account: location as a JSON object.</source>
        <translation>create-main-account: Standort als JSON-Objekt.</translation>
    </message>
    <message>
        <source>profiles add: PEM file of a CA to trust.</source>
        <translation>profiles add: PEM-Datei einer vertrauenswürdigen CA.</translation>
    </message>
    <message>
        <source>profiles add: http://host:port, socks5://host:port or none.</source>
        <translation>profiles add: http://host:port, socks5://host:port oder none.</translation>
    </message>
    <message>
        <source>profiles add: connect timeout in ms.</source>
        <translation>profiles add: Verbindungs-Zeitlimit in ms.</translation>
    </message>
    <message>
        <source>profiles add: transfer timeout in ms.</source>
        <translation>profiles add: Übertragungs-Zeitlimit in ms.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (see: authdesk-cli profiles list).</source>
        <translation>Es gibt kein Profil „%1“ (siehe: authdesk-cli profiles list).</translation>
    </message>
    <message>
        <source>Choose a server: --profile NAME, or --dialect D --url BASE_URL.</source>
        <translation>Wählen Sie einen Server: --profile NAME oder --dialect D --url BASIS_URL.</translation>
    </message>
    <message>
        <source>Warning: %1 The sign-in lasts for this run only.</source>
        <translation>Warnung: %1 Die Anmeldung gilt nur für diesen Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort erneut</translation>
    </message>
    <message>
        <source>Give the new password twice on standard input (two lines).</source>
        <translation>Geben Sie das neue Passwort zweimal auf der Standardeingabe an (zwei Zeilen).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>A reset key was sent to %1.</source>
        <translation>Ein Schlüssel zum Zurücksetzen wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Reset key</source>
        <translation>Schlüssel zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Give the reset key on the first line of standard input.</source>
        <translation>Geben Sie den Schlüssel zum Zurücksetzen in der ersten Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The key is valid for %1 %2 &lt;%3&gt;.</source>
        <translation>Der Schlüssel gilt für %1 %2 &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>A reset token was sent to %1.</source>
        <translation>Ein Token zum Zurücksetzen wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Reset token</source>
        <translation>Token zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Give the reset token on the first line of standard input.</source>
        <translation>Geben Sie das Token zum Zurücksetzen in der ersten Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>Your (admin) password</source>
        <translation>Ihr (Admin-)Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Give your own (admin) password on the first line of standard input.</source>
        <translation>Geben Sie Ihr eigenes (Admin-)Passwort in der ersten Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>Give the current password on the first line of standard input.</source>
        <translation>Geben Sie das aktuelle Passwort in der ersten Zeile der Standardeingabe an.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1; the password is chosen in the browser from that link.</source>
        <translation>Ein Link zum Zurücksetzen wurde an %1 gesendet; das Passwort wird über diesen Link im Browser gewählt.</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Zu prüfendes Passwort</translation>
    </message>
    <message>
        <source>Give the password to check on standard input.</source>
        <translation>Geben Sie das zu prüfende Passwort auf der Standardeingabe an.</translation>
    </message>
    <message>
        <source>Score %1 (%2)</source>
        <translation>Wert %1 (%2)</translation>
    </message>
    <message>
        <source>No profiles yet (add one with: profiles add NAME --dialect D --url URL).</source>
        <translation>Noch keine Profile (anlegen mit: profiles add NAME --dialect D --url URL).</translation>
    </message>
    <message>
        <source>Give the profile name as an argument.</source>
        <translation>Geben Sie den Profilnamen als Argument an.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Unknown command &quot;profiles %1&quot; (see --help).</source>
        <translation>Unbekannter Befehl „profiles %1“ (siehe --help).</translation>
    </message>
    <message>
        <source>Give the session ids on standard input, one per line (or a CSV with the id first).</source>
        <translation>Geben Sie die Sitzungs-IDs auf der Standardeingabe an, eine pro Zeile (oder eine CSV mit der ID zuerst).</translation>
    </message>
    <message>
        <source>%1 of %2 sessions terminated, %3 failed.</source>
        <translation>%1 von %2 Sitzungen beendet, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The new session&apos;s LSID is not shown; add --show-lsid to print it.</source>
        <translation>Die LSID der neuen Sitzung wird nicht angezeigt; mit --show-lsid wird sie ausgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n Sitzung beendet.</numerusform>
            <numerusform>%n Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the %1 as an argument.</source>
        <translation>Geben Sie %1 als Argument an.</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>Usage: sessions set-user SESSION_ID USER_ID</source>
        <translation>Aufruf: sessions set-user SESSION_ID USER_ID</translation>
    </message>
    <message>
        <source>Usage: sessions set-org SESSION_ID ORG_ID</source>
        <translation>Aufruf: sessions set-org SESSION_ID ORG_ID</translation>
    </message>
    <message>
        <source>Unknown command &quot;sessions %1&quot; (see --help).</source>
        <translation>Unbekannter Befehl „sessions %1“ (siehe --help).</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Blocking users</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Looking up a user</source>
        <translation>Benutzersuche</translation>
    </message>
    <message>
        <source>Account validation</source>
        <translation>Kontobestätigung</translation>
    </message>
    <message>
        <source>The terms of use</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <source>--mode for %1 must be one of: %2.</source>
        <translation>--mode muss für %1 einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1 offers no way to sign in.</source>
        <translation>%1 bietet keine Anmeldung.</translation>
    </message>
    <message>
        <source>Give the %1 with --user.</source>
        <translation>Geben Sie „%1“ mit --user an.</translation>
    </message>
    <message>
        <source>Ad-hoc server: %1 (with --url).</source>
        <translation>Ad-hoc-Server: %1 (mit --url).</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>users block/unblock</source>
        <translation>users block/unblock</translation>
    </message>
    <message>
        <source>password change</source>
        <translation>password change</translation>
    </message>
    <message>
        <source>users exists</source>
        <translation>users exists</translation>
    </message>
    <message>
        <source>users validation</source>
        <translation>users validation</translation>
    </message>
    <message>
        <source>users create-main-account</source>
        <translation>users create-main-account</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>terms</translation>
    </message>
    <message>
        <source>password check</source>
        <translation>password check</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>Dialects (--dialect, or a profile&apos;s):</source>
        <translation>Dialekte (--dialect oder der eines Profils):</translation>
    </message>
    <message>
        <source>(profile needs --api-id: %1)</source>
        <translation>(Profil braucht --api-id: %1)</translation>
    </message>
    <message>
        <source>offers: %1</source>
        <translation>bietet: %1</translation>
    </message>
    <message>
        <source>Sign in first: authdesk-cli %1 signin</source>
        <translation>Melden Sie sich zuerst an: authdesk-cli %1 signin</translation>
    </message>
    <message>
        <source>--dialect must be one of: %1.</source>
        <translation>--dialect muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>This build cannot speak the dialect &quot;%1&quot;.</source>
        <translation>Dieses Programm beherrscht den Dialekt „%1“ nicht.</translation>
    </message>
    <message>
        <source>No usable profile.</source>
        <translation>Kein verwendbares Profil.</translation>
    </message>
    <message>
        <source>A password reset</source>
        <translation>Passwort-Zurücksetzung</translation>
    </message>
    <message>
        <source>This server offers password request, validate and reset.</source>
        <translation>Dieser Server bietet password request, validate und reset.</translation>
    </message>
    <message>
        <source>This server offers password request and reset.</source>
        <translation>Dieser Server bietet password request und reset.</translation>
    </message>
    <message>
        <source>A password change</source>
        <translation>Passwortänderung</translation>
    </message>
    <message>
        <source>A password check</source>
        <translation>Passwortprüfung</translation>
    </message>
    <message>
        <source>This server offers password request (the reset itself happens in the browser).</source>
        <translation>Dieser Server bietet password request (das Zurücksetzen selbst geschieht im Browser).</translation>
    </message>
    <message>
        <source>%1 offers no password reset.</source>
        <translation>%1 bietet kein Zurücksetzen von Passwörtern.</translation>
    </message>
    <message>
        <source>Managing sessions</source>
        <translation>Sitzungsverwaltung</translation>
    </message>
    <message>
        <source>%1 is not available for %2 profiles.</source>
        <translation>%1 ist für %2-Profile nicht verfügbar.</translation>
    </message>
    <message>
        <source>password reset by key</source>
        <translation>password reset per Schlüssel</translation>
    </message>
    <message>
        <source>password reset by token</source>
        <translation>password reset per Token</translation>
    </message>
    <message>
        <source>password reset in the browser</source>
        <translation>password reset im Browser</translation>
    </message>
    <message>
        <source>Commands (secrets are always read from standard input, one per line):</source>
        <translation>Befehle (Geheimnisse werden immer von der Standardeingabe gelesen, eines pro Zeile):</translation>
    </message>
    <message>
        <source>Which commands a server offers depends on its dialect (see &quot;Dialects&quot; above).</source>
        <translation>Welche Befehle ein Server bietet, hängt von seinem Dialekt ab (siehe „Dialekte“ oben).</translation>
    </message>
    <message>
        <source>the saved profiles</source>
        <translation>die gespeicherten Profile</translation>
    </message>
    <message>
        <source>one profile</source>
        <translation>ein Profil</translation>
    </message>
    <message>
        <source>add or change a profile (a new server, dialect, user or identity provider forgets its sign-in)</source>
        <translation>ein Profil anlegen oder ändern (ein neuer Server, Dialekt, Benutzer oder Identitätsanbieter vergisst die Anmeldung)</translation>
    </message>
    <message>
        <source>remove a profile and its keychain entries</source>
        <translation>ein Profil und seine Schlüsselbund-Einträge entfernen</translation>
    </message>
    <message>
        <source>sign in; stdin: password / key / token</source>
        <translation>anmelden; stdin: Passwort / Schlüssel / Token</translation>
    </message>
    <message>
        <source>sign out here and on the server</source>
        <translation>hier und auf dem Server abmelden</translation>
    </message>
    <message>
        <source>who is signed in, until when</source>
        <translation>wer angemeldet ist, bis wann</translation>
    </message>
    <message>
        <source>does the server answer</source>
        <translation>antwortet der Server</translation>
    </message>
    <message>
        <source>ask the server to send a reset key, token or link</source>
        <translation>den Server einen Schlüssel, ein Token oder einen Link zum Zurücksetzen senden lassen</translation>
    </message>
    <message>
        <source>check a reset key; stdin: key</source>
        <translation>einen Schlüssel zum Zurücksetzen prüfen; stdin: Schlüssel</translation>
    </message>
    <message>
        <source>set a new password; stdin: key or token, new password, new password again</source>
        <translation>ein neues Passwort setzen; stdin: Schlüssel oder Token, neues Passwort, neues Passwort erneut</translation>
    </message>
    <message>
        <source>change a password; stdin: current (or your admin) password, new, new again</source>
        <translation>ein Passwort ändern; stdin: aktuelles (oder Ihr Admin-)Passwort, neues, neues erneut</translation>
    </message>
    <message>
        <source>the server&apos;s verdict on a password; stdin: candidate</source>
        <translation>das Urteil des Servers über ein Passwort; stdin: zu prüfendes Passwort</translation>
    </message>
    <message>
        <source>one session</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>a user&apos;s sessions</source>
        <translation>die Sitzungen eines Benutzers</translation>
    </message>
    <message>
        <source>end a session</source>
        <translation>eine Sitzung beenden</translation>
    </message>
    <message>
        <source>end every session of a user</source>
        <translation>jede Sitzung eines Benutzers beenden</translation>
    </message>
    <message>
        <source>end many sessions; stdin: ids (or CSV, id first)</source>
        <translation>viele Sitzungen beenden; stdin: IDs (oder CSV, ID zuerst)</translation>
    </message>
    <message>
        <source>a copy of a session</source>
        <translation>eine Kopie einer Sitzung</translation>
    </message>
    <message>
        <source>act in a session as another user</source>
        <translation>in einer Sitzung als anderer Benutzer handeln</translation>
    </message>
    <message>
        <source>act in a session in another organisation</source>
        <translation>in einer Sitzung in einer anderen Organisation handeln</translation>
    </message>
    <message>
        <source>back to the session&apos;s own user and organisation</source>
        <translation>zurück zu Benutzer und Organisation der Sitzung</translation>
    </message>
    <message>
        <source>does an account exist</source>
        <translation>gibt es ein Konto</translation>
    </message>
    <message>
        <source>block a user&apos;s sign-in</source>
        <translation>die Anmeldung eines Benutzers sperren</translation>
    </message>
    <message>
        <source>allow a user&apos;s sign-in again</source>
        <translation>die Anmeldung eines Benutzers wieder erlauben</translation>
    </message>
    <message>
        <source>is a user&apos;s sign-in blocked</source>
        <translation>ist die Anmeldung eines Benutzers gesperrt</translation>
    </message>
    <message>
        <source>e-mail a validation token</source>
        <translation>ein Bestätigungstoken per E-Mail senden</translation>
    </message>
    <message>
        <source>validate an account; stdin: token</source>
        <translation>ein Konto bestätigen; stdin: Token</translation>
    </message>
    <message>
        <source>validate an e-mail address; stdin: token</source>
        <translation>eine E-Mail-Adresse bestätigen; stdin: Token</translation>
    </message>
    <message>
        <source>create a main account; stdin: its password</source>
        <translation>ein Hauptkonto anlegen; stdin: sein Passwort</translation>
    </message>
    <message>
        <source>accept the terms of use; stdin: token</source>
        <translation>die Nutzungsbedingungen annehmen; stdin: Token</translation>
    </message>
    <message>
        <source>decline the terms of use; stdin: token</source>
        <translation>die Nutzungsbedingungen ablehnen; stdin: Token</translation>
    </message>
    <message>
        <source>the customers an application may see</source>
        <translation>die Kunden, die eine Anwendung sehen darf</translation>
    </message>
    <message>
        <source>print the bash completion script</source>
        <translation>das Vervollständigungsskript für bash ausgeben</translation>
    </message>
    <message>
        <source>print the zsh completion script</source>
        <translation>das Vervollständigungsskript für zsh ausgeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>„%1“ braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Unbekannter Befehl „%1 %2“; %1 kennt: %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;audit %1&quot; (see --help).</source>
        <translation>Unbekannter Befehl „audit %1“ (siehe --help).</translation>
    </message>
    <message>
        <source>There is no audit log yet (%1).</source>
        <translation>Es gibt noch kein Prüfprotokoll (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Zeile geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Zeilen geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is NOT intact from line %1: %2</source>
        <translation>Das Prüfprotokoll ist ab Zeile %1 NICHT unversehrt: %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication (bad credentials, expired,
forbidden, blocked), 4 not found, 5 rate limited, 6 network/timeout/TLS, 7 server
(5xx, maintenance, malformed answer, unsupported), 8 validation, 9 keychain,
10 a bulk job finished with failures, 11 the audit log or settings cannot be written
(nothing was sent), 12 the audit log is not intact (audit verify).</source>
        <translation>Exit-Codes: 0 ok, 1 sonstiger Fehler, 2 Aufruf, 3 Anmeldung (falsche Zugangsdaten, abgelaufen,
verboten, gesperrt), 4 nicht gefunden, 5 gedrosselt, 6 Netzwerk/Zeitüberschreitung/TLS, 7 Server
(5xx, Wartung, unlesbare Antwort, nicht unterstützt), 8 Prüfung, 9 Schlüsselbund,
10 ein Massenauftrag endete mit Fehlern, 11 Prüfprotokoll oder Einstellungen nicht schreibbar
(nichts gesendet), 12 das Prüfprotokoll ist nicht unversehrt (audit verify).</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot; is not understood (usage: %2).</source>
        <translation>Zu viele Argumente: „%1“ wird nicht verstanden (Aufruf: %2).</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Fehlendes Argument (Aufruf: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (empty, &quot;.&quot;, &quot;..&quot;, a slash or a control character).</source>
        <translation>„%1“ ist keine gültige ID (leer, „.“, „..“, ein Schrägstrich oder ein Steuerzeichen).</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option --%1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>check that the audit log was not changed (its hash chain)</source>
        <translation>prüfen, dass das Prüfprotokoll nicht verändert wurde (seine Hash-Kette)</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 0.1 to 86400.</source>
        <translation>--timeout braucht eine Zahl von Sekunden zwischen 0,1 und 86400.</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds from 100 to 86400000.</source>
        <translation>--%1 braucht eine Zahl von Millisekunden zwischen 100 und 86400000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on standard input is not a valid session id.</source>
        <translation>„%1“ in der Standardeingabe ist keine gültige Sitzungs-ID.</translation>
    </message>
    <message>
        <source>--concurrency needs a whole number from 1 to 256.</source>
        <translation>--concurrency braucht eine ganze Zahl zwischen 1 und 256.</translation>
    </message>
    <message numerus="yes">
        <source>Too many lookups: asking again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Abfragen: erneute Anfrage in %n Sekunde.</numerusform>
            <numerusform>Zu viele Abfragen: erneute Anfrage in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs resume: the newest interrupted job.</source>
        <translation>jobs resume: der neueste unterbrochene Auftrag.</translation>
    </message>
    <message>
        <source>bulk jobs that were interrupted before they finished</source>
        <translation>Massenaufträge, die vor ihrem Ende unterbrochen wurden</translation>
    </message>
    <message>
        <source>finish an interrupted bulk job (only what is left; a session already gone counts as ended)</source>
        <translation>einen unterbrochenen Massenauftrag abschließen (nur den Rest; eine schon verschwundene Sitzung gilt als beendet)</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 sessions left  (started %5)</source>
        <translation>%1  %2  %3 von %4 Sitzungen übrig  (begonnen %5)</translation>
    </message>
    <message>
        <source>No unfinished jobs.</source>
        <translation>Keine unfertigen Aufträge.</translation>
    </message>
    <message>
        <source>Unknown command &quot;jobs %1&quot; (see --help).</source>
        <translation>Unbekannter Befehl „jobs %1“ (siehe --help).</translation>
    </message>
    <message>
        <source>Name the job to resume (see: authdesk-cli jobs list), or give --last.</source>
        <translation>Nennen Sie den fortzusetzenden Auftrag (siehe: authdesk-cli jobs list) oder geben Sie --last an.</translation>
    </message>
    <message>
        <source>There is no unfinished job &quot;%1&quot;.</source>
        <translation>Es gibt keinen unfertigen Auftrag „%1“.</translation>
    </message>
    <message>
        <source>Job %1 belongs to the profile &quot;%2&quot;.</source>
        <translation>Auftrag %1 gehört zum Profil „%2“.</translation>
    </message>
    <message>
        <source>Job %1 (if it is interrupted: authdesk-cli jobs resume %1).</source>
        <translation>Auftrag %1 (falls er unterbrochen wird: authdesk-cli jobs resume %1).</translation>
    </message>
    <message>
        <source>Give --proxy with its user only (http://user@host:port); the password is read from standard input.</source>
        <translation>Geben Sie --proxy nur mit dem Benutzer an (http://benutzer@host:port); das Passwort wird aus der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Password of the proxy user %1</source>
        <translation>Passwort des Proxy-Benutzers %1</translation>
    </message>
    <message>
        <source>Give the proxy user&apos;s password on standard input.</source>
        <translation>Geben Sie das Passwort des Proxy-Benutzers in der Standardeingabe an.</translation>
    </message>
    <message>
        <source>profiles add: the identity provider&apos;s issuer URL (single sign-on; &quot;&quot; removes it).</source>
        <translation>profiles add: die Aussteller-URL des Identitätsanbieters (Single Sign-on; &quot;&quot; entfernt ihn).</translation>
    </message>
    <message>
        <source>profiles add: the client ID the identity provider knows this program by.</source>
        <translation>profiles add: die Client-ID, unter der der Identitätsanbieter dieses Programm kennt.</translation>
    </message>
    <message>
        <source>profiles add: scopes asked of the identity provider (default: openid email offline_access).</source>
        <translation>profiles add: beim Identitätsanbieter erbetene Scopes (Standard: openid email offline_access).</translation>
    </message>
    <message>
        <source>profiles add: the token the sign-in receives: id-token (default) or access-token.</source>
        <translation>profiles add: das Token, das die Anmeldung erhält: id-token (Standard) oder access-token.</translation>
    </message>
    <message>
        <source>profiles add: resource indicator sent to the identity provider (RFC 8707).</source>
        <translation>profiles add: an den Identitätsanbieter gesendeter Ressourcenindikator (RFC 8707).</translation>
    </message>
    <message>
        <source>--sso-token must be id-token or access-token.</source>
        <translation>--sso-token muss id-token oder access-token sein.</translation>
    </message>
    <message>
        <source>Give the identity provider&apos;s --issuer URL with --client-id.</source>
        <translation>Geben Sie mit --client-id die --issuer-URL des Identitätsanbieters an.</translation>
    </message>
    <message>
        <source>--browser goes with --sso.</source>
        <translation>--browser gehört zu --sso.</translation>
    </message>
    <message>
        <source>signin: through the profile&apos;s identity provider (a URL and a code to enter on any device).</source>
        <translation>signin: über den Identitätsanbieter des Profils (eine URL und ein Code, einzugeben auf einem beliebigen Gerät).</translation>
    </message>
    <message>
        <source>signin --sso: in this desktop&apos;s browser instead.</source>
        <translation>signin --sso: stattdessen im Browser dieses Desktops.</translation>
    </message>
    <message>
        <source>%1 has no identity provider: add one with authdesk-cli profiles add %1 --issuer URL --client-id ID.</source>
        <translation>%1 hat keinen Identitätsanbieter: Fügen Sie einen hinzu mit authdesk-cli profiles add %1 --issuer URL --client-id ID.</translation>
    </message>
    <message>
        <source>--sso takes its token from the identity provider: leave out --mode and --with-api-key.</source>
        <translation>--sso bezieht sein Token vom Identitätsanbieter: Lassen Sie --mode und --with-api-key weg.</translation>
    </message>
    <message>
        <source>Sign in in the browser. If none opens, open this page: %1</source>
        <translation>Melden Sie sich im Browser an. Öffnet sich keiner, öffnen Sie diese Seite: %1</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>Zum Anmelden öffnen Sie %1 auf einem beliebigen Gerät und geben den Code %2 ein (%n Minute gültig).</numerusform>
            <numerusform>Zum Anmelden öffnen Sie %1 auf einem beliebigen Gerät und geben den Code %2 ein (%n Minuten gültig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Or open %1, which holds the code.</source>
        <translation>Oder öffnen Sie %1, das den Code schon enthält.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be approved…</source>
        <translation>Warten, bis die Anmeldung bestätigt ist …</translation>
    </message>
    <message>
        <source>%1: signed in as %2 through %3.</source>
        <translation>%1: angemeldet als %2 über %3.</translation>
    </message>
    <message>
        <source>The identity provider sent no ID token.</source>
        <translation>Der Identitätsanbieter hat kein ID-Token gesendet.</translation>
    </message>
    <message>
        <source>The identity provider sent no access token.</source>
        <translation>Der Identitätsanbieter hat kein Zugriffstoken gesendet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for EnableX, Platform28 and Overkiz identity services.</source>
        <translation>Admin-Konsole für die Identitätsdienste von EnableX, Platform28 und Overkiz.</translation>
    </message>
    <message>
        <source>Start the bundled sandbox server and open the console on it.</source>
        <translation>Den mitgelieferten Sandbox-Server starten und die Konsole darauf öffnen.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>AuthDesk is already running; its window has been brought to the front.</source>
        <translation>AuthDesk läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
</TS>
