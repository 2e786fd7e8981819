// A change that switches tollgate's own gate off. When a scan covers a change (--diff REV, --staged), the
// configuration in force, the baseline it names and each changed file's inline suppressions are compared with
// their base versions (REV, or HEAD for --staged):
//   gates.gate-config-weakened   rules skipped or deselected, severities lowered, fail-on raised, excludes
//                                widened, size limits lowered, custom packs removed (one finding per setting)
//   gates.baseline-grown         fingerprints added to the baseline (one finding per baseline file)
//   gates.suppression-added      a tollgate:ignore comment the base did not have (one per comment)
// These rules judge the change with the base's configuration: the configuration under change cannot switch
// them off, lower them or suppress them (docs/rules/gates/gate-config-weakened.md).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/config.h"
#include "tollgate/document.h"
#include "tollgate/finding.h"
#include "tollgate/rule.h"

namespace tollgate {

inline constexpr const char* kGateConfigWeakened = "gates.gate-config-weakened";
inline constexpr const char* kBaselineGrown = "gates.baseline-grown";
inline constexpr const char* kSuppressionAdded = "gates.suppression-added";

// True for the three rule ids above: the engine runs them only on changes.
bool is_change_rule(const std::string& id);

// One file in its base and changed versions. base is nullopt when the change adds the file.
struct ChangedFile {
  std::shared_ptr<const SourceText> head;
  std::optional<std::string> base;
};

// What the configuration change does to each rule of `all` (every loaded rule, before any choice), one finding
// per setting that weakens the gate. base_cfg / head_cfg are the parsed versions (an absent file is an empty
// Config). `rule` is gates.gate-config-weakened as the base configures it.
std::vector<Finding> config_weakening(const SourceText& head_text, const Config& base_cfg, const Config& head_cfg,
                                      const std::vector<RuleInfo>& all, const RuleInfo& rule);

// Fingerprints the head baseline adds to the base one; one finding at the first added entry. Unreadable JSON in
// either version gives nothing here: the scan itself reports a broken baseline.
std::vector<Finding> baseline_growth(const ChangedFile& file, const RuleInfo& rule);

// Suppression comments of the head version that the base does not have (compared by ids and reason, not line,
// so moved code is not a new suppression).
std::vector<Finding> suppressions_added(const ChangedFile& file, const RuleInfo& rule);

// The findings of change rule `rule` (one of the three ids above) on one changed file, as a scan and
// `rules test` both run it: the configuration comparison for gate-config-weakened (an unparsable version counts
// as an empty configuration: the scan reports the broken file itself), the baseline comparison for
// baseline-grown, the suppression comparison for suppression-added.
std::vector<Finding> check_changed_file(const RuleInfo& rule, const ChangedFile& file, const std::vector<RuleInfo>& all);

}  // namespace tollgate
