// tollgate's own JSON report: a flat, versioned shape for scripts (documented in docs/reports.md).
#include <array>
#include <nlohmann/json.hpp>
#include <string>

#include "reporters/common.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

// Insertion order keeps the documented field order readable; it is as deterministic as sorted keys.
using Json = nlohmann::ordered_json;

// Bump when a field changes meaning or disappears; adding a field does not bump it.
constexpr int kJsonReportVersion = 1;

Json location_fields(const Location& loc) {
  Json j;
  j["path"] = loc.path;
  j["start_line"] = loc.span.line;
  j["start_column"] = loc.span.col;
  j["end_line"] = loc.span.end_line;
  j["end_column"] = loc.span.end_col;
  return j;
}

}  // namespace

std::string render_json(const Report& r, const RenderOptions& o) {
  Json findings = Json::array();
  std::array<uint64_t, 5> by_severity{};
  uint64_t suppressed = 0;
  for (const Finding& f : r.findings) {
    if (f.suppressed) {
      ++suppressed;
    } else {
      ++by_severity[static_cast<size_t>(f.severity)];
    }
    if (!reporting::is_listed(f, o)) continue;

    Json j;
    j["rule_id"] = f.rule_id;
    j["severity"] = severity_name(f.severity);
    j["message"] = f.message;
    j.update(location_fields(f.location));
    j["snippet"] = f.snippet;
    j["fingerprint"] = f.fingerprint;
    j["suppressed"] = f.suppressed;
    if (f.suppressed) j["suppression_reason"] = f.suppression_reason;
    if (r.baseline_used) j["baseline_state"] = f.baseline == BaselineState::unchanged ? "unchanged" : "new";
    if (!f.provenance.commit.empty()) {
      j["commit"] = f.provenance.commit;
      j["author"] = f.provenance.author;
      j["commit_date"] = f.provenance.date;
    }
    Json related = Json::array();
    for (const Location& rel : f.related) {
      Json jr = location_fields(rel);
      jr["message"] = rel.message;
      related.push_back(std::move(jr));
    }
    j["related"] = std::move(related);
    findings.push_back(std::move(j));
  }

  Json errors = Json::array();
  for (const Notification& n : r.notifications) {
    Json j;
    j["level"] = n.level == Notification::Level::error ? "error" : "warning";
    j["message"] = n.message;
    if (!n.path.empty()) j["path"] = n.path;
    if (n.line > 0) j["line"] = n.line;
    if (!n.rule_id.empty()) j["rule_id"] = n.rule_id;
    errors.push_back(std::move(j));
  }

  Json counts;
  uint64_t total = 0;
  for (int s = static_cast<int>(Severity::critical); s >= static_cast<int>(Severity::info); --s) {
    counts[severity_name(static_cast<Severity>(s))] = by_severity[s];
    total += by_severity[s];
  }

  Json doc;
  doc["version"] = kJsonReportVersion;
  doc["tool"] = {{"name", "tollgate"}, {"version", r.tool_version}};
  doc["baseline_used"] = r.baseline_used;
  doc["findings"] = std::move(findings);
  doc["errors"] = std::move(errors);
  doc["summary"] = {{"files", r.files_scanned},
                    {"bytes", r.bytes_scanned},
                    {"findings", total},
                    {"suppressed", suppressed},
                    {"by_severity", std::move(counts)}};
  // Scanned bytes need not be UTF-8; replace rather than throw so one odd file cannot lose the report.
  return doc.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

}  // namespace tollgate
