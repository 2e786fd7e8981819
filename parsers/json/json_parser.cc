// JSON -> document model: a hand-written single-pass parser with an explicit stack (no recursion, so nesting
// costs no native stack and the kMaxDepth check is one comparison).
//
// Accepted beyond RFC 8259, as the tree-sitter-json grammar used before did (tsconfig-style and hand-written
// configs rely on it): `//` and `/* */` comments wherever whitespace may be, a fraction without digits ("1."),
// raw control characters other than a line feed inside strings. Also accepted: a leading UTF-8 byte order mark.
// Invalid UTF-8 inside strings is kept as it is.
//
// Errors are reported where the parser finds a byte it cannot accept: "unexpected '<text>'" quotes up to 20
// bytes from there (cut at a line break, invalid bytes as \xNN), "missing '<token>'" names what had to come.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

// Byte classes.
constexpr uint8_t kSpace = 1;       // whitespace between tokens
constexpr uint8_t kStrStop = 2;     // ends a run of plain string content: '"', '\\', '\n'
constexpr uint8_t kWord = 4;        // continues a number or keyword: a following one makes the token invalid
constexpr uint8_t kValueStart = 8;  // can start a value

constexpr std::array<uint8_t, 256> make_classes() {
  std::array<uint8_t, 256> t{};
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<uint8_t>(c)] |= kSpace;
  for (char c : {'"', '\\', '\n'}) t[static_cast<uint8_t>(c)] |= kStrStop;
  for (int c = '0'; c <= '9'; ++c) t[c] |= kWord | kValueStart;
  for (int c = 'a'; c <= 'z'; ++c) t[c] |= kWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= kWord;
  for (char c : {'_', '.', '+', '-'}) t[static_cast<uint8_t>(c)] |= kWord;
  for (char c : {'"', '-', '{', '[', 't', 'f', 'n'}) t[static_cast<uint8_t>(c)] |= kValueStart;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = make_classes();

inline uint8_t cls(char c) { return kClass[static_cast<uint8_t>(c)]; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }



// An int literal within int64 (a larger one reads as a float, which is what every consumer can hold).
bool fits_int64(std::string_view s) {
  bool neg = !s.empty() && s[0] == '-';
  std::string_view digits = s.substr(neg ? 1 : 0);
  constexpr std::string_view kMax = "9223372036854775807", kMin = "9223372036854775808";
  std::string_view limit = neg ? kMin : kMax;
  if (digits.size() != limit.size()) return digits.size() < limit.size();
  return digits <= limit;
}

class Parser {
 public:
  Parser(const SourceText& src, Document* doc)
      : src_(src), doc_(doc), p_(src.bytes().data()), n_(static_cast<uint32_t>(src.bytes().size())) {}

  // Builds doc->root (nullptr for empty input); false with error() set on a syntax error.
  bool run();
  const std::string& message() const { return message_; }
  uint32_t offset() const { return offset_; }

 private:
  // What the parser expects next.
  enum class State : uint8_t {
    value,        // any value: at the top, after ':' and after ',' in an array
    first_item,   // after '[': a value or ']'
    first_key,    // after '{': a key or '}'
    key,          // after ',' in an object
    colon,        // after a key
    after_value,  // after a value inside a container: ',' or its closing bracket
    done,         // after the top-level value: only whitespace and comments
  };

  struct Frame {
    Node* node;
    bool is_map;
  };

  bool fail(std::string message, uint32_t offset) {
    message_ = std::move(message);
    offset_ = offset;
    return false;
  }
  bool unexpected(uint32_t at) {
    if (at >= n_) return fail("unexpected end of input", n_);
    return fail("unexpected '" + error_excerpt(std::string_view(p_ + at, n_ - at)) + "'", at);
  }

  // Skips whitespace and comments from pos_; false on an unterminated block comment.
  bool skip_blank();
  // The string whose opening quote is at pos_, decoded into *out; pos_ ends past the closing quote.
  bool read_string(std::string* out);
  // A scalar or the start of a container at pos_.
  bool read_value();
  // Places a finished value: the root or the current container's newest entry.
  void attach(Node* v);
  // Closes the innermost container with the bracket at pos_.
  void close();

  const SourceText& src_;
  Document* doc_;
  const char* p_;
  uint32_t n_;
  uint32_t pos_ = 0;
  State state_ = State::value;
  Frame stack_[kMaxDepth];
  int depth_ = 0;
  std::string message_;
  uint32_t offset_ = 0;
};

