// Dockerfile parser: hand-written, one pass over the physical lines, shaped as docs/document-model.md says.
//
// Each instruction is first gathered into a "logical line" (continuation pieces joined, comment and blank
// lines inside a continuation dropped, as Docker does), with a piece table mapping logical offsets back to
// source offsets, so every word, flag, variable and value keeps an exact span even across lines.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_upper(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
  return true;
}

constexpr std::array<std::string_view, 18> kInstructions = {
    "ADD",   "ARG",    "CMD",        "COPY",  "ENTRYPOINT", "ENV",  "EXPOSE",  "FROM",    "HEALTHCHECK",
    "LABEL", "MAINTAINER", "ONBUILD", "RUN",  "SHELL",      "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"};

bool known_instruction(std::string_view kw) {
  return std::find(kInstructions.begin(), kInstructions.end(), kw) != kInstructions.end();
}

// Docker only parses leading --flags for the instructions that define some; elsewhere "--x" is an argument.
bool takes_flags(std::string_view kw) {
  return kw == "FROM" || kw == "RUN" || kw == "COPY" || kw == "ADD" || kw == "HEALTHCHECK";
}

// BuildKit accepts heredocs on exactly these.
bool takes_heredocs(std::string_view kw) { return kw == "RUN" || kw == "COPY" || kw == "ADD"; }

bool has_exec_form(std::string_view kw) {
  return kw == "RUN" || kw == "CMD" || kw == "ENTRYPOINT" || kw == "SHELL" || kw == "COPY" || kw == "ADD" ||
         kw == "VOLUME";
}

struct Piece {
  uint32_t logical;
  uint32_t source;
};

struct Logical {
  std::string text;
  std::vector<Piece> pieces;

  void append(std::string_view s, uint32_t source) {
    if (s.empty()) return;
    pieces.push_back({static_cast<uint32_t>(text.size()), source});
    text.append(s);
  }
  uint32_t src(uint32_t pos) const {
    auto it = std::upper_bound(pieces.begin(), pieces.end(), pos,
                               [](uint32_t p, const Piece& pc) { return p < pc.logical; });
    if (it == pieces.begin()) return pieces.empty() ? 0 : pieces.front().source;
    --it;
    return it->source + (pos - it->logical);
  }
  // Source range of logical [b, e). The end is mapped from the last byte (and an empty range from the byte
  // before it), so a range that stops where two lines were joined ends on its own line, not at the next one.
  std::pair<uint32_t, uint32_t> range(uint32_t b, uint32_t e) const {
    if (b >= e) {
      uint32_t s = b > 0 ? src(b - 1) + 1 : src(0);
      return {s, s};
    }
    return {src(b), src(e - 1) + 1};
  }
};

struct Word {
  uint32_t b, e;  // logical offsets of the word as written, quotes included
};

// Shell-like words: blanks separate, quotes group, the escape character protects the next one.
std::vector<Word> split_words(std::string_view s, uint32_t from, uint32_t to, char esc) {
  std::vector<Word> out;
  uint32_t i = from;
  while (i < to) {
    while (i < to && is_blank(s[i])) ++i;
    if (i >= to) break;
    uint32_t b = i;
    while (i < to && !is_blank(s[i])) {
      char c = s[i];
      if (c == esc) {
        i = std::min(i + 2, to);
      } else if (c == '\'') {
        ++i;
        while (i < to && s[i] != '\'') ++i;
        if (i < to) ++i;
      } else if (c == '"') {
        ++i;
        while (i < to && s[i] != '"') i = (s[i] == esc) ? std::min(i + 2, to) : i + 1;
        if (i < to) ++i;
      } else {
        ++i;
      }
    }
    out.push_back({b, i});
  }
  return out;
}

