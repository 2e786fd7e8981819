// The invariants every parser's result keeps, checked by each fuzz target after each parse (fuzz/fuzz_target.h).
#include <cstdio>
#include <cstdlib>
#include <unordered_set>
#include <utility>
#include <vector>

#include "fuzz/fuzz_target.h"
#include "tollgate/parsers.h"

namespace tollgate::fuzz {

namespace {

std::string show(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col) + " [" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
}

bool same(const Span& a, const Span& b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col &&
         a.begin == b.begin && a.end == b.end;
}

// How deep a tree may be. The parsers stop at kMaxDepth levels of nesting in the source; a level can make more
// than one node level (an HCL block's labels each open a map, a YAML merge key keeps its map), so the bound here
// is looser. What it catches is a tree with no bound at all, which the engine's recursive walks would overflow on.
constexpr size_t kTreeDepthLimit = 4 * static_cast<size_t>(kMaxDepth) + 16;

void check_tree(const Document& doc, const SourceText& src, const std::string& where) {
  if (!doc.root) return;
  std::unordered_set<const Node*> seen;
  std::vector<std::pair<const Node*, size_t>> todo{{doc.root, 1}};
  while (!todo.empty()) {
    auto [n, depth] = todo.back();
    todo.pop_back();
    if (!seen.insert(n).second) {
      // A map or seq reachable twice comes only from YAML aliases, and the document says so. A scalar may be
      // shared without it (the Dockerfile parser shares a value two keys hold): a walk cannot multiply through it.
      TOLLGATE_FUZZ_CHECK(doc.shares_nodes || n->is_scalar(),
                          where + ": a map or seq is reachable twice but shares_nodes is false");
      continue;
    }
    TOLLGATE_FUZZ_CHECK(depth <= kTreeDepthLimit, where + ": tree deeper than " + std::to_string(kTreeDepthLimit));
    check_span(n->span, src, where + ": " + node_type_name(n->type) + " node");
    if (n->is_scalar()) {
      TOLLGATE_FUZZ_CHECK(n->entries.empty(), where + ": a " + node_type_name(n->type) + " node has entries");
      continue;
    }
    for (const Entry& e : n->entries) {
      TOLLGATE_FUZZ_CHECK(e.value != nullptr, where + ": an entry without a value (key \"" + e.key + "\")");
      if (n->is_seq()) {
        TOLLGATE_FUZZ_CHECK(e.key.empty(), where + ": a sequence item has a key \"" + e.key + "\"");
      }
      check_span(e.key_span, src, where + ": key span of \"" + e.key + "\"");
      todo.push_back({e.value, depth + 1});
    }
  }
  TOLLGATE_FUZZ_CHECK(seen.size() <= doc.arena.size(),
                      where + ": " + std::to_string(seen.size()) + " nodes reached but the arena made " +
                          std::to_string(doc.arena.size()));
}

}  // namespace

void fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

void check_span(const Span& span, const SourceText& src, const std::string& what) {
  const size_t size = src.bytes().size();
  TOLLGATE_FUZZ_CHECK(span.begin <= span.end && span.end <= size,
                      what + " " + show(span) + " is not within the file's " + std::to_string(size) + " bytes");
  TOLLGATE_FUZZ_CHECK(span.line >= 1 && span.col >= 1 && span.end_line >= span.line,
                      what + " " + show(span) + " has a line or column below 1, or ends before it starts");
  TOLLGATE_FUZZ_CHECK(span.end_line <= src.line_count(),
                      what + " " + show(span) + " ends past the file's " + std::to_string(src.line_count()) + " lines");
  const Span located = src.span(span.begin, span.end);
  TOLLGATE_FUZZ_CHECK(same(span, located),
                      what + " " + show(span) + ": its lines and columns do not match its bytes (" + show(located) + ")");
}

void check_parse(const ParseResult& result, const SourceText& src, Format format) {
  for (size_t i = 0; i < result.documents.size(); ++i) {
    const Document* doc = result.documents[i].get();
    const std::string where = std::string(format_name(format)) + " document " + std::to_string(i);
    TOLLGATE_FUZZ_CHECK(doc != nullptr, where + " is null");
    TOLLGATE_FUZZ_CHECK(doc->source.get() == &src, where + " points at another SourceText");
    TOLLGATE_FUZZ_CHECK(doc->format == format,
                        where + " has format " + format_name(doc->format) + ", not " + format_name(format));
    TOLLGATE_FUZZ_CHECK(doc->index == static_cast<int>(i), where + " has index " + std::to_string(doc->index));
    TOLLGATE_FUZZ_CHECK(!doc->deferred, where + " is deferred: parsers parse, only the scan defers");
    check_tree(*doc, src, where);
  }
  if (result.error) {
    const ParseError& e = *result.error;
    TOLLGATE_FUZZ_CHECK(!e.message.empty(), "a parse error without a message");
    TOLLGATE_FUZZ_CHECK(e.offset <= src.bytes().size(), "parse error offset " + std::to_string(e.offset) +
                                                            " past the end of the file (\"" + e.message + "\")");
    check_span(e.span, src, "parse error span (\"" + e.message + "\")");
    TOLLGATE_FUZZ_CHECK(e.span.begin == e.offset && e.span.end == e.offset,
                        "parse error span does not sit at its offset (\"" + e.message + "\")");
  }
}

}  // namespace tollgate::fuzz
