// SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps, IDE viewers).
#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/common.h"
#include "reporters/json_writer.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* kInformationUri = "https://github.com/tollgate-dev/tollgate";
constexpr const char* kSrcRoot = "%SRCROOT%";

const char* level_of(Severity s) {
  switch (s) {
    case Severity::critical:
    case Severity::high:
      return "error";
    case Severity::medium:
      return "warning";
    case Severity::low:
    case Severity::info:
      return "note";
  }
  return "warning";
}

// "gates.deploy-without-approval" -> "DeployWithoutApproval": SARIF's name is an identifier-like label.
std::string pascal_name(const std::string& id) {
  auto dot = id.find('.');
  std::string_view part = dot == std::string::npos ? std::string_view(id) : std::string_view(id).substr(dot + 1);
  std::string out;
  bool upper = true;
  for (char c : part) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// Paths are repo-relative; a URI reference may only carry unreserved characters and '/' unescaped. Encoding
// everything else also keeps a ':' in a first segment from reading as a scheme.
std::string path_to_uri(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    }
  }
  return out;
}

// Markdown to plain text for viewers that show `text` only: inline code, emphasis and link syntax go, link
// targets stay in parentheses (the reader still needs them), headings lose their '#'.
std::string plain_inline(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '`') continue;
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '*') {
      bool opens = i + 1 < s.size() && s[i + 1] != ' ' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(');
      bool closes = i > 0 && s[i - 1] != ' ' &&
                    (i + 1 == s.size() || std::ispunct(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == ' ');
      if (opens || closes) continue;
    }
    if (c == '[') {
      auto close = s.find("](", i);
      auto end = close == std::string_view::npos ? close : s.find(')', close);
      if (end != std::string_view::npos && s.substr(i, close - i).find('\n') == std::string_view::npos) {
        std::string_view label = s.substr(i + 1, close - i - 1);
        std::string_view target = s.substr(close + 2, end - close - 2);
        out += plain_inline(label);
        if (target != label) out += " (" + std::string(target) + ")";
        i = end;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = nl + 1;
  }
  return lines;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string strip_heading(std::string_view line) {
  std::string_view t = trim(line);
  if (!t.empty() && t.front() == '#') {
    while (!t.empty() && t.front() == '#') t.remove_prefix(1);
    return std::string(trim(t));
  }
  return std::string(line);
}

std::string plain_text(std::string_view md) {
  std::string out;
  bool in_fence = false;
  for (std::string_view line : lines_of(trim(md))) {
    if (trim(line).rfind("```", 0) == 0) {
      in_fence = !in_fence;
      continue;
    }
    // Code is shown as written: a '*' or '`' in it is not markup.
    out += in_fence ? std::string(line) : plain_inline(strip_heading(line));
    out += '\n';
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// SARIF's fullDescription is a paragraph, not a page: the first prose paragraph of the help, on one line.
std::string first_paragraph(std::string_view md) {
  std::string para;
  bool in_fence = false;
  for (std::string_view line : lines_of(md)) {
    std::string_view t = trim(line);
    if (t.rfind("```", 0) == 0) {
      in_fence = !in_fence;
      if (!para.empty()) break;
      continue;
    }
    if (in_fence) continue;
    if (t.empty() || t.front() == '#') {
      if (!para.empty()) break;
      continue;
    }
    if (!para.empty()) para += ' ';
    para += t;
  }
  return plain_inline(para);
}

Json rule_descriptor(const RuleInfo& rule) {
  Json d;
  d["id"] = rule.id;
  d["name"] = pascal_name(rule.id);
  d["shortDescription"] = {{"text", rule.title.empty() ? rule.id : rule.title}};
  std::string full = first_paragraph(rule.help);
  d["fullDescription"] = {{"text", full.empty() ? (rule.title.empty() ? rule.id : rule.title) : full}};
  std::string text = plain_text(rule.help), markdown(trim(rule.help));
  if (!rule.references.empty()) {
    std::string sep = text.empty() ? "" : "\n\n";
    text += sep + "References:";
    markdown += sep + "References:\n";
    for (const auto& ref : rule.references) {
      text += "\n- " + ref;
      markdown += "\n- <" + ref + ">";
    }
  }
  if (text.empty()) text = rule.title.empty() ? rule.id : rule.title;
  if (markdown.empty()) markdown = text;
  d["help"] = {{"text", text}, {"markdown", markdown}};
  if (reporting::has_builtin_docs(&rule)) d["helpUri"] = rule_help_uri(rule.id);
  d["defaultConfiguration"] = {{"level", level_of(rule.severity)}};
  Json props;
  props["tags"] = rule.tags;
  props["security-severity"] = security_severity(rule.severity);
  props["precision"] = "high";
  d["properties"] = std::move(props);
  return d;
}

// { "text": s }
void text_object(reporting::JsonWriter& w, const std::string& s) {
  w.begin_object();
  w.member("text", s);
  w.end_object();
}

void physical_location(reporting::JsonWriter& w, const std::string& path, const Span& sp, const std::string* snippet) {
  w.begin_object();
  w.key("artifactLocation");
  w.begin_object();
  w.member("uri", path_to_uri(path));
  w.member("uriBaseId", kSrcRoot);
  w.end_object();
  if (sp.line > 0) {
    w.key("region");
    w.begin_object();
    w.member("startLine", sp.line);
    if (sp.col > 0) w.member("startColumn", sp.col);
    if (sp.end_line > 0) w.member("endLine", sp.end_line);
    if (sp.end_col > 0) w.member("endColumn", sp.end_col);
    if (snippet && !snippet->empty()) {
      w.key("snippet");
      text_object(w, *snippet);
    }
    w.end_object();
  }
  w.end_object();
}

// "locations": [ { "physicalLocation": ... } ]
void single_location(reporting::JsonWriter& w, const std::string& path, const Span& sp, const std::string* snippet) {
  w.key("locations");
  w.begin_array();
  w.begin_object();
  w.key("physicalLocation");
  physical_location(w, path, sp, snippet);
  w.end_object();
  w.end_array();
}

}  // namespace

std::string rule_help_uri(const std::string& rule_id) {
  auto dot = rule_id.find('.');
  std::string family = dot == std::string::npos ? rule_id : rule_id.substr(0, dot);
  std::string name = dot == std::string::npos ? rule_id : rule_id.substr(dot + 1);
  return std::string(kInformationUri) + "/blob/main/docs/rules/" + path_to_uri(family) + "/" + path_to_uri(name) +
         ".md";
}

std::string render_sarif(const Report& r, const RenderOptions& o) {
  // Every enabled rule, once; a finding from a rule the report does not list (an engine-native one) still gets
  // a descriptor, so each result's ruleIndex points somewhere valid.
  std::map<std::string, const RuleInfo*> by_id;
  for (const RuleInfo& rule : r.rules) by_id.emplace(rule.id, &rule);
  std::map<std::string, RuleInfo> synthesized;
  for (const Finding& f : r.findings) {
    if (!reporting::is_listed(f, o) || by_id.count(f.rule_id)) continue;
    RuleInfo& rule = synthesized[f.rule_id];
    rule.id = f.rule_id;
    rule.severity = f.severity;
    rule.tags = {reporting::family_of(f.rule_id)};
    by_id.emplace(f.rule_id, &rule);
  }
  std::map<std::string, size_t> index;
  Json rules = Json::array();
  for (const auto& [id, rule] : by_id) {
    index[id] = rules.size();
    rules.push_back(rule_descriptor(*rule));
  }

  bool success = std::none_of(r.notifications.begin(), r.notifications.end(),
                              [](const Notification& n) { return n.level == Notification::Level::error; });
  Json driver;
  driver["name"] = "tollgate";
  driver["version"] = r.tool_version;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);

  // Results are written straight to the text (reporting::JsonWriter): they are what grows with the repository.
  reporting::JsonWriter w;
  w.begin_object();
  w.member("$schema", kSchemaUri);
  w.member("version", "2.1.0");
  w.key("runs");
  w.begin_array();
  w.begin_object();
  w.key("tool");
  w.value(Json{{"driver", std::move(driver)}});

  w.key("invocations");
  w.begin_array();
  w.begin_object();
  w.member("executionSuccessful", success);
  w.key("toolExecutionNotifications");
  w.begin_array();
  for (const Notification& n : r.notifications) {
    w.begin_object();
    w.member("level", n.level == Notification::Level::error ? "error" : "warning");
    w.key("message");
    text_object(w, n.message);
    if (!n.path.empty()) {
      Span sp;
      sp.line = n.line;
      single_location(w, n.path, sp, nullptr);
    }
    if (!n.rule_id.empty()) {
      w.key("associatedRule");
      w.begin_object();
      w.member("id", n.rule_id);
      if (auto it = index.find(n.rule_id); it != index.end()) w.member("index", it->second);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_array();

  // No "uri": the scan root's absolute path would make the report differ between machines and checkouts.
  w.key("originalUriBaseIds");
  w.value(Json{{kSrcRoot, {{"description", {{"text", "The root of the scanned repository; result paths are relative to it."}}}}}});

  w.key("results");
  w.begin_array();
  for (const Finding& f : r.findings) {
    if (!reporting::is_listed(f, o)) continue;
    w.begin_object();
    w.member("ruleId", f.rule_id);
    w.member("ruleIndex", index.at(f.rule_id));
    w.member("level", level_of(f.severity));
    w.key("message");
    text_object(w, f.message);
    if (!f.location.path.empty()) single_location(w, f.location.path, f.location.span, &f.snippet);
    if (!f.related.empty()) {
      w.key("relatedLocations");
      w.begin_array();
      int id = 1;
      for (const Location& rel : f.related) {
        w.begin_object();
        w.member("id", id++);
        w.key("physicalLocation");
        physical_location(w, rel.path, rel.span, nullptr);
        w.key("message");
        text_object(w, rel.message.empty() ? rel.path : rel.message);
        w.end_object();
      }
      w.end_array();
    }
    if (!f.fingerprint.empty()) {
      w.key("partialFingerprints");
      w.begin_object();
      w.member("primaryLocationLineHash", f.fingerprint);
      w.end_object();
    }
    if (f.baseline != BaselineState::none) w.member("baselineState", baseline_state_name(f.baseline));
    if (f.suppressed) {
      w.key("suppressions");
      w.begin_array();
      w.begin_object();
      w.member("kind", "inSource");
      if (!f.suppression_reason.empty()) w.member("justification", f.suppression_reason);
      w.end_object();
      w.end_array();
    }
    // The level folds critical into high; keep the exact severity for consumers that want it.
    w.key("properties");
    w.begin_object();
    w.member("severity", severity_name(f.severity));
    if (!f.provenance.commit.empty()) {
      // History scans: where the finding entered the repository.
      w.member("commit", f.provenance.commit);
      w.member("author", f.provenance.author);
      w.member("commitDate", f.provenance.date);
    }
    w.end_object();
    w.end_object();
  }
  w.end_array();
  w.member("columnKind", "unicodeCodePoints");
  // What the run covered: `tollgate merge` adds these up over the shards of a scan.
  w.key("properties");
  w.begin_object();
  w.member("filesScanned", r.files_scanned);
  w.member("bytesScanned", r.bytes_scanned);
  w.end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  return w.take() + '\n';
}

}  // namespace tollgate
