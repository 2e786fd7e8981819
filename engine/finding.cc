#include "tollgate/finding.h"

#include <algorithm>
#include <tuple>

#include "tollgate/models.h"
#include "tollgate/rule.h"

namespace tollgate {

bool rule_id_matches(std::string_view id, std::string_view choice) {
  if (choice.empty()) return false;
  if (id == choice) return true;
  // A dotted or dashed prefix: "secrets" and "secrets." cover secrets.*, "supply-chain.unpinned" covers
  // supply-chain.unpinned-image; "secrets.aw" covers nothing.
  return id.size() > choice.size() && id.compare(0, choice.size(), choice) == 0 &&
         (id[choice.size()] == '.' || id[choice.size()] == '-' || choice.back() == '.');
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::low: return "low";
    case Severity::medium: return "medium";
    case Severity::high: return "high";
    case Severity::critical: return "critical";
  }
  return "medium";
}

const char* baseline_state_name(BaselineState s) {
  switch (s) {
    case BaselineState::none: return "";
    case BaselineState::fresh: return "new";
    case BaselineState::unchanged: return "unchanged";
    case BaselineState::updated: return "updated";
    case BaselineState::absent: return "absent";
  }
  return "";
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info") return Severity::info;
  if (s == "low") return Severity::low;
  if (s == "medium") return Severity::medium;
  if (s == "high") return Severity::high;
  if (s == "critical") return Severity::critical;
  return std::nullopt;
}

const char* security_severity(Severity s) {
  switch (s) {
    case Severity::info: return "0.0";
    case Severity::low: return "3.0";
    case Severity::medium: return "5.5";
    case Severity::high: return "8.0";
    case Severity::critical: return "9.5";
  }
  return "0.0";
}

uint32_t snippet_column(const Finding& f, uint32_t col, bool end) {
  int64_t shift = 0;  // how far the masks before col moved it
  for (const MaskedRun& m : f.masked) {
    if (col < m.col || (end && col == m.col)) break;
    if (col >= m.col + m.width) {
      shift += static_cast<int64_t>(m.masked_width) - m.width;
      continue;
    }
    col = m.col;
    shift += end ? static_cast<int64_t>(m.masked_width) : 0;
    break;
  }
  // A snippet cut to a window starts at source column snippet_col, after a one-column "…".
  int64_t window = f.snippet_col > 1 ? static_cast<int64_t>(f.snippet_col) - 2 : 0;
  return static_cast<uint32_t>(std::max<int64_t>(1, col + shift - window));
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.location.path, a.location.span.line, a.location.span.col, a.rule_id, a.message,
                  a.fingerprint) <
         std::tie(b.location.path, b.location.span.line, b.location.span.col, b.rule_id, b.message,
                  b.fingerprint);
}

bool RuleInfo::applies(const std::string& kind) const {
  for (const auto& k : applies_to)
    if (k == kind || (k == "*" && !is_model_kind(kind))) return true;
  return false;
}

const std::vector<std::string>& rule_families() {
  static const std::vector<std::string> f{"secrets",     "gates",         "manual-change", "drift",
                                          "resilience",  "observability", "supply-chain",  "config",
                                          "security",    "readiness"};
  return f;
}

bool is_kebab_name(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

bool is_custom_family(std::string_view family) { return is_kebab_name(family) && family != "lib"; }

}  // namespace tollgate
