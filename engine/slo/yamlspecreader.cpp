#include "yamlspecreader.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <sstream>
#include <yaml-cpp/eventhandler.h>

namespace traceo::slo {

namespace {

/// Notices a document that starts where the one before started: the parser is going round in circles.
struct DocumentStarts : YAML::EventHandler
{
    YAML::Mark last = YAML::Mark::null_mark();
    bool stuck = false;
    void OnDocumentStart(const YAML::Mark& mark) override
    {
        stuck = !last.is_null() && mark.pos == last.pos;
        last = mark;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

} // namespace

void YamlSpecReader::checkTemplate(const YAML::Node& node, const QString& query, const QString& path) const
{
    static const QRegularExpression action(QStringLiteral("\\{\\{(.*?)\\}\\}"));
    static const QRegularExpression window(QStringLiteral("^\\s*\\.window\\s*$"));
    QString rest = query;
    for (auto it = action.globalMatch(query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!window.match(m.captured(1)).hasMatch())
            fail(node.Mark(), path,
                QCoreApplication::translate(
                    "traceo::slo", "unsupported template action “{{%1}}”; only {{.window}} is known")
                    .arg(m.captured(1)));
        rest.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    if (rest.contains(u"{{"))
        fail(node.Mark(), path,
            QCoreApplication::translate("traceo::slo", "a template action “{{” is not closed by “}}”"));
}

std::vector<YAML::Node> loadYamlDocuments(const QByteArray& text)
{
    const std::string s = text.toStdString();
    std::istringstream in(s);
    YAML::Parser parser(in);
    DocumentStarts starts;
    while (parser.HandleNextDocument(starts))
        if (starts.stuck) {
            const auto at = size_t(starts.last.pos);
            throw YAML::ParserException(starts.last,
                std::string("unexpected “") + (at < s.size() ? s[at] : '?') + "” where a value should start");
        }
    return YAML::LoadAll(s);
}

QString YamlSpecReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString YamlSpecReader::join(const QString& path, const char* key)
{
    return join(path, QLatin1String(key));
}

void YamlSpecReader::fail(const YAML::Mark& mark, const QString& path, const QString& problem) const
{
    const QString line = mark.is_null() ? QStringLiteral("?") : QString::number(mark.line + 1);
    if (path.isEmpty())
        throw Error(QCoreApplication::translate("traceo::slo", "%1:%2: %3").arg(file, line, problem));
    throw Error(QCoreApplication::translate("traceo::slo", "%1:%2: %3: %4").arg(file, line, path, problem));
}

void YamlSpecReader::expectMap(
    const YAML::Node& node, const QString& path, std::initializer_list<const char*> allowed) const
{
    if (!node.IsMap())
        fail(node.Mark(), path, QCoreApplication::translate("traceo::slo", "expected a mapping"));
    for (const auto& kv : node) {
        const std::string key = kv.first.Scalar();
        bool known = false;
        for (const char* a : allowed)
            known = known || key == a;
        if (!known)
            fail(kv.first.Mark(), join(path, QString::fromStdString(key)),
                QCoreApplication::translate("traceo::slo", "unknown field"));
    }
}

YAML::Node YamlSpecReader::required(const YAML::Node& parent, const char* key, const QString& path) const
{
    const YAML::Node n = parent[key];
    if (!n || n.IsNull())
        fail(parent.Mark(), join(path, key), QCoreApplication::translate("traceo::slo", "is required"));
    return n;
}

QString YamlSpecReader::string(const YAML::Node& parent, const char* key, const QString& path, bool isRequired) const
{
    const YAML::Node n = parent[key];
    if (!n || n.IsNull()) {
        if (isRequired)
            fail(parent.Mark(), join(path, key), QCoreApplication::translate("traceo::slo", "is required"));
        return {};
    }
    if (!n.IsScalar())
        fail(n.Mark(), join(path, key), QCoreApplication::translate("traceo::slo", "expected a string"));
    const QString s = QString::fromStdString(n.Scalar());
    if (isRequired && s.trimmed().isEmpty())
        fail(n.Mark(), join(path, key), QCoreApplication::translate("traceo::slo", "must not be empty"));
    return s;
}

void YamlSpecReader::unsupported(
    const YAML::Node& parent, const char* key, const QString& path, const QString& problem) const
{
    if (!parent.IsMap())
        return;
    for (const auto& kv : parent)
        if (kv.first.Scalar() == key)
            fail(kv.first.Mark(), join(path, key), problem);
}

LabelMap YamlSpecReader::labels(const YAML::Node& parent, const char* key, const QString& path) const
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    LabelMap out;
    const YAML::Node n = parent[key];
    const QString p = join(path, key);
    if (!n || n.IsNull())
        return out;
    if (!n.IsMap())
        fail(n.Mark(), p, QCoreApplication::translate("traceo::slo", "expected a mapping of names to values"));
    for (const auto& kv : n) {
        const QString name = QString::fromStdString(kv.first.Scalar());
        if (!labelName.match(name).hasMatch())
            fail(kv.first.Mark(), join(p, name),
                QCoreApplication::translate("traceo::slo", "“%1” is not a valid Prometheus label name").arg(name));
        if (!kv.second.IsScalar())
            fail(kv.second.Mark(), join(p, name),
                QCoreApplication::translate(
                    "traceo::slo", "expected a string (lists of label values are not supported)"));
        out.insert(name, QString::fromStdString(kv.second.Scalar()));
    }
    return out;
}

std::vector<YAML::Node> YamlSpecReader::documents(const QByteArray& text) const
{
    try {
        return loadYamlDocuments(text);
    } catch (const YAML::Exception& e) {
        fail(e.mark, QString(), QString::fromStdString(e.msg));
    }
}

void emitLabelMap(YAML::Emitter& out, const char* key, const LabelMap& labels)
{
    if (labels.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out << YAML::Key << it.key().toStdString() << YAML::Value << YAML::DoubleQuoted << it.value().toStdString();
    out << YAML::EndMap;
}

} // namespace traceo::slo
