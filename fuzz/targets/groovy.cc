// Fuzz target `groovy`: Jenkinsfile (parsers/groovy, hand-written): any bytes as a Jenkinsfile.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(groovy) {
  auto src = SourceText::make("Jenkinsfile", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_groovy(src);
  fuzz::check_parse(result, *src, Format::groovy);
  return 0;
}
