// INI and Java .properties files as a map, so that the secrets detector judges `password = ...` there as it does
// in YAML. Both are read leniently, as the programs that read them do: a line that is not a key and a value is
// skipped, never an error (INI has no single grammar: Python's configparser, PHP, Git, systemd and Windows all
// differ). What each dialect takes:
//
// - INI (.ini, .cfg): `[section]` headers, under which the keys go as a nested map (keys before the first
//   header are at the top); `key = value` or `key: value`; whole-line comments after `;` or `#`, and an inline
//   comment after a blank and `;` or `#`; a value in matching double or single quotes loses them.
// - .properties (java.util.Properties.load): the key ends at the first unescaped `=`, `:` or blank; comments
//   after `#` or `!`; a line ending in an odd number of backslashes continues on the next, whose leading blanks
//   are dropped; escapes \t \n \r \f \uXXXX, and a backslash before any other character keeps that character.
//   Keys are flat (`spring.datasource.password` is one key).
//
// Values are strings whose span is their text in the file (for a continued value, from its first to its last
// character).
#include <string>
#include <string_view>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }
bool is_eol(char c) { return c == '\n' || c == '\r'; }

std::string_view trim(std::string_view v) {
  while (!v.empty() && is_blank(v.front())) v.remove_prefix(1);
  while (!v.empty() && is_blank(v.back())) v.remove_suffix(1);
  return v;
}

struct Reader {
  std::shared_ptr<const SourceText> src;
  std::string_view s;
  Document* doc = nullptr;
  uint32_t i = 0;

  uint32_t size() const { return static_cast<uint32_t>(s.size()); }
  void skip_blanks() {
    while (i < size() && is_blank(s[i])) ++i;
  }
  // Past the line end (CRLF, LF or CR).
  void next_line() {
    while (i < size() && !is_eol(s[i])) ++i;
    if (i < size() && s[i] == '\r') ++i;
    else if (i < size()) return void(++i);
    if (i < size() && s[i] == '\n') ++i;
  }
  uint32_t line_end(uint32_t from) const {
    while (from < size() && !is_eol(s[from])) ++from;
    return from;
  }
  Node* string_node(uint32_t b, uint32_t e, std::string text, bool quoted) {
    Node* v = doc->make(NodeType::string, b, e);
    v->text = std::move(text);
    v->quoted = quoted;
    return v;
  }
};

// INI ------------------------------------------------------------------------------------------------------

void read_ini(Reader& r, Node* root) {
  Node* section = root;
  while (r.i < r.size()) {
    r.skip_blanks();
    uint32_t b = r.i, e = r.line_end(b);
    if (b == e || r.s[b] == ';' || r.s[b] == '#') {
      r.next_line();
      continue;
    }
    std::string_view line = r.s.substr(b, e - b);
    if (line[0] == '[') {
      size_t close = line.find(']');
      if (close != std::string_view::npos) {
        std::string_view name = trim(line.substr(1, close - 1));
        uint32_t nb = b + static_cast<uint32_t>(name.data() - line.data());
        section = r.doc->make(NodeType::map, b, e);
        root->entries.push_back(Entry{std::string(name), r.src->span(nb, nb + static_cast<uint32_t>(name.size())), section});
      }
      r.next_line();
      continue;
    }
    size_t sep = line.find_first_of("=:");
    if (sep == std::string_view::npos || sep == 0) {
      r.next_line();
      continue;
    }
    std::string_view key = trim(line.substr(0, sep));
    uint32_t kb = b + static_cast<uint32_t>(key.data() - line.data());
    uint32_t vb = b + static_cast<uint32_t>(sep) + 1;
    while (vb < e && is_blank(r.s[vb])) ++vb;
    uint32_t ve = vb;
    Node* value;
    char q = vb < e ? r.s[vb] : '\0';
    size_t close = (q == '"' || q == '\'') ? r.s.substr(vb + 1, e - vb - 1).find(q) : std::string_view::npos;
    if (close != std::string_view::npos) {
      ve = vb + 2 + static_cast<uint32_t>(close);
      value = r.string_node(vb, ve, std::string(r.s.substr(vb + 1, close)), true);
    } else {
      // Up to the line end or an inline comment (`;` or `#` after a blank), trailing blanks cut.
      for (uint32_t j = vb; j < e; ++j) {
        if ((r.s[j] == ';' || r.s[j] == '#') && j > vb && is_blank(r.s[j - 1])) break;
        if (!is_blank(r.s[j])) ve = j + 1;
      }
      value = r.string_node(vb, ve, std::string(r.s.substr(vb, ve - vb)), false);
    }
    section->entries.push_back(Entry{std::string(key), r.src->span(kb, kb + static_cast<uint32_t>(key.size())), value});
    r.next_line();
  }
}

