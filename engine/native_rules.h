// Rules implemented in the engine rather than in Lua. Their rule files (rules/<family>/<name>.lua) carry the
// metadata with `native = true` and no check function; the work is done here because it runs on every node of
// every document, where a Lua call per node costs more than the rest of the scan.
#pragma once

#include <string_view>
#include <vector>

#include "engine/rules.h"
#include "tollgate/document.h"

namespace tollgate {

// True when the engine implements a rule with this id.
bool is_native_rule(std::string_view id);

// Rule indexes of the two rules one walk serves; -1 when a rule is not enabled.
struct GenericSecretRules {
  int literal = -1;       // secrets.generic-literal-assignment
  int weak_default = -1;  // secrets.weak-default-credential
  // Hits past this many are not made (the values are still judged, for masking): the scan's per-file limit on
  // findings, so that a file of 300,000 secrets does not first build 300,000 hits to drop. 0: no limit.
  size_t max_hits = 0;
};

class FileSecrets;

// A key that names a secret assigned a literal value (a secret, or a well-known default such as "changeme").
// The semantics are documented in docs/rules/secrets/generic-literal-assignment.md and weak-default-credential.md.
// Every value judged so is also added to *judged when given, whether its rule is enabled or not: masking hides
// it whichever rule reports its line (with both rules at -1, the check only does that).
// Returns false when rules.max_hits left out a hit.
bool check_generic_secrets(const Document& doc, GenericSecretRules rules, std::vector<RuleHit>* hits,
                           FileSecrets* judged = nullptr);

// How secrets.generic-literal-assignment judges `name = value` (a string, or an integer's digits when
// `integer`): "secret" for a literal secret under a secret-named key, "weak_default" for a well-known default
// credential under one, empty otherwise (the key names no secret, the value is a reference, a placeholder, ...).
// For rules that read values the generic walk cannot see (a model's values), so that they judge alike.
std::string_view judge_secret_assignment(std::string_view name, std::string_view value, bool integer = false);

}  // namespace tollgate
