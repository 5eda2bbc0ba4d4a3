// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The build's programs as separate processes, for the end-to-end tests and the client sync
// benchmark: kamdesk-server on a fresh database (SQLite or the PostgreSQL of KAM_TEST_PG_URL, as
// ServerDatabase picks by KAM_TEST_ENGINE) on a free 127.0.0.1 port, its admin commands,
// kamdesk-cli runs, and SQL connections to look into the files and databases they write.

#include "support/server_fixture.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlRecord>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace kam::test {

inline const QString kTestPassword = QStringLiteral("correct horse battery");

inline QString binary(const QString &name)
{
    return qEnvironmentVariable("KAM_BIN_DIR") + u'/' + name;
}

/// One finished process run.
struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;

    bool ok() const { return exitStatus == QProcess::NormalExit && exitCode == 0; }
    /// What the run said, for a failure message.
    QByteArray said() const
    {
        return QStringLiteral("exit %1; stdout: %2; stderr: %3")
            .arg(exitCode)
            .arg(out.trimmed(), err.trimmed())
            .toUtf8();
    }
    /// The last stdout line as JSON (kamdesk-cli sync --json).
    QJsonObject json() const
    {
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QJsonObject()
                               : QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }
};

/// Waits for `p`; a run that outlives `timeoutMs` is killed and says so in its stderr. The
/// limit is generous: a 20k-row sync on a slow CI machine takes a minute or more.
inline Run finish(QProcess &p, int timeoutMs = 300000)
{
    const bool timedOut = !p.waitForFinished(timeoutMs);
    if (timedOut) {
        p.kill();
        p.waitForFinished();
    }
    Run r { p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    if (timedOut)
        r.err += QStringLiteral("\n(killed by the test after %1 s)").arg(timeoutMs / 1000);
    return r;
}

inline QByteArray passwordLine()
{
    return (kTestPassword + u'\n').toUtf8();
}

/// One of the build's programs, started with `input` on stdin.
inline std::unique_ptr<QProcess> start(const QString &program, const QStringList &args,
                                const QByteArray &input = {})
{
    auto p = std::make_unique<QProcess>();
    p->start(binary(program), args);
    p->write(input);
    p->closeWriteChannel();
    return p;
}

inline Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    return finish(*start(program, args, input));
}

/// `kamdesk-cli sync --json` as `email`, started and left running.
inline std::unique_ptr<QProcess> startSync(const QString &store, const QString &serverUrl,
                                    const QString &email)
{
    return start("kamdesk-cli",
                 { "--db", store, "sync", "--server", serverUrl, "--user", email,
                   "--password-stdin", "--json" },
                 passwordLine());
}

inline Run syncCli(const QString &store, const QString &serverUrl, const QString &email)
{
    return finish(*startSync(store, serverUrl, email));
}

/// A database connection closed and removed again on destruction.
class Connection
{
public:
    Connection(const QString &driver, const std::function<void(QSqlDatabase &)> &setUp)
        : m_name(QStringLiteral("e2e-") + uuid())
    {
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        setUp(m_db);
        if (!m_db.open())
            error = m_db.lastError().text();
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// Every row of `sql`, each as its columns' values.
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds = {})
    {
        QList<QVariantList> out;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            error = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        const QList<QVariantList> all = rows(sql, binds);
        return all.isEmpty() || all.first().isEmpty() ? QVariant() : all.first().first();
    }

    QString error;

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// The real kamdesk-server on a fresh database and a free 127.0.0.1 port, stopped with SIGTERM
/// on destruction.
class ServerProcess
{
    ServerDatabase m_database;

public:
    /// `launcher` runs the server through another program ({"taskset", "-c", "1"}).
    explicit ServerProcess(const QStringList &launcher = {})
    {
        if (!m_database.skipReason.isEmpty()) {
            skipReason = m_database.skipReason;
            return;
        }
        // The port is free when asked; should another process take it first, try another.
        for (int attempt = 0; attempt < 5; ++attempt) {
            port = freePort();
            m_process.setStandardErrorFile(QProcess::nullDevice());
            const QStringList command = launcher
                + QStringList { binary(QStringLiteral("kamdesk-server")), QStringLiteral("--db"),
                                m_database.url, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--quiet") };
            m_process.start(command.first(), command.mid(1));
            if (waitHealthy())
                return;
            m_process.kill();
            m_process.waitForFinished();
        }
        error = QStringLiteral("kamdesk-server did not come up on 127.0.0.1");
    }
    ~ServerProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    bool isPostgres() const { return m_database.isPostgres(); }

    /// `kamdesk-server admin --db URL args…`.
    Run admin(const QStringList &args, const QByteArray &input = {})
    {
        return runProgram("kamdesk-server", QStringList { "admin", "--db", m_database.url } + args,
                          input);
    }
    /// Adds a user with the test password; returns the id, or empty on failure.
    QString addUser(const QString &email, const QString &role = QStringLiteral("manager"))
    {
        const Run r = admin({ "user", "add", "--email", email, "--name",
                              email.section(u'@', 0, 0), "--role", role },
                            passwordLine());
        return r.ok() ? r.out.trimmed() : QString();
    }

    /// A connection of this process to the server's database, beside the server's own.
    std::unique_ptr<Connection> connectDatabase() const
    {
        const QUrl url(m_database.url);
        return std::make_unique<Connection>(
            isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
            [&](QSqlDatabase &db) {
                if (!isPostgres()) {
                    db.setDatabaseName(m_database.url.section(u':', 1));
                    return;
                }
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setDatabaseName(url.path().mid(1));
            });
    }
    /// Live rows per table as the server's database holds them.
    QMap<QString, qint64> liveRows() const
    {
        QMap<QString, qint64> out;
        for (const QVariantList &row : connectDatabase()->rows(
                 "SELECT tbl, count(*) FROM records WHERE deleted_at IS NULL GROUP BY tbl"))
            out[row.at(0).toString()] = row.at(1).toLongLong();
        return out;
    }
    /// Mutations the server has applied (and would answer again if sent again).
    qint64 appliedMutations() const
    {
        return connectDatabase()->value("SELECT count(*) FROM mutations").toLongLong();
    }

    quint16 port = 0;
    QString skipReason;
    QString error;

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    bool waitHealthy()
    {
        QNetworkAccessManager network;
        for (QDeadlineTimer deadline(10000); !deadline.hasExpired(); QTest::qWait(50)) {
            if (m_process.state() == QProcess::NotRunning)
                return false;
            if (httpCall(network, port, "GET", QStringLiteral("/v1/health"), {}, {}, -1).status
                == 200)
                return true;
        }
        return false;
    }

    QProcess m_process;
};

/// Waits until `condition` holds (checked every 10 ms, up to `ms`).
inline bool waitUntil(const std::function<bool()> &condition, int ms)
{
    for (QDeadlineTimer deadline(ms); !deadline.hasExpired(); QTest::qWait(10))
        if (condition())
            return true;
    return false;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    Result<std::unique_ptr<Store>> opened = Store::open(path);
    if (!opened)
        qWarning("%s: %s", qPrintable(path), qPrintable(opened.error().message));
    return opened ? std::move(opened).value() : nullptr;
}

} // namespace kam::test
