// Rule metadata as loaded from rules/<family>/<name>.lua (see docs/writing-rules.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tollgate/finding.h"

namespace tollgate {

enum class RuleScope : uint8_t { document, repository };

struct RuleInfo {
  std::string id;        // "<family>.<kebab-name>"
  std::string title;     // one sentence, no trailing period
  Severity severity = Severity::medium;
  std::vector<std::string> tags;        // tags[0] is the family
  std::vector<std::string> applies_to;  // document kinds, or {"*"}
  RuleScope scope = RuleScope::document;
  std::string help;                     // markdown
  std::vector<std::string> references;  // URLs
  std::string origin;                   // where it was loaded from: "builtin:rules/gates/x.lua" or a file path
  bool native = false;                  // emitted by the engine itself (config.parse-error): no check function

  const std::string& family() const { return tags.front(); }
  bool applies(const std::string& kind) const;
};

// True when `choice` names the rule id: the id itself, or a prefix of it that ends where the id has a '.' or a
// '-' ("secrets", "gates.deploy", "supply-chain.unpinned"). --select, --skip, severity keys and tollgate:ignore
// comments all read a name this way, so a name covers the same rules wherever a user writes it.
bool rule_id_matches(std::string_view id, std::string_view choice);

// The families a rule's first tag may name.
const std::vector<std::string>& rule_families();

}  // namespace tollgate
