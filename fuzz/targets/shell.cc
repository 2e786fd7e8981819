// Fuzz target `shell`: Shell (parsers/shell, tree-sitter-bash): any bytes as a .sh file.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(shell) {
  auto src = SourceText::make("fuzz.sh", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_shell(src);
  fuzz::check_parse(result, *src, Format::shell);
  return 0;
}