// The value of a word as Docker's word processing sees it: quotes removed, escapes resolved. Variables are not
// expanded. Blanks outside quotes are kept, so this also serves the legacy `ENV NAME value with spaces` form.
std::string unquote(std::string_view s, uint32_t b, uint32_t e, char esc) {
  std::string out;
  out.reserve(e - b);
  uint32_t i = b;
  while (i < e) {
    char c = s[i];
    if (c == esc) {
      if (i + 1 < e) out.push_back(s[i + 1]);
      else out.push_back(c);
      i += 2;
    } else if (c == '\'') {
      ++i;
      while (i < e && s[i] != '\'') out.push_back(s[i++]);
      ++i;
    } else if (c == '"') {
      ++i;
      while (i < e && s[i] != '"') {
        // Inside double quotes the escape only protects what the shell would let it protect.
        if (s[i] == esc && i + 1 < e && (s[i + 1] == '"' || s[i + 1] == '$' || s[i + 1] == esc)) ++i;
        out.push_back(s[i++]);
      }
      ++i;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  return out;
}

// Offset of the first '=' outside quotes in a word, or e.
uint32_t find_assign(std::string_view s, uint32_t b, uint32_t e, char esc) {
  uint32_t i = b;
  while (i < e) {
    char c = s[i];
    if (c == '=') return i;
    if (c == esc) {
      i += 2;
    } else if (c == '\'' || c == '"') {
      ++i;
      while (i < e && s[i] != c) i = (c == '"' && s[i] == esc) ? i + 2 : i + 1;
      ++i;
    } else {
      ++i;
    }
  }
  return e;
}


bool hex4(std::string_view s, uint32_t i, uint32_t* cp) {
  if (i + 4 > s.size()) return false;
  uint32_t v = 0;
  for (uint32_t k = i; k < i + 4; ++k) {
    char c = s[k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= c - '0';
    else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
    else return false;
  }
  *cp = v;
  return true;
}

struct Item {
  Word w;
  std::string text;
};

// Exec form: a JSON array of strings and nothing else. Anything short of that is shell form, as in Docker.
bool parse_exec(std::string_view s, uint32_t b, uint32_t e, std::vector<Item>* items) {
  auto ws = [&](uint32_t i) {
    while (i < e && (s[i] == ' ' || s[i] == '\t')) ++i;
    return i;
  };
  uint32_t i = ws(b);
  if (i >= e || s[i] != '[') return false;
  i = ws(i + 1);
  if (i < e && s[i] == ']') return ws(i + 1) == e;
  while (true) {
    if (i >= e || s[i] != '"') return false;
    Item item;
    item.w.b = i++;
    while (true) {
      if (i >= e) return false;
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c == '"') break;
      if (c < 0x20) return false;
      if (c != '\\') {
        item.text.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      if (i + 1 >= e) return false;
      char x = s[i + 1];
      i += 2;
      switch (x) {
        case '"': item.text.push_back('"'); break;
        case '\\': item.text.push_back('\\'); break;
        case '/': item.text.push_back('/'); break;
        case 'b': item.text.push_back('\b'); break;
        case 'f': item.text.push_back('\f'); break;
        case 'n': item.text.push_back('\n'); break;
        case 'r': item.text.push_back('\r'); break;
        case 't': item.text.push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!hex4(std::string_view(s.data(), e), i, &cp)) return false;
          i += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo;
            if (i + 1 < e && s[i] == '\\' && s[i + 1] == 'u' && hex4(std::string_view(s.data(), e), i + 2, &lo) &&
                lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              i += 6;
            } else {
              cp = 0xFFFD;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD;
          }
          append_utf8(&item.text, cp);
          break;
        }
        default: return false;
      }
    }
    item.w.e = ++i;
    items->push_back(std::move(item));
    i = ws(i);
    if (i < e && s[i] == ',') {
      i = ws(i + 1);
      continue;
    }
    if (i < e && s[i] == ']') return ws(i + 1) == e;
    return false;
  }
}

struct HeredocMark {
  std::string name;
  bool strip_tabs = false;
  uint32_t logical = 0;  // where "<<" starts
};

bool ident_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// `<<EOF`, `<<-EOF`, `<<"EOF"`, `<<'EOF'`, optionally after a file descriptor (`2<<EOF`). An unquoted
// delimiter may be followed directly by a redirection or list operator (`<<EOF>/out`), which shells allow.
std::optional<HeredocMark> heredoc_mark(std::string_view s, Word w) {
  uint32_t i = w.b;
  while (i < w.e && s[i] >= '0' && s[i] <= '9') ++i;
  if (i + 2 > w.e || s[i] != '<' || s[i + 1] != '<') return std::nullopt;
  HeredocMark m;
  m.logical = i;
  i += 2;
  if (i < w.e && s[i] == '-') {
    m.strip_tabs = true;
    ++i;
  }
  if (i < w.e && (s[i] == '"' || s[i] == '\'')) {
    char q = s[i++];
    uint32_t nb = i;
    while (i < w.e && s[i] != q) ++i;
    if (i >= w.e || i == nb) return std::nullopt;
    m.name.assign(s.substr(nb, i - nb));
    ++i;
  } else {
    uint32_t nb = i;
    while (i < w.e && ident_char(s[i])) ++i;
    if (i == nb) return std::nullopt;
    m.name.assign(s.substr(nb, i - nb));
  }
  if (i < w.e && std::string_view(">|;&)").find(s[i]) == std::string_view::npos) return std::nullopt;
  return m;
}

// SourceText counts the empty "line" after a final line break; it is not a line of the file, and an
// unterminated heredoc must not gain an empty line from it.
uint32_t real_line_count(const SourceText& src) {
  uint32_t n = src.line_count();
  if (n > 1 && src.line_start(n) == src.bytes().size()) --n;
  return n;
}

struct Parser {
  std::shared_ptr<const SourceText> src;
  Document* doc = nullptr;
  std::optional<ParseError> error;
  char escape = '\\';
  int stage = -1;
  bool stop = false;  // an unterminated heredoc swallowed the rest of the file
  uint32_t nlines = 0;

  void fail(std::string message, uint32_t offset) {
    if (error) return;
    error = ParseError{std::move(message), offset, src->span(offset, offset)};
  }

  Node* string_node(std::string text, std::pair<uint32_t, uint32_t> r) {
    Node* n = doc->make(NodeType::string, r.first, r.second);
    n->text = std::move(text);
    return n;
  }

  static void put(Node* map, std::string key, const Span& key_span, Node* value) {
    map->entries.push_back(Entry{std::move(key), key_span, value});
  }
  static void put(Node* map, std::string key, Node* value) { put(map, std::move(key), value->span, value); }
  static void push(Node* seq, Node* value) { seq->entries.push_back(Entry{std::string(), value->span, value}); }

  bool directive(std::string_view line);
  uint32_t instruction(uint32_t n, uint32_t first);
  void vars(Node* inst, std::string_view kw, const Logical& lg, const std::vector<Word>& words, size_t first,
            uint32_t args_end);
};

// `# name=value` lines before anything else. Returns false for a line that is only a comment, which ends the
// directive section (as does anything else); an unknown directive name is such a comment, as in BuildKit.
bool Parser::directive(std::string_view line) {
  size_t i = 1;
  while (i < line.size() && is_blank(line[i])) ++i;
  size_t nb = i;
  while (i < line.size() && ((line[i] >= 'a' && line[i] <= 'z') || (line[i] >= 'A' && line[i] <= 'Z') ||
                             (i > nb && line[i] >= '0' && line[i] <= '9')))
    ++i;
  std::string_view name = line.substr(nb, i - nb);
  while (i < line.size() && is_blank(line[i])) ++i;
  if (name.empty() || i >= line.size() || line[i] != '=') return false;
  ++i;
  while (i < line.size() && is_blank(line[i])) ++i;
  size_t ve = line.size();
  while (ve > i && is_blank(line[ve - 1])) --ve;
  std::string_view value = line.substr(i, ve - i);
  if (iequals(name, "escape")) {
    if (value == "\\" || value == "`") {
      escape = value[0];
    } else {
      uint32_t off = static_cast<uint32_t>(value.data() - src->bytes().data());
      fail("invalid escape directive '" + std::string(value) + "': must be ` or \\", off);
    }
    return true;
  }
  return iequals(name, "syntax") || iequals(name, "check");
}

void Parser::vars(Node* inst, std::string_view kw, const Logical& lg, const std::vector<Word>& words,
                  size_t first, uint32_t args_end) {
  const std::string& s = lg.text;
  uint32_t vb = first < words.size() ? words[first].b : args_end;
  auto vr = lg.range(vb, args_end);
  Node* map = doc->make(NodeType::map, vr.first, vr.second);
  put(inst, "vars", map);
  if (first >= words.size()) {
    fail(std::string(kw) + " requires at least one argument", inst->span.begin);
    return;
  }
  // Names and values keep the spans of the text as written: a quoted value's span includes its quotes,
  // while its text has them removed.
  auto add = [&](uint32_t nb, uint32_t ne, Node* value) {
    auto nr = lg.range(nb, ne);
    put(map, unquote(s, nb, ne, escape), src->span(nr.first, nr.second), value);
  };
  const Word& w0 = words[first];
  uint32_t eq0 = find_assign(s, w0.b, w0.e, escape);
  bool legacy = kw != "ARG" && eq0 == w0.e;
  map->entries.reserve(legacy ? 1 : words.size() - first);
  if (legacy) {
    // Legacy `ENV NAME value with spaces`: one variable, the value is the rest of the line.
    if (first + 1 >= words.size()) {
      fail("missing value for '" + unquote(s, w0.b, w0.e, escape) + "' in " + std::string(kw), lg.src(w0.b));
      return;
    }
    uint32_t rb = words[first + 1].b;
    add(w0.b, w0.e, string_node(unquote(s, rb, args_end, escape), lg.range(rb, args_end)));
    return;
  }
  for (size_t k = first; k < words.size(); ++k) {
    const Word& w = words[k];
    uint32_t eq = find_assign(s, w.b, w.e, escape);
    if (eq == w.b) {
      fail("empty name in " + std::string(kw), lg.src(w.b));
      continue;
    }
    if (eq == w.e) {
      if (kw == "ARG") {
        add(w.b, w.e, doc->make(NodeType::null, lg.range(w.e, w.e).first, lg.range(w.e, w.e).second));
      } else {
        fail("expected name=value in " + std::string(kw) + ", got '" + std::string(s.substr(w.b, w.e - w.b)) + "'",
             lg.src(w.b));
      }
      continue;
    }
    add(w.b, eq, string_node(unquote(s, eq + 1, w.e, escape), lg.range(eq + 1, w.e)));
  }
}

// Reads the instruction starting on line n at byte `first` of that line; returns the next line to read.
uint32_t Parser::instruction(uint32_t n, uint32_t first) {
  Logical lg;
  uint32_t last = n;
  uint32_t line_no = n;
  uint32_t from = first;
  while (true) {
    std::string_view line = src->line(line_no);
    std::string_view part = line.substr(from);
    size_t e = part.size();
    while (e > 0 && is_blank(part[e - 1])) --e;
    bool more = e > 0 && part[e - 1] == escape;
    if (more) part = part.substr(0, e - 1);
    lg.append(part, src->line_start(line_no) + from);
    last = line_no;
    if (!more) break;
    // Docker drops comment lines and blank lines inside a continuation; the instruction goes on after them.
    ++line_no;
    while (line_no <= nlines) {
      std::string_view l = src->line(line_no);
      size_t k = 0;
      while (k < l.size() && is_blank(l[k])) ++k;
      if (k < l.size() && l[k] != '#') break;
      ++line_no;
    }
    if (line_no > nlines) break;
    from = 0;
  }
  uint32_t next = last + 1;
  const std::string& s = lg.text;
  const uint32_t size = static_cast<uint32_t>(s.size());

  uint32_t kw_end = 0;
  while (kw_end < size && !is_blank(s[kw_end])) ++kw_end;
  std::string kw = upper(std::string_view(s).substr(0, kw_end));
  auto kw_range = lg.range(0, kw_end);
  if (!known_instruction(kw)) {
    fail("unknown instruction '" + kw + "'", kw_range.first);
    return next;
  }

  uint32_t args_end = size;
  while (args_end > kw_end && is_blank(s[args_end - 1])) --args_end;
  std::vector<Word> words = split_words(s, kw_end, args_end, escape);

  uint32_t inst_end = src->line_start(last) + static_cast<uint32_t>(src->line(last).size());
  Node* inst = doc->make(NodeType::map, kw_range.first, inst_end);

  size_t first_arg = 0;
  std::vector<std::pair<Word, uint32_t>> flag_words;  // word, offset of '=' (or word end)
  if (takes_flags(kw)) {
    while (first_arg < words.size()) {
      const Word& w = words[first_arg];
      if (w.e - w.b < 3 || s[w.b] != '-' || s[w.b + 1] != '-') break;
      flag_words.push_back({w, find_assign(s, w.b, w.e, escape)});
      ++first_arg;
    }
  }
  uint32_t vb = first_arg < words.size() ? words[first_arg].b : args_end;
  auto value_range = lg.range(vb, args_end);

  std::vector<Item> items;
  bool exec = false;
  if (has_exec_form(kw)) {
    exec = parse_exec(s, vb, args_end, &items);
  } else if (kw == "HEALTHCHECK" && first_arg + 1 < words.size() && iequals(s.substr(vb, 3), "CMD") &&
             words[first_arg].e == vb + 3) {
    // HEALTHCHECK CMD ["curl", "-f", "..."]: the command keeps its own exec form, after a "CMD" item.
    exec = parse_exec(s, words[first_arg + 1].b, args_end, &items);
    if (exec) items.insert(items.begin(), Item{words[first_arg], "CMD"});
  }
  bool is_from = kw == "FROM", has_vars = kw == "ENV" || kw == "ARG" || kw == "LABEL";
  bool alias = is_from && first_arg + 2 < words.size() &&
               iequals(s.substr(words[first_arg + 1].b, words[first_arg + 1].e - words[first_arg + 1].b), "AS");
  // Every vector below gets its final size up front: growing one by doubling leaves up to half of it unused, and
  // an instruction's few small vectors are most of what it costs after its nodes.
  Node* args = doc->make(NodeType::seq, value_range.first, value_range.second);
  args->entries.reserve(exec ? items.size() : words.size() - first_arg);
  std::vector<HeredocMark> marks;
  if (exec) {
    for (auto& it : items) push(args, string_node(std::move(it.text), lg.range(it.w.b, it.w.e)));
  } else {
    for (size_t k = first_arg; k < words.size(); ++k) {
      const Word& w = words[k];
      push(args, string_node(unquote(s, w.b, w.e, escape), lg.range(w.b, w.e)));
      if (takes_heredocs(kw))
        if (auto m = heredoc_mark(s, w)) marks.push_back(std::move(*m));
    }
  }
  inst->entries.reserve(6 + (is_from && first_arg < words.size()) + alias + has_vars + !marks.empty());

  put(inst, "instruction", string_node(kw, kw_range));
  // A scalar that two keys hold alike (same text, same span) is one node: rules get scalars as Lua values, never
  // as nodes, so they cannot tell, and the commonest instructions (`ENV K=v`, `USER app`, `FROM image`) save a
  // node each. Shell form's only word spans all of `value`; it is the same string unless quotes or escapes go.
  std::string value_text = s.substr(vb, args_end - vb);
  const Node* word = !exec && args->size() == 1 ? args->entries[0].value : nullptr;
  Node* value = word && word->text == value_text && word->span.begin == value_range.first &&
                        word->span.end == value_range.second
                    ? args->entries[0].value
                    : string_node(std::move(value_text), value_range);
  put(inst, "value", value);
  put(inst, "args", args);
  put(inst, "form", string_node(exec ? "exec" : "shell", value_range));

  Node* flags = doc->make(NodeType::map, kw_range.second, kw_range.second);
  if (!flag_words.empty()) {
    auto fr = lg.range(flag_words.front().first.b, flag_words.back().first.e);
    flags->span = src->span(fr.first, fr.second);
  }
  flags->entries.reserve(flag_words.size());
  // Repeated flags (several --mount) are all kept, in order; a lookup returns the last.
  for (auto& [w, eq] : flag_words) {
    auto name_range = lg.range(w.b + 2, eq);
    Node* v;
    if (eq == w.e) {
      // A bare switch (`COPY --link`) is true, so rules can test it without comparing strings.
      v = doc->make(NodeType::boolean, name_range.first, name_range.second);
      v->text = "true";
    } else {
      v = string_node(unquote(s, eq + 1, w.e, escape), lg.range(eq + 1, w.e));
    }
    put(flags, std::string(s.substr(w.b + 2, eq - w.b - 2)), src->span(name_range.first, name_range.second), v);
  }
  put(inst, "flags", flags);

  if (is_from) ++stage;
  Node* stage_node = doc->make(NodeType::integer, kw_range.first, kw_range.second);
  stage_node->text = std::to_string(stage);
  put(inst, "stage", stage_node);

  // FROM is never exec form, so its words are args' items: the image is the first, the alias the third.
  if (is_from && first_arg < words.size()) {
    put(inst, "image", args->entries[0].value);
    if (alias) put(inst, "alias", args->entries[2].value);
  }
  if (has_vars) vars(inst, kw, lg, words, first_arg, args_end);

  if (!marks.empty()) {
    // Bodies follow the instruction's last line, one after another, in the order the markers appear.
    Node* heredocs = nullptr;
    uint32_t hb_begin = src->line_start(next);
    for (const HeredocMark& m : marks) {
      uint32_t body_begin = src->line_start(next);
      uint32_t body_end = body_begin;
      std::string body;
      bool closed = false;
      while (next <= nlines) {
        std::string_view l = src->line(next);
        std::string_view cmp = l;
        if (m.strip_tabs)
          while (!cmp.empty() && cmp.front() == '\t') cmp.remove_prefix(1);
        if (cmp == m.name) {
          closed = true;
          inst_end = src->line_start(next) + static_cast<uint32_t>(l.size());
          ++next;
          break;
        }
        body.append(cmp);
        body.push_back('\n');
        body_end = src->line_start(next) + static_cast<uint32_t>(l.size());
        ++next;
      }
      if (!closed) {
        fail("unterminated heredoc '" + m.name + "'", lg.src(m.logical));
        if (body_end > body_begin) inst_end = body_end;
        stop = true;
      }
      if (!heredocs) {
        heredocs = doc->make(NodeType::seq, hb_begin, hb_begin);
        heredocs->entries.reserve(marks.size());
      }
      // The body's span covers its lines' text, not the line break before the delimiter; its text ends
      // with that line break, as the file it becomes would.
      push(heredocs, string_node(std::move(body), {body_begin, body_end}));
      heredocs->span = src->span(hb_begin, body_end);
      if (stop) break;
    }
    put(inst, "heredocs", heredocs);
    inst->span = src->span(kw_range.first, inst_end);
  }
  push(doc->root, inst);
  return next;
}

}  // namespace

ParseResult parse_dockerfile(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::dockerfile;
  // An empty Dockerfile still has a root, so rules can iterate it without a nil check.
  doc->root = doc->make(NodeType::seq, 0, static_cast<uint32_t>(src->bytes().size()));
  Parser p;
  p.src = src;
  p.doc = doc.get();
  const uint32_t nlines = p.nlines = real_line_count(*src);
  bool directives = true;
  uint32_t n = 1;
  while (n <= nlines && !p.stop) {
    std::string_view line = src->line(n);
    size_t i = 0;
    if (n == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // BOM, which Docker ignores
    while (i < line.size() && is_blank(line[i])) ++i;
    if (directives) {
      if (i < line.size() && line[i] == '#' && p.directive(line.substr(i))) {
        ++n;
        continue;
      }
      directives = false;
    }
    if (i >= line.size() || line[i] == '#') {
      ++n;
      continue;
    }
    n = p.instruction(n, static_cast<uint32_t>(i));
  }
  result.error = std::move(p.error);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
