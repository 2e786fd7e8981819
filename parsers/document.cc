// The document model's shared pieces: line index, spans, node lookup, reference extraction.
#include "tollgate/document.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>

namespace tollgate {

namespace {

// Code points in a UTF-8 byte range: every byte that is not a continuation byte starts one.
// Invalid UTF-8 still counts each stray byte once, so columns stay monotonic.
uint32_t count_code_points(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::shared_ptr<const SourceText> SourceText::make(std::string path, std::string bytes) {
  auto t = std::make_shared<SourceText>();
  t->path_ = std::move(path);
  t->bytes_ = std::move(bytes);
  t->line_starts_.push_back(0);
  const std::string& b = t->bytes_;
  const char* d = b.data();
  const size_t n = b.size();
  // Every file is indexed, so this runs over every byte of a scan: memchr and word-wide tests, not a byte loop.
  if (!std::memchr(d, '\r', n)) {
    for (const char* p = d; (p = static_cast<const char*>(std::memchr(p, '\n', n - (p - d)))); ++p)
      t->line_starts_.push_back(static_cast<uint32_t>(p - d + 1));
  } else {
    for (size_t i = 0; i < n; ++i) {
      // \n, \r\n and a lone \r all end a line.
      if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= n || d[i + 1] != '\n')))
        t->line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  uint64_t high = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, d + i, 8);
    high |= w;
  }
  for (; i < n; ++i) high |= static_cast<unsigned char>(d[i]);
  const bool ascii = (high & 0x8080808080808080ULL) == 0;
  // Most files are ASCII: a column is then a byte distance. Otherwise keep the code points before each block
  // of kBlock bytes, so a column costs at most kBlock bytes of counting even on a 10 MB minified line.
  if (!ascii) {
    uint32_t cps = 0;
    t->cp_before_block_.reserve(b.size() / kBlock + 1);
    for (size_t i = 0; i < b.size(); ++i) {
      if (i % kBlock == 0) t->cp_before_block_.push_back(cps);
      cps += (static_cast<unsigned char>(b[i]) & 0xC0) != 0x80;
    }
  }
  return t;
}

std::string_view SourceText::view(uint32_t begin, uint32_t end) const {
  begin = std::min<uint32_t>(begin, bytes_.size());
  end = std::clamp<uint32_t>(end, begin, bytes_.size());
  return std::string_view(bytes_).substr(begin, end - begin);
}

uint32_t SourceText::line_start(uint32_t n) const {
  if (n == 0) return 0;
  if (n > line_starts_.size()) return static_cast<uint32_t>(bytes_.size());
  return line_starts_[n - 1];
}

std::string_view SourceText::line(uint32_t n) const {
  if (n == 0 || n > line_starts_.size()) return {};
  uint32_t b = line_starts_[n - 1];
  uint32_t e = n < line_starts_.size() ? line_starts_[n] : static_cast<uint32_t>(bytes_.size());
  while (e > b && (bytes_[e - 1] == '\n' || bytes_[e - 1] == '\r')) --e;
  return std::string_view(bytes_).substr(b, e - b);
}

uint32_t SourceText::offset_of(uint32_t line_no, uint32_t col) const {
  std::string_view l = line(line_no);
  uint32_t off = line_start(line_no);
  uint32_t seen = 1;
  size_t i = 0;
  while (i < l.size() && seen < col) {
    ++i;
    while (i < l.size() && (static_cast<unsigned char>(l[i]) & 0xC0) == 0x80) ++i;
    ++seen;
  }
  return off + static_cast<uint32_t>(i);
}

uint32_t SourceText::code_points_before(uint32_t offset) const {
  if (cp_before_block_.empty()) return 0;
  uint32_t block = std::min<uint32_t>(offset / kBlock, cp_before_block_.size() - 1);
  uint32_t from = block * kBlock;
  return cp_before_block_[block] + count_code_points(std::string_view(bytes_).substr(from, offset - from));
}