bool Parser::skip_blank() {
  for (;;) {
    while (pos_ < n_ && (cls(p_[pos_]) & kSpace)) ++pos_;
    if (pos_ + 1 >= n_ || p_[pos_] != '/') return true;
    if (p_[pos_ + 1] == '/') {
      const void* nl = std::memchr(p_ + pos_ + 2, '\n', n_ - pos_ - 2);
      pos_ = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - p_) : n_;
    } else if (p_[pos_ + 1] == '*') {
      std::string_view rest(p_ + pos_ + 2, n_ - pos_ - 2);
      size_t close = rest.find("*/");
      if (close == std::string_view::npos) return fail("missing '*/'", n_);
      pos_ += 2 + static_cast<uint32_t>(close) + 2;
    } else {
      return true;  // a lone '/': the caller finds it unexpected
    }
  }
}

bool Parser::read_string(std::string* out) {
  const uint32_t open = pos_;
  uint32_t i = open + 1, run = i;
  for (;;) {
    while (i < n_ && !(cls(p_[i]) & kStrStop)) ++i;
    out->append(p_ + run, i - run);
    if (i >= n_) return fail("missing '\"'", n_);
    char c = p_[i];
    if (c == '"') {
      pos_ = i + 1;
      return true;
    }
    if (c == '\n') return fail("missing '\"'", i > open + 1 && p_[i - 1] == '\r' ? i - 1 : i);
    // A backslash.
    if (i + 1 >= n_) return fail("missing '\"'", n_);
    char e = p_[i + 1];
    switch (e) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '/': out->push_back('/'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 't': out->push_back('\t'); break;
      case 'u': {
        auto hex4 = [&](uint32_t at) -> int32_t {
          if (at + 4 > n_) return -1;
          int32_t v = 0;
          for (uint32_t k = at; k < at + 4; ++k) {
            char h = p_[k];
            int d = is_digit(h) ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
            if (d < 0) return -1;
            v = v * 16 + d;
          }
          return v;
        };
        int32_t cp = hex4(i + 2);
        if (cp < 0) {
          // Quote the escape as written: up to 6 bytes, not past the string's closing quote.
          uint32_t end = std::min(i + 6, n_);
          const void* q = std::memchr(p_ + i + 2, '"', end - (i + 2));
          if (q) end = static_cast<uint32_t>(static_cast<const char*>(q) - p_);
          return fail("invalid escape '" + error_excerpt(std::string_view(p_ + i, end - i)) + "'", i);
        }
        i += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          int32_t lo = i + 1 < n_ && p_[i] == '\\' && p_[i + 1] == 'u' ? hex4(i + 2) : -1;
          if (lo >= 0xDC00 && lo <= 0xDFFF) {
            append_utf8(out, 0x10000 + ((static_cast<uint32_t>(cp) - 0xD800) << 10) + (static_cast<uint32_t>(lo) - 0xDC00));
            i += 6;
          } else {
            append_utf8(out, 0xFFFD);  // a lone high surrogate has no UTF-8 form
          }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          append_utf8(out, 0xFFFD);
        } else {
          append_utf8(out, static_cast<uint32_t>(cp));
        }
        run = i;
        continue;
      }
      default: {
        // Quote the backslash and the whole character after it.
        unsigned char b = static_cast<unsigned char>(e);
        uint32_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
        uint32_t end = std::min(i + 1 + len, n_);
        return fail("unexpected '" + error_excerpt(std::string_view(p_ + i, end - i)) + "'", i);
      }
    }
    i += 2;
    run = i;
  }
}

void Parser::attach(Node* v) {
  if (depth_ == 0) {
    doc_->root = v;
    state_ = State::done;
    return;
  }
  Frame& f = stack_[depth_ - 1];
  if (f.is_map) f.node->entries.back().value = v;  // the entry was added with its key
  else f.node->entries.push_back(Entry{{}, v->span, v});
  state_ = State::after_value;
}

void Parser::close() {
  Node* n = stack_[--depth_].node;
  ++pos_;
  n->span.end = pos_;
  src_.locate(pos_, &n->span.end_line, &n->span.end_col);
  attach(n);
}

