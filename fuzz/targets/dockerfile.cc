// Fuzz target `dockerfile`: Dockerfile (parsers/dockerfile): any bytes as a Dockerfile.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(dockerfile) {
  auto src = SourceText::make("Dockerfile", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_dockerfile(src);
  fuzz::check_parse(result, *src, Format::dockerfile);
  return 0;
}
