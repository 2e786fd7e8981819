// Rules implemented in the engine rather than in Lua. Their rule files (rules/<family>/<name>.lua) carry the
// metadata with `native = true` and no check function; the work is done here because it runs on every node of
// every document, where a Lua call per node costs more than the rest of the scan.
#pragma once

#include <string_view>
#include <vector>

#include "engine/rules.h"
#include "tollgate/document.h"

namespace tollgate {

// True when the engine implements a rule with this id (config.parse-error, secrets.generic-literal-assignment).
bool is_native_rule(std::string_view id);

// secrets.generic-literal-assignment: a key that names a secret assigned a literal value. Appends hits for
// rule index `rule`. The semantics are documented in docs/rules/secrets/generic-literal-assignment.md.
void check_generic_secrets(const Document& doc, size_t rule, std::vector<RuleHit>* hits);

}  // namespace tollgate
