// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace CoopAtlas::TestSupport {

using Core::Error;
using Core::Result;

namespace {

Q_LOGGING_CATEGORY(lcTestServer, "coopatlas.tests.sync")

constexpr int SetupScriptTimeoutMs = 120000;

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(data.toHex());
}

QHash<QString, QString> parseKeyValueLines(const QByteArray &text)
{
    QHash<QString, QString> values;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        if (trimmed.isEmpty() || trimmed.startsWith('#') || equals <= 0) {
            continue;
        }
        values.insert(QString::fromUtf8(trimmed.left(equals)),
                      QString::fromUtf8(trimmed.mid(equals + 1)));
    }
    return values;
}

QSslConfiguration sslConfigurationWithCa(const QString &caFile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        configuration.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    }
    return configuration;
}

} // namespace

Result<TestServerEnv> readServerEnv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read the test server environment: %1; start the "
                                    "server with testserver.sh or run the test through ctest")
                         .arg(file.errorString()),
                     path};
    }
    const QHash<QString, QString> values = parseKeyValueLines(file.readAll());
    const QStringList required = {QStringLiteral("COOPATLAS_TEST_URL"),
                                  QStringLiteral("COOPATLAS_TEST_CA_FILE"),
                                  QStringLiteral("COOPATLAS_TEST_ADMIN_USER"),
                                  QStringLiteral("COOPATLAS_TEST_ADMIN_PASSWORD")};
    for (const QString &key : required) {
        if (values.value(key).isEmpty()) {
            return Error{QStringLiteral("the key %1 is missing or empty").arg(key), path};
        }
    }
    TestServerEnv env;
    env.url = QUrl(values.value(QStringLiteral("COOPATLAS_TEST_URL")));
    env.caFile = values.value(QStringLiteral("COOPATLAS_TEST_CA_FILE"));
    env.caKeyFile = values.value(QStringLiteral("COOPATLAS_TEST_CA_KEY_FILE"));
    env.adminUser = values.value(QStringLiteral("COOPATLAS_TEST_ADMIN_USER"));
    env.adminPassword = values.value(QStringLiteral("COOPATLAS_TEST_ADMIN_PASSWORD"));
    env.proxyUrl = QUrl(values.value(QStringLiteral("COOPATLAS_TEST_PROXY_URL")));
    env.proxyControl = QUrl(values.value(QStringLiteral("COOPATLAS_TEST_PROXY_CONTROL")));
    bool numberOk = false;
    const qint64 maxBody
        = values.value(QStringLiteral("COOPATLAS_TEST_MAX_BODY_BYTES")).toLongLong(&numberOk);
    env.maxBodyBytes = numberOk ? maxBody : -1;
    return env;
}

Result<TestServerEnv> serverEnvFromEnvironment()
{
    const QString path = qEnvironmentVariable("COOPATLAS_TEST_SERVER_ENV");
    if (path.isEmpty()) {
        return Error{QStringLiteral("COOPATLAS_TEST_SERVER_ENV is not set; run the test through "
                                    "ctest, which starts the sync test server first"),
                     {}};
    }
    return readServerEnv(path);
}

QJsonDocument HttpReply::json() const
{
    return QJsonDocument::fromJson(body);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpReply sendRequest(const QByteArray &method,
                      const QUrl &url,
                      const QString &caFile,
                      const Credentials &credentials,
                      const QByteArray &body,
                      int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfigurationWithCa(caFile));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!credentials.name.isEmpty()) {
        const QByteArray pair = (credentials.name + u':' + credentials.password).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }

    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished()) {
        loop.exec();
    }

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.networkError = timer.isActive()
                                  ? reply->errorString()
                                  : QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    }
    delete reply;
    return result;
}

TestDatabase::TestDatabase(TestServerEnv env, QString name)
    : m_env(std::move(env))
    , m_name(std::move(name))
{}

Result<std::unique_ptr<TestDatabase>> TestDatabase::create(
    const TestServerEnv &env, const QString &label, const QList<QPair<QString, QStringList>> &users)
{
    const QString name = label.toLower() + u'-' + randomHex(6);
    std::unique_ptr<TestDatabase> database(new TestDatabase(env, name));
    const Result<QString> init = database->runSetupScript({QStringLiteral("init")});
    if (!init) {
        return init.error();
    }
    for (const auto &[userLabel, roles] : users) {
        const Result<TestUser> user = database->addUser(userLabel, roles);
        if (!user) {
            return user.error();
        }
    }
    qCDebug(lcTestServer) << "created the test database" << name;
    return database;
}

TestDatabase::~TestDatabase()
{
    const Result<void> removed = remove();
    if (!removed) {
        qCWarning(lcTestServer) << "removing the test database failed:" << removed.error().text();
    }
}

TestUser TestDatabase::user(const QString &label) const
{
    const QString name = m_name + u'-' + label;
    for (const TestUser &candidate : m_users) {
        if (candidate.name == name) {
            return candidate;
        }
    }
    return {};
}

Credentials TestDatabase::credentials(const QString &label) const
{
    const TestUser found = user(label);
    return {found.name, found.password};
}

Credentials TestDatabase::adminCredentials() const
{
    return {m_env.adminUser, m_env.adminPassword};
}

