// Turning rule hits into findings: snippets with secrets masked, inline suppressions, fingerprints.
// Shared by the scan and by `rules test`.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rules.h"
#include "tollgate/document.h"
#include "tollgate/finding.h"

namespace tollgate {

// The finding for one hit, with its snippet (secret masked unless show_secrets) and content key.
Finding make_finding(const RuleHit& hit, const RuleInfo& rule, bool show_secrets);
// The finding for a match of a declarative secret rule at bytes [begin, end) of src.
Finding secret_finding(const SourceText& src, const RuleInfo& rule, uint32_t begin, uint32_t end, bool show_secrets);

// The `config.parse-error` finding for a file that could not be parsed.
Finding parse_error_finding(const SourceText& src, Format format, const ParseError& err, Severity severity);

// A secret shown as a short prefix and asterisks: "ghp_****". The prefix never exceeds a quarter of the value.
std::string mask_secret(std::string_view secret);

// `tollgate:ignore[<id>, <id>] <reason>` comments of one file. A comment covers findings on its own line and
// on the line after it. A comment without a reason covers nothing and yields a warning.
struct Suppression {
  uint32_t line = 0;
  std::vector<std::string> ids;  // rule ids, id prefixes (see rule_id_matches) or "*" for every rule
  std::string reason;
};
std::vector<Suppression> find_suppressions(const SourceText& src, std::vector<Notification>* warnings);
// A warning for each id of `sups` that names none of `known_ids` (every loaded rule, selected or not): such a
// comment silences nothing, most often because of a typo.
void warn_unknown_suppression_ids(const std::vector<Suppression>& sups, const std::vector<std::string>& known_ids,
                                  const std::string& path, std::vector<Notification>* warnings);
// Marks the findings of one file that a suppression covers.
void apply_suppressions(const std::vector<Suppression>& sups, std::span<Finding> findings);

// Sets Finding::fingerprint on every finding: SHA-256 over rule id, path, content key and the finding's
// occurrence among identical ones (in line order), never the line itself.
void assign_fingerprints(std::vector<Finding>* findings);

std::string sha256_hex(std::string_view data);

}  // namespace tollgate
