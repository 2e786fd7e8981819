#include "parsers/text_util.h"

#include <algorithm>

namespace tollgate {

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

constexpr std::string_view kEllipsis = "\u2026";

// Length of the UTF-8 sequence starting at s[i] when it is valid and complete, else 0.
size_t utf8_sequence(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return len;
}

// s as printable UTF-8 of at most max_bytes: control and invalid bytes as \xNN; stops at a line break when
// asked; when s does not fit, cut at a character and `cut_mark` appended (within max_bytes).
std::string printable(std::string_view s, size_t max_bytes, bool stop_at_line_break, std::string_view cut_mark) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  size_t keep = 0;  // the longest rendered prefix that leaves room for the mark
  size_t i = 0;
  for (; i < s.size() && out.size() <= max_bytes; ) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (stop_at_line_break && (c == '\n' || c == '\r')) break;
    size_t len = utf8_sequence(s, i);
    if (len > 1 || (len == 1 && c >= 0x20 && c != 0x7F)) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
      ++i;
    }
    if (out.size() + cut_mark.size() <= max_bytes) keep = out.size();
  }
  bool whole = (i == s.size() || (stop_at_line_break && (s[i] == '\n' || s[i] == '\r')));
  if (whole && out.size() <= max_bytes) return out;
  out.resize(keep);
  if (out.size() + cut_mark.size() <= max_bytes) out.append(cut_mark);
  return out;
}

}  // namespace

std::string error_excerpt(std::string_view s) { return printable(s.substr(0, 20), 80, true, ""); }

std::string message_excerpt(std::string_view s, size_t max_bytes) { return printable(s, max_bytes, false, kEllipsis); }

std::string cut_utf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t keep = max_bytes - std::min(max_bytes, kEllipsis.size());
  while (keep > 0 && (static_cast<unsigned char>(s[keep]) & 0xC0) == 0x80) --keep;  // not inside a character
  std::string out(s.substr(0, keep));
  if (out.size() + kEllipsis.size() <= max_bytes) out.append(kEllipsis);
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view path_folder(std::string_view path) {
  size_t cut = path.rfind('/');
  return cut == std::string_view::npos ? std::string_view() : path.substr(0, cut);
}

std::string_view path_name(std::string_view path) {
  size_t cut = path.rfind('/');
  return cut == std::string_view::npos ? path : path.substr(cut + 1);
}

// Standard base64 (RFC 4648 §4), padding optional; false on any other character.
bool decode_base64(std::string_view in, std::string* out) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  while (!in.empty() && in.back() == '=') in.remove_suffix(1);
  out->clear();
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    int v = value(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return true;
}

}  // namespace tollgate
