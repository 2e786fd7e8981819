// Fuzz target `parse`: the path a scanned file takes (engine/classifier, parsers/parse.cc, engine/shell_blocks).
// Input: the file's repo-relative path on the first line, its content after the first '\n' (an input with no
// '\n' is a path alone, with empty content). The file is classified from both, parsed with the format the
// classifier chose, and its documents' shell blocks are extracted as the shell rules would (CI job scripts,
// Makefile recipes, Markdown code blocks). A shell file is also parsed the scan's way: deferred, then tree().
#include <string_view>

#include "engine/classifier.h"
#include "engine/shell_blocks.h"
#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

void check_blocks(const Document& doc) {
  const SourceText& src = *doc.source;
  for (const ShellBlock& b : shell_blocks(doc)) {
    for (const ShellLine& l : b.lines)
      TOLLGATE_FUZZ_CHECK(l.n >= 1 && l.n <= src.line_count(),
                          "shell block " + b.scope + ": line " + std::to_string(l.n) + " is not in the file's " +
                              std::to_string(src.line_count()) + " lines");
  }
}

}  // namespace

TOLLGATE_FUZZ_TARGET(parse) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string_view path = in.substr(0, nl);
  std::string_view content = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);

  Classification cls = classify(path, content);
  TOLLGATE_FUZZ_CHECK(!cls.kind.empty(), "the classifier gave no kind");
  auto src = SourceText::make(std::string(path), std::string(content));
  ParseResult result = parse(cls.format, src);
  fuzz::check_parse(result, *src, cls.format);
  for (auto& doc : result.documents) {
    doc->kind = cls.kind;
    check_blocks(*doc);
  }

  if (cls.format == Format::shell) {
    Document deferred;
    deferred.source = src;
    deferred.format = Format::shell;
    deferred.kind = cls.kind;
    deferred.deferred = true;
    const Node* root = deferred.tree();
    if (root) fuzz::check_span(root->span, *src, "deferred shell root");
    check_blocks(deferred);
  }
  return 0;
}
