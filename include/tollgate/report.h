// Reporters render a finished scan. Each is a plain function from Report to text (structured output first:
// the text view is one renderer among several). Output is deterministic: the same Report gives the same bytes.
#pragma once

#include <string>
#include <vector>

#include "tollgate/finding.h"
#include "tollgate/rule.h"

namespace tollgate {

struct Report {
  std::string tool_version;
  std::vector<RuleInfo> rules;          // every enabled rule, sorted by id
  std::vector<Finding> findings;        // sorted with finding_less; suppressed ones included, flagged
  std::vector<Notification> notifications;
  std::vector<std::string> roots;       // what was scanned, as given on the command line
  uint64_t files_scanned = 0, bytes_scanned = 0;
  bool baseline_used = false;           // SARIF baselineState only when a baseline was given
};

struct RenderOptions {
  bool color = false;             // text: ANSI colour (the CLI decides from TTY and NO_COLOR)
  bool include_suppressed = false;  // list suppressed findings too (SARIF marks them with `suppressions`)
  Severity fail_on = Severity::low;  // text summary wording
};

std::string render_text(const Report& r, const RenderOptions& o);
std::string render_json(const Report& r, const RenderOptions& o);
std::string render_sarif(const Report& r, const RenderOptions& o);
std::string render_junit(const Report& r, const RenderOptions& o);
// For a pull-request comment or a CI job summary: the gate's verdict, counts, and a table of the findings.
std::string render_markdown(const Report& r, const RenderOptions& o);
// One self-contained page (no external script, style or font; a Content-Security-Policy allowing only its own
// inline style and script): a summary by severity and family with a chart, filters, every finding.
std::string render_html(const Report& r, const RenderOptions& o);

// `tollgate merge`: a report read back from tollgate's own SARIF (false, with *error, for anything else), and
// the reports of a sharded scan joined into one: rules united by id, findings by rule and fingerprint (each once),
// notifications given alike by several parts once, files and bytes added up.
bool read_sarif_report(const std::string& text, Report* out, std::string* error);
Report merge_reports(std::vector<Report> parts);

// Where a rule's documentation lives (SARIF helpUri, JUnit help link).
std::string rule_help_uri(const std::string& rule_id);

}  // namespace tollgate
