// One scan: walk -> classify -> parse when a rule wants the kind -> document rules -> repository rules ->
// suppressions and baseline -> sorted findings. The CLI is a thin layer over run_scan().
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tollgate/report.h"

namespace tollgate {

enum class ScanSource : uint8_t {
  worktree,  // files on disk under the paths
  staged,    // what the next commit adds: the index versions of staged files (pre-commit)
  history,   // every blob of the git history once, at its first appearance (`tollgate git`)
};

struct ScanOptions {
  ScanSource source = ScanSource::worktree;
  std::string diff_rev;                     // worktree: only files changed since this revision (--diff)
  std::string since;                        // history: only commits after this revision (--since)
  std::vector<std::string> paths{"."};      // files or directories
  std::vector<std::string> rule_dirs;       // custom packs (--rules), added to the built-in pack
  bool builtin_rules = true;                // false only in `rules test` of a custom pack
  std::vector<std::string> select, skip;    // rule id prefixes or tags; empty select = all
  unsigned jobs = 0;                        // worker threads; 0 = all cores
  uint64_t max_file_size = 16u << 20;       // bytes; larger files are skipped with a warning
  bool show_secrets = false;                // keep secret values in snippets
  bool decode_base64 = false;               // also decode base64 runs anywhere and scan them for secrets
  std::string baseline_file;                // report only findings whose fingerprint is not in it
  // Sandbox limits for every rule call (see docs/writing-rules.md).
  uint64_t rule_instruction_budget = 200'000'000;
  uint32_t rule_deadline_ms = 5'000;
  uint64_t rule_memory_cap = 256u << 20;     // bytes per Lua state
};

struct ScanResult {
  Report report;
  bool had_errors = false;  // any error notification: the exit code is 2
};

ScanResult run_scan(const ScanOptions& opts);

}  // namespace tollgate
