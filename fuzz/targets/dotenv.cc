// Fuzz target `dotenv`: dotenv (parsers/dotenv): any bytes as a .env file.
// The parse must not crash, leak, hang or throw, and its result must keep the invariants of fuzz/invariants.cc.
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(dotenv) {
  auto src = SourceText::make(".env", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_dotenv(src);
  fuzz::check_parse(result, *src, Format::dotenv);
  return 0;
}
