<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>The server took too long to answer</source>
        <translation>Le serveur a mis trop de temps à répondre</translation>
    </message>
    <message>
        <source>Secure connection refused</source>
        <translation>Connexion sécurisée refusée</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Identifiants erronés</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Account blocked</source>
        <translation>Compte bloqué</translation>
    </message>
    <message>
        <source>Server under maintenance</source>
        <translation>Serveur en maintenance</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Non pris en charge par ce serveur</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Missing or invalid input</source>
        <translation>Saisie manquante ou non valide</translation>
    </message>
    <message>
        <source>Cannot write to the disk</source>
        <translation>Impossible d’écrire sur le disque</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>The line is incomplete (the file was cut or is still being written).</source>
        <translation>La ligne est incomplète (le fichier a été tronqué ou est en cours d’écriture).</translation>
    </message>
    <message>
        <source>The line carries no hash.</source>
        <translation>La ligne ne porte pas d’empreinte.</translation>
    </message>
    <message>
        <source>The line was changed after it was written (its hash does not match).</source>
        <translation>La ligne a été modifiée après son écriture (son empreinte ne correspond pas).</translation>
    </message>
    <message>
        <source>The line does not name the line before it.</source>
        <translation>La ligne ne désigne pas la ligne précédente.</translation>
    </message>
    <message>
        <source>A line before it was changed, removed or inserted (the chain is broken).</source>
        <translation>Une ligne précédente a été modifiée, supprimée ou insérée (la chaîne est rompue).</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>it cannot be rotated.</source>
        <translation>il ne peut pas être archivé.</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>The browser sign-in was not finished in time: start again.</source>
        <translation>La connexion dans le navigateur n’a pas été terminée à temps : recommencez.</translation>
    </message>
    <message>
        <source>AuthDesk sign-in</source>
        <translation>Connexion AuthDesk</translation>
    </message>
    <message>
        <source>The identity provider has answered. You can close this page and go back to AuthDesk.</source>
        <translation>Le fournisseur d’identité a répondu. Vous pouvez fermer cette page et revenir à AuthDesk.</translation>
    </message>
    <message>
        <source>The identity provider offers no browser sign-in.</source>
        <translation>Le fournisseur d’identité ne propose pas de connexion dans le navigateur.</translation>
    </message>
    <message>
        <source>The identity provider does not offer PKCE with S256, which a public client needs.</source>
        <translation>Le fournisseur d’identité ne propose pas PKCE avec S256, nécessaire à un client public.</translation>
    </message>
    <message>
        <source>The browser brought back an answer to another sign-in (its state differs); nothing was signed in. Start again.</source>
        <translation>Le navigateur a rapporté la réponse à une autre connexion (son « state » diffère) ; personne n’a été connecté. Recommencez.</translation>
    </message>
    <message>
        <source>The browser brought back no authorization code.</source>
        <translation>Le navigateur n’a rapporté aucun code d’autorisation.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>La session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lacks the field &quot;%1&quot; (or it has the wrong type), so its outcome is unknown (HTTP %2).</source>
        <translation>Il manque à la réponse du serveur le champ « %1 » (ou son type est incorrect) : le résultat est donc inconnu (HTTP %2).</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>BackendCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The time allowed for this action has run out.</source>
        <translation>Le temps accordé à cette action est écoulé.</translation>
    </message>
</context>
<context>
    <name>BulkJournal</name>
    <message>
        <source>The job&apos;s journal %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le journal de la tâche %1 : %2</translation>
    </message>
    <message>
        <source>There is no such job.</source>
        <translation>Cette tâche n’existe pas.</translation>
    </message>
</context>
<context>
    <name>BulkWorker</name>
    <message>
        <source>The sign-in could not be taken over for the job; sign in again.</source>
        <translation>La connexion n’a pas pu être reprise pour la tâche ; reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>DeviceAuthorizationFlow</name>
    <message>
        <source>The identity provider offers no device sign-in: use --browser on a desktop.</source>
        <translation>Le fournisseur d’identité ne propose pas de connexion par appareil : utilisez --browser sur un poste de bureau.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s device sign-in answer lacks its code or address.</source>
        <translation>La réponse du fournisseur d’identité pour la connexion par appareil n’indique pas le code ou l’adresse.</translation>
    </message>
</context>
<context>
    <name>Dialects</name>
    <message>
        <source>API &amp;id:</source>
        <translation>&amp;ID d’API :</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-mail et mot de passe</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Application credentials (App ID / App Key)</source>
        <translation>Identifiants d’application (ID d’app / clé d’app)</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID d’app :</translation>
    </message>
    <message>
        <source>App &amp;Key:</source>
        <translation>&amp;Clé d’app :</translation>
    </message>
    <message>
        <source>Application id:</source>
        <translation>ID d’application :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <source>Setup OID:</source>
        <translation>OID de configuration :</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;ID utilisateur :</translation>
    </message>
    <message>
        <source>User id and password</source>
        <translation>ID utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>User id and SSO token</source>
        <translation>ID utilisateur et jeton SSO</translation>
    </message>
    <message>
        <source>&amp;SSO token:</source>
        <translation>Jeton &amp;SSO :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Jeton d’&amp;accès :</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>Jeton web JSON (JWT)</translation>
    </message>
    <message>
        <source>&amp;JWT:</source>
        <translation>&amp;JWT :</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Nothing is stored in the keychain for this.</source>
        <translation>Rien n’est enregistré pour cela dans le trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available on this system; secrets are kept for this session only.</source>
        <translation>Aucun trousseau n’est disponible sur ce système ; les secrets ne sont gardés que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain is locked or access was refused; secrets are kept for this session only.</source>
        <translation>Le trousseau est verrouillé ou l’accès a été refusé ; les secrets ne sont gardés que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time; secrets are kept for this session only.</source>
        <translation>Le trousseau n’a pas répondu à temps ; les secrets ne sont gardés que pour cette session.</translation>
    </message>
    <message>
        <source>The keychain reported an error; secrets are kept for this session only.</source>
        <translation>Le trousseau a signalé une erreur ; les secrets ne sont gardés que pour cette session.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Cannot wait for the browser&apos;s answer on 127.0.0.1: %1</source>
        <translation>Impossible d’attendre la réponse du navigateur sur 127.0.0.1 : %1</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>This profile has no identity provider.</source>
        <translation>Ce profil n’a pas de fournisseur d’identité.</translation>
    </message>
    <message>
        <source>The identity provider cannot be reached: %1</source>
        <translation>Le fournisseur d’identité est injoignable : %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s discovery document is not there (HTTP %1): check the issuer URL.</source>
        <translation>Le document de découverte du fournisseur d’identité est introuvable (HTTP %1) : vérifiez l’URL de l’émetteur.</translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider.</source>
        <translation>La connexion a été refusée chez le fournisseur d’identité.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved: start again.</source>
        <translation>Le code a expiré avant que la connexion soit approuvée : recommencez.</translation>
    </message>
    <message>
        <source>The identity provider no longer accepts this sign-in (%1): sign in again.</source>
        <translation>Le fournisseur d’identité n’accepte plus cette connexion (%1) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The identity provider does not accept this client ID (%1): check the profile.</source>
        <translation>Le fournisseur d’identité n’accepte pas cet identifiant client (%1) : vérifiez le profil.</translation>
    </message>
    <message>
        <source>The identity provider is temporarily unavailable: try again later.</source>
        <translation>Le fournisseur d’identité est temporairement indisponible : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The identity provider failed (%1).</source>
        <translation>Le fournisseur d’identité a échoué (%1).</translation>
    </message>
    <message>
        <source>The identity provider refused the request: %1</source>
        <translation>Le fournisseur d’identité a refusé la demande : %1</translation>
    </message>
</context>
<context>
    <name>OidcProviderInfo</name>
    <message>
        <source>The identity provider&apos;s discovery document is not JSON.</source>
        <translation>Le document de découverte du fournisseur d’identité n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not %2: check the issuer URL.</source>
        <translation>Le fournisseur d’identité se présente comme %1, et non %2 : vérifiez l’URL de l’émetteur.</translation>
    </message>
    <message>
        <source>The identity provider names no usable token endpoint.</source>
        <translation>Le fournisseur d’identité n’indique aucun point de terminaison de jeton utilisable.</translation>
    </message>
</context>
<context>
    <name>OidcSettings</name>
    <message>
        <source>The identity provider&apos;s issuer must be an https:// URL.</source>
        <translation>L’émetteur du fournisseur d’identité doit être une URL https://.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer must use https:// (plain http:// is allowed on this computer only).</source>
        <translation>L’émetteur du fournisseur d’identité doit utiliser https:// (http:// simple seulement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>The identity provider&apos;s issuer must not have a query or fragment.</source>
        <translation>L’émetteur du fournisseur d’identité ne doit avoir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Enter the client ID the identity provider knows this console by.</source>
        <translation>Saisissez l’identifiant client sous lequel le fournisseur d’identité connaît cette console.</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;.</source>
        <translation>Les portées doivent inclure « openid ».</translation>
    </message>
    <message>
        <source>The resource indicator must be a URL.</source>
        <translation>L’indicateur de ressource doit être une URL.</translation>
    </message>
