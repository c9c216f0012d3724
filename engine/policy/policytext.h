#pragma once

#include "cedar/ast.h"

#include <QString>
#include <string_view>
#include <vector>

namespace traceo {

/// Parses Cedar policy text; throws traceo::Error "SOURCE:LINE:COLUMN: message" for its first
/// problem (adding how many more there are), so nothing is stored or decided on broken text.
std::vector<cedar::Policy> parsePolicyText(std::string_view text, const QString& sourceName);

/// The name people use for a policy: its @id annotation when it has one, else its position id (policy0, …).
QString policyDisplayName(const cedar::Policy& policy);

/// The policy's text without annotations, comments and layout: its tokens joined by single spaces.
/// Two policies with equal normalized text are the same policy (they also parse to the same AST).
QString normalizedPolicyText(std::string_view text, const cedar::Policy& policy);

/// SHA-256 (hex) of policy text as UTF-8: PolicyVersion::contentHash, AuditEntry::policyHash.
QString policyContentHash(const QString& text);

/// The Cedar form of an entity uid: Type::"id".
QString entityUidText(const cedar::EntityUid& uid);

} // namespace traceo
