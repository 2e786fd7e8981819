// JUnit XML for CI test dashboards: one testsuite per rule family, one failing testcase per finding.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/common.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

enum class XmlContext { attribute, text };

bool valid_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Characters XML 1.0 cannot carry at all (NUL, most C0 controls) are dropped; in attributes, tab and newlines are
// written as references because a parser would otherwise normalise them to spaces.
std::string xml_escape(std::string_view s, XmlContext ctx) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // Printable ASCII other than the five specials is copied as a run: most of a report is such text.
    size_t run = i;
    while (run < s.size()) {
      char b = s[run];
      if (b < 0x20 || b > 0x7E || b == '&' || b == '<' || b == '>' || b == '"') break;
      ++run;
    }
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    char32_t c = reporting::next_code_point(s, i);
    if (!valid_xml_char(c)) continue;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += ctx == XmlContext::attribute ? "&quot;" : "\"";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\n':
        out += ctx == XmlContext::attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += ctx == XmlContext::attribute ? "&#9;" : "\t";
        break;
      default:
        reporting::append_utf8(out, c);
    }
  }
  return out;
}

std::string attr(const char* name, std::string_view value) {
  return std::string(" ") + name + "=\"" + xml_escape(value, XmlContext::attribute) + "\"";
}

std::string position(const Location& loc) {
  std::string s = loc.path;
  if (loc.span.line > 0) {
    s += ':' + std::to_string(loc.span.line);
    if (loc.span.col > 0) s += ':' + std::to_string(loc.span.col);
  }
  return s;
}

struct Suite {
  std::string body;
  unsigned tests = 0, failures = 0, errors = 0, skipped = 0;
};

using RuleIndex = std::map<std::string, const RuleInfo*>;

const RuleInfo* lookup(const RuleIndex& rules, const std::string& id) {
  auto it = rules.find(id);
  return it == rules.end() ? nullptr : it->second;
}

std::string failure_text(const RuleInfo* rule, const Finding& f) {
  std::string t = "rule: " + f.rule_id + "\nseverity: " + severity_name(f.severity) +
                  "\nlocation: " + position(f.location) + "\nmessage: " + f.message + "\n";
  if (!f.provenance.commit.empty())
    t += "introduced: " + f.provenance.commit + " by " + f.provenance.author + " on " + f.provenance.date + "\n";
  for (const Location& rel : f.related) {
    t += "related: " + position(rel);
    if (!rel.message.empty()) t += " (" + rel.message + ")";
    t += "\n";
  }
  if (reporting::has_builtin_docs(rule)) {
    t += "help: " + rule_help_uri(f.rule_id) + "\n";
  } else if (rule && !rule->references.empty()) {
    t += "help: " + rule->references.front() + "\n";
  }
  if (!f.snippet.empty()) {
    t += "snippet:\n";
    std::string_view s = f.snippet;
    while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
    size_t start = 0;
    while (start <= s.size()) {
      size_t nl = s.find('\n', start);
      if (nl == std::string_view::npos) nl = s.size();
      t += "  " + std::string(s.substr(start, nl - start)) + "\n";
      start = nl + 1;
    }
  }
  return t;
}

void open_suite(std::string& out, const std::string& name, const Suite& s) {
  out += "  <testsuite" + attr("name", name) + attr("tests", std::to_string(s.tests)) +
         attr("failures", std::to_string(s.failures)) + attr("errors", std::to_string(s.errors)) +
         attr("skipped", std::to_string(s.skipped)) + ">\n";
}

}  // namespace

