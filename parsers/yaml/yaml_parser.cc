// parse_yaml: YAML -> document model. Two readers feed one builder (yaml_builder.h): the fast scanner
// (yaml_fast_scanner.h) reads the block-style subset that most files are written in, and libyaml reads every
// file the scanner declines (anything outside its subset, any error) again from the start, so libyaml's
// messages and locations stay the reference for errors.
//
// The model is built straight from the events (no intermediate tree): libyaml's parser runs at ~65 MiB/s on
// Kubernetes-like input, and a node tree in between would halve that (docs/DESIGN.md).
#include <yaml.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "parsers/yaml/yaml_builder.h"
#include "parsers/yaml/yaml_fast_scanner.h"
#include "parsers/yaml/yaml_readers.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace yaml {

namespace {

// libyaml marks count characters from the start of the stream (after a UTF-8 BOM); this turns them into byte
// offsets with a cursor, linear over the file for the same reason as the builder's Locator. The input is valid UTF-8 by the
// time libyaml sees it (validate_utf8 below), so a lead byte gives the character's width.
class CharToByte {
 public:
  CharToByte(const char* data, uint32_t size, uint32_t base) : data_(data), size_(size), base_(base), byte_(base) {}

  uint32_t operator()(size_t index) {
    while (index_ < index && byte_ < size_) {
      unsigned char c = static_cast<unsigned char>(data_[byte_]);
      byte_ += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      ++index_;
    }
    while (index_ > index && byte_ > base_) {
      do --byte_;
      while (byte_ > base_ && (static_cast<unsigned char>(data_[byte_]) & 0xC0) == 0x80);
      --index_;
    }
    return std::min(byte_, size_);
  }

 private:
  const char* data_;
  uint32_t size_, base_;
  uint32_t byte_;
  size_t index_ = 0;
};

// The first byte libyaml's reader would reject, with the reason, or size when there is none. Checking up front
// gives an exact location: libyaml decodes its input ahead in 16 KiB chunks and reports such bytes long before
// the parser reaches them, losing documents that were complete before them.
// *other_breaks is set when the valid prefix holds a character that libyaml reads as a line break other than
// \n (CR, NEL, LS, PS) or a byte order mark: the fast scanner leaves those to libyaml, and this loop already
// looks at every such byte.
uint32_t validate_utf8(std::string_view s, const char** why, bool* other_breaks) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const uint32_t n = static_cast<uint32_t>(s.size());
  uint32_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen bytes at a time while all are printable ASCII, tabs or \n: most of a YAML file, whose lines are
    // too short for the eight-byte loop below, which stops at every line end.
    while (i + 16 <= n) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      // A signed comparison: bytes from 0x80 are negative, so "below 0x20" takes them in too.
      __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
      __m128i allowed = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
      __m128i stop = _mm_or_si128(_mm_andnot_si128(allowed, low), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      if (_mm_movemask_epi8(stop) != 0) break;
      i += 16;
    }
#endif
    // Eight ASCII bytes at a time while none is a control character.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      constexpr uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
      // A byte is >= 0x80, < 0x20 or == 0x7F (DEL) -> stop and look closer.
      uint64_t high = w & k80;
      uint64_t low = (w - k01 * 0x20) & ~w & k80;
      uint64_t del = ((w ^ (k01 * 0x7F)) - k01) & ~(w ^ (k01 * 0x7F)) & k80;
      if (high | low | del) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        *why = "control characters are not allowed";
        return i;
      }
      if (c == '\r') *other_breaks = true;
      ++i;
      continue;
    }
    uint32_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > n) {
      *why = "invalid UTF-8";
      return i;
    }
    uint32_t cp = c & (0xFF >> (len + 1));
    for (uint32_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        *why = "invalid UTF-8";
        return i;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      *why = "invalid UTF-8";
      return i;
    }
    // libyaml's printable set: C1 controls (except NEL) and U+FFFE/U+FFFF are rejected.
    if ((cp >= 0x80 && cp < 0xA0 && cp != 0x85) || cp == 0xFFFE || cp == 0xFFFF) {
      *why = "control characters are not allowed";
      return i;
    }
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) *other_breaks = true;
    i += len;
  }
  return n;
}

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// The tag as written: libyaml expands "!!str" to "tag:yaml.org,2002:str".
void written_tag(const yaml_char_t* tag, std::string* out) {
  out->clear();
  if (!tag) return;
  std::string_view t(reinterpret_cast<const char*>(tag));
  if (t.substr(0, kCoreTagPrefix.size()) == kCoreTagPrefix) {
    out->assign("!!");
    out->append(t.substr(kCoreTagPrefix.size()));
    return;
  }
  out->assign(t);
}

