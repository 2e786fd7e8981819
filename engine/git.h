// What tollgate asks of git: the staged files and their index contents (pre-commit), the files changed since a
// revision (--diff), and every blob of the history once with where it first appeared (`tollgate git`).
// It runs the git command-line tool; a missing git or a non-repository is an error value, never a crash.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tollgate {

struct ProcessResult {
  int status = -1;  // exit status; -1 when the program could not be started
  std::string out, err;
};
// Runs argv[0] (looked up in PATH) in cwd and collects its output. stdin is /dev/null.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd);

// The work tree's top directory containing dir; false with *error when dir is not in a git work tree.
bool git_toplevel(const std::string& dir, std::string* top, std::string* error);

// Paths (relative to the top) that the index adds or modifies against HEAD (all of them before the first commit).
bool git_staged_paths(const std::string& top, std::vector<std::string>* paths, std::string* error);

// Paths (relative to the top) added or modified in the work tree or index since rev, that still exist.
bool git_changed_paths(const std::string& top, const std::string& rev, std::vector<std::string>* paths,
                       std::string* error);

// Reads objects through one `git cat-file --batch` process: cheap per object.
class GitObjectReader {
 public:
  explicit GitObjectReader(std::string top);
  ~GitObjectReader();
  GitObjectReader(const GitObjectReader&) = delete;
  GitObjectReader& operator=(const GitObjectReader&) = delete;
  // spec: a blob id, or ":path" for the index version of a path. False when missing or git failed.
  bool read(const std::string& spec, std::string* content, std::string* error);
  // Starts the git process now instead of at the first read, so that its start overlaps other work.
  void start();
  // No more reads: git is told so and exits while the caller goes on; the destructor then only reaps it.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct HistoryBlob {
  std::string blob;    // object id
  std::string commit;  // the oldest commit (in topological order) that added or changed a path to this blob
  std::string author;  // "Name <email>"
  std::string date;    // author date, ISO 8601
  std::string path;    // the path it had there
};

// Every blob added or modified by a commit reachable from any ref (or only by commits after `since` when given),
// once, at its first appearance, oldest first. Merge commits' own resolutions are not listed. When `wanted` is
// given, only appearances at paths it accepts count: a blob first added at an excluded path and later copied to
// a scanned one is listed at the scanned one.
bool git_history_blobs(const std::string& top, const std::string& since, std::vector<HistoryBlob>* blobs,
                       std::string* error, const std::function<bool(const std::string& path)>& wanted = {});

}  // namespace tollgate
