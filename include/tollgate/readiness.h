// Production readiness (docs/readiness.md): what a repository shows of the standard's deliverables, design inputs,
// disaster recovery, rollbacks, SLOs, alerting and monitoring, read from its files and from the pipeline, workload
// and resource models. The readiness rules (rules/readiness/, `applies_to = { "readiness" }`) judge it as
// `repo.readiness`; `tollgate readiness` renders it as the standard's validation checklist with a maturity level.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "tollgate/document.h"
#include "tollgate/report.h"

namespace tollgate {

// The `readiness:` section of .tollgate.yaml.
struct ReadinessConfig {
  bool configured = false;  // the section is written: the repository adopted the standard (scan runs the rules)
  // Where a deliverable or design input lives: name -> paths relative to the repository (a folder `infra/iac/`, a
  // file, or a glob with `*`). A name given here is looked for there only; an empty list: not required.
  std::vector<std::pair<std::string, std::vector<std::string>>> deliverables, design;
  uint32_t drill_window_days = 90, rollback_window_days = 90;
  std::string as_of;  // YYYY-MM-DD: judge ages as of this date instead of today (audits, reproducible reports)
};

// One piece of evidence: a file (line 0: the file as a whole) and what was found there.
struct ReadinessEvidence {
  std::string path;
  uint32_t line = 0;
  std::string what;
  std::string date;   // records (drills, rollback checks): the ISO date written there
  int64_t age_days = -1;  // the record's age on the assessment date
};

// A deliverable or design input: where it is expected, and what was found.
struct ReadinessItem {
  std::string name;      // "iac", "runbooks", "deployment-view", ...
  bool required = true;  // false when the configuration maps it to an empty list
  std::string expected;  // where a finding about its absence goes ("infra/runbooks/", "docs/failure-modes.md")
  std::vector<ReadinessEvidence> evidence;
};

// An alerting rule (Prometheus / PrometheusRule) and its runbook link.
struct ReadinessAlert {
  std::string name, path;
  uint32_t line = 0;
  std::string runbook;        // the annotation's value, empty when there is none
  uint32_t runbook_line = 0;
  // "none" (no annotation), "found" (a file of the repository), "not-found" (a repository path that does not
  // exist), "external" (a URL outside the repository), "templated" (built from labels: not checked)
  std::string runbook_status = "none";
  std::string expr;  // the alert's expression, as written
};

// A service whose metrics are collected or shown (ServiceMonitor, PodMonitor, scrape annotation, dashboard).
struct ReadinessMonitored {
  std::string name, path, what;
  uint32_t line = 0;
  bool alerted = false;  // an alert rule names it, or one alert covers every target
};

// One item of the standard's validation protocol.
struct ReadinessCheck {
  std::string id, title;
  bool passed = false;
  std::vector<ReadinessEvidence> evidence;
  std::string missing;  // what is missing, when not passed
  bool protocol = true;  // an item of the validation protocol; false: evidence of the maturity level alone
};

struct Readiness {
  std::string as_of;  // the assessment date, YYYY-MM-DD
  uint32_t drill_window_days = 90, rollback_window_days = 90;
  // Why the newest restore drill or rollback verification does not count, "" when it does: "no restore drill is
  // recorded with a date", or "the last restore drill (2026-01-02) was 120 days ago; the window is 90 days". The
  // checklist and the rules both say this.
  std::string drill_gap, rollback_gap;
  std::vector<ReadinessItem> deliverables, design;
  std::vector<ReadinessEvidence> rpo, rto, backups, drills, rollback_procedures, rollback_checks, slos,
      alert_tests, automated_rollback, drift_detection;
  std::vector<ReadinessAlert> alerts;
  std::vector<ReadinessMonitored> monitored;
  std::vector<ReadinessCheck> checklist;  // the validation protocol, filled by assess_readiness
  // Where findings about a deliverable's content go: its first evidence, or where it is expected.
  ReadinessEvidence dr_place, monitoring_place, runbooks_place;
};

// What the assessment reads. `paths`: every file of the scan, relative to the scan root and sorted; `docs`: the
// documents kept for readiness (see feeds_readiness) and the model items (pipeline, workload, resource). `prefix`:
// what the paths carry before the repository-relative part ("" in a scan; a fixture tree's folder in rules test).
struct ReadinessInputs {
  std::vector<std::string> paths;
  std::vector<const Document*> docs;
  ReadinessConfig config;
  std::string prefix;
};

Readiness assess_readiness(const ReadinessInputs& in);

// Days since 1970-01-01 of an ISO date YYYY-MM-DD; nullopt when s is not one.
std::optional<int64_t> parse_iso_date(std::string_view s);

// Whether the assessment reads documents of `kind` at `path` (the scan keeps them).
bool feeds_readiness(std::string_view kind, std::string_view path);

// The maturity level the evidence supports (1 manual, 2 automated, 3 reliable, 4 autonomous), given the readiness
// rules' findings (any at medium or above holds a repository below level 3), with the reasons it is not higher.
struct ReadinessLevel {
  int level = 1;
  std::vector<std::string> next;  // what the next level needs
};
ReadinessLevel readiness_level(const Readiness& r, const Report& findings);

std::string render_readiness_text(const Readiness& r, const Report& findings, const RenderOptions& o);
std::string render_readiness_json(const Readiness& r, const Report& findings, const RenderOptions& o);
std::string render_readiness_markdown(const Readiness& r, const Report& findings, const RenderOptions& o);
// The checklist and the level as a JSON object, for SARIF's run properties.
std::string readiness_properties_json(const Readiness& r, const Report& findings);

}  // namespace tollgate