void SourceText::locate(uint32_t offset, uint32_t* line_no, uint32_t* col) const {
  offset = std::min<uint32_t>(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t idx = static_cast<size_t>(it - line_starts_.begin());  // 1-based line
  *line_no = static_cast<uint32_t>(idx);
  uint32_t start = line_starts_[idx - 1];
  if (cp_before_block_.empty()) *col = 1 + offset - start;  // an ASCII file
  else if (offset - start <= kBlock) *col = 1 + count_code_points(std::string_view(bytes_).substr(start, offset - start));
  else *col = 1 + code_points_before(offset) - code_points_before(start);
}

Span SourceText::span(uint32_t begin, uint32_t end) const {
  Span s;
  s.begin = std::min<uint32_t>(begin, bytes_.size());
  s.end = std::clamp<uint32_t>(end, s.begin, bytes_.size());
  locate(s.begin, &s.line, &s.col);
  locate(s.end, &s.end_line, &s.end_col);
  return s;
}

const char* format_name(Format f) {
  switch (f) {
    case Format::hcl: return "hcl";
    case Format::yaml: return "yaml";
    case Format::json: return "json";
    case Format::dockerfile: return "dockerfile";
    case Format::dotenv: return "dotenv";
    case Format::ini: return "ini";
    case Format::toml: return "toml";
    case Format::shell: return "shell";
    case Format::groovy: return "groovy";
    case Format::text: return "text";
  }
  return "text";
}

const char* node_type_name(NodeType t) {
  switch (t) {
    case NodeType::null: return "null";
    case NodeType::boolean: return "bool";
    case NodeType::integer: return "int";
    case NodeType::floating: return "float";
    case NodeType::string: return "string";
    case NodeType::expr: return "expr";
    case NodeType::map: return "map";
    case NodeType::seq: return "seq";
  }
  return "null";
}

uint64_t Document::next_serial() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

const Entry* Node::entry(std::string_view key) const {
  if (type != NodeType::map) return nullptr;
  // Duplicate keys are kept in order; a lookup sees the last one, as most YAML and JSON loaders do.
  // Size and first byte before memcmp: most keys a lookup passes differ in one of them, and this is the hottest
  // loop of the rules' reads.
  const size_t n = key.size();
  const char first = n ? key[0] : 0;
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const std::string& k = it->key;
    if (k.size() == n && (n == 0 || (k[0] == first && std::memcmp(k.data(), key.data(), n) == 0))) return &*it;
  }
  return nullptr;
}

const Node* Node::get(std::string_view key) const {
  const Entry* e = entry(key);
  return e ? e->value : nullptr;
}

std::string scalar_text(const Node* n) { return n && n->is_scalar() && n->type != NodeType::null ? n->text : ""; }

const Node* Node::at(size_t i) const {
  if (type != NodeType::seq || i >= entries.size()) return nullptr;
  return entries[i].value;
}

namespace {

bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_ident(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '-')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '-')) s.remove_suffix(1);
  return s;
}

void add_ref(std::vector<std::string>* out, std::string_view r) {
  if (r.empty()) return;
  if (std::find(out->begin(), out->end(), r) == out->end()) out->emplace_back(r);
}

// A reference of the kinds below is short: looking no further for its end keeps a string of ten thousand
// openings linear.
constexpr size_t kMaxReferenceBytes = 512;

// When s[i] opens `open` and `close` ends it within kMaxReferenceBytes, with something but blanks between and
// every character of that accepted by `ok`: the index of the close's last character.
template <typename Ok>
std::optional<size_t> enclosed(std::string_view s, size_t i, std::string_view open, std::string_view close, Ok ok) {
  if (s.compare(i, open.size(), open) != 0) return std::nullopt;
  size_t b = i + open.size();
  size_t e = s.substr(0, b + kMaxReferenceBytes + close.size()).find(close, b);
  if (e == std::string_view::npos) return std::nullopt;
  std::string_view in = trim(s.substr(b, e - b));
  if (in.empty() || !std::all_of(in.begin(), in.end(), ok)) return std::nullopt;
  return e + close.size() - 1;
}

