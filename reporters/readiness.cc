// `tollgate readiness` (include/tollgate/readiness.h): the maturity level, the validation protocol with its
// evidence, the deliverables and design inputs, as text, JSON or Markdown, followed by the readiness findings.
#include <nlohmann/json.hpp>

#include "reporters/common.h"
#include "tollgate/readiness.h"

namespace tollgate {

namespace {

const char* level_name(int level) {
  switch (level) {
    case 4: return "autonomous";
    case 3: return "reliable";
    case 2: return "automated";
    default: return "manual";
  }
}

std::string where(const ReadinessEvidence& e) {
  return e.line ? e.path + ":" + std::to_string(e.line) : e.path;
}

nlohmann::ordered_json evidence_json(const std::vector<ReadinessEvidence>& v) {
  auto a = nlohmann::ordered_json::array();
  for (const ReadinessEvidence& e : v) {
    nlohmann::ordered_json j;
    j["path"] = e.path;
    if (e.line) j["line"] = e.line;
    j["what"] = e.what;
    if (!e.date.empty()) j["date"] = e.date, j["age_days"] = e.age_days;
    a.push_back(std::move(j));
  }
  return a;
}

nlohmann::ordered_json assessment_json(const Readiness& r, const Report& findings) {
  ReadinessLevel l = readiness_level(r, findings);
  nlohmann::ordered_json j;
  j["as_of"] = r.as_of;
  j["level"] = l.level;
  j["level_name"] = level_name(l.level);
  j["next_level_needs"] = l.next;
  auto checks = [](const std::vector<ReadinessCheck>& v, bool protocol) {
    auto a = nlohmann::ordered_json::array();
    for (const ReadinessCheck& c : v) {
      if (c.protocol != protocol) continue;
      nlohmann::ordered_json x;
      x["id"] = c.id;
      x["title"] = c.title;
      x["passed"] = c.passed;
      x["evidence"] = evidence_json(c.evidence);
      if (!c.passed) x["missing"] = c.missing;
      a.push_back(std::move(x));
    }
    return a;
  };
  j["checklist"] = checks(r.checklist, true);
  j["level_evidence"] = checks(r.checklist, false);
  auto items = [](const std::vector<ReadinessItem>& v) {
    auto a = nlohmann::ordered_json::array();
    for (const ReadinessItem& i : v) {
      nlohmann::ordered_json x;
      x["name"] = i.name;
      x["required"] = i.required;
      x["present"] = !i.evidence.empty();
      x["expected"] = i.expected;
      x["evidence"] = evidence_json(i.evidence);
      a.push_back(std::move(x));
    }
    return a;
  };
  j["deliverables"] = items(r.deliverables);
  j["design_inputs"] = items(r.design);
  return j;
}

std::string item_line(const ReadinessItem& i) {
  if (i.evidence.empty()) return i.required ? "missing: expected at " + i.expected : "not required";
  std::string s = where(i.evidence[0]) + " (" + i.evidence[0].what + ")";
  if (i.evidence.size() > 1) s += " and " + std::to_string(i.evidence.size() - 1) + " more";
  return s;
}

}  // namespace

std::string readiness_properties_json(const Readiness& r, const Report& findings) {
  return assessment_json(r, findings).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string render_readiness_json(const Readiness& r, const Report& findings, const RenderOptions& o) {
  nlohmann::ordered_json j = assessment_json(r, findings);
  j["report"] = nlohmann::ordered_json::parse(render_json(findings, o));
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_readiness_text(const Readiness& r, const Report& findings, const RenderOptions& o) {
  ReadinessLevel l = readiness_level(r, findings);
  auto bold = [&](const std::string& s) { return o.color ? "\x1b[1m" + s + "\x1b[0m" : s; };
  auto mark = [&](bool ok) {
    if (!o.color) return std::string(ok ? "[pass]" : "[FAIL]");
    return std::string(ok ? "\x1b[32m[pass]\x1b[0m" : "\x1b[31m[FAIL]\x1b[0m");
  };
  std::string out = bold("Maturity level " + std::to_string(l.level) + " of 4 (" + level_name(l.level) + ")") +
                    ", as of " + r.as_of + "\n";
  if (!l.next.empty()) {
    out += "  level " + std::to_string(l.level + 1) + " (" + level_name(l.level + 1) + ") needs:\n";
    for (const std::string& n : l.next) out += "    - " + n + "\n";
  }
  out += "\n" + bold("Validation protocol") + "\n";
  for (const ReadinessCheck& c : r.checklist) {
    if (!c.protocol) continue;
    out += "  " + mark(c.passed) + " " + c.title + "\n";
    if (!c.passed) out += "         " + c.missing + "\n";
    for (const ReadinessEvidence& e : c.evidence) out += "         " + where(e) + "  " + e.what + "\n";
  }
  auto items = [&](const char* title, const std::vector<ReadinessItem>& v) {
    out.append("\n").append(bold(title)).append("\n");
    size_t w = 0;
    for (const ReadinessItem& i : v) w = std::max(w, i.name.size());
    for (const ReadinessItem& i : v)
      out += "  " + mark(!i.evidence.empty() || !i.required) + " " + i.name + std::string(w - i.name.size() + 2, ' ') +
             item_line(i) + "\n";
  };
  items("Deliverables", r.deliverables);
  items("Design inputs", r.design);
  return out + "\n" + render_text(findings, o);
}

std::string render_readiness_markdown(const Readiness& r, const Report& findings, const RenderOptions&) {
  using reporting::markdown_text;
  ReadinessLevel l = readiness_level(r, findings);
  std::string out = "## Production readiness: level " + std::to_string(l.level) + " of 4 (" + level_name(l.level) +
                    ")\n\nAs of " + r.as_of + ".";
  if (!l.next.empty()) {
    out += " Level " + std::to_string(l.level + 1) + " (" + level_name(l.level + 1) + ") needs:\n\n";
    for (const std::string& n : l.next) out += "- " + markdown_text(n) + "\n";
  } else {
    out += "\n";
  }
  out += "\n### Validation protocol\n\n| | check | evidence or what is missing |\n|---|---|---|\n";
  for (const ReadinessCheck& c : r.checklist) {
    if (!c.protocol) continue;
    std::string ev;
    for (const ReadinessEvidence& e : c.evidence) ev += (ev.empty() ? "" : "<br>") + markdown_text(where(e) + " " + e.what);
    if (!c.passed) ev = markdown_text(c.missing) + (ev.empty() ? "" : "<br>" + ev);
    out += std::string("| ") + (c.passed ? "pass" : "**fail**") + " | " + markdown_text(c.title) + " | " + ev + " |\n";
  }
  auto items = [&](const char* title, const std::vector<ReadinessItem>& v) {
    out += std::string("\n### ") + title + "\n\n| | name | where |\n|---|---|---|\n";
    for (const ReadinessItem& i : v)
      out += std::string("| ") + (!i.evidence.empty() || !i.required ? "pass" : "**fail**") + " | " + i.name + " | " +
             markdown_text(item_line(i)) + " |\n";
  };
  items("Deliverables", r.deliverables);
  items("Design inputs", r.design);
  return out + "\n### Findings\n\n" + reporting::markdown_findings_list(findings);
}

}  // namespace tollgate