Result<TestUser> TestDatabase::addUser(const QString &label, const QStringList &roles)
{
    TestUser user{m_name + u'-' + label, randomHex(16), roles};
    const Result<QString> added
        = runSetupScript(QStringList{QStringLiteral("add-user"), user.name} + roles, user.password);
    if (!added) {
        return added.error();
    }
    m_users.append(user);
    return user;
}

Result<QString> TestDatabase::runSetupScript(const QStringList &arguments,
                                             const QString &stdinPassword) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("COUCHDB_URL"), m_env.url.toString());
    environment.insert(QStringLiteral("COUCHDB_ADMIN_USER"), m_env.adminUser);
    environment.insert(QStringLiteral("COUCHDB_ADMIN_PASSWORD"), m_env.adminPassword);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList scriptArguments = QStringList{QStringLiteral(COOPATLAS_SERVER_SETUP_SCRIPT),
                                                    QStringLiteral("--database"),
                                                    m_name,
                                                    QStringLiteral("--ca-file"),
                                                    m_env.caFile}
                                        + arguments;
    process.start(QStringLiteral("bash"), scriptArguments);
    if (!process.waitForStarted()) {
        return Error{QStringLiteral("cannot start bash: %1").arg(process.errorString()),
                     QStringLiteral(COOPATLAS_SERVER_SETUP_SCRIPT)};
    }
    if (!stdinPassword.isEmpty()) {
        process.write(stdinPassword.toUtf8() + '\n');
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(SetupScriptTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{QStringLiteral("the set-up script did not finish within %1 s")
                         .arg(SetupScriptTimeoutMs / 1000),
                     arguments.join(u' ')};
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error{QStringLiteral("the set-up script failed with exit code %1: %2")
                         .arg(process.exitCode())
                         .arg(output.trimmed()),
                     arguments.join(u' ')};
    }
    return output;
}

HttpReply TestDatabase::request(const QByteArray &method,
                                const QString &path,
                                const Credentials &credentials,
                                const QByteArray &body,
                                bool viaProxy) const
{
    QUrl url = viaProxy ? m_env.proxyUrl : m_env.url;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(u'/' + m_name + path.left(question));
    if (question >= 0) {
        url.setQuery(path.mid(question + 1));
    }
    return sendRequest(method, url, m_env.caFile, credentials, body);
}

Result<qint64> TestDatabase::documentCount() const
{
    const HttpReply reply = request("GET", {}, adminCredentials());
    if (reply.status != 200) {
        return Error{QStringLiteral("reading the database failed: HTTP %1 %2")
                         .arg(reply.status)
                         .arg(reply.networkError),
                     m_name};
    }
    return reply.json().object().value(QStringLiteral("doc_count")).toInteger(-1);
}

Result<void> TestDatabase::remove()
{
    if (m_removed) {
        return {};
    }
    m_removed = true;
    QStringList problems;
    for (const TestUser &user : std::as_const(m_users)) {
        const Result<QString> removed = runSetupScript({QStringLiteral("remove-user"), user.name});
        if (!removed) {
            problems.append(removed.error().text());
        }
    }
    const HttpReply reply = request("DELETE", {}, adminCredentials());
    if (reply.status != 200 && reply.status != 202 && reply.status != 404) {
        problems.append(QStringLiteral("deleting the database: HTTP %1 %2 %3")
                            .arg(reply.status)
                            .arg(reply.networkError, QString::fromUtf8(reply.body)));
    }
    if (!problems.isEmpty()) {
        return Error{problems.join(QStringLiteral("; ")), m_name};
    }
    qCDebug(lcTestServer) << "removed the test database" << m_name;
    return {};
}

FaultProxy::FaultProxy(TestServerEnv env)
    : m_env(std::move(env))
{}

Result<QJsonDocument>
FaultProxy::control(const QByteArray &method, const QString &path, const QByteArray &body)
{
    if (m_env.proxyControl.isEmpty()) {
        return Error{QStringLiteral("the fault proxy is not running (COOPATLAS_TEST_PROXY_CONTROL "
                                    "is empty)"),
                     {}};
    }
    QUrl url = m_env.proxyControl;
    url.setPath(path);
    const HttpReply reply = sendRequest(method, url, {}, {}, body);
    if (reply.status != 200) {
        return Error{QStringLiteral("fault proxy control request failed: HTTP %1 %2 %3")
                         .arg(reply.status)
                         .arg(reply.networkError, QString::fromUtf8(reply.body)),
                     QString::fromLatin1(method) + u' ' + path};
    }
    return reply.json();
}

Result<void> FaultProxy::setRules(const QJsonArray &rules)
{
    const auto reply = control(
        "POST", QStringLiteral("/faults"), QJsonDocument(rules).toJson(QJsonDocument::Compact));
    return reply ? Result<void>{} : Result<void>{reply.error()};
}

Result<void> FaultProxy::clearRules()
{
    const auto reply = control("DELETE", QStringLiteral("/faults"));
    return reply ? Result<void>{} : Result<void>{reply.error()};
}

Result<QJsonArray> FaultProxy::log()
{
    const auto reply = control("GET", QStringLiteral("/log"));
    if (!reply) {
        return reply.error();
    }
    return reply.value().array();
}

Result<void> FaultProxy::clearLog()
{
    const auto reply = control("DELETE", QStringLiteral("/log"));
    return reply ? Result<void>{} : Result<void>{reply.error()};
}

} // namespace CoopAtlas::TestSupport
