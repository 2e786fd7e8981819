// tollgate's own JSON report: a flat, versioned shape for scripts (documented in docs/reports.md).
#include <array>
#include <string>

#include "reporters/common.h"
#include "reporters/json_writer.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

// Bump when a field changes meaning or disappears; adding a field does not bump it.
constexpr int kJsonReportVersion = 1;

void location_fields(reporting::JsonWriter& w, const Location& loc) {
  w.member("path", loc.path);
  w.member("start_line", loc.span.line);
  w.member("start_column", loc.span.col);
  w.member("end_line", loc.span.end_line);
  w.member("end_column", loc.span.end_col);
}

}  // namespace

std::string render_json(const Report& r, const RenderOptions& o) {
  std::array<uint64_t, 5> by_severity{};
  uint64_t suppressed = 0;
  for (const Finding& f : r.findings) {
    if (f.suppressed) ++suppressed;
    else ++by_severity[static_cast<size_t>(f.severity)];
  }

  // Fields in the documented order (docs/reports.md).
  reporting::JsonWriter w;
  w.begin_object();
  w.member("version", kJsonReportVersion);
  w.key("tool");
  w.begin_object();
  w.member("name", "tollgate");
  w.member("version", r.tool_version);
  w.end_object();
  w.member("baseline_used", r.baseline_used);

  w.key("findings");
  w.begin_array();
  for (const Finding& f : r.findings) {
    if (!reporting::is_listed(f, o)) continue;
    w.begin_object();
    w.member("rule_id", f.rule_id);
    w.member("severity", severity_name(f.severity));
    w.member("message", f.message);
    location_fields(w, f.location);
    w.member("snippet", f.snippet);
    w.member("fingerprint", f.fingerprint);
    w.member("suppressed", f.suppressed);
    if (f.suppressed) w.member("suppression_reason", f.suppression_reason);
    if (f.baseline != BaselineState::none) w.member("baseline_state", baseline_state_name(f.baseline));
    if (!f.provenance.commit.empty()) {
      w.member("commit", f.provenance.commit);
      w.member("author", f.provenance.author);
      w.member("commit_date", f.provenance.date);
    }
    w.key("related");
    w.begin_array();
    for (const Location& rel : f.related) {
      w.begin_object();
      location_fields(w, rel);
      w.member("message", rel.message);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("errors");
  w.begin_array();
  for (const Notification& n : r.notifications) {
    w.begin_object();
    w.member("level", n.level == Notification::Level::error ? "error" : "warning");
    w.member("message", n.message);
    if (!n.path.empty()) w.member("path", n.path);
    if (n.line > 0) w.member("line", n.line);
    if (!n.rule_id.empty()) w.member("rule_id", n.rule_id);
    w.end_object();
  }
  w.end_array();

  uint64_t total = 0;
  for (uint64_t c : by_severity) total += c;
  w.key("summary");
  w.begin_object();
  w.member("files", r.files_scanned);
  w.member("bytes", r.bytes_scanned);
  w.member("findings", total);
  w.member("suppressed", suppressed);
  w.key("by_severity");
  w.begin_object();
  for (int s = static_cast<int>(Severity::critical); s >= static_cast<int>(Severity::info); --s)
    w.member(severity_name(static_cast<Severity>(s)), by_severity[s]);
  w.end_object();
  w.end_object();
  w.end_object();
  return w.take() + '\n';
}

}  // namespace tollgate
