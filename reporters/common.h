// Helpers shared by the reporters (internal to reporters/; not part of the public interface).
#pragma once

#include <string>
#include <string_view>

#include "tollgate/report.h"

namespace tollgate::reporting {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes one code point at s[i] and advances i. Scanned files are arbitrary bytes, so a malformed, overlong or
// surrogate sequence becomes U+FFFD (one byte consumed) instead of reaching a strict consumer (XML, JSON).
inline char32_t next_code_point(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
  if (n == 0 || i + n > s.size()) {
    ++i;
    return kReplacement;
  }
  char32_t cp = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacement;
  }
  i += n;
  return cp;
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// "gates.deploy-without-approval" -> "gates"; used when a finding names a rule the report does not list.
inline std::string family_of(const std::string& rule_id) {
  auto dot = rule_id.find('.');
  return dot == std::string::npos ? rule_id : rule_id.substr(0, dot);
}

// Only the built-in pack has pages under docs/rules/; a custom rule's id would link to a 404.
inline bool has_builtin_docs(const RuleInfo* rule) {
  return rule == nullptr || rule->origin.empty() || rule->origin.rfind("builtin:", 0) == 0;
}

// Suppressed findings are listed only when asked for, in every format alike.
inline bool is_listed(const Finding& f, const RenderOptions& o) { return !f.suppressed || o.include_suppressed; }

// A finding already in the baseline: the formats a person reads (text, JUnit) leave it out and count it, while
// JSON and SARIF keep it, marked, for tools that track findings over time.
inline bool in_baseline(const Finding& f) { return f.baseline == BaselineState::unchanged; }

// "2 new, 3 in baseline": what a scan against a baseline found, for the formats that hide the old findings.
inline std::string baseline_summary(const Report& r) {
  uint64_t fresh = 0, old = 0;
  for (const Finding& f : r.findings)
    if (!f.suppressed) (in_baseline(f) ? old : fresh)++;
  return std::to_string(fresh) + " new, " + std::to_string(old) + " in baseline";
}

}  // namespace tollgate::reporting
