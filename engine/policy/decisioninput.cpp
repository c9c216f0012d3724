#include "decisioninput.h"

#include "core/error.h"

#include <QCoreApplication>

namespace traceo {

namespace {

cedar::Json parseJson(std::string_view text, const QString& sourceName)
{
    cedar::Json json;
    std::string error;
    if (!cedar::Json::parse(text, json, error))
        throw Error(QStringLiteral("%1: %2").arg(sourceName, QString::fromStdString(error)));
    return json;
}

} // namespace

void DecisionInput::loadSchema(std::string_view text, const QString& sourceName)
{
    m_schema = cedar::Schema::parse(text, sourceName);
}

void DecisionInput::loadEntities(std::string_view json, const QString& sourceName)
{
    std::string error;
    cedar::Entities entities;
    if (!entities.load(parseJson(json, sourceName), schema(), error))
        throw Error(QStringLiteral("%1: %2").arg(sourceName, QString::fromStdString(error)));
    m_entities = std::move(entities);
}

cedar::Request DecisionInput::parseRequest(std::string_view json, const QString& sourceName) const
{
    const cedar::Json rq = parseJson(json, sourceName);
    cedar::Request request;
    std::string error;
    const cedar::Json* p = rq.find("principal");
    const cedar::Json* a = rq.find("action");
    const cedar::Json* r = rq.find("resource");
    if (!p || !a || !r || !cedar::jsonToUid(*p, request.principal, error)
        || !cedar::jsonToUid(*a, request.action, error) || !cedar::jsonToUid(*r, request.resource, error))
        throw Error(QCoreApplication::translate(
            "traceo::cli::policy", "%1: the request needs principal, action and resource entities %2")
                        .arg(sourceName, QString::fromStdString(error)));
    const cedar::Json* c = rq.find("context");
    return this->request(request.principal, request.action, request.resource, c ? *c : cedar::Json {}, sourceName);
}

cedar::Request DecisionInput::request(const cedar::EntityUid& principal, const cedar::EntityUid& action,
    const cedar::EntityUid& resource, const cedar::Json& context, const QString& sourceName) const
{
    cedar::Request request { principal, action, resource };
    if (context.type == cedar::Json::Type::Null)
        return request;
    std::string error;
    if (!cedar::jsonToValue(context, m_schema ? m_schema->actionContext(action) : nullptr, request.context, error)
        || !request.context.isRecord())
        throw Error(QStringLiteral("%1: context: %2")
                        .arg(sourceName,
                            error.empty() ? QCoreApplication::translate("traceo::policy", "not a record")
                                          : QString::fromStdString(error)));
    return request;
}

} // namespace traceo
