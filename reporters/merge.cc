// `tollgate merge`: the reports of a sharded scan (scan --shard K/N) read back from tollgate's own SARIF and
// joined into one report, which every reporter can render. What SARIF carries comes back as it was written
// (rules, findings with their locations, snippets, fingerprints, suppressions, baseline states, provenance,
// notifications, the counts of files and bytes); what it does not carry (where a mask sits in a snippet, for the
// text report's caret) is left out.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "tollgate/report.h"

namespace tollgate {
namespace {

using Json = nlohmann::json;

std::string text_of(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return "";
  auto t = it->find("text");
  return t != it->end() && t->is_string() ? t->get<std::string>() : "";
}

std::string string_at(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

uint32_t uint_at(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<uint32_t>() : 0;
}

// The reverse of sarif.cc's path_to_uri: %XX back to its byte.
std::string uri_to_path(const std::string& uri) {
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    auto hex = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10; };
    if (uri[i] == '%' && i + 2 < uri.size() && std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

// A physicalLocation's path and region (and snippet, when asked).
Location location_of(const Json& physical, std::string* snippet = nullptr) {
  Location loc;
  if (!physical.is_object()) return loc;
  if (auto a = physical.find("artifactLocation"); a != physical.end() && a->is_object())
    loc.path = uri_to_path(string_at(*a, "uri"));
  if (auto r = physical.find("region"); r != physical.end() && r->is_object()) {
    loc.span.line = uint_at(*r, "startLine");
    loc.span.col = uint_at(*r, "startColumn");
    loc.span.end_line = uint_at(*r, "endLine");
    loc.span.end_col = uint_at(*r, "endColumn");
    if (snippet) *snippet = text_of(*r, "snippet");
  }
  return loc;
}

Severity from_security_severity(const std::string& s) {
  for (Severity v : {Severity::critical, Severity::high, Severity::medium, Severity::low, Severity::info})
    if (s == security_severity(v)) return v;
  return Severity::medium;
}

RuleInfo rule_of(const Json& d) {
  RuleInfo r;
  r.id = string_at(d, "id");
  r.title = text_of(d, "shortDescription");
  if (r.title == r.id) r.title.clear();
  // sarif.cc writes the help's markdown, then "References:" and a "- <url>" line per reference.
  std::string help;
  if (auto h = d.find("help"); h != d.end() && h->is_object()) help = string_at(*h, "markdown");
  size_t refs = help.rfind("References:\n");
  if (refs != std::string::npos && (refs == 0 || help.compare(refs - 2, 2, "\n\n") == 0)) {
    for (size_t at = help.find("\n- <", refs); at != std::string::npos; at = help.find("\n- <", at + 1)) {
      size_t end = help.find(">", at);
      if (end != std::string::npos) r.references.push_back(help.substr(at + 4, end - at - 4));
    }
    help.erase(refs >= 2 ? refs - 2 : 0);
  }
  r.help = RuleText(std::move(help));
  if (auto p = d.find("properties"); p != d.end() && p->is_object()) {
    r.severity = from_security_severity(string_at(*p, "security-severity"));
    if (auto t = p->find("tags"); t != p->end() && t->is_array())
      for (const Json& tag : *t)
        if (tag.is_string()) r.tags.push_back(tag.get<std::string>());
  }
  if (r.tags.empty()) r.tags.push_back(r.id.substr(0, r.id.find('.')));
  // A rule with no page under docs/rules/ (a custom pack's) gets no help link in the merged report either.
  r.origin = d.contains("helpUri") ? "builtin:" : "merged:" + r.id;
  return r;
}

BaselineState baseline_of(const std::string& s) {
  for (BaselineState b : {BaselineState::fresh, BaselineState::unchanged, BaselineState::updated, BaselineState::absent})
    if (s == baseline_state_name(b)) return b;
  return BaselineState::none;
}

}  // namespace

bool read_sarif_report(const std::string& text, Report* out, std::string* error) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return *error = "not JSON", false;
  auto runs = j.find("runs");
  if (runs == j.end() || !runs->is_array() || runs->size() != 1 || !(*runs)[0].is_object())
    return *error = "not a SARIF report with one run", false;
  const Json& run = (*runs)[0];
  const Json* driver = nullptr;
  if (auto t = run.find("tool"); t != run.end() && t->is_object())
    if (auto d = t->find("driver"); d != t->end() && d->is_object()) driver = &*d;
  if (!driver || string_at(*driver, "name") != "tollgate")
    return *error = "not a tollgate SARIF report (tool.driver.name is not \"tollgate\")", false;
  Report r;
  r.tool_version = string_at(*driver, "version");
  if (auto rules = driver->find("rules"); rules != driver->end() && rules->is_array())
    for (const Json& d : *rules)
      if (d.is_object() && !string_at(d, "id").empty()) r.rules.push_back(rule_of(d));
  if (auto inv = run.find("invocations"); inv != run.end() && inv->is_array())
    for (const Json& i : *inv) {
      auto notes = i.find("toolExecutionNotifications");
      if (notes == i.end() || !notes->is_array()) continue;
      for (const Json& n : *notes) {
        if (!n.is_object()) continue;
        Notification note;
        note.level = string_at(n, "level") == "warning" ? Notification::Level::warning : Notification::Level::error;
        note.message = text_of(n, "message");
        if (auto locs = n.find("locations"); locs != n.end() && locs->is_array() && !locs->empty()) {
          Location loc = location_of((*locs)[0].value("physicalLocation", Json()));
          note.path = loc.path, note.line = loc.span.line;
        }
        if (auto a = n.find("associatedRule"); a != n.end() && a->is_object()) note.rule_id = string_at(*a, "id");
        r.notifications.push_back(std::move(note));
      }
    }
  if (auto results = run.find("results"); results != run.end() && results->is_array())
    for (const Json& res : *results) {
      if (!res.is_object()) continue;
      Finding f;
      f.rule_id = string_at(res, "ruleId");
      f.message = text_of(res, "message");
      f.severity = Severity::medium;
      if (auto p = res.find("properties"); p != res.end() && p->is_object()) {
        if (auto s = parse_severity(string_at(*p, "severity"))) f.severity = *s;
        f.provenance = {string_at(*p, "commit"), string_at(*p, "author"), string_at(*p, "commitDate")};
      }
      if (auto locs = res.find("locations"); locs != res.end() && locs->is_array() && !locs->empty())
        f.location = location_of((*locs)[0].value("physicalLocation", Json()), &f.snippet);
      if (auto rel = res.find("relatedLocations"); rel != res.end() && rel->is_array())
        for (const Json& l : *rel) {
          if (!l.is_object()) continue;
          Location loc = location_of(l.value("physicalLocation", Json()));
          loc.message = text_of(l, "message");
          if (loc.message == loc.path) loc.message.clear();  // sarif.cc writes the path when there is no message
          f.related.push_back(std::move(loc));
        }
      if (auto fp = res.find("partialFingerprints"); fp != res.end() && fp->is_object())
        f.fingerprint = string_at(*fp, "primaryLocationLineHash");
      f.baseline = baseline_of(string_at(res, "baselineState"));
      if (f.baseline != BaselineState::none) r.baseline_used = true;
      if (auto sup = res.find("suppressions"); sup != res.end() && sup->is_array() && !sup->empty()) {
        f.suppressed = true;
        if ((*sup)[0].is_object()) f.suppression_reason = string_at((*sup)[0], "justification");
      }
      if (f.rule_id.empty()) return *error = "a result without a ruleId", false;
      r.findings.push_back(std::move(f));
    }
  if (auto p = run.find("properties"); p != run.end() && p->is_object()) {
    if (auto n = p->find("filesScanned"); n != p->end() && n->is_number_unsigned()) r.files_scanned = n->get<uint64_t>();
    if (auto n = p->find("bytesScanned"); n != p->end() && n->is_number_unsigned()) r.bytes_scanned = n->get<uint64_t>();
  }
  *out = std::move(r);
  return true;
}

Report merge_reports(std::vector<Report> parts) {
  Report out;
  std::map<std::string, RuleInfo> rules;
  std::set<std::tuple<std::string, std::string>> seen;  // (rule id, fingerprint)
  std::set<std::tuple<int, std::string, std::string, uint32_t, std::string>> seen_notes;
  for (Report& p : parts) {
    if (out.tool_version.empty()) out.tool_version = p.tool_version;
    for (RuleInfo& r : p.rules) rules.emplace(r.id, std::move(r));
    for (Finding& f : p.findings) {
      // A finding two parts both report (one file scanned twice) is one finding: fingerprints name it.
      if (!f.fingerprint.empty() && !seen.emplace(f.rule_id, f.fingerprint).second) continue;
      out.findings.push_back(std::move(f));
    }
    // A notice every shard gives alike (a configuration warning) is given once.
    for (Notification& n : p.notifications)
      if (seen_notes.emplace(static_cast<int>(n.level), n.message, n.path, n.line, n.rule_id).second)
        out.notifications.push_back(std::move(n));
    out.roots.insert(out.roots.end(), p.roots.begin(), p.roots.end());
    out.files_scanned += p.files_scanned;
    out.bytes_scanned += p.bytes_scanned;
    out.baseline_used = out.baseline_used || p.baseline_used;
  }
  for (const Report& p : parts)
    if (p.tool_version != out.tool_version) {
      out.notifications.push_back({Notification::Level::warning,
                                   "the merged reports come from different tollgate versions (" + out.tool_version +
                                       ", " + p.tool_version + "): their rules and fingerprints may differ",
                                   "", 0, ""});
      break;
    }
  for (auto& [id, r] : rules) out.rules.push_back(std::move(r));
  std::stable_sort(out.findings.begin(), out.findings.end(), finding_less);
  return out;
}

}  // namespace tollgate
