// The repository configuration file, .tollgate.yaml: where it is found, what it may say, and how a mistake in it
// is located. The CLI merges a Config with its flags (flags win); docs/configuration.md is the user's page.
//
// The file is parsed with tollgate's own YAML parser, so every error carries the file's line and column, and
// checked strictly: an unknown key, a value of the wrong type or an unknown severity is an error, never ignored.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tollgate/finding.h"
#include "tollgate/models.h"
#include "tollgate/readiness.h"

namespace tollgate {

inline constexpr const char* kConfigFileName = ".tollgate.yaml";

// A value and where the file wrote it (1-based), so later checks (a rule id that matches nothing) can point at it.
struct ConfigItem {
  std::string value;
  uint32_t line = 0, col = 0;
};

struct Config {
  std::string path;  // as shown in messages: relative to the working directory when below it
  std::string dir;   // the file's folder, as a path usable from the working directory ("" for ".")
  std::string dir_abs;  // the same, absolute and lexically normal: exclude patterns are relative to it

  std::optional<Severity> fail_on;        // fail-on
  std::vector<ConfigItem> select, skip;   // select / skip: rule ids, id prefixes or tags
  std::vector<ConfigItem> rules;          // rules: custom packs, resolved against dir (load_config checks they exist)
  std::optional<std::string> baseline;    // baseline: resolved against dir
  std::vector<ConfigItem> exclude;        // exclude: gitignore-style patterns, relative to dir_abs
  std::optional<uint64_t> max_file_size;  // max-file-size: bytes
  std::optional<uint32_t> max_findings_per_file;  // max-findings-per-file: 0 for no limit
  std::optional<bool> decode_base64;      // decode-base64
  std::vector<std::pair<ConfigItem, Severity>> severity;  // severity: rule id / prefix / tag -> severity, in order
  std::vector<std::pair<ConfigItem, std::string>> options;  // options: rule id -> its options as a JSON object
  std::optional<bool> allow_unknown_rules;  // allow-unknown-rules: a choice naming no rule warns instead of failing
  // environments: the promotion order of the environment model (names as folders and files write them) and the
  // settings whose values may differ between environments (dotted keys, `prefix.*`).
  std::vector<ConfigItem> environment_order, allow_differ;
  ReadinessConfig readiness;  // readiness: the deliverables' places, the records' windows (docs/readiness.md)
  std::map<std::string, uint32_t> key_lines;  // the line of each top-level setting, for findings about it
};

// A mistake in a configuration file. line and col are 0 when the file as a whole is at fault (unreadable).
struct ConfigError {
  std::string path;
  uint32_t line = 0, col = 0;
  std::string message;
  // "path:line:col" (or "path" without a location), the shape editors and CI annotations understand.
  std::string where() const;
  // where() + ": " + message.
  std::string str() const;
};

// Parses a configuration file's text. `path` names it in messages and locates relative paths in it.
// Returns nullopt with *error filled on the first mistake.
std::optional<Config> parse_config(const std::string& path, std::string_view text, ConfigError* error);

// Reads and parses the file at `path`, and checks that the rule packs it names are folders.
std::optional<Config> load_config(const std::string& path, ConfigError* error);

// The .tollgate.yaml that governs a scan of `start` (a file or a directory, existing or not): the first one in
// start's directory or a parent of it. The search stops after the first directory that holds a `.git` (the
// repository's top: a file above it belongs to something else) or at the filesystem root. "" when none.
std::string find_config(const std::string& start);

// The configuration's `environments` as the environment model takes them (empty when the file has none).
EnvironmentConfig environment_config(const Config& c);

// A size as the CLI and the file accept it: a whole number of bytes, or one followed by KB, MB, GB (powers of
// 1000) or KiB, MiB, GiB (powers of 1024), e.g. "2MiB". Zero and overflow are rejected.
std::optional<uint64_t> parse_size(std::string_view text);

}  // namespace tollgate