// .properties -----------------------------------------------------------------------------------------------

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads a key or a value from r.i to the end of its logical line (or, for a key, to its separator), decoding
// escapes into *out; returns the offset just past its last character.
uint32_t read_escaped(Reader& r, std::string* out, bool key) {
  uint32_t last = r.i;
  while (r.i < r.size()) {
    char c = r.s[r.i];
    if (is_eol(c)) break;
    if (key && (c == '=' || c == ':' || is_blank(c))) break;
    if (c != '\\') {
      out->push_back(c);
      last = ++r.i;
      continue;
    }
    if (r.i + 1 >= r.size()) {  // a backslash at the end of the file
      last = ++r.i;
      break;
    }
    char x = r.s[r.i + 1];
    if (is_eol(x)) {  // continuation: the next line's leading blanks are dropped
      r.i += 1;
      if (r.s[r.i] == '\r' && r.i + 1 < r.size() && r.s[r.i + 1] == '\n') ++r.i;
      ++r.i;
      r.skip_blanks();
      continue;
    }
    r.i += 2;
    switch (x) {
      case 't': out->push_back('\t'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 'f': out->push_back('\f'); break;
      case 'u': {
        uint32_t cp = 0;
        int k = 0;
        for (; k < 4 && r.i < r.size() && hex_digit(r.s[r.i]) >= 0; ++k, ++r.i) cp = cp * 16 + static_cast<uint32_t>(hex_digit(r.s[r.i]));
        if (k == 4) append_utf8(out, cp);
        break;
      }
      default: out->push_back(x);
    }
    last = r.i;
  }
  return last;
}

void read_properties(Reader& r, Node* root) {
  while (r.i < r.size()) {
    r.skip_blanks();
    uint32_t b = r.i;
    if (b >= r.size() || is_eol(r.s[b]) || r.s[b] == '#' || r.s[b] == '!') {
      // A comment line is not continued by a trailing backslash.
      r.next_line();
      continue;
    }
    std::string key, text;
    uint32_t ke = read_escaped(r, &key, true);
    r.skip_blanks();
    if (r.i < r.size() && (r.s[r.i] == '=' || r.s[r.i] == ':')) ++r.i;
    r.skip_blanks();
    // A value that starts on a continued line starts there.
    while (r.i + 1 < r.size() && r.s[r.i] == '\\' && is_eol(r.s[r.i + 1])) {
      r.i += r.s[r.i + 1] == '\r' && r.i + 2 < r.size() && r.s[r.i + 2] == '\n' ? 3 : 2;
      r.skip_blanks();
    }
    uint32_t vb = r.i;
    uint32_t ve = read_escaped(r, &text, false);
    if (ve < vb) ve = vb;
    if (!key.empty())
      root->entries.push_back(Entry{std::move(key), r.src->span(b, ke), r.string_node(vb, ve, std::move(text), false)});
    r.next_line();
  }
}

}  // namespace

ParseResult parse_ini(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::ini;
  doc->root = doc->make(NodeType::map, 0, static_cast<uint32_t>(src->bytes().size()));
  Reader r;
  r.src = src;
  r.s = src->bytes();
  r.doc = doc.get();
  if (r.s.substr(0, 3) == "\xEF\xBB\xBF") r.i = 3;
  std::string_view path = src->path();
  if (path.size() >= 11 && ascii_lower(path.substr(path.size() - 11)) == ".properties") read_properties(r, doc->root);
  else read_ini(r, doc->root);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
