// Rule metadata as loaded from rules/<family>/<name>.lua (see docs/writing-rules.md).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tollgate/finding.h"

namespace tollgate {

enum class RuleScope : uint8_t { document, repository };

// Text a rule carries that nothing changes once loaded (its help): a kilobyte for most built-in rules, copied with
// every RuleInfo (the report keeps a list of them). Copies share it, and a built-in rule's is a view of the
// program's embedded index, so reading the index copies none: copying 683 help texts twice was two megabytes of
// fresh memory at every start, a tenth of a pre-commit run.
class RuleText {
 public:
  RuleText() = default;
  explicit RuleText(std::string s) : owned_(std::make_shared<const std::string>(std::move(s))), view_(*owned_) {}
  // Text that outlives every copy, as the program's static data does; not copied.
  static RuleText of_static(std::string_view s) {
    RuleText t;
    t.view_ = s;
    return t;
  }
  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }
  bool empty() const { return view_.empty(); }
  friend bool operator==(const RuleText& a, const RuleText& b) { return a.view_ == b.view_; }
  friend bool operator==(const RuleText& a, std::string_view b) { return a.view_ == b; }
  friend std::ostream& operator<<(std::ostream& o, const RuleText& t) { return o << t.view_; }

 private:
  std::shared_ptr<const std::string> owned_;
  std::string_view view_;
};

struct RuleInfo {
  std::string id;        // "<family>.<kebab-name>"
  std::string title;     // one sentence, no trailing period
  Severity severity = Severity::medium;
  std::vector<std::string> tags;        // tags[0] is the family
  std::vector<std::string> applies_to;  // document kinds, or {"*"}
  RuleScope scope = RuleScope::document;
  RuleText help;                        // markdown
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

// The ten families of the built-in pack: a built-in rule's id starts with one of them.
const std::vector<std::string>& rule_families();

// Lower-case letters and digits in words joined by single '-': "require-owner-label", "platform-team".
bool is_kebab_name(std::string_view s);

// Whether a custom pack's rule may have `family`: a built-in family, or a namespace of the pack's own ("acme",
// "platform-team"), which is any kebab name but "lib" (the folder of a pack's library modules). Security teams
// keep their rules apart from the built-in ones this way, and --select acme picks exactly theirs.
bool is_custom_family(std::string_view family);

}  // namespace tollgate