</context>
<context>
    <name>OidcTokens</name>
    <message>
        <source>The identity provider&apos;s token answer is not JSON.</source>
        <translation>La réponse de jeton du fournisseur d’identité n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The identity provider sent no ID token: is &quot;openid&quot; among the scopes?</source>
        <translation>Le fournisseur d’identité n’a envoyé aucun jeton d’identité : « openid » figure-t-il parmi les portées ?</translation>
    </message>
    <message>
        <source>The identity provider sent no access token.</source>
        <translation>Le fournisseur d’identité n’a envoyé aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token cannot be read.</source>
        <translation>Le jeton d’identité du fournisseur d’identité est illisible.</translation>
    </message>
    <message>
        <source>The ID token was issued by %1, not by this profile&apos;s identity provider.</source>
        <translation>Le jeton d’identité a été émis par %1, et non par le fournisseur d’identité de ce profil.</translation>
    </message>
    <message>
        <source>The ID token is meant for %1, not for this console (client ID %2).</source>
        <translation>Le jeton d’identité est destiné à %1, et non à cette console (identifiant client %2).</translation>
    </message>
    <message>
        <source>The ID token names several audiences but not this console as its party.</source>
        <translation>Le jeton d’identité nomme plusieurs destinataires mais pas cette console comme partie autorisée.</translation>
    </message>
    <message>
        <source>The ID token does not answer this sign-in (its nonce differs): start again.</source>
        <translation>Le jeton d’identité ne correspond pas à cette connexion (son nonce diffère) : recommencez.</translation>
    </message>
    <message>
        <source>The ID token has no expiry.</source>
        <translation>Le jeton d’identité n’a pas d’expiration.</translation>
    </message>
    <message numerus="yes">
        <source>The identity provider&apos;s clock and this computer&apos;s differ by about %n minute(s): check the date and time settings.</source>
        <translation>
            <numerusform>L’horloge du fournisseur d’identité et celle de cet ordinateur diffèrent d’environ %n minute : vérifiez la date et l’heure.</numerusform>
            <numerusform>L’horloge du fournisseur d’identité et celle de cet ordinateur diffèrent d’environ %n minutes : vérifiez la date et l’heure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverkizErrorMap</name>
    <message numerus="yes">
        <source>The server is busy (%1). You may try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur est occupé (%1). Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Le serveur est occupé (%1). Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy (%1). Wait a moment and try again.</source>
        <translation>Le serveur est occupé (%1). Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts with an invalid token: the server has banned this client for a while.</source>
        <translation>Trop de tentatives avec un jeton non valable : le serveur a banni ce client pour un moment.</translation>
    </message>
    <message>
        <source>The server refused access to this gateway for this account: %1</source>
        <translation>Le serveur refuse à ce compte l’accès à cette passerelle : %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Trop de tentatives de connexion. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This setup needs an API key: sign in with the API key filled in.</source>
        <translation>Cette installation demande une clé d’API : connectez-vous avec la clé d’API renseignée.</translation>
    </message>
    <message>
        <source>There is no account with this user id on this server. Check the user id and the server (brand or region).</source>
        <translation>Aucun compte avec cet identifiant sur ce serveur. Vérifiez l’identifiant et le serveur (marque ou région).</translation>
    </message>
    <message>
        <source>The user id or the password (or token) is wrong.</source>
        <translation>L’ID utilisateur ou le mot de passe (ou le jeton) est erroné.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The Overkiz session has expired. Sign in again.</source>
        <translation>La session Overkiz a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This setup cannot be used through this application or server. Check the application id or the server (brand).</source>
        <translation>Cette installation ne peut pas être utilisée par cette application ou ce serveur. Vérifiez l’identifiant d’application ou le serveur (marque).</translation>
    </message>
    <message>
        <source>Signed in, but this account has no Overkiz user on this server. Use the right server or sign-in method.</source>
        <translation>Connecté, mais ce compte n’a pas d’utilisateur Overkiz sur ce serveur. Utilisez le bon serveur ou la bonne méthode de connexion.</translation>
    </message>
    <message>
        <source>The server expects a bearer token (a local or token API): check the profile&apos;s address.</source>
        <translation>Le serveur attend un jeton Bearer (API locale ou à jeton) : vérifiez l’adresse du profil.</translation>
    </message>
    <message>
        <source>The server refused access: %1</source>
        <translation>Le serveur a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>The server does not offer this: %1</source>
        <translation>Le serveur ne propose pas ceci : %1</translation>
    </message>
</context>
<context>
    <name>OverkizMainAccount</name>
    <message>
        <source>label: enter a label for the account.</source>
        <translation>label: saisissez un libellé pour le compte.</translation>
    </message>
    <message>
        <source>endUser.userId: enter the user id (usually the e-mail address).</source>
        <translation>endUser.userId: saisissez l’ID utilisateur (en général l’adresse e-mail).</translation>
    </message>
    <message>
        <source>endUser.email: this is not an e-mail address.</source>
        <translation>endUser.email: ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>password: use at least 8 characters.</source>
        <translation>password: utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>expirationTimestamp: must be after the activation.</source>
        <translation>expirationTimestamp: doit être postérieure à l’activation.</translation>
    </message>
    <message>
        <source>gatewayId: expected the form 1234-5678-9012.</source>
        <translation>gatewayId: la forme attendue est 1234-5678-9012.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The trusted CA file holds no PEM certificate.</source>
        <translation>Le fichier de l’AC de confiance ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The server address must be a full URL such as https://host/path.</source>
        <translation>L’adresse du serveur doit être une URL complète comme https://hote/chemin.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L’adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https://.</source>
        <translation>Le http:// en clair n’est permis que vers cet ordinateur (boucle locale) ; utilisez https://.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the server address.</source>
        <translation>Ne mettez ni nom d’utilisateur ni mot de passe dans l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The trusted CA file does not exist.</source>
        <translation>Le fichier de l’AC de confiance n’existe pas.</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port or socks5://host:port.</source>
        <translation>Le proxy doit être de la forme http://hote:port ou socks5://hote:port.</translation>
    </message>
    <message>
        <source>Timeouts must be at least 100 ms.</source>
        <translation>Les délais doivent être d’au moins 100 ms.</translation>
    </message>
    <message>
        <source>Unknown dialect &quot;%1&quot;; choose one of: %2.</source>
        <translation>Dialecte « %1 » inconnu ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>%1 needs an API id (%2).</source>
        <translation>%1 a besoin d’un identifiant d’API (%2).</translation>
    </message>
    <message>
        <source>%1 cannot sign in with a token from an identity provider.</source>
        <translation>%1 ne peut pas se connecter avec un jeton d’un fournisseur d’identité.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be written; nothing was saved.</source>
        <translation>Impossible d’écrire le fichier de réglages %1 ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 is locked by another program; nothing was saved.</source>
        <translation>Le fichier de réglages %1 est verrouillé par un autre programme ; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ResetPages</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>StatusMapper</name>
    <message>
        <source>The server is down for maintenance. Try again later.</source>
        <translation>Le serveur est en maintenance. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>une réponse vide</translation>
    </message>
    <message>
        <source>data it does not understand</source>
        <translation>des données qu’elle ne comprend pas</translation>
    </message>
    <message>
        <source>The server sent %1 where the console expected JSON (HTTP %2).</source>
        <translation>Le serveur a envoyé %1 là où la console attendait du JSON (HTTP %2).</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Le serveur a rejeté la requête comme non valide.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again.</source>
        <translation>Le serveur n’accepte plus cette connexion. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>The server could not find it.</source>
        <translation>Le serveur ne l’a pas trouvé.</translation>
    </message>
    <message>
        <source>This server does not offer that operation.</source>
        <translation>Ce serveur ne propose pas cette opération.</translation>
    </message>
    <message>
        <source>The server did not accept the values.</source>
        <translation>Le serveur n’a pas accepté les valeurs.</translation>
    </message>
    <message>
        <source>The server timed out.</source>
        <translation>Le délai du serveur est dépassé.</translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation>Le compte est bloqué.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable. Try again later.</source>
        <translation>Le service est momentanément indisponible. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected redirect (HTTP %1).</source>
        <translation>Le serveur a répondu par une redirection inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1).</source>
        <translation>Le serveur a rencontré une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Le serveur a répondu par un état inattendu (HTTP %1).</translation>
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
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>Reset a &amp;password…</source>
        <translation>Réinitialiser un &amp;mot de passe…</translation>
    </message>
    <message>
        <source>C&amp;hange a password…</source>
        <translation>C&amp;hanger un mot de passe…</translation>
    </message>
    <message>
        <source>Create a &amp;main account…</source>
        <translation>Créer un compte &amp;principal…</translation>
    </message>
    <message>
        <source>Does a user exist?</source>
        <translation>Cet utilisateur existe-t-il ?</translation>
    </message>
    <message>
        <source>User id to check</source>
        <translation>ID utilisateur à vérifier</translation>
    </message>
    <message>
        <source>User &amp;id:</source>
        <translation>&amp;ID utilisateur :</translation>
    </message>
    <message>
        <source>Sign-in block</source>
        <translation>Blocage de connexion</translation>
    </message>
    <message>
        <source>User name to block or unblock</source>
        <translation>Nom d’utilisateur à bloquer ou débloquer</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;État</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>Account validation</source>
        <translation>Validation de compte</translation>
    </message>
    <message>
        <source>User id to validate</source>
        <translation>ID utilisateur à valider</translation>
    </message>
    <message>
        <source>Us&amp;er id:</source>
        <translation>ID &amp;utilisateur :</translation>
    </message>
    <message>
        <source>Validation token</source>
        <translation>Jeton de validation</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Se&amp;nd a token</source>
        <translation>E&amp;nvoyer un jeton</translation>
    </message>
    <message>
        <source>&amp;Validate account</source>
        <translation>&amp;Valider le compte</translation>
    </message>
    <message>
        <source>Validate e-&amp;mail</source>
        <translation>Valider l’e-&amp;mail</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Conditions d’utilisation</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>ID de passerelle</translation>
    </message>
    <message>
        <source>Terms-of-use token</source>
        <translation>Jeton des conditions d’utilisation</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>J&amp;eton :</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 existe.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Too many checks: the server allows the next one at %1.</source>
        <translation>Trop de vérifications : le serveur autorise la suivante à %1.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Block sign-in</source>
        <translation>Bloquer la connexion</translation>
    </message>
    <message>
        <source>Block every sign-in of %1?</source>
        <translation>Bloquer toutes les connexions de %1 ?</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 est bloqué.</translation>
    </message>
    <message>
        <source>%1 may sign in.</source>
        <translation>%1 peut se connecter.</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Saisissez l’ID utilisateur.</translation>
    </message>
    <message>
        <source>A validation token was e-mailed to %1 (any older one no longer works).</source>
        <translation>Un jeton de validation a été envoyé à %1 (les précédents ne sont plus valables).</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Saisissez le jeton.</translation>
    </message>
    <message>
        <source>Enter the user id and the token.</source>
        <translation>Saisissez l’ID utilisateur et le jeton.</translation>
    </message>
    <message>
        <source>Validated.</source>
        <translation>Validé.</translation>
    </message>
    <message>
        <source>The server did not validate it.</source>
        <translation>Le serveur ne l’a pas validé.</translation>
    </message>
    <message>
        <source>Enter the gateway id and the token.</source>
        <translation>Saisissez l’ID de passerelle et le jeton.</translation>
    </message>
    <message>
        <source>The terms of use were accepted.</source>
        <translation>Les conditions d’utilisation ont été acceptées.</translation>
    </message>
    <message>
        <source>The terms of use were declined.</source>
        <translation>Les conditions d’utilisation ont été refusées.</translation>
    </message>
    <message>
        <source>The main account was created.</source>
        <translation>Le compte principal a été créé.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Le mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Looking up a user</source>
        <translation>La recherche d’un utilisateur</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Le blocage</translation>
    </message>
    <message>
        <source>The terms of use</source>
        <translation>Les conditions d’utilisation</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>La création d’un compte</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Le changement de mot de passe</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloquer %1</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Passerelle :</translation>
    </message>
