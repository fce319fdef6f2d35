#pragma once

#include "Await.h"
#include "AuditLog.h"
#include "Backend.h"
#include "CoreContext.h"
#include "DemoProfiles.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

// What every backend test needs: one real sandbox child per test program, reset before each
// test, the demo profile of a dialect pointing at it, and an audit log in a temporary folder.
class BackendFixture
{
public:
    bool start(QString *error)
    {
        return m_sandbox.start({}, error);
    }
    SandboxProcess &sandbox() { return m_sandbox; }

    // The test's own core: its network client, its clock (moved by tests), the dialects.
    authdesk::CoreContext &context() { return m_context; }
    authdesk::Clock &clock() { return m_context.clock(); }

    authdesk::Profile profile(const QString &d) const
    {
        for (const authdesk::Profile &p : authdesk::DemoProfiles::make(m_sandbox.baseUrl()))
            if (p.dialect == d)
                return p;
        return {};
    }
    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.jsonl")); }
    authdesk::AuditLog *audit() { return &m_audit; }
    QList<authdesk::AuditEntry> auditEntries() const { return m_audit.readAll(); }

    void reset()
    {
        QFile::remove(auditPath());
        m_context.clock().setOffset(0);
        QVERIFY(m_sandbox.reset());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    // How many requests the sandbox saw for a route, and with which statuses.
    QList<int> statuses(const QString &route) const
    {
        QList<int> out;
        for (const QJsonValue &v : m_sandbox.requests(route))
            out << v.toObject().value(QStringLiteral("status")).toInt();
        return out;
    }

private:
    authdesk::CoreContext m_context;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    authdesk::AuditLog m_audit{m_dir.filePath(QStringLiteral("audit.jsonl"))};
};
