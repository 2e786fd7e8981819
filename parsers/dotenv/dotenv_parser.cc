// dotenv parser, following docker compose's env-file conventions: one NAME=value per line, `export` prefixes,
// `#` comments, single quotes literal, double quotes with escapes, quoted values may span lines.
// A byte scanner rather than a line loop, because quoted values cross line ends.
#include <optional>
#include <string>
#include <string_view>

#include "tollgate/parsers.h"

namespace tollgate {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_eol(char c) { return c == '\n' || c == '\r'; }
bool name_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-'; }

struct Scanner {
  std::shared_ptr<const SourceText> src;
  std::string_view s;
  Document* doc = nullptr;
  std::optional<ParseError> error;
  uint32_t i = 0;

  uint32_t size() const { return static_cast<uint32_t>(s.size()); }
  void fail(std::string message, uint32_t offset) {
    if (!error) error = ParseError{std::move(message), offset, src->span(offset, offset)};
  }
  void skip_blanks() {
    while (i < size() && is_blank(s[i])) ++i;
  }
  void skip_line() {
    while (i < size() && !is_eol(s[i])) ++i;
  }
  // True when the rest of the line is blank or a comment (i then at the line end); otherwise i is left at the
  // first byte that is neither, which is where the error belongs.
  bool rest_is_empty() {
    skip_blanks();
    if (i < size() && s[i] == '#') skip_line();
    return i >= size() || is_eol(s[i]);
  }
  void line(Node* root);
};

void Scanner::line(Node* root) {
  skip_blanks();
  if (i >= size() || is_eol(s[i]) || s[i] == '#') {
    skip_line();
    return;
  }
  uint32_t line_begin = i;
  if (s.substr(i, 6) == "export" && i + 6 < size() && is_blank(s[i + 6])) {
    i += 6;
    skip_blanks();
  }
  uint32_t nb = i;
  if (i < size() && name_start(s[i]))
    while (i < size() && name_char(s[i])) ++i;
  uint32_t ne = i;
  skip_blanks();
  if (ne == nb || i >= size() || s[i] != '=') {
    fail("expected NAME=value", line_begin);
    skip_line();
    return;
  }
  ++i;
  skip_blanks();
  uint32_t vb = i;
  Node* value = nullptr;
  if (i < size() && (s[i] == '\'' || s[i] == '"')) {
    char q = s[i++];
    std::string text;
    bool closed = false;
    while (i < size()) {
      char c = s[i];
      if (c == q) {
        closed = true;
        ++i;
        break;
      }
      if (c == '\r' && i + 1 < size() && s[i + 1] == '\n') {
        ++i;  // a multi-line value gets \n line breaks whatever the file uses
        continue;
      }
      if (q == '"' && c == '\\' && i + 1 < size()) {
        char x = s[i + 1];
        switch (x) {
          case 'n': text.push_back('\n'); i += 2; continue;
          case 't': text.push_back('\t'); i += 2; continue;
          case 'r': text.push_back('\r'); i += 2; continue;
          case '"': text.push_back('"'); i += 2; continue;
          case '\\': text.push_back('\\'); i += 2; continue;
          default: break;  // any other backslash is kept as written
        }
      }
      text.push_back(c);
      ++i;
    }
    if (!closed) {
      fail("unterminated quoted value", vb);
      return;
    }
    uint32_t ve = i;
    if (!rest_is_empty()) {
      fail("unexpected text after quoted value", i);
      skip_line();
      return;
    }
    value = doc->make(NodeType::string, vb, ve);  // the span includes the quotes
    value->text = std::move(text);
    value->quoted = true;
  } else {
    // Unquoted: up to the line end or a `#` that follows a blank (so `a#b` keeps its `#`), trailing blanks cut.
    uint32_t ve = i;
    while (i < size() && !is_eol(s[i])) {
      if (s[i] == '#' && is_blank(s[i - 1])) break;  // s[i - 1] exists: at least the '=' precedes
      ++i;
      if (!is_blank(s[i - 1])) ve = i;
    }
    skip_line();
    value = doc->make(NodeType::string, vb, ve);
    value->text.assign(s.substr(vb, ve - vb));
  }
  root->entries.push_back(Entry{std::string(s.substr(nb, ne - nb)), src->span(nb, ne), value});
}

}  // namespace

ParseResult parse_dotenv(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::dotenv;
  // An empty file still has a root map, so rules can iterate it without a nil check.
  doc->root = doc->make(NodeType::map, 0, static_cast<uint32_t>(src->bytes().size()));
  Scanner sc;
  sc.src = src;
  sc.s = src->bytes();
  sc.doc = doc.get();
  if (sc.s.substr(0, 3) == "\xEF\xBB\xBF") sc.i = 3;
  while (sc.i < sc.size()) {
    uint32_t before = sc.i;
    sc.line(doc->root);
    if (sc.i < sc.size() && is_eol(sc.s[sc.i])) {
      if (sc.s[sc.i] == '\r' && sc.i + 1 < sc.size() && sc.s[sc.i + 1] == '\n') ++sc.i;
      ++sc.i;
    }
    if (sc.i == before) break;  // an unterminated quote consumed everything; never spin
  }
  result.error = std::move(sc.error);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