</context>
<context>
    <name>authdesk::ActionRunner</name>
    <message>
        <source>Choose a server profile first.</source>
        <translation>Choisissez d’abord un profil de serveur.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is not available for %2 profiles.</source>
        <translation>%1 n’est pas disponible pour les profils %2.</translation>
    </message>
    <message>
        <source>%1 needs a signed-in profile.</source>
        <translation>%1 nécessite un profil connecté.</translation>
    </message>
    <message>
        <source>Not signed in: the action was not done.</source>
        <translation>Non connecté : l’action n’a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>authdesk::ActivityTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>authdesk::ActivityView</name>
    <message>
        <source>Filter activity</source>
        <translation>Filtrer l’activité</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exporter l’activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The activity could not be written to %1.</source>
        <translation>Impossible d’écrire l’activité dans %1.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: its hash chain holds over %n line(s).</source>
        <translation>
            <numerusform>✔ Le journal d’audit est intact : sa chaîne d’empreintes tient sur %n ligne.</numerusform>
            <numerusform>✔ Le journal d’audit est intact : sa chaîne d’empreintes tient sur %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The audit log was changed: line %1 of %2. %3</source>
        <translation>⚠ Le journal d’audit a été modifié : ligne %1 de %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of activity written to %1.</source>
        <translation>
            <numerusform>%n ligne d’activité écrite dans %1.</numerusform>
            <numerusform>%n lignes d’activité écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed on a server yet. Every termination, reset or block will be listed here.</source>
        <translation>Rien n’a encore été modifié sur un serveur. Chaque fermeture, réinitialisation ou blocage apparaîtra ici.</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>No activity matches “%1”.</source>
        <translation>Aucune activité ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkResultsModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkTerminateDialog</name>
    <message>
        <source>Terminate sessions on %1</source>
        <translation>Terminer des sessions sur %1</translation>
    </message>
    <message>
        <source>Session ids, one per line (or open a CSV file whose first column is the id):</source>
        <translation>ID de sessions, un par ligne (ou ouvrez un fichier CSV dont la première colonne est l’ID) :</translation>
    </message>
    <message>
        <source>Session ids</source>
        <translation>ID de sessions</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Open CSV…</source>
        <translation>&amp;Ouvrir un CSV…</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Relancer les échecs</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written to %1.</source>
        <translation>Impossible d’écrire les résultats dans %1.</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV ou texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Enter at least one session id.</source>
        <translation>Saisissez au moins un ID de session.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)? The people using them are signed out.</source>
        <translation>
            <numerusform>Terminer %n session ? Les personnes qui l’utilisent sont déconnectées.</numerusform>
            <numerusform>Terminer %n sessions ? Les personnes qui les utilisent sont déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;failed only</source>
        <translation>N’afficher que les é&amp;checs</translation>
    </message>
    <message>
        <source>%1 terminated, %2 failed, %3 cancelled</source>
        <translation>%1 fermées, %2 en échec, %3 annulées</translation>
    </message>
    <message>
        <source>%1 of %2 processed: %3</source>
        <translation>%1 sur %2 traitées : %3</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Terminé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>Terminer %n session</numerusform>
            <numerusform>Terminer %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>The result of each session appears here once the job runs.</source>
        <translation>Le résultat de chaque session apparaît ici dès que le traitement démarre.</translation>
    </message>
</context>
<context>
    <name>authdesk::BulkTerminator</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Annulé avant l’envoi.</translation>
    </message>
</context>
<context>
    <name>authdesk::CreateAccountDialog</name>
    <message>
        <source>Create a main account</source>
        <translation>Créer un compte principal</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;ID utilisateur :</translation>
    </message>
    <message>
        <source>the e-mail when empty</source>
        <translation>l’e-mail si vide</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>Nom &amp;de famille :</translation>
    </message>
    <message>
        <source>Gate&amp;way:</source>
        <translation>Pa&amp;sserelle :</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Application id:</source>
        <translation>ID d’&amp;application :</translation>
    </message>
    <message>
        <source>Tar&amp;iffs:</source>
        <translation>&amp;Tarifs :</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Acti&amp;vation:</source>
        <translation>A&amp;ctivation :</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>E&amp;xpiration :</translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation>Création du compte</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>La création d’un compte</translation>
    </message>
</context>
<context>
    <name>authdesk::DemoBanner</name>
    <message>
        <source>Open the &amp;outbox</source>
        <translation>Ouvrir la boîte d’&amp;envoi</translation>
    </message>
    <message>
        <source>The e-mails the demo server would have sent (reset keys, tokens)</source>
        <translation>Les e-mails que le serveur de démonstration aurait envoyés (clés de réinitialisation, jetons)</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>No browser opens %1 here; open it by hand.</source>
        <translation>Aucun navigateur n’ouvre %1 ici ; ouvrez-le à la main.</translation>
    </message>
    <message>
        <source>Demo: the profiles below use the demo server at %1. They are removed when AuthDesk closes.</source>
        <translation>Démo : les profils ci-dessous utilisent le serveur de démonstration à %1. Ils sont supprimés à la fermeture d’AuthDesk.</translation>
    </message>
</context>
<context>
    <name>authdesk::EnableXBackend</name>
    <message>
        <source>This EnableX profile has no API id; add it in the profile settings.</source>
        <translation>Ce profil EnableX n’a pas d’ID d’API ; ajoutez-le dans les réglages du profil.</translation>
    </message>
    <message>
        <source>Enter the App ID and the App Key.</source>
        <translation>Saisissez l’ID d’app et la clé d’app.</translation>
    </message>
    <message>
        <source>The App ID or App Key was not accepted.</source>
        <translation>L’ID d’app ou la clé d’app n’a pas été accepté.</translation>
    </message>
    <message>
        <source>EnableX signs in with an e-mail and password or with application credentials.</source>
        <translation>EnableX se connecte avec un e-mail et un mot de passe ou avec des identifiants d’application.</translation>
    </message>
    <message>
        <source>Enter the e-mail address and the password.</source>
        <translation>Saisissez l’adresse e-mail et le mot de passe.</translation>
    </message>
    <message>
        <source>The EnableX token has expired. Sign in again.</source>
        <translation>Le jeton EnableX a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The EnableX token is no longer valid. Sign in again.</source>
        <translation>Le jeton EnableX n’est plus valable. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server says a header is missing: %1 Check the profile&apos;s API id.</source>
        <translation>Selon le serveur, un en-tête manque : %1 Vérifiez l’ID d’API du profil.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The server did not accept the credentials: %1</source>
        <translation>Le serveur n’a pas accepté les identifiants : %1</translation>
    </message>
    <message>
        <source>The server did not accept this profile&apos;s API id: %1</source>
        <translation>Le serveur n’a pas accepté l’ID d’API de ce profil : %1</translation>
    </message>
    <message>
        <source>The server refused the request (result %1).</source>
        <translation>Le serveur a refusé la requête (résultat %1).</translation>
    </message>
    <message>
        <source>The server does not accept this profile&apos;s API id.</source>
        <translation>Le serveur n’accepte pas l’ID d’API de ce profil.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the account.</source>
        <translation>Saisissez l’adresse e-mail du compte.</translation>
    </message>
    <message>
        <source>Paste the reset key from the e-mail.</source>
        <translation>Collez la clé de réinitialisation reçue par e-mail.</translation>
    </message>
    <message>
        <source>The reset key, the e-mail address and the new password are all needed.</source>
        <translation>La clé de réinitialisation, l’adresse e-mail et le nouveau mot de passe sont tous nécessaires.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>authdesk::HttpCall</name>
    <message>
        <source>The server refused the connection. Is the address right and the server running?</source>
        <translation>Le serveur a refusé la connexion. L’adresse est-elle juste et le serveur en marche ?</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Le nom d’hôte du serveur est introuvable.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Le délai de connexion est dépassé.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>Le réseau n’est pas disponible.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Le serveur proxy n’a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>The secure connection could not be established.</source>
        <translation>La connexion sécurisée n’a pas pu être établie.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to the server within %n second(s).</source>
        <translation>
            <numerusform>Connexion au serveur impossible en %n seconde.</numerusform>
            <numerusform>Connexion au serveur impossible en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé : %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large (%1 bytes, the limit is %2).</source>
        <translation>La réponse du serveur est trop grande (%1 octets, la limite est %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 bytes.</source>
        <translation>La réponse du serveur dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered. The request may have reached the server; it was not sent again. Check its effect before you repeat it.</source>
        <translation>La connexion a été fermée avant la réponse du serveur. La requête a pu atteindre le serveur ; elle n’a pas été renvoyée. Vérifiez son effet avant de la répéter.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has too many or too large headers.</source>
        <translation>La réponse du serveur a trop d’en-têtes ou des en-têtes trop grands.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: it names no host in subjectAltName (only in its common name).</source>
        <translation>Le certificat du serveur a été refusé : il ne nomme aucun hôte dans subjectAltName (seulement dans son nom commun).</translation>
    </message>
</context>
<context>
    <name>authdesk::HttpClient</name>
    <message>
        <source>The server address is not a valid http(s) URL.</source>
        <translation>L’adresse du serveur n’est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); use https://.</source>
        <translation>Le http:// en clair n’est permis que vers cet ordinateur (boucle locale) ; utilisez https://.</translation>
    </message>
</context>
<context>
    <name>authdesk::IdentityProviderBox</name>
    <message>
        <source>Sign in through an identit&amp;y provider (OpenID Connect)</source>
        <translation>&amp;Se connecter via un fournisseur d’identité (OpenID Connect)</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l’émetteur</translation>
    </message>
    <message>
        <source>Issue&amp;r URL:</source>
        <translation>URL de l’é&amp;metteur :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client ID (pu&amp;blic client):</source>
        <translation>ID client (client pu&amp;blic) :</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>P&amp;ortées :</translation>
    </message>
    <message>
        <source>Token the sign-in gets</source>
        <translation>Jeton reçu par la connexion</translation>
    </message>
    <message>
        <source>ID token (jwt)</source>
        <translation>Jeton d’identité (jwt)</translation>
    </message>
    <message>
        <source>Access token (accessToken)</source>
        <translation>Jeton d’accès (accessToken)</translation>
    </message>
    <message>
        <source>Token the sign-in &amp;gets:</source>
        <translation>&amp;Jeton reçu par la connexion :</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Resource (optiona&amp;l):</source>
        <translation>Ressource (optionne&amp;lle) :</translation>
    </message>
    <message>
        <source>Test disco&amp;very</source>
        <translation>Tester la découv&amp;erte</translation>
    </message>
    <message>
        <source>This dialect takes no token from an identity provider.</source>
        <translation>Ce dialecte n’accepte aucun jeton d’un fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Fill in the issuer URL.</source>
        <translation>Saisissez l’URL de l’émetteur.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>The provider answers but offers neither a browser sign-in nor a device sign-in.</source>
        <translation>Le fournisseur répond mais ne propose ni connexion dans le navigateur ni connexion par appareil.</translation>
    </message>
    <message>
        <source>The provider answers. Browser sign-in: yes; device sign-in (CLI): no.</source>
        <translation>Le fournisseur répond. Connexion dans le navigateur : oui ; connexion par appareil (CLI) : non.</translation>
    </message>
    <message>
        <source>The provider answers. Browser sign-in and device sign-in (CLI): yes.</source>
        <translation>Le fournisseur répond. Connexion dans le navigateur et connexion par appareil (CLI) : oui.</translation>
    </message>
