// Checks shared by the parser tests.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "tollgate/document.h"

namespace tollgate::test {

// The single document of an input that must parse cleanly.
inline const Node* root_of(const ParseResult& r) {
  INFO((r.error ? r.error->message : std::string("no error")));
  REQUIRE(!r.error);
  REQUIRE(r.documents.size() == 1);
  return r.documents[0]->root;
}

inline void check_span(const Span& s, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col) {
  CHECK(s.line == line);
  CHECK(s.col == col);
  CHECK(s.end_line == end_line);
  CHECK(s.end_col == end_col);
}

// Every span in the tree agrees with SourceText::span() for its byte range: line/col and offsets are one fact.
inline void check_spans_consistent(const SourceText& src, const Node* n, int depth = 0) {
  if (!n || depth > 300) return;
  Span s = src.span(n->span.begin, n->span.end);
  check_span(n->span, s.line, s.col, s.end_line, s.end_col);
  for (const Entry& e : n->entries) {
    Span k = src.span(e.key_span.begin, e.key_span.end);
    check_span(e.key_span, k.line, k.col, k.end_line, k.end_col);
    check_spans_consistent(src, e.value, depth + 1);
  }
}

}  // namespace tollgate::test
