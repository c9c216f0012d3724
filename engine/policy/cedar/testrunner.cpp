#include "testrunner.h"

#include "authorizer.h"
#include "core/error.h"
#include "parser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <optional>

namespace traceo::cedar {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::optional<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

std::vector<std::string> stringList(const Json* j)
{
    std::vector<std::string> out;
    if (j)
        for (const Json& item : j->items)
            out.push_back(item.s);
    std::sort(out.begin(), out.end());
    return out;
}

QString joined(const std::vector<std::string>& ids)
{
    QStringList l;
    for (const std::string& s : ids)
        l << qs(s);
    return QLatin1Char('[') + l.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace

QString TestRunner::resolve(const QString& testFile, const QString& relative) const
{
    if (QFileInfo(relative).isAbsolute())
        return relative;
    if (!m_root.isEmpty())
        return QDir(m_root).filePath(relative);
    QDir dir = QFileInfo(testFile).absoluteDir();
    do {
        if (QFileInfo::exists(dir.filePath(relative)))
            return dir.filePath(relative);
    } while (dir.cdUp());
    return relative;
}

TestFileResult TestRunner::runFile(const QString& path) const
{
    TestFileResult result;
    result.file = path;
    auto loadError = [&](const QString& message) {
        result.failed = std::max(result.failed, 1);
        result.failures << QStringLiteral("%1: %2").arg(path, message);
        return result;
    };
    const auto testText = readFile(path);
    if (!testText)
        return loadError(QCoreApplication::translate("traceo::cedar", "cannot read the file"));
    Json test;
    std::string error;
    if (!Json::parse(std::string_view(testText->constData(), size_t(testText->size())), test, error))
        return loadError(qs(error));
    const Json* requests = test.find("requests");
    const int requestCount = requests ? int(requests->items.size()) : 0;
    auto fileOf = [&](const char* key) -> QString {
        const Json* j = test.find(key);
        return j && j->isString() ? resolve(path, qs(j->s)) : QString();
    };
    auto failAll = [&](const QString& message) {
        result.failed = std::max(requestCount, 1);
        result.failures << QStringLiteral("%1: %2").arg(path, message);
        return result;
    };

    const QString policyFile = fileOf("policies");
    const auto policyText = readFile(policyFile);
    if (!policyText)
        return failAll(QCoreApplication::translate("traceo::cedar", "cannot read the policies %1").arg(policyFile));
    const ParseResult parsed = parsePolicies(std::string_view(policyText->constData(), size_t(policyText->size())));
    if (!parsed.ok()) {
        const Diagnostic& d = parsed.diagnostics.front();
        return failAll(QStringLiteral("%1:%2:%3: %4").arg(policyFile).arg(d.pos.line).arg(d.pos.column).arg(d.message));
    }

    std::optional<Schema> schema;
    const QString schemaFile = fileOf("schema");
    if (!schemaFile.isEmpty()) {
        const auto schemaText = readFile(schemaFile);
        if (!schemaText)
            return failAll(QCoreApplication::translate("traceo::cedar", "cannot read the schema %1").arg(schemaFile));
        try {
            schema = Schema::parse(std::string_view(schemaText->constData(), size_t(schemaText->size())), schemaFile);
        } catch (const Error& e) {
            return failAll(e.message());
        }
    }

    Entities entities;
    const QString entitiesFile = fileOf("entities");
    const auto entitiesText = readFile(entitiesFile);
    Json entitiesJson;
    if (!entitiesText)
        return failAll(QCoreApplication::translate("traceo::cedar", "cannot read the entities %1").arg(entitiesFile));
    if (!Json::parse(std::string_view(entitiesText->constData(), size_t(entitiesText->size())), entitiesJson, error)
        || !entities.load(entitiesJson, schema ? &*schema : nullptr, error))
        return failAll(QStringLiteral("%1: %2").arg(entitiesFile, qs(error)));

    const PolicySet policySet(parsed.policies);
    for (int n = 0; n < requestCount; ++n) {
        const Json& rq = requests->items[size_t(n)];
        const Json* desc = rq.find("description");
        const QString name = QStringLiteral("%1 [%2]").arg(path, desc ? qs(desc->s) : QString::number(n));
        Request request;
        const Json* p = rq.find("principal");
        const Json* a = rq.find("action");
        const Json* r = rq.find("resource");
        if (!p || !a || !r || !jsonToUid(*p, request.principal, error) || !jsonToUid(*a, request.action, error)
            || !jsonToUid(*r, request.resource, error)) {
            ++result.failed;
            result.failures << name + QStringLiteral(": bad request: ") + qs(error);
            continue;
        }
        if (const Json* ctx = rq.find("context")) {
            const SchemaType* type = schema ? schema->actionContext(request.action) : nullptr;
            if (!jsonToValue(*ctx, type, request.context, error) || !request.context.isRecord()) {
                ++result.failed;
                result.failures << name + QStringLiteral(": bad context: ") + qs(error);
                continue;
            }
        }
        const Response response = policySet.authorize(request, entities);
        std::vector<std::string> reason = response.reason;
        std::sort(reason.begin(), reason.end());
        std::vector<std::string> errors;
        for (const PolicyError& e : response.errors)
            errors.push_back(e.policyId);
        std::sort(errors.begin(), errors.end());
        const Json* decision = rq.find("decision");
        const bool expectAllow = decision && decision->s == "allow";
        const auto expectReason = stringList(rq.find("reason"));
        const auto expectErrors = stringList(rq.find("errors"));
        if (expectAllow == response.allow && reason == expectReason && errors == expectErrors) {
            ++result.passed;
            continue;
        }
        ++result.failed;
        QString line
            = QStringLiteral("%1: expected %2 %3 errors %4, got %5 %6 errors %7")
                  .arg(name, expectAllow ? QStringLiteral("allow") : QStringLiteral("deny"), joined(expectReason),
                      joined(expectErrors), response.allow ? QStringLiteral("allow") : QStringLiteral("deny"),
                      joined(reason), joined(errors));
        for (const PolicyError& e : response.errors)
            line += QStringLiteral("\n    %1: %2").arg(qs(e.policyId), qs(e.message));
        result.failures << line;
    }
    return result;
}

} // namespace traceo::cedar
