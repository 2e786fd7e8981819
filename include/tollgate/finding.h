// Findings and the severities they carry. A finding is plain data; reporters only read it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tollgate/document.h"

namespace tollgate {

enum class Severity : uint8_t { info, low, medium, high, critical };
const char* severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view s);
// SARIF properties.security-severity: critical 9.5, high 8.0, medium 5.5, low 3.0, info 0.0.
const char* security_severity(Severity s);

struct Location {
  std::string path;  // repo-relative, '/'-separated
  Span span;
  std::string message;  // for related locations: what this place is ("the staging value")
};

// A secret masked in a finding's snippet: where it was on the location's first line and how wide its mask is, so
// that a caret can be drawn under the masked text rather than under the bytes the mask replaced.
struct MaskedRun {
  uint32_t col = 0;           // 1-based code-point column of the secret in the source line
  uint32_t width = 0;         // the secret's width there, in code points
  uint32_t masked_width = 0;  // the mask's width in the snippet ("ghp_****": 8)
};

// SARIF's baselineState. Against a baseline a finding is fresh ("new") or unchanged; against a signed snapshot
// (tollgate snapshot verify) an object is fresh (added), updated (changed) or absent (removed).
enum class BaselineState : uint8_t { none, fresh, unchanged, updated, absent };
// "new", "unchanged", "updated", "absent" (SARIF's words); "" for none.
const char* baseline_state_name(BaselineState s);

// Where a finding of a history scan entered the repository.
struct Provenance {
  std::string commit, author, date;  // empty outside history scans
};

struct Finding {
  std::string rule_id;
  Severity severity = Severity::medium;
  std::string message;
  Location location;
  std::vector<Location> related;
  // The source line of the location, with any secret masked unless --show-secrets. A line longer than 1 KiB
  // (minified JSON, a long base64 value) is cut to a window around the location, with "…" for what was cut.
  std::string snippet;
  // The source column where the snippet's text starts: 1 for a whole line; past 1 the snippet begins with "…".
  uint32_t snippet_col = 1;
  // The masks in the snippet's first line, left to right (empty when nothing was masked).
  std::vector<MaskedRun> masked;
  // What identifies the finding apart from its line: the secret's hash, or the node's text and message.
  std::string content_key;
  std::string fingerprint;  // hex SHA-256 over rule id, path, content key and occurrence
  bool suppressed = false;
  std::string suppression_reason;
  BaselineState baseline = BaselineState::none;
  // The secret's byte range in the file, when the finding is about a secret value (masked in every output).
  std::optional<std::pair<uint32_t, uint32_t>> secret_range;
  Provenance provenance;
};

// Tool errors and warnings (SARIF toolExecutionNotifications): unreadable paths, rule failures, config errors.
struct Notification {
  enum class Level : uint8_t { warning, error } level = Level::error;
  std::string message;
  std::string path;     // file concerned, when there is one
  uint32_t line = 0;    // 1-based, 0 when none
  std::string rule_id;  // rule concerned, when there is one
};

// Where code-point column `col` of the location's first line falls in the finding's (masked) snippet. A column
// inside a masked secret becomes the mask's start, or with `end` (an exclusive end column) the mask's end.
uint32_t snippet_column(const Finding& f, uint32_t col, bool end);

// Deterministic order: path, line, column, rule id, message.
bool finding_less(const Finding& a, const Finding& b);

}  // namespace tollgate
