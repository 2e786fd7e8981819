// Fuzz target `source_secrets`: the generic secrets rules on a file of source code (engine/source_code_secrets.cc:
// tree-sitter's grammars for nine languages, the prefilter, the climb from a literal to its name, the line reader
// on comments and unparsed regions). Input as for `parse`: the path on the first line, the content after it; a
// path that is not code of one of the nine languages is replaced by one that is, chosen by the path's length.
// Nothing may crash, leak, hang or throw, and every reported value must lie inside the file.
#include <string>
#include <string_view>
#include <vector>

#include "engine/native_rules.h"
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

TOLLGATE_FUZZ_TARGET(source_secrets) {
  static constexpr std::string_view kExt[] = {".py", ".js", ".ts", ".tsx", ".go", ".java", ".cs", ".rb", ".php", ".ps1"};
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string path(in.substr(0, nl == std::string_view::npos ? in.size() : nl));
  std::string content(nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1));
  bool code = false;
  for (std::string_view e : kExt) code = code || std::string_view(path).ends_with(e);
  if (!code || path.find('\0') != std::string::npos) path = "src/app" + std::string(kExt[path.size() % std::size(kExt)]);
  auto src = SourceText::make(path, std::move(content));
  ParseResult r = parse_text(src);
  TOLLGATE_FUZZ_CHECK(r.documents.size() == 1, "parse_text made " + std::to_string(r.documents.size()) + " documents");
  std::vector<RuleHit> hits;
  check_generic_secrets(*r.documents[0], GenericSecretRules{0, 1}, &hits);
  for (const RuleHit& h : hits) {
    fuzz::check_span(h.span, *src, "a reported value");
    TOLLGATE_FUZZ_CHECK(h.secret && !h.secret->empty(), "a reported value with no secret to mask");
  }
  return 0;
}