std::string_view view(const yaml_char_t* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

struct EventGuard {
  yaml_event_t* ev;
  ~EventGuard() { yaml_event_delete(ev); }
};

// libyaml's events as Events: marks turned into byte offsets, tags back into their written form.
class LibyamlReader {
 public:
  enum class Outcome : uint8_t { done, stopped, error };

  // Reads bytes[0, limit); base is where libyaml's character count starts (after a byte order mark).
  LibyamlReader(std::string_view bytes, uint32_t base, uint32_t limit)
      : size_(static_cast<uint32_t>(bytes.size())), to_byte_(bytes.data(), size_, base) {
    ok_ = yaml_parser_initialize(&parser_);
    if (ok_) yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(bytes.data()), limit);
  }
  ~LibyamlReader() {
    if (ok_) yaml_parser_delete(&parser_);
  }
  LibyamlReader(const LibyamlReader&) = delete;
  LibyamlReader& operator=(const LibyamlReader&) = delete;

  Outcome run(EventSink& sink) {
    if (!ok_) return Outcome::error;
    for (;;) {
      yaml_event_t ev;
      if (!yaml_parser_parse(&parser_, &ev)) return Outcome::error;
      EventGuard guard{&ev};
      if (ev.type == YAML_STREAM_END_EVENT) return Outcome::done;
      if (ev.type == YAML_STREAM_START_EVENT || ev.type == YAML_NO_EVENT) continue;
      if (!sink.event(convert(ev))) return Outcome::stopped;
    }
  }

  // libyaml's error after Outcome::error: the message with its context located in src, and the byte offset.
  void error(const SourceText& src, std::string* message, uint32_t* offset) {
    if (!ok_ || parser_.error == YAML_MEMORY_ERROR) {
      *message = "out of memory";
      *offset = 0;
      return;
    }
    *message = parser_.problem ? parser_.problem : "invalid YAML";
    if (parser_.error == YAML_READER_ERROR) {
      *offset = static_cast<uint32_t>(std::min<size_t>(parser_.problem_offset, size_));
    } else {
      *offset = to_byte_(parser_.problem_mark.index);
    }
    if (parser_.context) {
      Span c = src.span(to_byte_(parser_.context_mark.index), 0);
      *message += " (" + std::string(parser_.context) + " at line " + std::to_string(c.line) + ", column " +
                  std::to_string(c.col) + ")";
    }
  }

 private:
  Event convert(const yaml_event_t& ev) {
    Event e;
    e.begin = to_byte_(ev.start_mark.index);
    e.end = to_byte_(ev.end_mark.index);
    switch (ev.type) {
      case YAML_DOCUMENT_START_EVENT:
        e.type = EventType::document_start;
        e.implicit = ev.data.document_start.implicit;
        break;
      case YAML_DOCUMENT_END_EVENT:
        e.type = EventType::document_end;
        e.implicit = ev.data.document_end.implicit;
        break;
      case YAML_SCALAR_EVENT: {
        const auto& s = ev.data.scalar;
        e.type = EventType::scalar;
        e.value = std::string_view(reinterpret_cast<const char*>(s.value), s.length);
        e.style = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE   ? ScalarStyle::single_quoted
                  : s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ? ScalarStyle::double_quoted
                  : s.style == YAML_LITERAL_SCALAR_STYLE       ? ScalarStyle::literal
                  : s.style == YAML_FOLDED_SCALAR_STYLE        ? ScalarStyle::folded
                                                               : ScalarStyle::plain;
        written_tag(s.tag, &tag_);
        e.tag = tag_;
        e.anchor = view(s.anchor);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
        e.type = EventType::sequence_start;
        e.flow = ev.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
        written_tag(ev.data.sequence_start.tag, &tag_);
        e.tag = tag_;
        e.anchor = view(ev.data.sequence_start.anchor);
        break;
      case YAML_MAPPING_START_EVENT:
        e.type = EventType::mapping_start;
        e.flow = ev.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
        written_tag(ev.data.mapping_start.tag, &tag_);
        e.tag = tag_;
        e.anchor = view(ev.data.mapping_start.anchor);
        break;
      case YAML_SEQUENCE_END_EVENT: e.type = EventType::sequence_end; break;
      case YAML_MAPPING_END_EVENT: e.type = EventType::mapping_end; break;
      case YAML_ALIAS_EVENT:
        e.type = EventType::alias;
        e.anchor = view(ev.data.alias.anchor);
        break;
      default: break;
    }
    return e;
  }

  yaml_parser_t parser_;
  bool ok_ = false;
  uint32_t size_;
  CharToByte to_byte_;
  std::string tag_;
};

// What parse_yaml learns about the bytes before either reader runs.
struct Input {
  uint32_t base = 0;                 // 3 after a UTF-8 byte order mark, which libyaml skips without counting
  uint32_t bad = 0;                  // the first byte libyaml would reject, or the size
  const char* bad_why = nullptr;
  bool other_breaks = false;         // CR, NEL, LS, PS or a byte order mark somewhere (validate_utf8)
};

Input check_input(const std::string& bytes) {
  Input in;
  in.base = bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  in.bad = validate_utf8(bytes, &in.bad_why, &in.other_breaks);
  return in;
}

std::optional<ParseResult> too_large(const SourceText& src) {
  if (src.bytes().size() < std::numeric_limits<uint32_t>::max()) return std::nullopt;
  ParseResult r;
  r.error = ParseError{"file too large (4 GiB or more)", 0, src.span(0, 0)};
  return r;
}

ParseResult read_libyaml(std::shared_ptr<const SourceText> src, const Input& in) {
  const std::string& bytes = src->bytes();
  Builder b(src);
  // Only the valid prefix goes to libyaml; the documents that end in it are kept, then the bad byte is the
  // error (unless libyaml finds an earlier one).
  if (in.bad == 0 && bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    b.fail("UTF-16 is not supported; save the file as UTF-8", 0);
    return std::move(b.result());
  }
  LibyamlReader reader(bytes, in.base, in.bad);
  LibyamlReader::Outcome outcome = reader.run(b);
  bool ok = outcome == LibyamlReader::Outcome::done;
  if (outcome == LibyamlReader::Outcome::error) {
    std::string message;
    uint32_t offset;
    reader.error(*src, &message, &offset);
    b.fail(std::move(message), offset);
    // An error at the cut is the truncation's doing: the bad byte is the real error.
    if (in.bad < bytes.size() && b.result().error->offset >= in.bad) b.result().error.reset(), ok = true;
  }
  if (ok && in.bad < bytes.size()) {
    // The document that libyaml ended at the cut (implicitly) runs on past it: it is not complete.
    if (outcome == LibyamlReader::Outcome::done && !b.result().documents.empty() && b.last_end_implicit())
      b.result().documents.pop_back();
    b.fail(in.bad_why, in.bad);
  }
  return b.finish();
}

std::optional<ParseResult> read_fast(std::shared_ptr<const SourceText> src, const Input& in) {
  if (in.base != 0 || in.other_breaks || in.bad != src->bytes().size()) return std::nullopt;
  Builder b(src);
  if (!scan_fast(src->bytes(), b)) return std::nullopt;
  return b.finish();
}

}  // namespace

ParseResult parse_libyaml(std::shared_ptr<const SourceText> src) {
  if (auto r = too_large(*src)) return std::move(*r);
  Input in = check_input(src->bytes());
  return read_libyaml(std::move(src), in);
}

std::optional<ParseResult> parse_fast(std::shared_ptr<const SourceText> src) {
  if (too_large(*src)) return std::nullopt;
  Input in = check_input(src->bytes());
  return read_fast(std::move(src), in);
}

bool read_events_libyaml(std::string_view text, EventSink& sink) {
  uint32_t base = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  LibyamlReader reader(text, base, static_cast<uint32_t>(text.size()));
  return reader.run(sink) == LibyamlReader::Outcome::done;
}

}  // namespace yaml

ParseResult parse_yaml(std::shared_ptr<const SourceText> src) {
  if (auto r = yaml::too_large(*src)) return std::move(*r);
  yaml::Input in = yaml::check_input(src->bytes());
  if (auto r = yaml::read_fast(src, in)) return std::move(*r);
  return yaml::read_libyaml(std::move(src), in);
}

}  // namespace tollgate
