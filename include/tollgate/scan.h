// One scan: walk -> classify -> parse when a rule wants the kind -> document rules -> repository rules ->
// suppressions and baseline -> sorted findings. The CLI is a thin layer over run_scan().
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tollgate/document.h"
#include "tollgate/models.h"
#include "tollgate/readiness.h"
#include "tollgate/report.h"

namespace tollgate {

enum class ScanSource : uint8_t {
  worktree,  // files on disk under the paths
  staged,    // what the next commit adds: the index versions of staged files (pre-commit)
  history,   // every blob of the git history once, at its first appearance (`tollgate git`)
};

// How far a scan has got, for a progress display on another thread. The scan only adds to these (relaxed atomic
// increments, one per file: no lock and no shared cache line written more than that).
struct ScanProgress {
  enum Phase : int { loading_rules, finding_files, scanning_files, repository_rules, done };
  std::atomic<int> phase{loading_rules};
  std::atomic<uint64_t> files_total{0};  // set once the files are found
  std::atomic<uint64_t> files_done{0};   // read and checked, or skipped (binary, too large, unreadable)
  std::atomic<uint64_t> bytes_done{0};   // bytes read
};

// A select / skip / severity / options value as the configuration file wrote it.
struct RuleChoiceOrigin {
  std::string kind;   // "select", "skip", "severity" or "options"
  std::string value;  // the rule id, id prefix or tag
  std::string file;   // the configuration file, as shown in messages
  uint32_t line = 0;
};

struct ScanOptions {
  ScanSource source = ScanSource::worktree;
  std::string diff_rev;                     // worktree: only files changed since this revision (--diff)
  std::string since;                        // history: only commits after this revision (--since)
  std::vector<std::string> paths{"."};      // files or directories
  std::vector<std::string> rule_dirs;       // custom packs (--rules), added to the built-in pack
  bool builtin_rules = true;                // false only in `rules test` of a custom pack
  bool rule_examples = false;               // read the built-in secret rules' examples: only `rules test` runs them
  std::vector<std::string> select, skip;    // rule id prefixes or tags; empty select = all
  // Per-rule severity: a rule id, id prefix or tag, and the severity its findings get. When several keys match a
  // rule, the most specific wins: the rule's own id, then the longest id prefix, then a tag (later beats earlier).
  std::vector<std::pair<std::string, Severity>> severity;
  // Options for individual rules (`options:` in the configuration file): a rule id and a JSON object, which the
  // rule reads as ctx.options.
  std::vector<std::pair<std::string, std::string>> rule_options;
  // Where the choices above were written, so that one naming no rule is reported at its line. A choice without
  // an origin came from a flag.
  std::vector<RuleChoiceOrigin> choice_origins;
  // A choice (select, skip, severity, options) that names no loaded rule is an error that stops the scan before
  // it starts, since a typo would otherwise switch a gate off in silence; with this, a warning.
  bool allow_unknown_rules = false;
  // Gitignore-style patterns relative to the absolute folder exclude_dir (the configuration file's), dropping
  // paths in every mode, including files named explicitly and files listed by git.
  std::vector<std::string> exclude;
  std::string exclude_dir;
  EnvironmentConfig environments;  // the configuration's `environments`: promotion order, settings allowed to differ
  // The configuration's `readiness` (docs/readiness.md). A scan assesses readiness, and runs the rules that judge
  // it, when it scans a repository's top (one folder holding `.git` or `.tollgate.yaml`, whole: no --diff,
  // --staged or shard past the first) and the repository adopted the standard (`readiness:` is configured) or a
  // readiness rule is selected by name; `tollgate readiness` sets readiness_always.
  ReadinessConfig readiness;
  bool readiness_always = false;
  // A change scan (--diff, --staged) compares tollgate's own configuration with its base version and judges the
  // change (gates.gate-config-weakened, baseline-grown, suppression-added) by the base's rule choices plus the
  // command line's, never by the configuration under change: the file in force ("" for none) and the flags.
  std::string config_file;
  std::vector<std::string> flag_select, flag_skip;
  // --shard K/N: scan the K-th (1-based) of N parts of the files, split by path hash and balanced by bytes
  // (docs/scale-out.md). Shard 1 also reads every other file the repository rules and models need, and alone runs
  // those rules, so the N reports together hold exactly the findings of one unsharded scan. 0/0: no sharding.
  unsigned shard = 0, shard_count = 0;
  unsigned jobs = 0;                        // worker threads; 0 = all cores
  uint64_t max_file_size = 16u << 20;       // bytes; larger files are skipped with a warning
  // Findings of one file past this many are not collected (counted before suppressions and the baseline, after
  // one secret found twice is made one finding), and one warning on the file says so; 0 = no limit. It bounds
  // what a file can cost: a finding takes about 2 KB with its snippet, so a file of 300,000 leaked tokens took
  // 650 MB. See docs/sandbox.md, "Limits".
  uint32_t max_findings_per_file = 10'000;  // --max-findings-per-file, max-findings-per-file:
  bool show_secrets = false;                // keep secret values in snippets
  bool decode_base64 = false;               // also decode base64 runs anywhere and scan them for secrets
  std::string baseline_file;                // report only findings whose fingerprint is not in it
  // Sandbox limits for every rule call (see docs/writing-rules.md).
  uint64_t rule_instruction_budget = 200'000'000;
  uint32_t rule_deadline_ms = 5'000;
  uint64_t rule_memory_cap = 256u << 20;     // bytes per Lua state
  ScanProgress* progress = nullptr;          // advanced as the scan goes when set
};

struct ScanResult {
  Report report;
  bool had_errors = false;  // any error notification: the exit code is 2
  // Set when an error in the rules, the rule choices or the baseline stopped the scan before any file was read.
  bool stopped_before_scanning = false;
  // A change scan: the base configuration's fail-on (low when it has none). It judges the findings of the change
  // rules, which the fail-on of the configuration under change must not raise; --fail-on still wins.
  std::optional<Severity> change_fail_on;
  // The scan's parse trees and model items, freed with the result. A process that exits once it has reported
  // may keep them instead (cli/main.cc does): freeing a gigabyte of small blocks one by one takes a second.
  std::shared_ptr<const void> retained;
  // The environment model's items, when a rule of the scan reads that model (`tollgate drift`'s matrix); they
  // live as long as `retained`.
  std::vector<const Document*> environments;
  // The readiness assessment, when the scan made one (see ScanOptions::readiness).
  std::shared_ptr<const Readiness> readiness;
};

ScanResult run_scan(const ScanOptions& opts);

}  // namespace tollgate
