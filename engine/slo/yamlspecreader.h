#pragma once

#include "slothspec.h"

#include <QString>
#include <initializer_list>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace traceo::slo {

/// What the Sloth and OpenSLO readers share: every error names the file, the line and the field path
/// (`spec.yml:7: slos[0].objective: problem`) and is thrown as traceo::Error.
struct YamlSpecReader
{
    QString file;

    static QString join(const QString& path, const QString& key);
    static QString join(const QString& path, const char* key);

    [[noreturn]] void fail(const YAML::Mark& mark, const QString& path, const QString& problem) const;
    /// Fails unless `node` is a mapping whose keys are all in `allowed`.
    void expectMap(const YAML::Node& node, const QString& path, std::initializer_list<const char*> allowed) const;
    YAML::Node required(const YAML::Node& parent, const char* key, const QString& path) const;
    QString string(const YAML::Node& parent, const char* key, const QString& path, bool isRequired) const;
    /// Fails at the line of `key` when `parent` has it.
    void unsupported(const YAML::Node& parent, const char* key, const QString& path, const QString& problem) const;
    /// A mapping of Prometheus label names to string values; empty when absent.
    LabelMap labels(const YAML::Node& parent, const char* key, const QString& path) const;
    std::vector<YAML::Node> documents(const QByteArray& text) const;
    /// Fails at `node` unless the only template actions in `query` are whole `{{.window}}` actions (an
    /// unclosed `{{` is a template error too, as in Go's text/template).
    void checkTemplate(const YAML::Node& node, const QString& query, const QString& path) const;
};

/// YAML::LoadAll, without its endless loop: yaml-cpp 0.7 never consumes a stray `,` where a document
/// starts ("a: b\n,") and adds empty documents for ever. Throws YAML::Exception (with the mark).
std::vector<YAML::Node> loadYamlDocuments(const QByteArray& text);

/// Writes `key: {name: "value", …}`; nothing when `labels` is empty.
void emitLabelMap(YAML::Emitter& out, const char* key, const LabelMap& labels);

} // namespace traceo::slo
