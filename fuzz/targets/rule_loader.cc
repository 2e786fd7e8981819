// Fuzz target `rule_loader`: a rule file from a repository's own rule pack (engine/rule_loader.cc load_rules),
// run in the Lua sandbox and validated. Input: the rule file's text.
//
// The origin the loader checks the id against (rules/<family>/<name>.lua) comes from the text's first
// `id = "<family>.<name>"`, so a real rule file used as a seed passes that check and the fuzzer explores the
// validation behind it; without one the origin is rules/gates/fuzz.lua. The limits are tight so that no input
// can spend long: a loop or a huge allocation ends in a budget error, which is a valid outcome.
//
// Invariants: each input loads as exactly one rule or gives at least one error; every error names the file and
// has a message; a loaded rule has the id, a title, its family as first tag and a family the loader knows.
#include <algorithm>
#include <string_view>

#include "engine/rules.h"
#include "fuzz/fuzz_target.h"

using namespace tollgate;

namespace {

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

std::string origin_for(std::string_view text) {
  size_t at = text.find("id = \"");
  if (at != std::string_view::npos) {
    size_t b = at + 6, e = b;
    while (e < text.size() && e - b < 128 && id_char(text[e])) ++e;
    std::string_view id = text.substr(b, e - b);
    size_t dot = id.find('.');
    if (e < text.size() && text[e] == '"' && dot != std::string_view::npos && dot > 0 && dot + 1 < id.size())
      return "rules/" + std::string(id.substr(0, dot)) + "/" + std::string(id.substr(dot + 1)) + ".lua";
  }
  return "rules/gates/fuzz.lua";
}

}  // namespace

TOLLGATE_FUZZ_TARGET(rule_loader) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const std::string origin = origin_for(text);
  SandboxLimits limits;
  limits.instructions = 2'000'000;
  limits.deadline_ms = 2'000;
  limits.memory = 32u << 20;
  std::vector<Notification> errors;
  std::vector<LoadedRule> rules = load_rules({{origin, text, "", {}}}, limits, &errors);

  TOLLGATE_FUZZ_CHECK(rules.size() <= 1, std::to_string(rules.size()) + " rules from one file");
  TOLLGATE_FUZZ_CHECK(rules.size() == 1 || !errors.empty(), "the file neither loaded nor gave an error");
  TOLLGATE_FUZZ_CHECK(rules.empty() || errors.empty(), "the file loaded and gave an error too");
  for (const Notification& n : errors) {
    TOLLGATE_FUZZ_CHECK(n.path == origin, "an error names \"" + n.path + "\", not the rule file " + origin);
    TOLLGATE_FUZZ_CHECK(!n.message.empty(), "an error without a message");
  }
  for (const LoadedRule& r : rules) {
    const RuleInfo& info = r.info;
    TOLLGATE_FUZZ_CHECK(!info.id.empty() && !info.title.empty(), "a loaded rule without an id or a title");
    TOLLGATE_FUZZ_CHECK(!info.tags.empty(), "loaded rule " + info.id + " has no tags");
    TOLLGATE_FUZZ_CHECK(info.id.compare(0, info.family().size() + 1, info.family() + ".") == 0,
                        "loaded rule " + info.id + " does not start with its family " + info.family());
    const auto& families = rule_families();
    TOLLGATE_FUZZ_CHECK(std::find(families.begin(), families.end(), info.family()) != families.end(),
                        "loaded rule " + info.id + " has an unknown family " + info.family());
    TOLLGATE_FUZZ_CHECK(r.source.origin == origin, "loaded rule " + info.id + " has origin " + r.source.origin);
  }
  return 0;
}