</context>
<context>
    <name>authdesk::MainWindow</name>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;veurs</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Bulk terminate…</source>
        <translation>Terminer en &amp;masse…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Reset a password…</source>
        <translation>&amp;Réinitialiser un mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>&amp;À propos d’AuthDesk</translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>À propos d’AuthDesk</translation>
    </message>
    <message>
        <source>AuthDesk %1
Admin console for EnableX, Platform28 and Overkiz identity services.
GPL-3.0-or-later.</source>
        <translation>AuthDesk %1
Console d’administration pour les services d’identité EnableX, Platform28 et Overkiz.
GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choisissez d’abord un profil.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile %1? Its saved sign-in is deleted from the keychain.</source>
        <translation>Supprimer le profil %1 ? Sa connexion enregistrée est effacée du trousseau.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Signed out here; the server said: %1</source>
        <translation>Déconnecté ici ; le serveur a répondu : %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Le serveur répond.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>The language changes at the next start of AuthDesk.</source>
        <translation>La langue change au prochain démarrage d’AuthDesk.</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Le changement de mot de passe</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Copy version and system information</source>
        <translation>&amp;Copier les informations de version et du système</translation>
    </message>
    <message>
        <source>Version and system information copied: paste it into your bug report.</source>
        <translation>Informations de version et du système copiées : collez-les dans votre rapport de bogue.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer.</source>
        <translation>Le guide de l’utilisateur n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No program here opens the user guide; it is the file %1.</source>
        <translation>Aucun programme ici n’ouvre le guide de l’utilisateur ; c’est le fichier %1.</translation>
    </message>
    <message>
        <source>Interrupted bulk job</source>
        <translation>Tâche groupée interrompue</translation>
    </message>
    <message numerus="yes">
        <source>A bulk termination on %1 was interrupted with %n session(s) left. Finish it now?</source>
        <translation>
            <numerusform>Une clôture groupée sur %1 a été interrompue ; il reste %n session. La terminer maintenant ?</numerusform>
            <numerusform>Une clôture groupée sur %1 a été interrompue ; il reste %n sessions. La terminer maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Terminer le traitement</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>authdesk::MessageBar</name>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe encore</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Enc&amp;ore :</translation>
    </message>
    <message>
        <source>S&amp;how passwords</source>
        <translation>A&amp;fficher les mots de passe</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The server rejects this password: %1</source>
        <translation>Le serveur refuse ce mot de passe : %1</translation>
    </message>
    <message>
        <source>%1 (about %2 bits)</source>
        <translation>%1 (environ %2 bits)</translation>
    </message>
    <message>
        <source>Server: %1 (score %2)%3</source>
        <translation>Serveur : %1 (score %2)%3</translation>
    </message>
    <message>
        <source>&amp;Use this weak password anyway</source>
        <translation>&amp;Utiliser quand même ce mot de passe faible</translation>
    </message>
    <message>
        <source>This password is weak and easy to guess. Choose a stronger one, or tick “Use this weak password anyway”.</source>
        <translation>Ce mot de passe est faible et facile à deviner. Choisissez-en un plus fort, ou cochez « Utiliser quand même ce mot de passe faible ».</translation>
    </message>
</context>
<context>
    <name>authdesk::OverkizBackend</name>
    <message>
        <source>Enter the user id and the password.</source>
        <translation>Saisissez l’ID utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the user id and the SSO token.</source>
        <translation>Saisissez l’ID utilisateur et le jeton SSO.</translation>
    </message>
    <message>
        <source>Paste the JSON Web Token.</source>
        <translation>Collez le jeton web JSON.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Collez le jeton d’accès.</translation>
    </message>
    <message>
        <source>Overkiz signs in with a password, an SSO token, an access token or a JWT.</source>
        <translation>Overkiz se connecte avec un mot de passe, un jeton SSO, un jeton d’accès ou un JWT.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>token user</source>
        <translation>utilisateur du jeton</translation>
    </message>
    <message>
        <source>Enter the user id and the e-mail address.</source>
        <translation>Saisissez l’ID utilisateur et l’adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter a password to check.</source>
        <translation>Saisissez un mot de passe à vérifier.</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Saisissez l’ID utilisateur.</translation>
    </message>
    <message>
        <source>Enter the user id and the validation token.</source>
        <translation>Saisissez l’ID utilisateur et le jeton de validation.</translation>
    </message>
    <message>
        <source>Enter the validation token.</source>
        <translation>Saisissez le jeton de validation.</translation>
    </message>
    <message>
        <source>Enter the gateway id and the terms-of-use token.</source>
        <translation>Saisissez l’ID de passerelle et le jeton des conditions d’utilisation.</translation>
    </message>
</context>
<context>
    <name>authdesk::PasswordChangeDialog</name>
    <message>
        <source>Change a password</source>
        <translation>Changer un mot de passe</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;ID utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Own password (knows the current one)</source>
        <translation>Son &amp;propre mot de passe (l’actuel est connu)</translation>
    </message>
    <message>
        <source>&amp;Force as an admin (enter your own password)</source>
        <translation>Impo&amp;ser en tant qu’admin (saisir son propre mot de passe)</translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation>Changement du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel :</translation>
    </message>
    <message>
        <source>Your (&amp;admin) password:</source>
        <translation>Votre mot de passe (&amp;admin) :</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Your admin password</source>
        <translation>Votre mot de passe admin</translation>
    </message>
    <message>
        <source>Enter the user id.</source>
        <translation>Saisissez l’ID utilisateur.</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>Saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <source>Enter your own (admin) password.</source>
        <translation>Saisissez votre propre mot de passe (admin).</translation>
    </message>
    <message>
        <source>Changing a password</source>
        <translation>Le changement de mot de passe</translation>
    </message>
</context>
<context>
    <name>authdesk::PasswordResetWizard</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>A password reset</source>
        <translation>La réinitialisation d’un mot de passe</translation>
    </message>
</context>
<context>
    <name>authdesk::Platform28Backend</name>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez : %1.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d’API.</translation>
    </message>
    <message>
        <source>The API key was not accepted.</source>
        <translation>La clé d’API n’a pas été acceptée.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Platform28 signs in with a user name and password or with an API key.</source>
        <translation>Platform28 se connecte avec un nom d’utilisateur et un mot de passe ou avec une clé d’API.</translation>
    </message>
    <message>
        <source>Enter the user name and the password.</source>
        <translation>Saisissez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The Platform28 session has ended or expired. Sign in again.</source>
        <translation>La session Platform28 a pris fin ou a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>This user&apos;s sign-in is blocked.</source>
        <translation>La connexion de cet utilisateur est bloquée.</translation>
    </message>
    <message>
        <source>This server cannot list a user&apos;s sessions; look sessions up by their id instead.</source>
        <translation>Ce serveur ne sait pas lister les sessions d’un utilisateur ; recherchez plutôt les sessions par leur ID.</translation>
    </message>
    <message>
        <source>The reset token is invalid, used or expired.</source>
        <translation>Le jeton de réinitialisation est non valable, déjà utilisé ou expiré.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation>ID d’organisation</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>reset token</source>
        <translation>jeton de réinitialisation</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation>Saisissez le mot de passe actuel et le nouveau.</translation>
    </message>
    <message>
        <source>Enter your own (admin) password and the new password.</source>
        <translation>Saisissez votre propre mot de passe (admin) et le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong, or there is no such user.</source>
        <translation>Le mot de passe actuel est erroné, ou cet utilisateur n’existe pas.</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Modifier le profil %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>API id</source>
        <translation>ID d’API</translation>
    </message>
    <message>
        <source>API &amp;id:</source>
        <translation>&amp;ID d’API :</translation>
    </message>
    <message>
        <source>Default user</source>
        <translation>Utilisateur par défaut</translation>
    </message>
    <message>
        <source>Default &amp;user:</source>
        <translation>&amp;Utilisateur par défaut :</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Fichier de l’AC de confiance</translation>
    </message>
    <message>
        <source>only the system&apos;s CAs</source>
        <translation>seulement les AC du système</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier de l’AC</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>Certificat de l’AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;CA:</source>
        <translation>AC de con&amp;fiance :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>system proxy; or none, http://host:port, socks5://host:port</source>
        <translation>proxy du système ; ou none, http://hote:port, socks5://hote:port</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Connect timeout</source>
        <translation>Délai de connexion</translation>
    </message>
    <message>
        <source>Conn&amp;ect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>Answer timeout</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Answer ti&amp;meout:</source>
        <translation>Délai de &amp;réponse :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Le serveur répond.</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>kept in the keychain; empty: unchanged</source>
        <translation>conservé dans le trousseau ; vide : inchangé</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Mot de passe du pro&amp;xy :</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileItemDelegate</name>
    <message>
        <source>no keychain</source>
        <translation>pas de trousseau</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileListModel</name>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>connecté en tant que %1</translation>
    </message>
    <message>
        <source>expires in %1:%2</source>
        <translation>expire dans %1:%2</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileSessions</name>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Ce profil n’existe plus.</translation>
    </message>
    <message>
        <source>The session has expired.</source>
        <translation>La session a expiré.</translation>
    </message>
    <message numerus="yes">
        <source>The session expires in %n second(s).</source>
        <translation>
            <numerusform>La session expire dans %n seconde.</numerusform>
            <numerusform>La session expire dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in secrets kept for another server, dialect, user or identity provider of this profile were forgotten.</source>
        <translation>Les secrets de connexion conservés pour un autre serveur, dialecte, utilisateur ou fournisseur d’identité de ce profil ont été oubliés.</translation>
    </message>
    <message>
        <source>%1 now points to another server, dialect, user or identity provider: it was signed out here and its remembered credentials were forgotten.</source>
        <translation>%1 désigne maintenant un autre serveur, dialecte, utilisateur ou fournisseur d’identité : il a été déconnecté ici et ses identifiants mémorisés ont été oubliés.</translation>
    </message>
    <message>
        <source>The remembered credentials were refused (%1) and have been forgotten.</source>
        <translation>Les identifiants mémorisés ont été refusés (%1) et ont été oubliés.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetKeyPage</name>
    <message>
        <source>The key from the e-mail</source>
        <translation>La clé reçue par e-mail</translation>
    </message>
    <message>
        <source>Reset key</source>
        <translation>Clé de réinitialisation</translation>
    </message>
    <message>
        <source>Reset &amp;key:</source>
        <translation>&amp;Clé de réinitialisation :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>The token from the e-mail</source>
        <translation>Le jeton reçu par e-mail</translation>
    </message>
    <message>
        <source>This link holds no reset key or token. Paste the key from the e-mail, or the whole link it contains.</source>
        <translation>Ce lien ne contient ni clé ni jeton de réinitialisation. Collez la clé de l’e-mail, ou le lien complet qu’il contient.</translation>
    </message>
    <message>
        <source>The key was taken from the pasted link.</source>
        <translation>La clé a été extraite du lien collé.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetPasswordPage</name>
    <message>
        <source>The new password</source>
        <translation>Le nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password for %1 %2 &lt;%3&gt;.</source>
        <translation>Nouveau mot de passe pour %1 %2 &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>New password for %1. It is sent as a SHA-256 hash, never in clear.</source>
        <translation>Nouveau mot de passe pour %1. Il est envoyé sous forme de hachage SHA-256, jamais en clair.</translation>
    </message>
    <message>
        <source>Optional: check a candidate password with the server before the person chooses it in the browser.</source>
        <translation>Facultatif : faire vérifier par le serveur un mot de passe candidat avant que la personne le choisisse dans le navigateur.</translation>
    </message>
    <message>
        <source>The reset link was sent to %1; the person sets the new password in the browser.</source>
        <translation>Le lien de réinitialisation a été envoyé à %1 ; la personne choisit le nouveau mot de passe dans le navigateur.</translation>
    </message>
    <message>
        <source>(Back goes to the key.)</source>
        <translation>(Précédent revient à la clé.)</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetRequestPage</name>
    <message>
        <source>Sending the reset e-mail</source>
        <translation>Envoi de l’e-mail de réinitialisation</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Asking the server to send a reset e-mail to %1…</source>
        <translation>Demande au serveur d’envoyer un e-mail de réinitialisation à %1…</translation>
    </message>
    <message>
        <source>A reset key was sent to %1. Paste it on the next page.</source>
        <translation>Une clé de réinitialisation a été envoyée à %1. Collez-la à la page suivante.</translation>
    </message>
    <message>
        <source>A reset token was sent to %1. Paste it on the next page.</source>
        <translation>Un jeton de réinitialisation a été envoyé à %1. Collez-le à la page suivante.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1. The person opens it and chooses the new password in the browser. On the next page you can check a candidate password with the server first.</source>
        <translation>Un lien de réinitialisation a été envoyé à %1. La personne l’ouvre et choisit le nouveau mot de passe dans le navigateur. À la page suivante, vous pouvez d’abord faire vérifier un mot de passe candidat par le serveur.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1. The person opens it and chooses the new password in the browser.</source>
        <translation>Un lien de réinitialisation a été envoyé à %1. La personne l’ouvre et choisit le nouveau mot de passe dans le navigateur.</translation>
    </message>
    <message>
        <source>This profile offers no password reset.</source>
        <translation>Ce profil ne propose pas de réinitialisation de mot de passe.</translation>
    </message>