bool Parser::read_value() {
  const uint32_t begin = pos_;
  const char c = p_[pos_];
  switch (c) {
    case '{':
    case '[': {
      if (depth_ >= kMaxDepth) return fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", begin);
      bool is_map = c == '{';
      Node* n = doc_->make(is_map ? NodeType::map : NodeType::seq, begin, begin);  // the end is set by close()
      stack_[depth_++] = Frame{n, is_map};
      ++pos_;
      state_ = is_map ? State::first_key : State::first_item;
      return true;
    }
    case '"': {
      std::string text;
      if (!read_string(&text)) return false;
      Node* n = doc_->make(NodeType::string, begin, pos_);
      n->text = std::move(text);
      attach(n);
      return true;
    }
    case 't':
    case 'f':
    case 'n': {
      std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
      if (n_ - pos_ < word.size() || std::memcmp(p_ + pos_, word.data(), word.size()) != 0) return unexpected(begin);
      uint32_t end = pos_ + static_cast<uint32_t>(word.size());
      if (end < n_ && (cls(p_[end]) & kWord)) return unexpected(begin);
      Node* n = doc_->make(c == 'n' ? NodeType::null : NodeType::boolean, begin, end);
      n->text.assign(word);
      pos_ = end;
      attach(n);
      return true;
    }
    default: break;
  }
  if (c != '-' && !is_digit(c)) return unexpected(begin);
  // -?(0|[1-9][0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?
  uint32_t i = pos_;
  if (p_[i] == '-') ++i;
  if (i < n_ && p_[i] == '0') {
    ++i;
  } else if (i < n_ && is_digit(p_[i])) {
    while (i < n_ && is_digit(p_[i])) ++i;
  } else {
    return unexpected(begin);
  }
  bool integer = true;
  if (i < n_ && p_[i] == '.') {
    integer = false;
    ++i;
    while (i < n_ && is_digit(p_[i])) ++i;
  }
  if (i < n_ && (p_[i] == 'e' || p_[i] == 'E')) {
    integer = false;
    ++i;
    if (i < n_ && (p_[i] == '-' || p_[i] == '+')) ++i;
    if (i >= n_ || !is_digit(p_[i])) return unexpected(begin);
    while (i < n_ && is_digit(p_[i])) ++i;
  }
  if (i < n_ && (cls(p_[i]) & kWord)) return unexpected(begin);  // 01, 1.2.3, 12abc
  std::string_view literal(p_ + begin, i - begin);
  Node* n = doc_->make(integer && fits_int64(literal) ? NodeType::integer : NodeType::floating, begin, i);
  n->text.assign(literal);
  pos_ = i;
  attach(n);
  return true;
}

bool Parser::run() {
  if (n_ >= 3 && std::memcmp(p_, "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
  for (;;) {
    if (!skip_blank()) return false;
    if (pos_ >= n_) {
      switch (state_) {
        case State::done: return true;
        case State::value:
          if (depth_ == 0) return true;  // nothing but whitespace and comments
          return unexpected(n_);
        case State::first_item: return fail("missing ']'", n_);
        case State::first_key: return fail("missing '}'", n_);
        case State::colon: return fail("missing ':'", n_);
        case State::after_value: return fail(stack_[depth_ - 1].is_map ? "missing '}'" : "missing ']'", n_);
        case State::key: return unexpected(n_);
      }
    }
    const char c = p_[pos_];
    switch (state_) {
      case State::first_item:
        if (c == ']') {
          close();
          break;
        }
        [[fallthrough]];
      case State::value:
        if (!read_value()) return false;
        break;
      case State::first_key:
        if (c == '}') {
          close();
          break;
        }
        [[fallthrough]];
      case State::key: {
        if (c != '"') return unexpected(pos_);
        const uint32_t begin = pos_;
        Entry& e = stack_[depth_ - 1].node->entries.emplace_back();
        if (!read_string(&e.key)) return false;
        e.key_span = src_.span(begin, pos_);
        state_ = State::colon;
        break;
      }
      case State::colon:
        if (c != ':') return fail("missing ':'", pos_);
        ++pos_;
        state_ = State::value;
        break;
      case State::after_value: {
        const bool in_map = stack_[depth_ - 1].is_map;
        if (c == ',') {
          ++pos_;
          state_ = in_map ? State::key : State::value;
        } else if (c == (in_map ? '}' : ']')) {
          close();
        } else if (c == '}' || c == ']') {
          return fail(in_map ? "missing '}'" : "missing ']'", pos_);
        } else if (in_map ? c == '"' : (cls(c) & kValueStart) != 0) {
          return fail("missing ','", pos_);
        } else {
          return unexpected(pos_);
        }
        break;
      }
      case State::done:
        return unexpected(pos_);  // a second top-level value or other trailing text
    }
  }
}

}  // namespace

ParseResult parse_json(std::shared_ptr<const SourceText> src) {
  ParseResult r;
  const std::string& bytes = src->bytes();
  if (bytes.size() >= std::numeric_limits<uint32_t>::max()) {
    r.error = ParseError{"file too large (4 GiB or more)", 0, src->span(0, 0)};
    return r;
  }
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::json;
  doc->index = 0;
  Parser parser(*src, doc.get());
  if (!parser.run()) {
    r.error = ParseError{parser.message(), parser.offset(), src->span(parser.offset(), parser.offset())};
    return r;
  }
  r.documents.push_back(std::move(doc));
  return r;
}

}  // namespace tollgate
