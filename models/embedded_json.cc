// See embedded_json.h.
#include "models/embedded_json.h"

#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace tollgate {

namespace {

// The file's bytes with all but [begin, end) blanked (line breaks kept): a parse of them is located in the file,
// its offsets, lines and columns the file's.
std::string blank_outside(const std::string& src, uint32_t begin, uint32_t end) {
  std::string out(src.size(), ' ');
  for (size_t i = 0; i < src.size(); ++i)
    if (src[i] == '\n' || (i >= begin && i < end)) out[i] = src[i];
  return out;
}

// Spans from the file's own line index (columns count code points, which blanking changes).
void respan(const SourceText& src, Node* n) {
  if (!n) return;
  n->span = src.span(n->span.begin, n->span.end);
  for (Entry& e : n->entries) {
    e.key_span = src.span(e.key_span.begin, e.key_span.end);
    respan(src, e.value);
  }
}

// `jsonencode(<expr>)`: the argument read as HCL, as the attribute `x = <expr>`.
const Node* reparse_jsonencode(const Document& doc, const Node* expr, EmbeddedJson* out) {
  const std::string& src = doc.source->bytes();
  uint32_t b = expr->span.begin, e = expr->span.end;
  size_t open = src.find('(', b);
  size_t close = src.rfind(')', e - 1);
  if (open == std::string::npos || close == std::string::npos || close < open || close >= e) return nullptr;
  out->bytes = blank_outside(src, static_cast<uint32_t>(open + 1), static_cast<uint32_t>(close));
  // `x=` goes on the line where the argument starts (an attribute's value cannot begin on a later line): over
  // `jsonencode(`, or over the indentation when the argument starts on a line of its own.
  size_t arg = src.find_first_not_of(" \t\r\n", open + 1);
  if (arg == std::string::npos || arg >= close) return nullptr;
  size_t line_start = src.rfind('\n', arg);
  size_t at = b;
  if (line_start != std::string::npos && line_start > open) {
    if (arg - line_start - 1 < 2) return nullptr;
    at = arg - 2;
  }
  out->bytes[at] = 'x';
  out->bytes[at + 1] = '=';
  out->result = parse_hcl(SourceText::make(doc.path(), out->bytes));
  if (out->result.error || out->result.documents.empty()) return nullptr;
  Node* root = out->result.documents[0]->root;
  respan(*doc.source, root);
  return root ? root->get("x") : nullptr;
}

// A JSON heredoc: its lines read as JSON. `${...}` interpolations become strings of their own length for the
// parse, and unknown values after it.
const Node* reparse_heredoc(const Document& doc, const Node* v, EmbeddedJson* out) {
  const std::string& src = doc.source->bytes();
  uint32_t b = v->span.begin, e = v->span.end;
  size_t body = src.find('\n', b);
  size_t last = e > 0 ? src.rfind('\n', e - 1) : std::string::npos;
  if (body == std::string::npos || last == std::string::npos || last <= body) return nullptr;
  out->bytes = blank_outside(src, static_cast<uint32_t>(body + 1), static_cast<uint32_t>(last + 1));
  std::string& s = out->bytes;
  std::unordered_set<uint32_t> outside;  // where an interpolation stood for a whole JSON value
  std::vector<std::pair<uint32_t, uint32_t>> inside;  // interpolations within JSON strings
  bool in_string = false;
  for (size_t i = body + 1; i <= last; ++i) {
    if (s[i] == '%' && i + 1 <= last && s[i + 1] == '{') return nullptr;  // template directives: not JSON
    if (s[i] == '$' && i + 1 <= last && s[i + 1] == '{') {
      int depth = 0;
      size_t j = i + 1;
      for (; j <= last; ++j) {
        if (s[j] == '{') ++depth;
        else if (s[j] == '}' && --depth == 0) break;
        else if (s[j] == '"') s[j] = '\'';
      }
      if (j > last) return nullptr;
      if (in_string) {
        inside.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j + 1)});
      } else {
        s[i] = '"';
        s[j] = '"';
        outside.insert(static_cast<uint32_t>(i));
      }
      i = j;
      continue;
    }
    if (in_string && s[i] == '\\') ++i;
    else if (s[i] == '"') in_string = !in_string;
  }
  out->result = parse_json(SourceText::make(doc.path(), out->bytes));
  if (out->result.error || out->result.documents.empty()) return nullptr;
  Node* root = out->result.documents[0]->root;
  respan(*doc.source, root);
  // The parse saw stand-ins; the model must see the interpolations as written.
  auto fix = [&](auto&& self, Node* n) -> void {
    if (!n) return;
    if (n->is_string() && outside.count(n->span.begin)) {
      n->type = NodeType::expr;
      n->text = src.substr(n->span.begin, n->span.end - n->span.begin);
    } else if (n->is_string()) {
      for (auto [ib, ie] : inside)
        if (ib > n->span.begin && ie < n->span.end) n->text = src.substr(n->span.begin + 1, n->span.end - n->span.begin - 2);
    }
    for (Entry& e : n->entries) self(self, e.value);
  };
  fix(fix, root);
  return root;
}

// A quoted JSON string: parsed from its decoded text, every value located at the string.
const Node* reparse_string(const Document& doc, const Node* v, EmbeddedJson* out) {
  out->result = parse_json(SourceText::make(doc.path(), v->text));
  if (out->result.error || out->result.documents.empty()) return nullptr;
  Node* root = out->result.documents[0]->root;
  auto place = [&](auto&& self, Node* n) -> void {
    if (!n) return;
    n->span = v->span;
    for (Entry& e : n->entries) {
      e.key_span = v->span;
      self(self, e.value);
    }
  };
  place(place, root);
  return root;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

const Node* read_embedded_json(const Document& doc, const Node* v, EmbeddedJson* out) {
  if (!v) return nullptr;
  std::string_view raw = doc.source->view(v->span.begin, v->span.end);
  if (v->type == NodeType::expr && starts_with(v->text, "jsonencode(")) return reparse_jsonencode(doc, v, out);
  if (starts_with(raw, "<<")) return reparse_heredoc(doc, v, out);
  if (v->is_string()) return reparse_string(doc, v, out);
  return nullptr;
}

}  // namespace tollgate