</context>
<context>
    <name>authdesk::ResetStartPage</name>
    <message>
        <source>Whose password?</source>
        <translation>Le mot de passe de qui ?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail :</translation>
    </message>
    <message>
        <source>Extra validation (optional)</source>
        <translation>Vérification supplémentaire (facultative)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile :</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Modèle d’e-mail</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Reset page URL</source>
        <translation>URL de la page de réinitialisation</translation>
    </message>
    <message>
        <source>Reset page URL:</source>
        <translation>URL de la page de réinitialisation :</translation>
    </message>
    <message>
        <source>&amp;Send a reset e-mail</source>
        <translation>En&amp;voyer un e-mail de réinitialisation</translation>
    </message>
    <message>
        <source>I &amp;already have a reset key / token</source>
        <translation>J’ai &amp;déjà une clé / un jeton de réinitialisation</translation>
    </message>
    <message>
        <source>&amp;User id:</source>
        <translation>&amp;ID utilisateur :</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
</context>
<context>
    <name>authdesk::SandboxLauncher</name>
    <message>
        <source>The sandbox server could not be started: %1</source>
        <translation>Le serveur bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The sandbox server stopped before it was ready (exit code %1).</source>
        <translation>Le serveur bac à sable s’est arrêté avant d’être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The sandbox server (authdesk-sandbox) is not installed.</source>
        <translation>Le serveur bac à sable (authdesk-sandbox) n’est pas installé.</translation>
    </message>
    <message>
        <source>The sandbox server printed an unexpected first line.</source>
        <translation>Le serveur bac à sable a affiché une première ligne inattendue.</translation>
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
        <translation>Session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Effective user</source>
        <translation>Utilisateur effectif</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Effective org</source>
        <translation>Organisation effective</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Cloned from</source>
        <translation>Cloné de</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label before its value</comment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionManagerView</name>
    <message>
        <source>Platform28 profile</source>
        <translation>Profil Platform28</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>Session id to look up</source>
        <translation>ID de session à rechercher</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>&amp;ID de session :</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Rech&amp;ercher</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>User id whose sessions to list</source>
        <translation>ID de l’utilisateur dont lister les sessions</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>List &amp;sessions</source>
        <translation>Lister les &amp;sessions</translation>
    </message>
    <message>
        <source>&amp;Bulk terminate…</source>
        <translation>Terminer en &amp;masse…</translation>
    </message>
    <message>
        <source>This server cannot list a user&apos;s sessions. Look sessions up by their id instead.</source>
        <translation>Ce serveur ne sait pas lister les sessions d’un utilisateur. Recherchez plutôt les sessions par leur ID.</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Terminate &amp;all of this user</source>
        <translation>Terminer toutes celles de cet utilis&amp;ateur</translation>
    </message>
    <message>
        <source>Cl&amp;one</source>
        <translation>Cl&amp;oner</translation>
    </message>
    <message>
        <source>Set effective us&amp;er…</source>
        <translation>Définir l’utilisateur e&amp;ffectif…</translation>
    </message>
    <message>
        <source>Set effective or&amp;g…</source>
        <translation>Définir l’or&amp;ganisation effective…</translation>
    </message>
    <message>
        <source>Reset i&amp;dentity</source>
        <translation>Réinitialiser l’i&amp;dentité</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>C&amp;hanger le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l’ID</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1 : fait.</translation>
    </message>
    <message>
        <source>Enter a session id to look up.</source>
        <translation>Saisissez un ID de session à rechercher.</translation>
    </message>
    <message>
        <source>Look-up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Enter the user id whose sessions to list.</source>
        <translation>Saisissez l’ID de l’utilisateur dont il faut lister les sessions.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1.</source>
        <translation>
            <numerusform>%n session de %1.</numerusform>
            <numerusform>%n sessions de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Terminate session %1? Whoever uses it is signed out.</source>
        <translation>Terminer la session %1 ? Qui l’utilise est déconnecté.</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Terminate all sessions</source>
        <translation>Terminer toutes les sessions</translation>
    </message>
    <message>
        <source>Terminate every session of %1?</source>
        <translation>Terminer toutes les sessions de %1 ?</translation>
    </message>
    <message>
        <source>Terminate all of %1</source>
        <translation>Terminer toutes celles de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminée.</numerusform>
            <numerusform>%n sessions terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Cloner</translation>
    </message>
    <message>
        <source>Set effective user</source>
        <translation>Définir l’utilisateur effectif</translation>
    </message>
    <message>
        <source>Set effective org</source>
        <translation>Définir l’organisation effective</translation>
    </message>
    <message>
        <source>Act in session %1 as user id:</source>
        <translation>Dans la session %1, agir en tant qu’ID utilisateur :</translation>
    </message>
    <message>
        <source>Act in session %1 in org id:</source>
        <translation>Dans la session %1, agir dans l’ID d’organisation :</translation>
    </message>
    <message>
        <source>Reset identity</source>
        <translation>Réinitialiser l’identité</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <source>Add a profile that manages sessions first.</source>
        <translation>Ajoutez d’abord un profil qui gère les sessions.</translation>
    </message>
    <message>
        <source>Listing sessions</source>
        <translation>La liste des sessions</translation>
    </message>
    <message>
        <source>Bulk termination</source>
        <translation>La fin de sessions en masse</translation>
    </message>
    <message>
        <source>Terminate 1 session</source>
        <translation>Terminer 1 session</translation>
    </message>
    <message>
        <source>No sessions here yet. Look one up by its id, or list a user&apos;s sessions.</source>
        <translation>Aucune session pour l’instant. Recherchez-en une par son ID ou listez les sessions d’un utilisateur.</translation>
    </message>
</context>
<context>
    <name>authdesk::SessionTableModel</name>
    <message>
        <source>(this console)</source>
        <translation>(cette console)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Effective user</source>
        <translation>Utilisateur effectif</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Effective org</source>
        <translation>Organisation effective</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Dernier accès</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Cloned from</source>
        <translation>Cloné de</translation>
    </message>