bool any_char(char) { return true; }
// A Concourse variable's name: db-password, vault:path/to.field.
bool name_char(char c) { return is_ident(c) || c == '.' || c == '-' || c == ':' || c == '/'; }

}  // namespace

std::vector<std::string> string_references(std::string_view s) {
  std::vector<std::string> out;
  // Every reference syntax below starts at one of these bytes; most strings (names, images, ports) hold none,
  // and the models ask this of each string they copy.
  if (std::none_of(s.begin(), s.end(), [](char c) { return c == '$' || c == '{' || c == '(' || c == '#' || c == '<' || c == '%'; }))
    return out;
  for (size_t i = 0; i < s.size(); ++i) {
    // Values supplied by another tool when the file is used, each in its own syntax.
    std::optional<size_t> end;
    if (s[i] == '(') end = enclosed(s, i, "((", "))", name_char);  // Concourse ((var)), ((source:path.field))
    else if (s[i] == '#') end = enclosed(s, i, "#{", "}", any_char);  // Octopus #{Var}, Replace Tokens #{Var}#
    else if (s[i] == '<') end = enclosed(s, i, "<%", "%>", any_char);  // ERB, EJS <%= ENV["X"] %>
    else if (s[i] == '%' && (end = enclosed(s, i, "%(", ")", is_ident)))  // Python %(name)s
      end = *end + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[*end + 1])) ? std::optional(*end + 1)
                                                                                       : std::nullopt;
    if (end) {
      add_ref(&out, s.substr(i, *end + 1 - i));
      i = *end;
      continue;
    }
    // ${{ expr }} (GitHub Actions) and {{ expr }} (Go templates: Helm, GitLab needs none of them)
    bool gha = s.compare(i, 3, "${{") == 0;
    if (gha || s.compare(i, 2, "{{") == 0) {
      size_t open = i + (gha ? 3 : 2);
      size_t close = s.find("}}", open);
      if (close == std::string_view::npos) break;
      add_ref(&out, trim(s.substr(open, close - open)));
      i = close + 1;
      continue;
    }
    if (s[i] != '$') continue;
    if (i > 0 && s[i - 1] == '$') continue;  // $$ is an escaped dollar in compose, GitLab and Terraform
    // $(Var) (Azure Pipelines macros, make; in a shell, a command's output) and $[ expr ] (Azure runtime
    // expressions): a value computed elsewhere.
    if (i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '['))
      end = s[i + 1] == '(' ? enclosed(s, i, "$(", ")", any_char) : enclosed(s, i, "$[", "]", any_char);
    if (end) {
      add_ref(&out, s.substr(i, *end + 1 - i));
      i = *end;
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '{') {
      size_t close = s.find('}', i + 2);
      if (close == std::string_view::npos) break;
      std::string_view inner = s.substr(i + 2, close - i - 2);
      // ${var.x} in HCL templates names the reference itself; ${VAR:-default} keeps just the variable.
      size_t stop = inner.find_first_of(":-=?+ }");
      bool shell_var = !inner.empty() && is_ident_start(inner[0]) && inner.find('.') == std::string_view::npos;
      if (shell_var) add_ref(&out, "${" + std::string(inner.substr(0, stop)) + "}");
      else add_ref(&out, trim(inner));
      i = close;
      continue;
    }
    if (i + 1 < s.size() && is_ident_start(s[i + 1])) {
      size_t j = i + 1;
      while (j < s.size() && is_ident(s[j])) ++j;
      add_ref(&out, s.substr(i, j - i));
      i = j - 1;
    }
  }
  return out;
}

}  // namespace tollgate
