// Fuzz target `hcl`: HCL / Terraform (parsers/hcl): any bytes as a .tf file.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(hcl) {
  auto src = SourceText::make("main.tf", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_hcl(src);
  fuzz::check_parse(result, *src, Format::hcl);
  return 0;
}
