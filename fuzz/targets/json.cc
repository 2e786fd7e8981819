// Fuzz target `json`: JSON (parsers/json): any bytes as a .json file.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(json) {
  auto src = SourceText::make("fuzz.json", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_json(src);
  fuzz::check_parse(result, *src, Format::json);
  return 0;
}
