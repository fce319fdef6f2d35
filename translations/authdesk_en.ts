<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>OidcTokens</name>
    <message numerus="yes">
        <source>The identity provider&apos;s clock and this computer&apos;s differ by about %n minute(s): check the date and time settings.</source>
        <translation>
            <numerusform>The identity provider&apos;s clock and this computer&apos;s differ by about %n minute: check the date and time settings.</numerusform>
            <numerusform>The identity provider&apos;s clock and this computer&apos;s differ by about %n minutes: check the date and time settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverkizErrorMap</name>
    <message numerus="yes">
        <source>The server is busy (%1). You may try again in %n second(s).</source>
        <translation>
            <numerusform>The server is busy (%1). You may try again in %n second.</numerusform>
            <numerusform>The server is busy (%1). You may try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ActivityView</name>
    <message numerus="yes">
        <source>%n line(s) of activity written to %1.</source>
        <translation>
            <numerusform>%n line of activity written to %1.</numerusform>
            <numerusform>%n lines of activity written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: its hash chain holds over %n line(s).</source>
        <translation>
            <numerusform>✔ The audit log is intact: its hash chain holds over %n line.</numerusform>
            <numerusform>✔ The audit log is intact: its hash chain holds over %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::BulkTerminateDialog</name>
    <message numerus="yes">
        <source>Terminate %n session(s)? The people using them are signed out.</source>
        <translation>
            <numerusform>Terminate %n session? Whoever uses it is signed out.</numerusform>
            <numerusform>Terminate %n sessions? The people using them are signed out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s)</source>
        <translation>
            <numerusform>Terminate %n session</numerusform>
            <numerusform>Terminate %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::HttpCall</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to the server within %n second(s).</source>
        <translation>
            <numerusform>Could not connect to the server within %n second.</numerusform>
            <numerusform>Could not connect to the server within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::MainWindow</name>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A bulk termination on %1 was interrupted with %n session(s) left. Finish it now?</source>
        <translation>
            <numerusform>A bulk termination on %1 was interrupted with %n session left. Finish it now?</numerusform>
            <numerusform>A bulk termination on %1 was interrupted with %n sessions left. Finish it now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::ProfileSessions</name>
    <message numerus="yes">
        <source>The session expires in %n second(s).</source>
        <translation>
            <numerusform>The session expires in %n second.</numerusform>
            <numerusform>The session expires in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SessionManagerView</name>
    <message numerus="yes">
        <source>%n session(s) of %1.</source>
        <translation>
            <numerusform>%n session of %1.</numerusform>
            <numerusform>%n sessions of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminated.</numerusform>
            <numerusform>%n sessions terminated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authdesk::SignInDialog</name>
    <message numerus="yes">
        <source>Sign in (%n s)</source>
        <translation>
            <numerusform>Sign in (%n s)</numerusform>
            <numerusform>Sign in (%n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Too many lookups: asking again in %n second(s).</source>
        <translation>
            <numerusform>Too many lookups: asking again in %n second.</numerusform>
            <numerusform>Too many lookups: asking again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n line checked.</numerusform>
            <numerusform>The audit log is intact: %n lines checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated.</source>
        <translation>
            <numerusform>%n session terminated.</numerusform>
            <numerusform>%n sessions terminated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %n minute(s)).</source>
        <translation>
            <numerusform>To sign in, open %1 on any device and enter the code %2 (valid for %n minute).</numerusform>
            <numerusform>To sign in, open %1 on any device and enter the code %2 (valid for %n minutes).</numerusform>
        </translation>
    </message>
</context>
</TS>
