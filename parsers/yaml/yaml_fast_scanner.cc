// The fast YAML scanner (see the header for what it reads). A recursive descent over lines: a block collection
// is a column, and the first token of each line says whether the collection goes on (same column), ends (a
// smaller one, a document marker, the end of the text) or is something only libyaml should judge (a larger one,
// once a plain scalar has taken its continuation lines: an error, or a quoted scalar going on).
//
// Marks follow libyaml's, as the builder reads them (yaml_builder.cc) and the tests compare them:
// - a block mapping starts at its first key, a block sequence at its first `-` (an indentless one, under a key
//   at the key's column, ends its start mark past that `-`), or at their properties when they have some;
// - block collections and implicit document ends end where the next token starts, past comments and blank
//   lines, or at the end of the text;
// - an empty value is an empty plain scalar just past its `:` or `-` (in a flow mapping: at the next `,` or
//   `}`), or over its properties when it has some;
// - a block scalar ends at the start of the line where it stopped, past its trailing blank lines.
#include "parsers/yaml/yaml_fast_scanner.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "parsers/text_util.h"

namespace tollgate::yaml {

namespace {

// Recursion deeper than this is left to libyaml: far past real configuration, far short of the stack's limit.
constexpr int kMaxNesting = 100;

// libyaml forgets a possible simple key 1024 characters after its start; bytes are at least characters, so a
// key shorter than this many bytes is a key for libyaml too.
constexpr uint32_t kMaxKeyBytes = 1000;

// The bytes that stop the inner loop of a plain scalar: blanks, line ends, the end mark, and the characters
// that may end the scalar (`: `, ` #`), plus, in flow context, the flow indicators.
constexpr std::array<bool, 256> plain_stops(bool flow) {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\0', ':', '#'}) t[c] = true;
  if (flow)
    for (unsigned char c : {',', '[', ']', '{', '}'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kBlockPlainStop = plain_stops(false);
constexpr std::array<bool, 256> kFlowPlainStop = plain_stops(true);

// A blank or the end of a line or of the text. Tabs are left out on purpose: wherever libyaml reads a tab as a
// blank, the scanner declines, so that its rules for tabs need not be repeated here.
bool blankz(char c) { return c == ' ' || c == '\n' || c == '\0'; }

bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Anchor and tag names: libyaml allows more in tags (URI characters), the scanner only these.
bool is_name_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A node's anchor and tag, written before its content.
struct Props {
  bool present = false;
  uint32_t begin = 0, end = 0;  // from the first property's start to the last one's end
  std::string_view tag, anchor;
};

// A plain or quoted scalar token.
struct Scalar {
  uint32_t begin = 0, end = 0;
  std::string_view value;
  ScalarStyle style = ScalarStyle::plain;
};

// Where a node starts: first on its line, after a sequence's `- `, or after a mapping key's `: `. Compact
// collections (`- a: 1`, `- - x`) start after `- ` or at a line start, never after `: `.
enum class Place : uint8_t { line_start, after_dash, after_colon };

class Scanner {
 public:
  Scanner(const std::string& text, EventSink& sink)
      : s_(text.c_str()), n_(static_cast<uint32_t>(text.size())), sink_(sink) {}

  bool run() {
    if (!skip_to_token(0)) return false;
    bool first = true;
    while (tok_ < n_) {
      if (at_marker('-')) {
        if (!emit(EventType::document_start, tok_, tok_ + 3)) return false;
        if (!finish_line(tok_ + 3)) return false;
      } else if (!first || at_marker('.')) {
        // Content after `...` without a `---`, or a `...` before any document: libyaml decides.
        return false;
      } else {
        if (!emit(EventType::document_start, tok_, tok_, /*implicit=*/true)) return false;
      }
      first = false;
      if (tok_ == n_ || at_marker()) {
        // An empty document: its root is an empty scalar at the next token.
        if (!emit_scalar(tok_, tok_, {}, ScalarStyle::plain, Props{})) return false;
      } else {
        if (!node(tok_, -1, Props{}, Place::line_start, tok_)) return false;
        if (tok_ < n_ && !at_marker()) return false;
      }
      if (at_marker('.')) {
        if (!emit(EventType::document_end, tok_, tok_ + 3)) return false;
        if (!finish_line(tok_ + 3)) return false;
      } else {
        if (!emit(EventType::document_end, tok_, tok_, /*implicit=*/true)) return false;
      }
    }
    return true;
  }

 private:
  // --- Lines and tokens.

  // Moves tok_ to the first token at or after line start i, past blank lines and comment lines.
  bool skip_to_token(uint32_t i) {
    for (;;) {
      uint32_t j = i;
      while (s_[j] == ' ') ++j;
      char c = s_[j];
      if (c == '\n') {
        i = j + 1;
      } else if (c == '#') {
        const void* eol = std::memchr(s_ + j, '\n', n_ - j);
        if (!eol) break;
        i = static_cast<uint32_t>(static_cast<const char*>(eol) - s_) + 1;
      } else if (c == '\t') {
        return false;  // in the indentation, or a blank line of tabs: libyaml's rules for those are not repeated
      } else if (c == '\0') {
        break;
      } else {
        tok_ = j;
        tok_line_ = i;
        return true;
      }
    }
    tok_ = tok_line_ = n_;
    return true;
  }

  // After a token ending at i: the rest of the line must be spaces and perhaps a comment; then tok_ moves to
  // the next token.
  bool finish_line(uint32_t i) {
    uint32_t j = skip_spaces(i);
    if (s_[j] == '#') {
      // libyaml reads `"a"#b` as a scalar and a comment; the spec wants a space before `#`.
      if (s_[j - 1] != ' ') return false;
      const void* eol = std::memchr(s_ + j, '\n', n_ - j);
      j = eol ? static_cast<uint32_t>(static_cast<const char*>(eol) - s_) : n_;
    }
    if (s_[j] == '\0') {
      tok_ = tok_line_ = n_;
      return true;
    }
    if (s_[j] != '\n') return false;
    return skip_to_token(j + 1);
  }

  uint32_t skip_spaces(uint32_t i) const {
    while (s_[i] == ' ') ++i;
    return i;
  }

  int col_of(uint32_t i) const { return static_cast<int>(i - tok_line_); }
  int tok_col() const { return col_of(tok_); }

  // `---` or `...` at i, followed by a blank or the end of the line.
  bool is_marker(uint32_t i, char c) const {
    return s_[i] == c && s_[i + 1] == c && s_[i + 2] == c && blankz(s_[i + 3]);
  }
  // tok_ is a document marker (`---` for c '-', `...` for c '.'): those are markers only at the start of a line.
  bool at_marker(char c) const { return tok_ == tok_line_ && tok_ < n_ && is_marker(tok_, c); }
  bool at_marker() const { return at_marker('-') || at_marker('.'); }

  bool is_dash(uint32_t i) const { return s_[i] == '-' && blankz(s_[i + 1]); }

  // A block collection at column col ends at the end of the text, at a document marker or at a line less
  // indented than col.
  bool block_ends(int col) const { return tok_ == n_ || at_marker() || tok_col() < col; }

  std::string_view view(uint32_t begin, uint32_t end) const { return std::string_view(s_ + begin, end - begin); }

  // --- Events.

  bool emit(EventType type, uint32_t begin, uint32_t end, bool implicit = false) {
    Event e;
    e.type = type;
    e.begin = begin;
    e.end = end;
    e.implicit = implicit;
    return sink_.event(e);
  }

  bool emit_start(EventType type, uint32_t begin, uint32_t end, bool flow, const Props& props) {
    Event e;
    e.type = type;
    e.begin = begin;
    e.end = end;
    e.flow = flow;
    e.tag = props.tag;
    e.anchor = props.anchor;
    return sink_.event(e);
  }

  bool emit_scalar(uint32_t begin, uint32_t end, std::string_view value, ScalarStyle style, const Props& props) {
    Event e;
    e.type = EventType::scalar;
    e.begin = begin;
    e.end = end;
    e.value = value;
    e.style = style;
    e.tag = props.tag;
    e.anchor = props.anchor;
    return sink_.event(e);
  }

  // An empty value where libyaml puts it: over the properties when there are some, else at mark.
  bool emit_empty(uint32_t mark, const Props& props) {
    return props.present ? emit_scalar(props.begin, props.end, {}, ScalarStyle::plain, props)
                         : emit_scalar(mark, mark, {}, ScalarStyle::plain, props);
  }

  // --- Block structure.

  // The node whose first character is at i, on the line that starts at tok_line_. indent is the column of the
  // innermost block collection (libyaml's parser->indent; -1 at the root). inherited: properties written alone
  // on the line before (a node at a line start only). empty_mark: where an empty value would be.
  bool node(uint32_t i, int indent, Props inherited, Place place, uint32_t empty_mark) {
    Props own;
    if (s_[i] == '&' || s_[i] == '!') {
      if (inherited.present || !scan_props(i, &own, &i)) return false;
      if (s_[i] == '\n' || s_[i] == '\0' || s_[i] == '#') {
        // Properties, then the node on the lines below (or nothing).
        if (place == Place::line_start) return false;
        if (!finish_line(i)) return false;
        return node_below(indent, own, place, empty_mark);
      }
    }
    const Props& props = own.present ? own : inherited;
    // A compact collection: not after `: `, and not after properties on the same line (they would belong to
    // the first key, or be an error).
    bool compact = place != Place::after_colon && !own.present;
    char c = s_[i];
    if (is_dash(i)) {
      if (!compact) return false;
      tok_ = i;
      return block_sequence(col_of(i), props, /*indentless=*/false);
    }
    if (c == '*') {
      if (props.present) return false;
      uint32_t j = i + 1;
      while (is_name_char(s_[j])) ++j;
      if (j == i + 1 || !blankz(s_[j])) return false;
      Event e;
      e.type = EventType::alias;
      e.begin = i;
      e.end = j;
      e.anchor = view(i + 1, j);
      if (!sink_.event(e)) return false;
      return finish_line(j);
    }
    if (c == '[' || c == '{') {
      uint32_t end;
      if (!flow_collection(i, props, &end)) return false;
      return finish_line(end);
    }
    if (c == '|' || c == '>') return block_scalar(i, indent, props);

    Scalar sc;
    uint32_t next;
    if (!block_scalar_token(i, &sc, &next)) return false;
    if (s_[next] == ':' && blankz(s_[next + 1])) {
      if (!compact || next - sc.begin > kMaxKeyBytes) return false;
      return block_mapping(col_of(i), sc, next, props);
    }
    if (sc.style == ScalarStyle::plain && s_[next] == '\n') return plain_lines(sc, next, indent, props);
    if (!emit_scalar(props.present ? props.begin : sc.begin, sc.end, sc.value, sc.style, props)) return false;
    return finish_line(next);
  }

  // A plain scalar whose first line (`first`) reached its end at eol goes on over the lines below that are
  // more indented than its collection, folded: one line break between two lines is a space, n > 1 are n - 1
  // line breaks. A comment, a line at the collection's column or less, a document marker or the end of the
  // text ends it. libyaml reads a continuation line with a `: ` as a key after a multi-line scalar: an error.
  bool plain_lines(const Scalar& first, uint32_t eol, int indent, const Props& props) {
    std::string_view value = first.value;
    uint32_t end = first.end;
    uint32_t p = eol;  // at the line break that ends the text read so far
    for (;;) {
      // The next non-empty line, and how many line breaks come before it.
      size_t breaks = 0;
      uint32_t line = p;
      while (s_[p] == '\n') {
        ++breaks;
        line = ++p;
        while (s_[p] == ' ') ++p;
      }
      char c = s_[p];
      if (c == '\t') return false;
      int col = static_cast<int>(p - line);
      bool more = c != '\0' && c != '#' && col > indent && !(col == 0 && (is_marker(p, '-') || is_marker(p, '.')));
      if (!more) {
        if (!emit_scalar(props.present ? props.begin : first.begin, end, value, ScalarStyle::plain, props))
          return false;
        if (c == '#') return skip_to_token(line);
        // The line just looked at holds the next token (or the text ended): no need to read it again.
        tok_ = c == '\0' ? n_ : p;
        tok_line_ = c == '\0' ? n_ : line;
        return true;
      }
      if (value.data() != scratch_.data()) scratch_.assign(value);
      if (breaks == 1) scratch_.push_back(' ');
      else scratch_.append(breaks - 1, '\n');
      Scalar part;
      uint32_t stop;
      if (!plain(p, /*flow=*/false, &part, &stop) || s_[stop] == ':') return false;
      scratch_.append(part.value);
      value = scratch_;
      end = part.end;
      if (s_[stop] != '\n') {
        // A comment or the end of the text.
        if (!emit_scalar(props.present ? props.begin : first.begin, end, value, ScalarStyle::plain, props))
          return false;
        return finish_line(stop);
      }
      p = stop;
    }
  }

  // The node of a key or item whose line ended after the indicator (and perhaps properties): tok_ is the next
  // token. A node more indented than the collection is the value; at the collection's own column, a `-` under
  // a key starts an indentless sequence; anything else leaves the value empty.
  bool node_below(int indent, const Props& props, Place place, uint32_t empty_mark) {
    if (tok_ < n_ && !at_marker()) {
      int col = tok_col();
      if (col > indent) return node(tok_, indent, props, Place::line_start, empty_mark);
      if (col == indent && place == Place::after_colon && is_dash(tok_))
        return block_sequence(col, props, /*indentless=*/true);
    }
    return emit_empty(empty_mark, props);
  }

  // The value after a key's `:` or an item's `-` at i - 1.
  bool node_after_indicator(uint32_t i, int indent, Place place) {
    uint32_t empty_mark = i;
    i = skip_spaces(i);
    if (s_[i] == '\n' || s_[i] == '\0' || s_[i] == '#') {
      if (!finish_line(i)) return false;
      return node_below(indent, Props{}, place, empty_mark);
    }
    return node(i, indent, Props{}, place, empty_mark);
  }

  // A block mapping at column col whose first key (already read) is `first`, its `:` at colon.
  bool block_mapping(int col, Scalar first, uint32_t colon, const Props& props) {
    if (++depth_ > kMaxNesting) return false;
    if (!emit_start(EventType::mapping_start, props.present ? props.begin : first.begin, first.begin, false, props))
      return false;
    Scalar key = first;
    for (;;) {
      if (!emit_scalar(key.begin, key.end, key.value, key.style, Props{})) return false;
      if (!node_after_indicator(colon + 1, col, Place::after_colon)) return false;
      if (block_ends(col)) break;
      // A more indented line here (plain scalars have taken their continuation lines) is an error, or goes on
      // with something the scanner does not read: libyaml decides.
      if (tok_col() != col) return false;
      if (!block_key(tok_, &key, &colon)) return false;
    }
    --depth_;
    return emit(EventType::mapping_end, tok_, tok_);
  }

  // The key at i: a plain or quoted scalar followed by `:` and a blank.
  bool block_key(uint32_t i, Scalar* key, uint32_t* colon) {
    uint32_t next;
    if (!block_scalar_token(i, key, &next)) return false;
    if (s_[next] != ':' || !blankz(s_[next + 1]) || next - key->begin > kMaxKeyBytes) return false;
    *colon = next;
    return true;
  }

  // A block sequence at column col whose first `-` is tok_. An indentless sequence is the value of a key at
  // the same column: it ends at the next line at that column that is not a `-` (the mapping's next key).
  bool block_sequence(int col, const Props& props, bool indentless) {
    if (++depth_ > kMaxNesting) return false;
    if (!emit_start(EventType::sequence_start, props.present ? props.begin : tok_, indentless ? tok_ + 1 : tok_,
                    false, props))
      return false;
    for (;;) {
      if (!node_after_indicator(tok_ + 1, col, Place::after_dash)) return false;
      if (block_ends(col)) break;
      if (tok_col() != col) return false;
      if (!is_dash(tok_)) {
        if (indentless) break;
        return false;
      }
    }
    --depth_;
    return emit(EventType::sequence_end, tok_, tok_);
  }

  // Properties at i: an anchor and a tag, in either order, each at most once and followed by a blank; *next is
  // past them and the spaces after them.
  bool scan_props(uint32_t i, Props* p, uint32_t* next) {
    p->present = true;
    p->begin = i;
    for (int k = 0; k < 2 && (s_[i] == '&' || s_[i] == '!'); ++k) {
      uint32_t j = i + 1;
      if (s_[i] == '!') {
        if (!p->tag.empty()) return false;
        if (s_[j] == '!') ++j;
        uint32_t name = j;
        while (is_name_char(s_[j])) ++j;
        if (j == name) return false;
        p->tag = view(i, j);
      } else {
        if (!p->anchor.empty()) return false;
        while (is_name_char(s_[j])) ++j;
        if (j == i + 1) return false;
        p->anchor = view(i + 1, j);
      }
      if (!blankz(s_[j])) return false;
      p->end = j;
      i = skip_spaces(j);
    }
    *next = i;
    return true;
  }

  // --- Scalars.

  // The plain or quoted scalar at i in block context; *next is where the line goes on after it (past spaces):
  // at `:` when it is a key.
  bool block_scalar_token(uint32_t i, Scalar* sc, uint32_t* next) {
    char c = s_[i];
    if (c == '"' || c == '\'') {
      uint32_t end;
      if (!(c == '"' ? double_quoted(i, sc, &end) : single_quoted(i, sc, &end))) return false;
      *next = skip_spaces(end);
      return true;
    }
    if (!can_start_plain(i, /*flow=*/false)) return false;
    return plain(i, /*flow=*/false, sc, next);
  }

  // libyaml's rule for the first character of a plain scalar: not an indicator, except `-` (and, in block
  // context, `?` and `:`) before a non-blank.
  bool can_start_plain(uint32_t i, bool flow) const {
    switch (s_[i]) {
      case '-': return !blankz(s_[i + 1]);
      case '?':
      case ':': return !flow && !blankz(s_[i + 1]);
      case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!': case '|':
      case '>': case '\'': case '"': case '%': case '@': case '`':
      case ' ': case '\t': case '\n': case '\0':
        return false;
      default: return true;
    }
  }

  // A plain scalar on one line from i; *stop is where it stopped: at `:` before a blank (a key), at ` #` (a
  // comment), at the line's end, or in flow context at a flow indicator or a `:` before one.
  bool plain(uint32_t i, bool flow, Scalar* sc, uint32_t* stop) {
    const std::array<bool, 256>& stops = flow ? kFlowPlainStop : kBlockPlainStop;
    uint32_t j = i, end = i;
    for (;;) {
      while (!stops[static_cast<unsigned char>(s_[j])]) ++j;
      char c = s_[j];
      if (c == ':') {
        char d = s_[j + 1];
        if (blankz(d) || (flow && (is_flow_indicator(d) || d == '?'))) {
          end = j;
          break;
        }
        if (d == '\t') return false;
        ++j;
      } else if (c == '#') {
        ++j;  // after a non-blank: part of the scalar
      } else if (c == ' ') {
        end = j;
        uint32_t k = skip_spaces(j);
        char d = s_[k];
        if (d == '#' || d == '\n' || d == '\0' || (flow && is_flow_indicator(d))) {
          j = k;
          break;
        }
        if (d == ':' && (blankz(s_[k + 1]) || (flow && (is_flow_indicator(s_[k + 1]) || s_[k + 1] == '?')))) {
          j = k;
          break;
        }
        if (d == '\t') return false;
        j = k;
      } else if (c == '\t') {
        return false;
      } else {
        end = j;  // a line end, the end of the text, or a flow indicator
        break;
      }
    }
    sc->begin = i;
    sc->end = end;
    sc->value = view(i, end);
    sc->style = ScalarStyle::plain;
    *stop = j;
    return true;
  }

  // A single-quoted scalar on one line from i; *end is past its closing quote.
  bool single_quoted(uint32_t i, Scalar* sc, uint32_t* end) {
    uint32_t j = i + 1;
    for (;;) {
      char c = s_[j];
      if (c == '\'') {
        if (s_[j + 1] != '\'') break;
        j += 2;
      } else if (c == '\n' || c == '\0') {
        return false;  // over several lines, or unterminated
      } else {
        ++j;
      }
    }
    std::string_view raw = view(i + 1, j);
    if (raw.find('\'') == std::string_view::npos) {
      sc->value = raw;
    } else {
      scratch_.clear();
      for (size_t k = 0; k < raw.size(); ++k) {
        scratch_.push_back(raw[k]);
        if (raw[k] == '\'') ++k;  // '' is one quote
      }
      sc->value = scratch_;
    }
    sc->begin = i;
    sc->end = j + 1;
    sc->style = ScalarStyle::single_quoted;
    *end = j + 1;
    return true;
  }

  // A double-quoted scalar on one line from i, escapes decoded; *end is past its closing quote.
  bool double_quoted(uint32_t i, Scalar* sc, uint32_t* end) {
    uint32_t j = i + 1;
    while (s_[j] != '"' && s_[j] != '\\' && s_[j] != '\n' && s_[j] != '\0') ++j;
    if (s_[j] == '"') {
      sc->value = view(i + 1, j);
    } else {
      scratch_.assign(s_ + i + 1, j - i - 1);
      for (;;) {
        char c = s_[j];
        if (c == '"') break;
        if (c == '\n' || c == '\0') return false;  // over several lines, or unterminated
        if (c != '\\') {
          scratch_.push_back(c);
          ++j;
          continue;
        }
        if (!escape(j + 1, &j)) return false;
      }
      sc->value = scratch_;
    }
    sc->begin = i;
    sc->end = j + 1;
    sc->style = ScalarStyle::double_quoted;
    *end = j + 1;
    return true;
  }

  // The escape whose letter is at i, appended to scratch_; *next is past it. False for a line continuation
  // (`\` at the end of a line), an unknown escape or a code point libyaml rejects.
  bool escape(uint32_t i, uint32_t* next) {
    int digits = 0;
    switch (s_[i]) {
      case '0': scratch_.push_back('\0'); break;
      case 'a': scratch_.push_back('\a'); break;
      case 'b': scratch_.push_back('\b'); break;
      case 't':
      case '\t': scratch_.push_back('\t'); break;
      case 'n': scratch_.push_back('\n'); break;
      case 'v': scratch_.push_back('\v'); break;
      case 'f': scratch_.push_back('\f'); break;
      case 'r': scratch_.push_back('\r'); break;
      case 'e': scratch_.push_back('\x1B'); break;
      case ' ': scratch_.push_back(' '); break;
      case '"': scratch_.push_back('"'); break;
      case '/': scratch_.push_back('/'); break;
      case '\\': scratch_.push_back('\\'); break;
      case 'N': tollgate::append_utf8(&scratch_, 0x85); break;
      case '_': tollgate::append_utf8(&scratch_, 0xA0); break;
      case 'L': tollgate::append_utf8(&scratch_, 0x2028); break;
      case 'P': tollgate::append_utf8(&scratch_, 0x2029); break;
      case 'x': digits = 2; break;
      case 'u': digits = 4; break;
      case 'U': digits = 8; break;
      default: return false;
    }
    *next = i + 1;
    if (digits == 0) return true;
    uint32_t cp = 0;
    for (int k = 1; k <= digits; ++k) {
      int h = hex_value(s_[i + k]);
      if (h < 0) return false;
      cp = (cp << 4) | static_cast<uint32_t>(h);
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
    tollgate::append_utf8(&scratch_, cp);
    *next = i + 1 + digits;
    return true;
  }

  // A literal (`|`) or folded (`>`) block scalar whose indicator is at i; indent: the enclosing collection's
  // column. The content's indentation is the first non-empty line's (or the header's indicator digit), and
  // the value follows the spec's folding and chomping rules as libyaml applies them.
  bool block_scalar(uint32_t i, int indent, const Props& props) {
    const bool literal = s_[i] == '|';
    int chomp = 0;  // -1 strip (`-`), 0 clip, +1 keep (`+`)
    int increment = 0;
    uint32_t j = i + 1;
    auto chomping = [&](char c) { return c == '-' ? -1 : c == '+' ? 1 : 0; };
    if (chomping(s_[j])) {
      chomp = chomping(s_[j++]);
      if (s_[j] >= '1' && s_[j] <= '9') increment = s_[j++] - '0';
    } else if (s_[j] >= '1' && s_[j] <= '9') {
      increment = s_[j++] - '0';
      if (chomping(s_[j])) chomp = chomping(s_[j++]);
    }
    uint32_t k = skip_spaces(j);
    if (s_[k] == '#') {
      if (k == j) return false;  // `|#`: libyaml reads a comment, the spec does not
      const void* eol = std::memchr(s_ + k, '\n', n_ - k);
      k = eol ? static_cast<uint32_t>(static_cast<const char*>(eol) - s_) : n_;
    }
    if (s_[k] != '\n' && s_[k] != '\0') return false;
    uint32_t pos = s_[k] == '\n' ? k + 1 : n_;

    int block_indent = increment == 0 ? 0 : indent >= 0 ? indent + increment : increment;
    std::string& out = scratch_;
    out.clear();
    uint32_t line = pos;       // the start of the line at pos
    uint32_t end_mark = pos;   // libyaml's end mark: past the last line break read
    size_t trailing = 0;       // line breaks of the empty lines since the last content line
    bool leading_break = false;  // the last content line ended with a line break
    bool leading_blank = false;  // the last content line started with a blank (a more indented line)

    // Indentation and empty lines from the line start pos, up to the next content line (or the scalar's end).
    // Sets the indentation from the first content line when no indicator gave it.
    auto breaks = [&]() -> bool {
      int max_indent = 0;
      end_mark = pos;
      for (;;) {
        line = pos;
        while ((block_indent == 0 || static_cast<int>(pos - line) < block_indent) && s_[pos] == ' ') ++pos;
        int column = static_cast<int>(pos - line);
        max_indent = std::max(max_indent, column);
        if ((block_indent == 0 || column < block_indent) && s_[pos] == '\t') return false;
        if (s_[pos] != '\n') break;
        ++pos;
        ++trailing;
        end_mark = pos;
      }
      if (block_indent == 0) block_indent = std::max({max_indent, indent + 1, 1});
      return true;
    };

    if (!breaks()) return false;
    while (s_[pos] != '\0' && static_cast<int>(pos - line) == block_indent) {
      bool trailing_blank = s_[pos] == ' ' || s_[pos] == '\t';
      if (!literal && leading_break && !leading_blank && !trailing_blank) {
        // Folding: a line break between two unindented lines is a space, unless empty lines follow it.
        if (trailing == 0) out.push_back(' ');
      } else if (leading_break) {
        out.push_back('\n');
      }
      leading_break = false;
      out.append(trailing, '\n');
      trailing = 0;
      leading_blank = trailing_blank;
      const void* eol = std::memchr(s_ + pos, '\n', n_ - pos);
      uint32_t e = eol ? static_cast<uint32_t>(static_cast<const char*>(eol) - s_) : n_;
      out.append(s_ + pos, e - pos);
      pos = e;
      if (s_[pos] == '\n') {
        ++pos;
        leading_break = true;
      }
      if (!breaks()) return false;
    }
    if (chomp != -1 && leading_break) out.push_back('\n');
    if (chomp == 1) out.append(trailing, '\n');

    if (!emit_scalar(props.present ? props.begin : i, end_mark, out,
                     literal ? ScalarStyle::literal : ScalarStyle::folded, props))
      return false;
    return skip_to_token(line);
  }

  // --- Flow collections (on one line).

  // The flow collection opening at i; *end is past its closing bracket.
  bool flow_collection(uint32_t i, const Props& props, uint32_t* end) {
    if (++depth_ > kMaxNesting) return false;
    const bool map = s_[i] == '{';
    const char close = map ? '}' : ']';
    if (!emit_start(map ? EventType::mapping_start : EventType::sequence_start, props.present ? props.begin : i,
                    i + 1, true, props))
      return false;
    i = skip_spaces(i + 1);
    while (s_[i] != close) {
      if (map) {
        Scalar key;
        if (!flow_scalar(i, &key, &i)) return false;
        if (!emit_scalar(key.begin, key.end, key.value, key.style, Props{})) return false;
        i = skip_spaces(i);
        if (s_[i] == ':') {
          if (s_[i + 1] != ' ' || i - key.begin > kMaxKeyBytes) return false;
          i = skip_spaces(i + 1);
          if (s_[i] == ',' || s_[i] == '}') {
            if (!emit_empty(i, Props{})) return false;
          } else if (!flow_node(i, &i)) {
            return false;
          }
        } else if (s_[i] == ',' || s_[i] == '}') {
          if (!emit_empty(i, Props{})) return false;  // a key without a value
        } else {
          return false;
        }
      } else if (!flow_node(i, &i)) {
        return false;
      }
      // Next: `,` (a trailing one is allowed) or the closing bracket; `key: value` in a sequence (a single-pair
      // mapping), a comment or the line's end (a multi-line collection) are left to libyaml.
      i = skip_spaces(i);
      if (s_[i] == ',') {
        i = skip_spaces(i + 1);
      } else if (s_[i] != close) {
        return false;
      }
    }
    if (!emit(map ? EventType::mapping_end : EventType::sequence_end, i, i + 1)) return false;
    --depth_;
    *end = i + 1;
    return true;
  }

  // A node inside a flow collection: a scalar, an alias or a nested collection; *end is past it.
  bool flow_node(uint32_t i, uint32_t* end) {
    char c = s_[i];
    if (c == '[' || c == '{') return flow_collection(i, Props{}, end);
    if (c == '*') {
      uint32_t j = i + 1;
      while (is_name_char(s_[j])) ++j;
      if (j == i + 1 || !(s_[j] == ' ' || s_[j] == ',' || s_[j] == ']' || s_[j] == '}')) return false;
      Event e;
      e.type = EventType::alias;
      e.begin = i;
      e.end = j;
      e.anchor = view(i + 1, j);
      *end = j;
      return sink_.event(e);
    }
    Scalar sc;
    if (!flow_scalar(i, &sc, end)) return false;
    return emit_scalar(sc.begin, sc.end, sc.value, sc.style, Props{});
  }

  // A plain or quoted scalar inside a flow collection; *end is where the line goes on after it.
  bool flow_scalar(uint32_t i, Scalar* sc, uint32_t* end) {
    char c = s_[i];
    if (c == '"') return double_quoted(i, sc, end);
    if (c == '\'') return single_quoted(i, sc, end);
    if (!can_start_plain(i, /*flow=*/true)) return false;
    if (!plain(i, /*flow=*/true, sc, end)) return false;
    char d = s_[*end];
    return d != '#' && d != '\n' && d != '\0';  // a comment or a line end inside the collection
  }

  const char* s_;
  uint32_t n_;
  EventSink& sink_;
  uint32_t tok_ = 0;       // the next token: its offset, or n_ at the end of the text
  uint32_t tok_line_ = 0;  // the start of tok_'s line (the current line while a line is being read)
  int depth_ = 0;
  std::string scratch_;    // decoded values; the sink copies what it keeps before the next event
};

}  // namespace

bool scan_fast(const std::string& text, EventSink& sink) { return Scanner(text, sink).run(); }

}  // namespace tollgate::yaml
