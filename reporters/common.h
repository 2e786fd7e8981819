// Helpers shared by the reporters (internal to reporters/; not part of the public interface).
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tollgate/report.h"

namespace tollgate::reporting {

inline constexpr char32_t kReplacement = 0xFFFD;

// A C0 or C1 control character, or DEL: what scanned text must not pass to a terminal, a page or a table.
inline bool is_control(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0); }

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

// What a report adds up to, counted once for the formats that print a summary (text, markdown, HTML): findings
// neither suppressed nor in the baseline are active, by severity and by family; `failing` are those at or above
// fail_on, which decide the exit code.
struct Tally {
  std::array<uint64_t, 5> by_severity{};  // indexed by Severity
  std::map<std::string, std::array<uint64_t, 5>> by_family;
  uint64_t active = 0, failing = 0, suppressed = 0, in_baseline = 0, errors = 0, warnings = 0;
};

inline Tally tally(const Report& r, const RenderOptions& o) {
  Tally t;
  for (const Finding& f : r.findings) {
    if (f.suppressed) {
      ++t.suppressed;
    } else if (in_baseline(f)) {
      ++t.in_baseline;
    } else {
      ++t.active;
      ++t.by_severity[static_cast<size_t>(f.severity)];
      ++t.by_family[family_of(f.rule_id)][static_cast<size_t>(f.severity)];
      if (f.severity >= o.fail_on) ++t.failing;
    }
  }
  for (const Notification& n : r.notifications) (n.level == Notification::Level::error ? t.errors : t.warnings)++;
  return t;
}

// "3 findings (1 critical, 2 high; 2 at or above high)": the headline every summary starts with. Against a
// baseline the findings are the new ones ("no new findings").
inline std::string findings_headline(const Report& r, const Tally& t, const RenderOptions& o) {
  const char* fresh = r.baseline_used ? "new " : "";
  if (t.active == 0) return std::string("no ") + fresh + "findings";
  std::string s = std::to_string(t.active) + ' ' + fresh + (t.active == 1 ? "finding" : "findings") + " (";
  bool first = true;
  for (int v = static_cast<int>(Severity::critical); v >= static_cast<int>(Severity::info); --v) {
    if (t.by_severity[v] == 0) continue;
    if (!first) s += ", ";
    s += std::to_string(t.by_severity[v]) + ' ' + severity_name(static_cast<Severity>(v));
    first = false;
  }
  // Said only when it differs from the total: it is what decides the exit code.
  if (t.failing != t.active) s += "; " + std::to_string(t.failing) + " at or above " + severity_name(o.fail_on);
  return s + ')';
}

// Text for a table cell or a list item: control characters dropped, line breaks flattened, and every character
// that markdown or HTML would read as syntax written as an entity or escaped.
inline std::string markdown_text(std::string_view s, size_t max_code_points = std::string_view::npos) {
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    if (n++ == max_code_points) {
      out += "…";
      break;
    }
    char32_t c = next_code_point(s, i);
    switch (c) {
      case '\n': case '\r': case '\t': out += ' '; break;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '|': out += "&#124;"; break;
      case '`': out += "&#96;"; break;
      case '\\': case '*': case '_': case '[': case ']': case '#': case '~': case '!': case '$':
        out += '\\';
        out += static_cast<char>(c);
        break;
      default:
        if (is_control(c)) break;
        append_utf8(out, c);
    }
  }
  return out;
}

// "path:line:col" (line and column when known), as every report names a place.
inline std::string location_text(const Location& loc) {
  std::string s = loc.path;
  if (loc.span.line > 0) {
    s += ':' + std::to_string(loc.span.line);
    if (loc.span.col > 0) s += ':' + std::to_string(loc.span.col);
  }
  return s;
}

// A report's rule by id (the rules are sorted by id); nullptr for a finding of a rule the report does not list.
inline const RuleInfo* rule_named(const Report& r, const std::string& id) {
  auto it = std::lower_bound(r.rules.begin(), r.rules.end(), id,
                             [](const RuleInfo& a, const std::string& b) { return a.id < b; });
  return it != r.rules.end() && it->id == id ? &*it : nullptr;
}

// A snippet's lines, without their line breaks (a "\r\n" too) and without the empty line after the last.
inline std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty()) return lines;
  size_t start = 0;
  while (true) {
    size_t nl = s.find('\n', start);
    std::string_view line = s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

inline std::string plural(uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

// The last line of a text report, the headline of the others: "3 findings (1 critical, 2 high) in 12 files;
// 1 suppressed; 1 warning".
inline std::string summary_line(const Report& r, const Tally& t, const RenderOptions& o) {
  std::string s = findings_headline(r, t, o) + " in " + plural(r.files_scanned, "file", "files");
  if (r.baseline_used) s += "; " + std::to_string(t.in_baseline) + " in baseline";
  if (t.suppressed > 0) s += "; " + std::to_string(t.suppressed) + " suppressed";
  if (t.errors > 0 || t.warnings > 0) {
    s += "; ";
    if (t.errors > 0) s += plural(t.errors, "error", "errors");
    if (t.errors > 0 && t.warnings > 0) s += ", ";
    if (t.warnings > 0) s += plural(t.warnings, "warning", "warnings");
  }
  return s;
}

// A Markdown list of the listed findings ("- **high** path:12 message (rule)"), or "No findings.", for the
// reports that end with the findings of their rules (drift, readiness).
inline std::string markdown_findings_list(const Report& r) {
  std::string out;
  for (const Finding& f : r.findings) {
    if (f.suppressed) continue;
    std::string where = f.location.path;
    if (f.location.span.line) where.append(":").append(std::to_string(f.location.span.line));
    out.append("- **").append(severity_name(f.severity)).append("** ").append(markdown_text(where)).append(" ");
    out.append(markdown_text(f.message)).append(" (").append(f.rule_id).append(")\n");
  }
  return out.empty() ? "No findings.\n" : out;
}

}  // namespace tollgate::reporting
