// `tollgate rules test`: each rule runs on its own annotated fixtures only (see docs/writing-rules.md).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/rules.h"

namespace tollgate {

struct RuleTestOptions {
  // Empty: the built-in pack, with fixtures under fixtures_root. Else a custom pack whose fixtures sit beside
  // its rules (<dir>/<family>/<name>/).
  std::string pack_dir;
  std::string fixtures_root = "fixtures/rules";
  std::vector<std::string> select;  // only these rules (id, prefix or tag); empty = all
};

struct RuleTestSummary {
  int passed = 0, failed = 0;
  bool load_errors = false;  // a rule file did not load: the run fails whatever the counts say
};

// Prints one line per rule (PASS/FAIL and why) and the closing line `N passed, N failed`.
RuleTestSummary run_rule_tests(const RuleTestOptions& opts, std::ostream& out);

// One annotation found in a fixture: `# ruleid: x` and friends, with the line it points at.
struct Annotation {
  enum class Kind { ruleid, ok, todoruleid, todook } kind;
  std::string rule_id;
  uint32_t target_line = 0;  // the next line that is not itself an annotation
};
std::vector<Annotation> parse_annotations(std::string_view text);
// The text a fixture is scanned as: each annotation line emptied (its line break kept, so every other line keeps
// its number). The annotations are for the test, not part of the file a rule judges.
std::string without_annotations(std::string text);

}  // namespace tollgate
