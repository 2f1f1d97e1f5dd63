// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// Support for the tests that run against the sync test server started by
// tests/sync/server/testserver.sh (see coopatlas_add_sync_test in
// tests/sync/CMakeLists.txt). Every call blocks, so it needs a
// QCoreApplication and runs on the test's main thread.
namespace CoopAtlas::TestSupport {

/// Connection data of the running test server, the KEY=VALUE lines of server.env.
struct TestServerEnv
{
    QUrl url;          ///< COOPATLAS_TEST_URL: https through nginx, no database
    QString caFile;    ///< COOPATLAS_TEST_CA_FILE: PEM of the run's throwaway CA
    QString caKeyFile; ///< COOPATLAS_TEST_CA_KEY_FILE: its key, to sign more certificates
    QString adminUser; ///< COOPATLAS_TEST_ADMIN_USER: a server admin
    QString adminPassword;
    QUrl proxyUrl;            ///< COOPATLAS_TEST_PROXY_URL: https through the fault proxy
    QUrl proxyControl;        ///< COOPATLAS_TEST_PROXY_CONTROL: plain-HTTP control API
    qint64 maxBodyBytes = -1; ///< COOPATLAS_TEST_MAX_BODY_BYTES: nginx answers 413 above it
};

/// Parses a server.env file. Fails when the file is unreadable or a required key is missing.
Core::Result<TestServerEnv> readServerEnv(const QString &path);

/// Reads the server.env named by the environment variable COOPATLAS_TEST_SERVER_ENV.
Core::Result<TestServerEnv> serverEnvFromEnvironment();

/// One HTTP reply. status is 0 when no reply arrived, and networkError then contains the reason.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    [[nodiscard]] QJsonDocument json() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// Basic-auth credentials of one request; an empty name sends none.
struct Credentials
{
    QString name;
    QString password;
};

/// Sends one request and waits for the whole reply, at most timeoutMs. TLS is
/// verified against the system CAs plus caFile. Redirects are not followed.
HttpReply sendRequest(const QByteArray &method,
                      const QUrl &url,
                      const QString &caFile,
                      const Credentials &credentials = {},
                      const QByteArray &body = {},
                      int timeoutMs = 30000);

/// A staff account made for one test database.
struct TestUser
{
    QString name;      ///< unique on the server: "<database>-<label>"
    QString password;  ///< random, made for this run
    QStringList roles; ///< reader, editor and/or admin, as given to the set-up script
};

/// A database of its own for one test, set up with packaging/server's
/// coopatlas-server-setup (init, add-user) and removed, with its users, by
/// the destructor or by remove().
class TestDatabase
{
public:
    /// Creates a database named "<label>-<random>" with its _security and the
    /// validation design document, and one user for each entry of users
    /// (label -> roles, e.g. {"alice", {"editor"}}).
    static Core::Result<std::unique_ptr<TestDatabase>>
    create(const TestServerEnv &env,
           const QString &label,
           const QList<QPair<QString, QStringList>> &users = {});

    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] const TestServerEnv &env() const { return m_env; }
    [[nodiscard]] QList<TestUser> users() const { return m_users; }
    /// The user made for label; an empty TestUser when there is none.
    [[nodiscard]] TestUser user(const QString &label) const;
    [[nodiscard]] Credentials credentials(const QString &label) const;
    [[nodiscard]] Credentials adminCredentials() const;

    /// Adds one more user "<database>-<label>" with the given roles.
    Core::Result<TestUser> addUser(const QString &label, const QStringList &roles);

    /// Runs packaging/server/coopatlas-server-setup for this database with
    /// the admin credentials; the password, when not empty, goes to its stdin.
    /// Returns the script's output (standard output and error), or an Error
    /// with it on failure.
    Core::Result<QString> runSetupScript(const QStringList &arguments,
                                         const QString &stdinPassword = {}) const;

    /// Sends a request to "<server>/<database><path>", through nginx or, with
    /// viaProxy, through the fault proxy. path is empty or starts with "/", and
    /// may end with a query ("?rev=1-abc").
    HttpReply request(const QByteArray &method,
                      const QString &path,
                      const Credentials &credentials,
                      const QByteArray &body = {},
                      bool viaProxy = false) const;

    /// Number of documents (not deleted) in the database, design documents included.
    Core::Result<qint64> documentCount() const;

    /// Deletes the users and the database now. Later calls do nothing.
    Core::Result<void> remove();

private:
    TestDatabase(TestServerEnv env, QString name);

    TestServerEnv m_env;
    QString m_name;
    QList<TestUser> m_users;
    bool m_removed = false;
};

/// Client of the fault proxy's control API (see tests/sync/server/faultproxy.js).
class FaultProxy
{
public:
    explicit FaultProxy(TestServerEnv env);

    /// Replaces the rules; each is {method, pathRegex, action, times, status,
    /// headers, body, seconds}.
    Core::Result<void> setRules(const QJsonArray &rules);
    Core::Result<void> clearRules();
    /// The requests seen since the last clearLog(): {seq, method, path, action,
    /// status, upstreamStatus}.
    Core::Result<QJsonArray> log();
    Core::Result<void> clearLog();

private:
    Core::Result<QJsonDocument>
    control(const QByteArray &method, const QString &path, const QByteArray &body = {});

    TestServerEnv m_env;
};

} // namespace CoopAtlas::TestSupport
