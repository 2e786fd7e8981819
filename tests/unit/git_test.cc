// The git layer against real repositories made in the test.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "engine/git.h"

namespace fs = std::filesystem;
using namespace tollgate;

namespace {

struct Repo {
  fs::path dir;
  Repo() {
    char tmpl[] = "/tmp/tollgate-git-XXXXXX";
    dir = mkdtemp(tmpl);
    sh("git init -q -b main . && git config user.name 'Ada Tester' && git config user.email ada@example.com"
       " && git config commit.gpgsign false");
  }
  ~Repo() { fs::remove_all(dir); }
  void sh(const std::string& cmd) const {
    std::string full = "cd '" + dir.string() + "' && " + cmd + " >/dev/null 2>&1";
    REQUIRE(std::system(full.c_str()) == 0);
  }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
};

}  // namespace

TEST_CASE("run_process collects output and status, and reports a missing program") {
  ProcessResult r = run_process({"sh", "-c", "printf out; printf err >&2; exit 3"}, "/");
  CHECK(r.status == 3);
  CHECK(r.out == "out");
  CHECK(r.err == "err");
  ProcessResult missing = run_process({"tollgate-no-such-program"}, "/");
  CHECK(missing.status == -1);
  CHECK(missing.err == "cannot run tollgate-no-such-program");
}

TEST_CASE("toplevel of a work tree, and a clear error outside one") {
  Repo repo;
  repo.write("sub/a.txt", "x");
  std::string top, err;
  REQUIRE(git_toplevel((repo.dir / "sub").string(), &top, &err));
  CHECK(fs::equivalent(top, repo.dir));
  CHECK_FALSE(git_toplevel("/", &top, &err));
  CHECK(err.find("not a git repository") != std::string::npos);
}

TEST_CASE("staged paths: before the first commit, then added and modified but not deleted files") {
  Repo repo;
  repo.write("a.env", "A=1\n");
  repo.write("b.env", "B=1\n");
  repo.sh("git add a.env b.env");
  std::vector<std::string> paths;
  std::string err;
  REQUIRE(git_staged_paths(repo.dir.string(), &paths, &err));
  CHECK(paths == std::vector<std::string>{"a.env", "b.env"});
  repo.sh("git commit -qm one");
  repo.write("a.env", "A=2\n");
  repo.write("new file.env", "N=1\n");
  repo.write("unstaged.env", "U=1\n");
  repo.sh("git add a.env 'new file.env' && git rm -q b.env");
  REQUIRE(git_staged_paths(repo.dir.string(), &paths, &err));
  CHECK(paths == std::vector<std::string>{"a.env", "new file.env"});
}

TEST_CASE("the object reader returns index contents, not the work tree's") {
  Repo repo;
  repo.write("a.env", "STAGED=1\n");
  repo.sh("git add a.env");
  repo.write("a.env", "WORKTREE=1\n");
  GitObjectReader reader(repo.dir.string());
  std::string content, err;
  REQUIRE(reader.read(":a.env", &content, &err));
  CHECK(content == "STAGED=1\n");
  CHECK_FALSE(reader.read(":missing.env", &content, &err));
  CHECK(err == "no such object: :missing.env");
  // The reader keeps working after a miss.
  REQUIRE(reader.read(":a.env", &content, &err));
  CHECK(content == "STAGED=1\n");
}

TEST_CASE("the object reader reports a git cat-file that has exited instead of dying of SIGPIPE") {
  // Outside any repository git cat-file exits at once. The reader's first read starts it; once it is gone, the
  // request meets a closed pipe: an error for this read and the next, and the test process lives on.
  auto dir = std::filesystem::temp_directory_path() / ("tollgate-no-repo-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  GitObjectReader reader(dir.string());
  reader.start();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // time for git to exit
  std::string content, err;
  CHECK_FALSE(reader.read(":a.env", &content, &err));
  CHECK(err == "git cat-file stopped");
  CHECK_FALSE(reader.read(":a.env", &content, &err));
  CHECK(err == "cannot run git cat-file");
  std::filesystem::remove_all(dir);
}

TEST_CASE("changed paths since a revision include untracked files and exclude deleted ones") {
  Repo repo;
  repo.write("a.txt", "1");
  repo.write("b.txt", "1");
  repo.sh("git add . && git commit -qm one");
  repo.write("a.txt", "2");
  repo.write("c.txt", "new");
  repo.sh("git rm -q b.txt");
  std::vector<std::string> paths;
  std::string err;
  REQUIRE(git_changed_paths(repo.dir.string(), "HEAD", &paths, &err));
  CHECK(paths == std::vector<std::string>{"a.txt", "c.txt"});
  CHECK_FALSE(git_changed_paths(repo.dir.string(), "--output=/tmp/x", &paths, &err));
  CHECK_FALSE(git_changed_paths(repo.dir.string(), "no-such-rev", &paths, &err));
}

TEST_CASE("history lists each blob once at its first appearance, oldest first") {
  Repo repo;
  repo.write("config.env", "TOKEN=one\n");
  repo.sh("git add . && git commit -qm first");
  repo.write("copy.env", "TOKEN=one\n");  // the same blob under another path: not listed again
  repo.write("config.env", "TOKEN=two\n");
  repo.sh("git add . && git commit -qm second");
  repo.sh("git rm -q config.env && git commit -qm third");
  std::vector<HistoryBlob> blobs;
  std::string err;
  REQUIRE(git_history_blobs(repo.dir.string(), "", &blobs, &err));
  REQUIRE(blobs.size() == 2);
  CHECK(blobs[0].path == "config.env");
  CHECK(blobs[0].author == "Ada Tester <ada@example.com>");
  CHECK(blobs[1].path == "config.env");
  CHECK(blobs[0].commit != blobs[1].commit);
  GitObjectReader reader(repo.dir.string());
  std::string content;
  REQUIRE(reader.read(blobs[0].blob, &content, &err));
  CHECK(content == "TOKEN=one\n");
  REQUIRE(reader.read(blobs[1].blob, &content, &err));
  CHECK(content == "TOKEN=two\n");
  // --since limits the history to later commits.
  std::vector<HistoryBlob> later;
  REQUIRE(git_history_blobs(repo.dir.string(), blobs[0].commit, &later, &err));
  REQUIRE(later.size() == 2);  // copy.env's blob is new to that range, and config.env's second version
  // Paths the scan leaves out do not count as a first appearance: the blob is listed where it is wanted.
  std::vector<HistoryBlob> wanted;
  REQUIRE(git_history_blobs(repo.dir.string(), "", &wanted, &err,
                            [](const std::string& path) { return path != "config.env"; }));
  REQUIRE(wanted.size() == 1);
  CHECK(wanted[0].path == "copy.env");
  CHECK(wanted[0].blob == blobs[0].blob);
  CHECK(wanted[0].commit == later[0].commit);
}
