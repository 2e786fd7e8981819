// The configuration file's `exclude` patterns, applied to the paths of a scan. Patterns are gitignore-style and
// relative to the folder they were written in (the configuration file's), while a scan names files relative to
// its base (a git work tree or the first PATH); this class bridges the two.
//
// Unlike .gitignore, an exclude pattern also drops files named on the command line or listed by git (--staged,
// `tollgate git`): pre-commit passes file names, and the repository's "never scan vendor/" must hold there too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/walker.h"

namespace tollgate {

class ExcludeFilter {
 public:
  ExcludeFilter() = default;
  // patterns_dir and base are absolute directories.
  ExcludeFilter(const std::vector<std::string>& patterns, const std::string& patterns_dir, const std::string& base);

  bool empty() const { return !rules_; }
  // True when `rel` (base-relative, '/'-separated) is excluded itself. For a walk, which never enters an
  // excluded directory, this is enough.
  bool excluded(std::string_view rel, bool is_dir) const;
  // True when `rel` or a directory above it is excluded: for paths that come without a walk.
  bool excluded_with_parents(std::string_view rel, bool is_dir) const;

 private:
  // `rel` relative to the patterns' folder, or nullopt when it lies outside it (no pattern applies there).
  std::optional<std::string> to_patterns_dir(std::string_view rel) const;

  std::optional<IgnoreRules> rules_;
  std::string base_, patterns_dir_;
  enum class Relation { same, base_below, patterns_below, apart } relation_ = Relation::apart;
  std::string between_;  // base_below: base relative to the patterns' folder; patterns_below: the reverse
};

}  // namespace tollgate
