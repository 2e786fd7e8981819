// The human view: compiler-style `path:line:col: severity[rule] message`, the source line, a caret, a summary.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/common.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

using reporting::next_code_point;

// Tabs in snippets are expanded so the caret lines up whatever the terminal's tab width is.
constexpr unsigned kTabStop = 4;

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::critical:
      return "\x1b[1;31m";
    case Severity::high:
      return "\x1b[31m";
    case Severity::medium:
      return "\x1b[33m";
    case Severity::low:
      return "\x1b[34m";
    case Severity::info:
      return "\x1b[2m";
  }
  return "";
}

struct Painter {
  bool on;
  std::string operator()(const char* code, std::string_view s) const {
    if (!on) return std::string(s);
    return std::string(code) + std::string(s) + kReset;
  }
};

// Scanned text reaches a terminal: control characters (an ESC from a hostile file) must not drive it, and
// malformed UTF-8 must not garble the rest of the line. Each becomes U+FFFD, one column, so carets stay aligned.

std::string clean(std::string_view s) {
  // Most text is printable ASCII, copied as it is: decoding and encoding each code point was a second of a full
  // scan's 134,000 findings.
  if (std::all_of(s.begin(), s.end(), [](char ch) {
        auto c = static_cast<unsigned char>(ch);
        return (c >= 0x20 && c < 0x7f) || c == '\t';
      }))
    return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    reporting::append_utf8(out, c != '\t' && reporting::is_control(c) ? reporting::kReplacement : c);
  }
  return out;
}

// One snippet line made printable, with the display column where each code point starts, so the caret can be
// placed by the span's code-point column.
struct DisplayLine {
  std::string text;
  std::vector<unsigned> starts;  // starts[k] = display column (0-based) of code point k; back() = line width
};

DisplayLine expand(std::string_view line) {
  DisplayLine d;
  unsigned col = 0;
  for (size_t i = 0; i < line.size();) {
    char32_t c = next_code_point(line, i);
    d.starts.push_back(col);
    if (c == '\t') {
      unsigned w = kTabStop - col % kTabStop;
      d.text.append(w, ' ');
      col += w;
      continue;
    }
    reporting::append_utf8(d.text, reporting::is_control(c) ? reporting::kReplacement : c);
    ++col;
  }
  d.starts.push_back(col);
  return d;
}

// A notification of several lines (git's stderr, with its hints) keeps its line breaks, which clean() alone would
// turn into U+FFFD; continuation lines are indented so the whole reads as one message.
std::string clean_lines(std::string_view s) {
  std::string out;
  auto lines = reporting::split_lines(s);
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) out += lines[k].empty() ? "\n" : "\n    ";
    out += clean(lines[k]);
  }
  return out;
}

std::string position(const Location& loc) { return clean(reporting::location_text(loc)); }

void render_snippet(std::string& out, const Finding& f, const Painter& paint) {
  auto lines = reporting::split_lines(f.snippet);
  if (lines.empty()) return;
  const Span& sp = f.location.span;
  uint32_t first = sp.line;
  std::string last_number = std::to_string(first == 0 ? 0 : first + lines.size() - 1);
  size_t width = last_number.size();
  auto gutter = [&](std::string number) { return std::string(2 + width - number.size(), ' ') + number + " |"; };
  for (size_t k = 0; k < lines.size(); ++k) {
    DisplayLine d = expand(lines[k]);
    std::string number = first == 0 ? std::string() : std::to_string(first + k);
    out += gutter(number);
    if (!d.text.empty()) out += ' ' + d.text;
    out += '\n';
    if (k != 0 || sp.col == 0 || first == 0) continue;
    // The span's columns are the file's; masking changed the snippet's widths, so they are moved to match it (a
    // caret under "ghp_****" covers those 8 characters). Anything still past the line is clamped to its end.
    size_t n = d.starts.size() - 1;
    size_t from = std::min<size_t>(snippet_column(f, sp.col, false) - 1, n);
    size_t to = sp.end_line == sp.line && sp.end_col > sp.col ? std::min<size_t>(snippet_column(f, sp.end_col, true) - 1, n) : n;
    unsigned lead = d.starts[from];
    unsigned len = to > from ? d.starts[to] - lead : 1;
    std::string marker(len, '~');
    marker[0] = '^';
    out += gutter("") + ' ' + std::string(lead, ' ') + paint(severity_color(f.severity), marker) + '\n';
  }
}

}  // namespace

std::string render_text(const Report& r, const RenderOptions& o) {
  Painter paint{o.color};
  std::string out;
  const reporting::Tally t = reporting::tally(r, o);

  for (const Finding& f : r.findings) {
    if (!f.suppressed && reporting::in_baseline(f)) continue;
    if (!reporting::is_listed(f, o)) continue;

    out += paint(kBold, position(f.location)) + ": ";
    out += paint(severity_color(f.severity), std::string(severity_name(f.severity)) + "[" + clean(f.rule_id) + "]");
    out += ' ' + clean(f.message) + '\n';
    render_snippet(out, f, paint);
    if (!f.provenance.commit.empty())
      out += "  introduced in " + clean(f.provenance.commit.substr(0, 12)) + " by " + clean(f.provenance.author) +
             " on " + clean(f.provenance.date) + '\n';
    for (const Location& rel : f.related) {
      out += "  note: " + position(rel);
      if (!rel.message.empty()) out += ": " + clean(rel.message);
      out += '\n';
    }
    if (f.suppressed) {
      out += "  suppressed";
      if (!f.suppression_reason.empty()) out += ": " + clean(f.suppression_reason);
      out += '\n';
    }
    out += '\n';
  }

  for (const Notification& n : r.notifications) {
    bool is_error = n.level == Notification::Level::error;
    out += is_error ? paint("\x1b[1;31m", "error") : paint("\x1b[1;33m", "warning");
    out += ": ";
    if (!n.path.empty()) {
      std::string where = clean(n.path);
      if (n.line > 0) where += ':' + std::to_string(n.line);
      out += paint(kBold, where) + ": ";
    }
    out += clean_lines(n.message);
    if (!n.rule_id.empty()) out += " [" + clean(n.rule_id) + "]";
    out += '\n';
  }
  if (!r.notifications.empty()) out += '\n';

  out += reporting::summary_line(r, t, o) + '\n';
  return out;
}

}  // namespace tollgate