std::string render_junit(const Report& r, const RenderOptions& o) {
  // Sorted by family name so the file does not depend on rule load order.
  std::map<std::string, Suite> suites;
  RuleIndex rules;
  for (const RuleInfo& rule : r.rules) {
    rules.emplace(rule.id, &rule);
    suites[rule.tags.empty() ? reporting::family_of(rule.id) : rule.tags.front()];
  }

  for (const Finding& f : r.findings) {
    if (!reporting::is_listed(f, o) || (!f.suppressed && reporting::in_baseline(f))) continue;
    const RuleInfo* rule = lookup(rules, f.rule_id);
    Suite& s = suites[rule && !rule->tags.empty() ? rule->tags.front() : reporting::family_of(f.rule_id)];
    ++s.tests;
    std::string tc = "    <testcase" + attr("name", f.rule_id + ": " + f.message) + attr("classname", f.location.path) +
                     attr("file", f.location.path);
    if (f.location.span.line > 0) tc += attr("line", std::to_string(f.location.span.line));
    tc += ">\n";
    if (f.suppressed) {
      ++s.skipped;
      std::string why = "suppressed" + (f.suppression_reason.empty() ? "" : ": " + f.suppression_reason);
      tc += "      <skipped" + attr("message", why) + "/>\n";
    } else {
      ++s.failures;
      tc += "      <failure" + attr("type", f.rule_id) + attr("message", f.message) + ">" +
            xml_escape(failure_text(rule, f), XmlContext::text) + "</failure>\n";
    }
    tc += "    </testcase>\n";
    s.body += tc;
  }

  for (auto& [family, s] : suites) {
    if (s.tests > 0) continue;
    // A family that found nothing still shows up as a pass, so a dashboard proves the check ran.
    s.tests = 1;
    s.body = "    <testcase" + attr("name", family + (r.baseline_used ? ": no new findings" : ": no findings")) + attr("classname", family) + "/>\n";
  }

  Suite tool;
  if (r.baseline_used) {
    // The findings left out above are counted here, as a passing testcase, so a dashboard shows the baseline.
    ++tool.tests;
    tool.body += "    <testcase" + attr("name", "baseline: " + reporting::baseline_summary(r)) +
                 attr("classname", "tollgate") + "/>\n";
  }
  for (const Notification& n : r.notifications) {
    bool is_error = n.level == Notification::Level::error;
    const char* level = is_error ? "error" : "warning";
    ++tool.tests;
    std::string where;
    if (!n.path.empty()) {
      where = n.path;
      if (n.line > 0) where += ':' + std::to_string(n.line);
      where += ": ";
    }
    std::string detail = std::string(level) + ": " + where + n.message + "\n";
    if (!n.rule_id.empty()) detail += "rule: " + n.rule_id + "\n";
    std::string tc = "    <testcase" + attr("name", std::string(level) + ": " + n.message) +
                     attr("classname", n.path.empty() ? "tollgate" : n.path);
    if (!n.path.empty()) tc += attr("file", n.path);
    if (!n.path.empty() && n.line > 0) tc += attr("line", std::to_string(n.line));
    tc += ">\n";
    if (is_error) {
      ++tool.errors;
      tc += "      <error" + attr("type", n.rule_id.empty() ? "tool-error" : n.rule_id) + attr("message", n.message) +
            ">" + xml_escape(detail, XmlContext::text) + "</error>\n";
    } else {
      // A warning must not fail the build, so it is a passing testcase whose output carries the text.
      tc += "      <system-err>" + xml_escape(detail, XmlContext::text) + "</system-err>\n";
    }
    tc += "    </testcase>\n";
    tool.body += tc;
  }

  Suite total;
  auto add = [&total](const Suite& s) {
    total.tests += s.tests;
    total.failures += s.failures;
    total.errors += s.errors;
    total.skipped += s.skipped;
  };
  for (const auto& [family, s] : suites) add(s);
  add(tool);

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites" + attr("name", "tollgate") + attr("tests", std::to_string(total.tests)) +
         attr("failures", std::to_string(total.failures)) + attr("errors", std::to_string(total.errors)) +
         attr("skipped", std::to_string(total.skipped)) + ">\n";
  for (const auto& [family, s] : suites) {
    open_suite(out, family, s);
    out += s.body + "  </testsuite>\n";
  }
  if (tool.tests > 0) {
    open_suite(out, "tollgate", tool);
    out += tool.body + "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

}  // namespace tollgate