</context>
<context>
    <name>authdesk::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sign in to %1 (%2).</source>
        <translation>Connexion à %1 (%2).</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Mé&amp;thode :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Le verrouillage des majuscules semble activé.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Remember (keep in the system keychain and sign in again when the session expires)</source>
        <translation>Mémo&amp;riser (garder dans le trousseau du système et se reconnecter quand la session expire)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>You can try again at %1.</source>
        <translation>Vous pourrez réessayer à %1.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Fill in the field “%1”.</source>
        <translation>Remplissez le champ « %1 ».</translation>
    </message>
    <message>
        <source>There is no system keychain on this computer, or AuthDesk cannot reach it.</source>
        <translation>Il n’y a pas de trousseau système sur cet ordinateur, ou AuthDesk ne peut pas l’atteindre.</translation>
    </message>
    <message>
        <source>The system keychain is locked, or it refused AuthDesk access.</source>
        <translation>Le trousseau système est verrouillé, ou il a refusé l’accès à AuthDesk.</translation>
    </message>
    <message>
        <source>The system keychain does not answer.</source>
        <translation>Le trousseau système ne répond pas.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem.</source>
        <translation>Le trousseau système a signalé un problème.</translation>
    </message>
    <message>
        <source>“Remember” keeps your sign-in only until AuthDesk closes; you will be asked again at the next start.</source>
        <translation>« Mémoriser » ne garde votre connexion que jusqu’à la fermeture d’AuthDesk ; elle vous sera redemandée au prochain démarrage.</translation>
    </message>
    <message>
        <source>You can try to sign in again.</source>
        <translation>Vous pouvez réessayer de vous connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in (%n s)</source>
        <translation>
            <numerusform>Se connecter (%n s)</numerusform>
            <numerusform>Se connecter (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in with SS&amp;O</source>
        <translation>Connexion par SS&amp;O</translation>
    </message>
    <message>
        <source>Sign in at %1 in your browser</source>
        <translation>Se connecter sur %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Finish the sign-in in your browser, at %1. This window waits for its answer.</source>
        <translation>Terminez la connexion dans votre navigateur, sur %1. Cette fenêtre attend sa réponse.</translation>
    </message>
    <message>
        <source>No browser could be opened for the sign-in at %1.</source>
        <translation>Aucun navigateur n’a pu être ouvert pour la connexion sur %1.</translation>
    </message>
</context>
<context>
    <name>authdesk::WelcomePage</name>
    <message>
        <source>Welcome to AuthDesk</source>
        <translation>Bienvenue dans AuthDesk</translation>
    </message>
    <message>
        <source>Sign in to EnableX, Platform28 or Overkiz identity services to reset passwords and manage login sessions. Add the server you administer, or try everything first on the demo server that comes with AuthDesk.</source>
        <translation>Connectez-vous aux services d’identité EnableX, Platform28 ou Overkiz pour réinitialiser des mots de passe et gérer les sessions de connexion. Ajoutez le serveur que vous administrez, ou essayez d’abord tout sur le serveur de démonstration fourni avec AuthDesk.</translation>
    </message>
    <message>
        <source>&amp;Add a server…</source>
        <translation>&amp;Ajouter un serveur…</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>&amp;Essayer la démo</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Scriptable front end of AuthDesk for EnableX, Platform28 and Overkiz identity services.</source>
        <translation>Interface scriptable d’AuthDesk pour les services d’identité EnableX, Platform28 et Overkiz.</translation>
    </message>
    <message>
        <source>What to do (see below).</source>
        <translation>Ce qu’il faut faire (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Unknown command group &quot;%1&quot; (see --help).</source>
        <translation>Groupe de commandes inconnu « %1 » (voir --help).</translation>
    </message>
    <message>
        <source>%1 is blocked.</source>
        <translation>%1 est bloqué.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>%1 n’est pas bloqué.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO date such as 2026-12-01T00:00:00Z.</source>
        <translation>--%1 demande une date ISO comme 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>--location needs a JSON object, e.g. &apos;{&quot;city&quot;:&quot;Lyon&quot;,&quot;country&quot;:&quot;FR&quot;}&apos;.</source>
        <translation>--location demande un objet JSON, par ex. &apos;{&quot;city&quot;:&quot;Lyon&quot;,&quot;country&quot;:&quot;FR&quot;}&apos;.</translation>
    </message>
    <message>
        <source>Password of the new account</source>
        <translation>Mot de passe du nouveau compte</translation>
    </message>
    <message>
        <source>Give the new account&apos;s password on standard input.</source>
        <translation>Indiquez le mot de passe du nouveau compte sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The main account &quot;%1&quot; was created.</source>
        <translation>Le compte principal « %1 » a été créé.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 existe.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>A validation token was sent to %1.</source>
        <translation>Un jeton de validation a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Validation token</source>
        <translation>Jeton de validation</translation>
    </message>
    <message>
        <source>Give the validation token on standard input.</source>
        <translation>Indiquez le jeton de validation sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The account and e-mail of %1 are validated.</source>
        <translation>Le compte et l’e-mail de %1 sont validés.</translation>
    </message>
    <message>
        <source>The server did not validate the account.</source>
        <translation>Le serveur n’a pas validé le compte.</translation>
    </message>
    <message>
        <source>The e-mail address is validated.</source>
        <translation>L’adresse e-mail est validée.</translation>
    </message>
    <message>
        <source>The server did not validate the e-mail address.</source>
        <translation>Le serveur n’a pas validé l’adresse e-mail.</translation>
    </message>
    <message>
        <source>Unknown command &quot;users %1&quot; (see --help).</source>
        <translation>Commande inconnue « users %1 » (voir --help).</translation>
    </message>
    <message>
        <source>Use: terms accept GATEWAY_ID, or terms decline GATEWAY_ID (token on standard input).</source>
        <translation>Utilisation : terms accept GATEWAY_ID, ou terms decline GATEWAY_ID (jeton sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Terms-of-use token</source>
        <translation>Jeton des conditions d’utilisation</translation>
    </message>
    <message>
        <source>Give the terms-of-use token on standard input.</source>
        <translation>Indiquez le jeton des conditions d’utilisation sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The terms of use were accepted.</source>
        <translation>Les conditions d’utilisation ont été acceptées.</translation>
    </message>
    <message>
        <source>The terms of use were declined.</source>
        <translation>Les conditions d’utilisation ont été refusées.</translation>
    </message>
    <message>
        <source>The server did not record the answer.</source>
        <translation>Le serveur n’a pas enregistré la réponse.</translation>
    </message>
    <message>
        <source>Use: customers list</source>
        <translation>Utilisation : customers list</translation>
    </message>
    <message>
        <source>%1: the sign-in has expired.</source>
        <translation>%1 : la connexion a expiré.</translation>
    </message>
    <message>
        <source>%1: signed out.</source>
        <translation>%1 : déconnecté.</translation>
    </message>
    <message>
        <source>%1: signed in as %2 since %3</source>
        <translation>%1 : connecté en tant que %2 depuis %3</translation>
    </message>
    <message>
        <source>(expires %1)</source>
        <translation>(expire %1)</translation>
    </message>
    <message>
        <source>%1: the server answers.</source>
        <translation>%1 : le serveur répond.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The secret is read from standard input; none was given.</source>
        <translation>Le secret est lu sur l’entrée standard ; aucun n’a été fourni.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>--with-api-key reads the key from the second line of standard input.</source>
        <translation>--with-api-key lit la clé sur la deuxième ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Utiliser le profil enregistré NOM.</translation>
    </message>
    <message>
        <source>Ad-hoc server base URL, e.g. https://host/api/v2.</source>
        <translation>URL de base d’un serveur sans profil, par ex. https://hote/api/v2.</translation>
    </message>
    <message>
        <source>EnableX API id (X-Api-Id) for an ad-hoc server or a profile.</source>
        <translation>ID d’API EnableX (X-Api-Id) pour un serveur sans profil ou un profil.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Afficher un seul document JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Keep secrets for this run only; never touch the OS keychain.</source>
        <translation>Ne garder les secrets que pour cette exécution ; ne jamais utiliser le trousseau du système.</translation>
    </message>
    <message>
        <source>Connect and transfer timeout in seconds.</source>
        <translation>Délai de connexion et de transfert en secondes.</translation>
    </message>
    <message>
        <source>Profiles file (INI) instead of the console&apos;s settings.</source>
        <translation>Fichier de profils (INI) au lieu des réglages de la console.</translation>
    </message>
    <message>
        <source>signin: password, app-key, api-key, sso-token, access-token or jwt.</source>
        <translation>signin : password, app-key, api-key, sso-token, access-token ou jwt.</translation>
    </message>
    <message>
        <source>signin: e-mail, user name, user id or App ID; profiles add: default user.</source>
        <translation>signin : e-mail, nom d’utilisateur, ID utilisateur ou ID d’app ; profiles add : utilisateur par défaut.</translation>
    </message>
    <message>
        <source>Overkiz signin / create-main-account: application id.</source>
        <translation>Overkiz signin / create-main-account : ID d’application.</translation>
    </message>
    <message>
        <source>Overkiz signin: setup OID.</source>
        <translation>Overkiz signin : OID de configuration.</translation>
    </message>
    <message>
        <source>Overkiz signin: read an API key from the second line of stdin.</source>
        <translation>Overkiz signin : lire une clé d’API sur la deuxième ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>signin: keep the credentials in the keychain to sign in again when the session expires.</source>
        <translation>signin : garder les identifiants dans le trousseau pour se reconnecter quand la session expire.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>User id.</source>
        <translation>ID utilisateur.</translation>
    </message>
    <message>
        <source>Platform28 user name (password reset).</source>
        <translation>Nom d’utilisateur Platform28 (réinitialisation de mot de passe).</translation>
    </message>
    <message>
        <source>Platform28 password request: phone for extra validation.</source>
        <translation>Platform28 password request : téléphone pour la vérification supplémentaire.</translation>
    </message>
    <message>
        <source>Platform28 password request: mobile for extra validation.</source>
        <translation>Platform28 password request : mobile pour la vérification supplémentaire.</translation>
    </message>
    <message>
        <source>E-mail template name.</source>
        <translation>Nom du modèle d’e-mail.</translation>
    </message>
    <message>
        <source>Platform28 password request: page the e-mailed token links to.</source>
        <translation>Platform28 password request : page vers laquelle pointe le jeton envoyé.</translation>
    </message>
    <message>
        <source>Platform28 password change: an admin forces it (stdin: your own password first).</source>
        <translation>Platform28 password change : un admin impose le changement (stdin : son propre mot de passe d’abord).</translation>
    </message>
    <message>
        <source>sessions terminate: also end the user&apos;s other sessions.</source>
        <translation>sessions terminate : terminer aussi les autres sessions de l’utilisateur.</translation>
    </message>
    <message>
        <source>sessions clone: print the new session&apos;s LSID.</source>
        <translation>sessions clone : afficher le LSID de la nouvelle session.</translation>
    </message>
    <message>
        <source>sessions terminate-many: calls in flight (fixed; by default they adapt to the server).</source>
        <translation>sessions terminate-many : appels simultanés (fixe ; sans l’option, ils s’adaptent au serveur).</translation>
    </message>
    <message>
        <source>create-main-account: label of the account.</source>
        <translation>create-main-account : libellé du compte.</translation>
    </message>
    <message>
        <source>create-main-account: first name.</source>
        <translation>create-main-account : prénom.</translation>
    </message>
    <message>
        <source>create-main-account: last name.</source>
        <translation>create-main-account : nom de famille.</translation>
    </message>
    <message>
        <source>create-main-account: gateway id (1234-5678-9012).</source>
        <translation>create-main-account : ID de passerelle (1234-5678-9012).</translation>
    </message>
    <message>
        <source>create-main-account: a tariff (repeatable).</source>
        <translation>create-main-account : un tarif (répétable).</translation>
    </message>
    <message>
        <source>create-main-account: activation time (ISO 8601).</source>
        <translation>create-main-account : heure d’activation (ISO 8601).</translation>
    </message>
    <message>
        <source>create-main-account: expiration time (ISO 8601).</source>
        <translation>create-main-account : heure d’expiration (ISO 8601).</translation>
    </message>
    <message>
        <source>create-main-account: location as a JSON object.</source>
        <translation>create-main-account : emplacement sous forme d’objet JSON.</translation>
    </message>
    <message>
        <source>profiles add: PEM file of a CA to trust.</source>
        <translation>profiles add : fichier PEM d’une AC de confiance.</translation>
    </message>
    <message>
        <source>profiles add: http://host:port, socks5://host:port or none.</source>
        <translation>profiles add : http://hote:port, socks5://hote:port ou none.</translation>
    </message>
    <message>
        <source>profiles add: connect timeout in ms.</source>
        <translation>profiles add : délai de connexion en ms.</translation>
    </message>
    <message>
        <source>profiles add: transfer timeout in ms.</source>
        <translation>profiles add : délai de transfert en ms.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; (see: authdesk-cli profiles list).</source>
        <translation>Aucun profil « %1 » (voir : authdesk-cli profiles list).</translation>
    </message>
    <message>
        <source>Choose a server: --profile NAME, or --dialect D --url BASE_URL.</source>
        <translation>Choisissez un serveur : --profile NOM, ou --dialect D --url URL_DE_BASE.</translation>
    </message>
    <message>
        <source>Warning: %1 The sign-in lasts for this run only.</source>
        <translation>Attention : %1 La connexion ne dure que pour cette exécution.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe encore</translation>
    </message>
    <message>
        <source>Give the new password twice on standard input (two lines).</source>
        <translation>Indiquez deux fois le nouveau mot de passe sur l’entrée standard (deux lignes).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>A reset key was sent to %1.</source>
        <translation>Une clé de réinitialisation a été envoyée à %1.</translation>
    </message>
    <message>
        <source>Reset key</source>
        <translation>Clé de réinitialisation</translation>
    </message>
    <message>
        <source>Give the reset key on the first line of standard input.</source>
        <translation>Indiquez la clé de réinitialisation sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>The key is valid for %1 %2 &lt;%3&gt;.</source>
        <translation>La clé est valable pour %1 %2 &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
    <message>
        <source>A reset token was sent to %1.</source>
        <translation>Un jeton de réinitialisation a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Reset token</source>
        <translation>Jeton de réinitialisation</translation>
    </message>
    <message>
        <source>Give the reset token on the first line of standard input.</source>
        <translation>Indiquez le jeton de réinitialisation sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Your (admin) password</source>
        <translation>Votre mot de passe (admin)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Give your own (admin) password on the first line of standard input.</source>
        <translation>Indiquez votre propre mot de passe (admin) sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Give the current password on the first line of standard input.</source>
        <translation>Indiquez le mot de passe actuel sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <source>A reset link was e-mailed to %1; the password is chosen in the browser from that link.</source>
        <translation>Un lien de réinitialisation a été envoyé à %1 ; le mot de passe se choisit dans le navigateur à partir de ce lien.</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Mot de passe à vérifier</translation>
    </message>
    <message>
        <source>Give the password to check on standard input.</source>
        <translation>Indiquez le mot de passe à vérifier sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Score %1 (%2)</source>
        <translation>Score %1 (%2)</translation>
    </message>
    <message>
        <source>No profiles yet (add one with: profiles add NAME --dialect D --url URL).</source>
        <translation>Pas encore de profil (en ajouter un avec : profiles add NAME --dialect D --url URL).</translation>
    </message>
    <message>
        <source>Give the profile name as an argument.</source>
        <translation>Indiquez le nom du profil en argument.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Aucun profil « %1 ».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Unknown command &quot;profiles %1&quot; (see --help).</source>
        <translation>Commande inconnue « profiles %1 » (voir --help).</translation>
    </message>
    <message>
        <source>Give the session ids on standard input, one per line (or a CSV with the id first).</source>
        <translation>Indiquez les ID de sessions sur l’entrée standard, un par ligne (ou un CSV avec l’ID en premier).</translation>
    </message>
    <message>
        <source>%1 of %2 sessions terminated, %3 failed.</source>
        <translation>%1 sessions sur %2 terminées, %3 en échec.</translation>
    </message>
    <message>
        <source>The new session&apos;s LSID is not shown; add --show-lsid to print it.</source>
        <translation>Le LSID de la nouvelle session n’est pas affiché ; ajoutez --show-lsid pour l’afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminée.</numerusform>
            <numerusform>%n sessions terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the %1 as an argument.</source>
        <translation>Indiquez %1 en argument.</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>Usage: sessions set-user SESSION_ID USER_ID</source>
        <translation>Utilisation : sessions set-user SESSION_ID USER_ID</translation>
    </message>
    <message>
        <source>Usage: sessions set-org SESSION_ID ORG_ID</source>
        <translation>Utilisation : sessions set-org SESSION_ID ORG_ID</translation>
    </message>
    <message>
        <source>Unknown command &quot;sessions %1&quot; (see --help).</source>
        <translation>Commande inconnue « sessions %1 » (voir --help).</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>La création d’un compte</translation>
    </message>
    <message>
        <source>Blocking users</source>
        <translation>Le blocage d’utilisateurs</translation>
    </message>
    <message>
        <source>Looking up a user</source>
        <translation>La recherche d’un utilisateur</translation>
    </message>
    <message>
        <source>Account validation</source>
        <translation>Validation de compte</translation>
    </message>
    <message>
        <source>The terms of use</source>
        <translation>Les conditions d’utilisation</translation>
    </message>
    <message>
        <source>Listing customers</source>
        <translation>La liste des clients</translation>
    </message>
    <message>
        <source>--mode for %1 must be one of: %2.</source>
        <translation>--mode pour %1 doit être parmi : %2.</translation>
    </message>
    <message>
        <source>%1 offers no way to sign in.</source>
        <translation>%1 ne propose aucune connexion.</translation>
    </message>
    <message>
        <source>Give the %1 with --user.</source>
        <translation>Indiquez « %1 » avec --user.</translation>
    </message>
    <message>
        <source>Ad-hoc server: %1 (with --url).</source>
        <translation>Serveur ad hoc : %1 (avec --url).</translation>
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
        <translation>Dialectes (--dialect, ou celui d’un profil) :</translation>
    </message>
    <message>
        <source>(profile needs --api-id: %1)</source>
        <translation>(le profil a besoin de --api-id : %1)</translation>
    </message>
    <message>
        <source>offers: %1</source>
        <translation>propose : %1</translation>
    </message>
    <message>
        <source>Sign in first: authdesk-cli %1 signin</source>
        <translation>Connectez-vous d’abord : authdesk-cli %1 signin</translation>
    </message>
    <message>
        <source>--dialect must be one of: %1.</source>
        <translation>--dialect doit être parmi : %1.</translation>
    </message>
    <message>
        <source>This build cannot speak the dialect &quot;%1&quot;.</source>
        <translation>Ce programme ne parle pas le dialecte « %1 ».</translation>
    </message>
    <message>
        <source>No usable profile.</source>
        <translation>Aucun profil utilisable.</translation>
    </message>
    <message>
        <source>A password reset</source>
        <translation>La réinitialisation d’un mot de passe</translation>
    </message>
    <message>
        <source>This server offers password request, validate and reset.</source>
        <translation>Ce serveur propose password request, validate et reset.</translation>
    </message>
    <message>
        <source>This server offers password request and reset.</source>
        <translation>Ce serveur propose password request et reset.</translation>
    </message>
    <message>
        <source>A password change</source>
        <translation>Le changement de mot de passe</translation>
    </message>
    <message>
        <source>A password check</source>
        <translation>La vérification d’un mot de passe</translation>
    </message>
    <message>
        <source>This server offers password request (the reset itself happens in the browser).</source>
        <translation>Ce serveur propose password request (la réinitialisation elle-même se fait dans le navigateur).</translation>
    </message>
    <message>
        <source>%1 offers no password reset.</source>
        <translation>%1 ne propose pas de réinitialisation de mot de passe.</translation>
    </message>
    <message>
        <source>Managing sessions</source>
        <translation>La gestion des sessions</translation>
    </message>
    <message>
        <source>%1 is not available for %2 profiles.</source>
        <translation>%1 n’est pas disponible pour les profils %2.</translation>
    </message>
    <message>
        <source>password reset by key</source>
        <translation>password reset par clé</translation>
    </message>
    <message>
        <source>password reset by token</source>
        <translation>password reset par jeton</translation>
    </message>
    <message>
        <source>password reset in the browser</source>
        <translation>password reset dans le navigateur</translation>
    </message>
    <message>
        <source>Commands (secrets are always read from standard input, one per line):</source>
        <translation>Commandes (les secrets sont toujours lus sur l’entrée standard, un par ligne) :</translation>
    </message>
    <message>
        <source>Which commands a server offers depends on its dialect (see &quot;Dialects&quot; above).</source>
        <translation>Les commandes qu’offre un serveur dépendent de son dialecte (voir « Dialectes » ci-dessus).</translation>
    </message>
    <message>
        <source>the saved profiles</source>
        <translation>les profils enregistrés</translation>
    </message>
    <message>
        <source>one profile</source>
        <translation>un profil</translation>
    </message>
    <message>
        <source>add or change a profile (a new server, dialect, user or identity provider forgets its sign-in)</source>
        <translation>ajouter ou modifier un profil (un nouveau serveur, dialecte, utilisateur ou fournisseur d’identité oublie sa connexion)</translation>
    </message>
    <message>
        <source>remove a profile and its keychain entries</source>
        <translation>supprimer un profil et ses entrées du trousseau</translation>
    </message>
    <message>
        <source>sign in; stdin: password / key / token</source>
        <translation>se connecter ; stdin : mot de passe / clé / jeton</translation>
    </message>
    <message>
        <source>sign out here and on the server</source>
        <translation>se déconnecter ici et sur le serveur</translation>
    </message>
    <message>
        <source>who is signed in, until when</source>
        <translation>qui est connecté, jusqu’à quand</translation>
    </message>
    <message>
        <source>does the server answer</source>
        <translation>le serveur répond-il</translation>
    </message>
    <message>
        <source>ask the server to send a reset key, token or link</source>
        <translation>demander au serveur d’envoyer une clé, un jeton ou un lien de réinitialisation</translation>
    </message>
    <message>
        <source>check a reset key; stdin: key</source>
        <translation>vérifier une clé de réinitialisation ; stdin : clé</translation>
    </message>
    <message>
        <source>set a new password; stdin: key or token, new password, new password again</source>
        <translation>définir un nouveau mot de passe ; stdin : clé ou jeton, nouveau mot de passe, nouveau mot de passe encore</translation>
    </message>
    <message>
        <source>change a password; stdin: current (or your admin) password, new, new again</source>
        <translation>changer un mot de passe ; stdin : mot de passe actuel (ou votre mot de passe admin), nouveau, nouveau encore</translation>
    </message>
    <message>
        <source>the server&apos;s verdict on a password; stdin: candidate</source>
        <translation>l’avis du serveur sur un mot de passe ; stdin : mot de passe candidat</translation>
    </message>
    <message>
        <source>one session</source>
        <translation>une session</translation>
    </message>
    <message>
        <source>a user&apos;s sessions</source>
        <translation>les sessions d’un utilisateur</translation>
    </message>
    <message>
        <source>end a session</source>
        <translation>mettre fin à une session</translation>
    </message>
    <message>
        <source>end every session of a user</source>
        <translation>mettre fin à toutes les sessions d’un utilisateur</translation>
    </message>
    <message>
        <source>end many sessions; stdin: ids (or CSV, id first)</source>
        <translation>mettre fin à de nombreuses sessions ; stdin : ID (ou CSV, ID en premier)</translation>
    </message>
    <message>
        <source>a copy of a session</source>
        <translation>une copie d’une session</translation>
    </message>
    <message>
        <source>act in a session as another user</source>
        <translation>agir dans une session en tant qu’autre utilisateur</translation>
    </message>
    <message>
        <source>act in a session in another organisation</source>
        <translation>agir dans une session dans une autre organisation</translation>
    </message>
    <message>
        <source>back to the session&apos;s own user and organisation</source>
        <translation>revenir à l’utilisateur et à l’organisation de la session</translation>
    </message>
    <message>
        <source>does an account exist</source>
        <translation>un compte existe-t-il</translation>
    </message>
    <message>
        <source>block a user&apos;s sign-in</source>
        <translation>bloquer la connexion d’un utilisateur</translation>
    </message>
    <message>
        <source>allow a user&apos;s sign-in again</source>
        <translation>autoriser de nouveau la connexion d’un utilisateur</translation>
    </message>
    <message>
        <source>is a user&apos;s sign-in blocked</source>
        <translation>la connexion d’un utilisateur est-elle bloquée</translation>
    </message>
    <message>
        <source>e-mail a validation token</source>
        <translation>envoyer un jeton de validation par e-mail</translation>
    </message>
    <message>
        <source>validate an account; stdin: token</source>
        <translation>valider un compte ; stdin : jeton</translation>
    </message>
    <message>
        <source>validate an e-mail address; stdin: token</source>
        <translation>valider une adresse e-mail ; stdin : jeton</translation>
    </message>
    <message>
        <source>create a main account; stdin: its password</source>
        <translation>créer un compte principal ; stdin : son mot de passe</translation>
    </message>
    <message>
        <source>accept the terms of use; stdin: token</source>
        <translation>accepter les conditions d’utilisation ; stdin : jeton</translation>
    </message>
    <message>
        <source>decline the terms of use; stdin: token</source>
        <translation>refuser les conditions d’utilisation ; stdin : jeton</translation>
    </message>
    <message>
        <source>the customers an application may see</source>
        <translation>les clients qu’une application peut voir</translation>
    </message>
    <message>
        <source>print the bash completion script</source>
        <translation>afficher le script de complétion pour bash</translation>
    </message>
    <message>
        <source>print the zsh completion script</source>
        <translation>afficher le script de complétion pour zsh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command: %2.</source>
        <translation>« %1 » demande une commande : %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;; %1 has: %3.</source>
        <translation>Commande « %1 %2 » inconnue ; %1 a : %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;audit %1&quot; (see --help).</source>
        <translation>Commande inconnue « audit %1 » (voir --help).</translation>
    </message>
    <message>
        <source>There is no audit log yet (%1).</source>
        <translation>Il n’y a pas encore de journal d’audit (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n ligne vérifiée.</numerusform>
            <numerusform>Le journal d’audit est intact : %n lignes vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is NOT intact from line %1: %2</source>
        <translation>Le journal d’audit n’est PAS intact à partir de la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication (bad credentials, expired,
forbidden, blocked), 4 not found, 5 rate limited, 6 network/timeout/TLS, 7 server
(5xx, maintenance, malformed answer, unsupported), 8 validation, 9 keychain,
10 a bulk job finished with failures, 11 the audit log or settings cannot be written
(nothing was sent), 12 the audit log is not intact (audit verify).</source>
        <translation>Codes de sortie : 0 ok, 1 autre échec, 2 utilisation, 3 authentification (identifiants erronés, expirés,
interdits, bloqués), 4 introuvable, 5 limité, 6 réseau/délai/TLS, 7 serveur
(5xx, maintenance, réponse illisible, non pris en charge), 8 validation, 9 trousseau,
10 une tâche groupée a fini avec des échecs, 11 journal d’audit ou réglages impossibles à écrire
(rien n’a été envoyé), 12 le journal d’audit n’est pas intact (audit verify).</translation>
    </message>
    <message>
        <source>Too many arguments: &quot;%1&quot; is not understood (usage: %2).</source>
        <translation>Trop d’arguments : « %1 » n’est pas compris (utilisation : %2).</translation>
    </message>
    <message>
        <source>Missing argument (usage: %1).</source>
        <translation>Argument manquant (utilisation : %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (empty, &quot;.&quot;, &quot;..&quot;, a slash or a control character).</source>
        <translation>« %1 » n’est pas un identifiant valable (vide, « . », « .. », une barre oblique ou un caractère de contrôle).</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>L’option --%1 ne s’applique pas à « %2 ».</translation>
    </message>
    <message>
        <source>check that the audit log was not changed (its hash chain)</source>
        <translation>vérifier que le journal d’audit n’a pas été modifié (sa chaîne d’empreintes)</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 0.1 to 86400.</source>
        <translation>--timeout demande un nombre de secondes entre 0,1 et 86400.</translation>
    </message>
    <message>
        <source>--%1 needs a number of milliseconds from 100 to 86400000.</source>
        <translation>--%1 demande un nombre de millisecondes entre 100 et 86400000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on standard input is not a valid session id.</source>
        <translation>« %1 » sur l’entrée standard n’est pas un identifiant de session valable.</translation>
    </message>
    <message>
        <source>--concurrency needs a whole number from 1 to 256.</source>
        <translation>--concurrency demande un nombre entier entre 1 et 256.</translation>
    </message>
    <message numerus="yes">
        <source>Too many lookups: asking again in %n second(s).</source>
        <translation>
            <numerusform>Trop de recherches : nouvelle demande dans %n seconde.</numerusform>
            <numerusform>Trop de recherches : nouvelle demande dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>jobs resume: the newest interrupted job.</source>
        <translation>jobs resume : la tâche interrompue la plus récente.</translation>
    </message>
    <message>
        <source>bulk jobs that were interrupted before they finished</source>
        <translation>les tâches groupées interrompues avant leur fin</translation>
    </message>
    <message>
        <source>finish an interrupted bulk job (only what is left; a session already gone counts as ended)</source>
        <translation>terminer une tâche groupée interrompue (seulement le reste ; une session déjà disparue compte comme close)</translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 sessions left  (started %5)</source>
        <translation>%1  %2  %3 sessions sur %4 restantes  (commencée %5)</translation>
    </message>
    <message>
        <source>No unfinished jobs.</source>
        <translation>Aucune tâche inachevée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;jobs %1&quot; (see --help).</source>
        <translation>Commande inconnue « jobs %1 » (voir --help).</translation>
    </message>
    <message>
        <source>Name the job to resume (see: authdesk-cli jobs list), or give --last.</source>
        <translation>Nommez la tâche à reprendre (voir : authdesk-cli jobs list) ou indiquez --last.</translation>
    </message>
    <message>
        <source>There is no unfinished job &quot;%1&quot;.</source>
        <translation>Il n’y a pas de tâche inachevée « %1 ».</translation>
    </message>
    <message>
        <source>Job %1 belongs to the profile &quot;%2&quot;.</source>
        <translation>La tâche %1 appartient au profil « %2 ».</translation>
    </message>
    <message>
        <source>Job %1 (if it is interrupted: authdesk-cli jobs resume %1).</source>
        <translation>Tâche %1 (si elle est interrompue : authdesk-cli jobs resume %1).</translation>
    </message>
    <message>
        <source>Give --proxy with its user only (http://user@host:port); the password is read from standard input.</source>
        <translation>Donnez --proxy avec son seul utilisateur (http://utilisateur@hôte:port) ; le mot de passe est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Password of the proxy user %1</source>
        <translation>Mot de passe de l’utilisateur de proxy %1</translation>
    </message>
    <message>
        <source>Give the proxy user&apos;s password on standard input.</source>
        <translation>Donnez le mot de passe de l’utilisateur du proxy sur l’entrée standard.</translation>
    </message>
    <message>
        <source>profiles add: the identity provider&apos;s issuer URL (single sign-on; &quot;&quot; removes it).</source>
        <translation>profiles add : l’URL de l’émetteur du fournisseur d’identité (authentification unique ; &quot;&quot; le retire).</translation>
    </message>
    <message>
        <source>profiles add: the client ID the identity provider knows this program by.</source>
        <translation>profiles add : l’identifiant client sous lequel le fournisseur d’identité connaît ce programme.</translation>
    </message>
    <message>
        <source>profiles add: scopes asked of the identity provider (default: openid email offline_access).</source>
        <translation>profiles add : portées demandées au fournisseur d’identité (par défaut : openid email offline_access).</translation>
    </message>
    <message>
        <source>profiles add: the token the sign-in receives: id-token (default) or access-token.</source>
        <translation>profiles add : le jeton que reçoit la connexion : id-token (par défaut) ou access-token.</translation>
    </message>
    <message>
        <source>profiles add: resource indicator sent to the identity provider (RFC 8707).</source>
        <translation>profiles add : indicateur de ressource envoyé au fournisseur d’identité (RFC 8707).</translation>
    </message>
    <message>
        <source>--sso-token must be id-token or access-token.</source>
        <translation>--sso-token doit valoir id-token ou access-token.</translation>
    </message>
    <message>
        <source>Give the identity provider&apos;s --issuer URL with --client-id.</source>
        <translation>Indiquez l’URL --issuer du fournisseur d’identité avec --client-id.</translation>
    </message>
    <message>
        <source>--browser goes with --sso.</source>
        <translation>--browser s’utilise avec --sso.</translation>
    </message>
    <message>
        <source>signin: through the profile&apos;s identity provider (a URL and a code to enter on any device).</source>
        <translation>signin : via le fournisseur d’identité du profil (une URL et un code à saisir sur n’importe quel appareil).</translation>
    </message>
    <message>
        <source>signin --sso: in this desktop&apos;s browser instead.</source>
        <translation>signin --sso : plutôt dans le navigateur de ce bureau.</translation>
    </message>
    <message>
        <source>%1 has no identity provider: add one with authdesk-cli profiles add %1 --issuer URL --client-id ID.</source>
        <translation>%1 n’a pas de fournisseur d’identité : ajoutez-en un avec authdesk-cli profiles add %1 --issuer URL --client-id ID.</translation>
    </message>
    <message>
        <source>--sso takes its token from the identity provider: leave out --mode and --with-api-key.</source>
        <translation>--sso obtient son jeton du fournisseur d’identité : omettez --mode et --with-api-key.</translation>
    </message>
    <message>
        <source>Sign in in the browser. If none opens, open this page: %1</source>
        <translation>Connectez-vous dans le navigateur. S’il ne s’ouvre pas, ouvrez cette page : %1</translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>Pour vous connecter, ouvrez %1 sur n’importe quel appareil et saisissez le code %2 (valable %n minute).</numerusform>
            <numerusform>Pour vous connecter, ouvrez %1 sur n’importe quel appareil et saisissez le code %2 (valable %n minutes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Or open %1, which holds the code.</source>
        <translation>Ou ouvrez %1, qui contient déjà le code.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be approved…</source>
        <translation>En attente de l’approbation de la connexion…</translation>
    </message>
    <message>
        <source>%1: signed in as %2 through %3.</source>
        <translation>%1 : connecté en tant que %2 via %3.</translation>
    </message>
    <message>
        <source>The identity provider sent no ID token.</source>
        <translation>Le fournisseur d’identité n’a envoyé aucun jeton d’identité.</translation>
    </message>
    <message>
        <source>The identity provider sent no access token.</source>
        <translation>Le fournisseur d’identité n’a envoyé aucun jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for EnableX, Platform28 and Overkiz identity services.</source>
        <translation>Console d’administration pour les services d’identité EnableX, Platform28 et Overkiz.</translation>
    </message>
    <message>
        <source>Start the bundled sandbox server and open the console on it.</source>
        <translation>Démarrer le serveur bac à sable fourni et ouvrir la console dessus.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>AuthDesk is already running; its window has been brought to the front.</source>
        <translation>AuthDesk est déjà lancé ; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
</TS>
