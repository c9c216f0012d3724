#pragma once

// Shared by the policy verbs (policycommands.cpp, policyversioncommands.cpp, policyauditcommands.cpp).

#include "cli.h"

#include <string_view>

namespace traceo::cli {

std::vector<Command> policyVersionCommands();
std::vector<Command> policyAuditCommands();

namespace policycli {

/// The file's bytes; throws traceo::Error naming it when it cannot be read.
QByteArray readFile(const QString& path);

inline std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

/// The value of --NAME, or a UsageError saying it is required.
QString requiredOption(const Context& ctx, const char* name);

/// The value of --NAME as a positive number (0 when not given); a UsageError for anything else.
int versionOption(const Context& ctx, const char* name);

/// Adds --set NAME (and --version N when `withVersion`).
void addSetOption(QCommandLineParser& p, bool withVersion = false);

} // namespace policycli

} // namespace traceo::cli
