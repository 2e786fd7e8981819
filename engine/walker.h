// Finds the files of a scan: recursive, .gitignore and .tollgateignore aware, binary files and .git skipped,
// symlinked directories followed once (a loop is detected by device and inode, never walked twice).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <string>
#include <vector>

#include "tollgate/finding.h"

namespace tollgate {

struct WalkEntry {
  std::string abs_path;  // as opened
  std::string rel_path;  // relative to the scan base, '/'-separated
  uint64_t size = 0;
};

struct WalkOptions {
  uint64_t max_file_size = 16u << 20;  // larger files: a warning notification, not scanned
  // False: a regular file named as such by its directory entry is listed without a stat (size 0, and
  // max_file_size is not applied: the reader checks it, as read_scanned_file does). One system call fewer per
  // file, and a lookup of its path; symlinks and entries of unknown type are still stat'ed.
  bool stat_files = true;
  // Names of ignore files honoured in every directory, in addition to .gitignore.
  std::vector<std::string> ignore_files{".tollgateignore"};
  // The configuration file's exclude patterns (gitignore-style, relative to the absolute folder exclude_dir).
  // They drop files and directories the way ignore files do, and also roots named explicitly.
  std::vector<std::string> exclude;
  std::string exclude_dir;
  // Called for each file as soon as it is found (from several walker threads at once, in no set order), so a
  // scan can start before the walk ends. The result's sorted list is filled as well.
  std::function<void(const WalkEntry&)> on_file;
};

struct WalkResult {
  std::string base;                  // absolute directory that rel_path is relative to
  std::vector<WalkEntry> files;      // sorted by rel_path
  std::vector<Notification> notes;   // unreadable paths (error), oversized files and symlink loops (warning)
};

// The base is the git work tree containing the first root when there is one, else the first root when it is
// a directory, else its parent. A root that is a file is scanned even when an ignore file names it (but not
// when an exclude pattern does).
WalkResult walk(const std::vector<std::string>& roots, const WalkOptions& opts);

// Gitignore pattern matching, exposed for tests: one ignore file's rules, relative to its directory.
class IgnoreRules {
 public:
  // `dir` is the ignore file's directory relative to the base ("" for the base itself).
  IgnoreRules(std::string dir, std::string_view file_text);
  // Returns +1 ignored, -1 re-included by a negation, 0 no rule matched. rel_path is base-relative.
  int match(std::string_view rel_path, bool is_dir) const;

 private:
  struct Pattern;
  std::string dir_;
  std::vector<std::shared_ptr<Pattern>> patterns_;
};

// Reads a whole file into *out. On failure returns false with *error set to the system's message. flags are
// extra open(2) flags (O_NOFOLLOW for ignore files).
bool read_file(const std::string& path, std::string* out, std::string* error, int flags = 0);

// Reads a file to scan: a regular file (anything else is refused unread, opened without blocking) of at most
// max_bytes, read straight into *out in one read of the size fstat gives (the file as it was then).
enum class ReadStatus : uint8_t { ok, too_large, failed };
ReadStatus read_scanned_file(const std::string& path, uint64_t max_bytes, std::string* out, std::string* error);

// Reads a file that must be a regular file of at most max_bytes: the configuration, rule files, library
// modules, baselines, rule fixtures. These come from the repository under scan, which in CI is untrusted: a
// device, FIFO or socket (a symlink to /dev/zero) is refused before a byte is read (opened without blocking),
// and a file over the limit is refused by its size, so no such input can grow memory without bound.
bool read_regular_file(const std::string& path, uint64_t max_bytes, std::string* out, std::string* error);

// The largest configuration file, rule file or library module read (1 MiB: the largest built-in rule is 20 KiB).
inline constexpr uint64_t kMaxSettingsFileBytes = 1u << 20;
// The largest baseline read (256 MiB: about two million findings).
inline constexpr uint64_t kMaxBaselineBytes = 256u << 20;

// True when the bytes look binary (a NUL byte in the first 8 KiB).
bool looks_binary(std::string_view head);

}  // namespace tollgate
