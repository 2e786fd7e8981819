// Tests of the walker (engine/walker.h) on real temporary trees, and of the gitignore matcher on its own.
// The pattern table was checked case by case against `git check-ignore` (git 2.39).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "engine/walker.h"
#include "tests/unit/temp_dir.h"

using tollgate::IgnoreRules;
using tollgate::Notification;
using tollgate::walk;
using tollgate::WalkOptions;
using tollgate::WalkResult;

namespace {


void mkdirs(const std::string& path) {
  for (size_t i = 1; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      std::string p = path.substr(0, i);
      if (::mkdir(p.c_str(), 0755) != 0 && errno != EEXIST) FAIL("mkdir " << p << ": " << std::strerror(errno));
    }
  }
}

void write(const std::string& path, const std::string& content = "x") {
  size_t slash = path.rfind('/');
  mkdirs(path.substr(0, slash));
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  REQUIRE(f.good());
  f << content;
}

void symlink_to(const std::string& target, const std::string& link) {
  REQUIRE(::symlink(target.c_str(), link.c_str()) == 0);
}

std::vector<std::string> rels(const WalkResult& r) {
  std::vector<std::string> out;
  for (const auto& f : r.files) out.push_back(f.rel_path);
  return out;
}

std::vector<std::string> messages(const WalkResult& r) {
  std::vector<std::string> out;
  for (const auto& n : r.notes) {
    out.push_back(std::string(n.level == Notification::Level::error ? "error" : "warning") + " [" + n.path + "] " +
                  n.message);
  }
  return out;
}

WalkResult walk1(const std::string& root, const WalkOptions& opts = {}) { return walk({root}, opts); }

using Strings = std::vector<std::string>;

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// IgnoreRules

TEST_CASE("gitignore patterns: table of gitignore(5) cases", "[walker][ignore]") {
  struct Case {
    const char* patterns;
    const char* path;
    bool is_dir;
    int expected;
  };
  const Case cases[] = {
      // A pattern without a slash matches the name at any depth, files and directories alike.
      {"foo", "foo", false, 1},
      {"foo", "a/b/foo", false, 1},
      {"foo", "a/foo", true, 1},
      {"foo", "foobar", false, 0},
      {"foo", "xfoo", false, 0},
      {"foo", "foo/bar", false, 0},  // only the path itself; the walker never descends into an ignored dir
      // A leading or middle slash anchors to the ignore file's directory.
      {"/foo", "foo", false, 1},
      {"/foo", "a/foo", false, 0},
      {"doc/frotz", "doc/frotz", false, 1},
      {"doc/frotz", "a/doc/frotz", false, 0},
      {"doc/frotz/", "doc/frotz", true, 1},
      {"doc/frotz/", "a/doc/frotz", true, 0},
      // A trailing slash: directories only.
      {"frotz/", "frotz", true, 1},
      {"frotz/", "a/frotz", true, 1},
      {"frotz/", "frotz", false, 0},
      // '*' and '?' stay inside one path component.
      {"*.log", "app.log", false, 1},
      {"*.log", "deep/er/app.log", false, 1},
      {"*.log", "app.log.gz", false, 0},
      {"hello.*", "hello.c", false, 1},
      {"/hello.*", "a/hello.java", false, 0},
      {"a/*.c", "a/x.c", false, 1},
      {"a/*.c", "a/b/x.c", false, 0},
      {"a/*", "a/b", true, 1},
      {"a?c", "abc", false, 1},
      {"a?c", "ac", false, 0},
      {"a?c", "a/c", false, 0},
      {"x/a?c", "x/a/c", false, 0},
      {"*", "anything", false, 1},
      {"a*b*c", "axxbyyc", false, 1},
      {"a*b*c", "axxbyy", false, 0},
      // Bracket expressions.
      {"[abc].txt", "b.txt", false, 1},
      {"[abc].txt", "d.txt", false, 0},
      {"file[0-9]", "file7", false, 1},
      {"file[0-9]", "filex", false, 0},
      {"file[!0-9]", "filex", false, 1},
      {"file[!0-9]", "file7", false, 0},
      {"file[^0-9]", "filex", false, 1},
      {"[]]x", "]x", false, 1},
      {"[a-]x", "-x", false, 1},
      {"[[:digit:]]x", "5x", false, 1},
      {"[[:digit:]]x", "ax", false, 0},
      {"a[/]b", "a/b", false, 0},
      {"[unterminated", "[unterminated", false, 0},
      // "**".
      {"**/foo", "foo", false, 1},
      {"**/foo", "a/b/foo", false, 1},
      {"**/foo/bar", "x/foo/bar", false, 1},
      {"**/foo/bar", "x/foo/y/bar", false, 0},
      {"abc/**", "abc/x", false, 1},
      {"abc/**", "abc/x/y/z", false, 1},
      {"abc/**", "abc", true, 0},
      {"abc/**", "x/abc/y", false, 0},
      {"a/**/b", "a/b", false, 1},
      {"a/**/b", "a/x/b", false, 1},
      {"a/**/b", "a/x/y/b", false, 1},
      {"a/**/b", "a/xb", false, 0},
      {"a**b", "axyb", false, 1},
      {"a**b", "ax/yb", false, 0},  // not a whole component: an ordinary star
      {"**", "any/thing", false, 1},
      // Comments, escapes, trailing spaces.
      {"#comment", "#comment", false, 0},
      {"\\#comment", "#comment", false, 1},
      {"\\!important!.txt", "!important!.txt", false, 1},
      {"\\*", "*", false, 1},
      {"\\*", "x", false, 0},
      {"trail   ", "trail", false, 1},
      {"trail\\ ", "trail ", false, 1},
      {"trail\\ ", "trail", false, 0},
      {"", "x", false, 0},
      {"  ", "x", false, 0},
      // Negation and last-match-wins within one file.
      {"*.log\n!keep.log", "keep.log", false, -1},
      {"*.log\n!keep.log", "other.log", false, 1},
      {"!keep.log\n*.log", "keep.log", false, 1},
      {"!nothing", "nothing", false, -1},
      {"build/\n!build", "build", true, -1},
      // CRLF line ends and a byte-order mark.
      {"\xEF\xBB\xBF" "first\r\nsecond\r\n", "first", false, 1},
      {"\xEF\xBB\xBF" "first\r\nsecond\r\n", "second", false, 1},
  };
  for (const auto& c : cases) {
    INFO("pattern " << c.patterns << " path " << c.path << (c.is_dir ? " (dir)" : ""));
    IgnoreRules rules("", c.patterns);
    CHECK(rules.match(c.path, c.is_dir) == c.expected);
  }
}

TEST_CASE("gitignore patterns are relative to their own directory", "[walker][ignore]") {
  IgnoreRules rules("sub", "/top\nany\nx/y\n*.tmp\n");
  CHECK(rules.match("sub/top", false) == 1);
  CHECK(rules.match("sub/deeper/top", false) == 0);  // anchored to sub/
  CHECK(rules.match("sub/deeper/any", false) == 1);
  CHECK(rules.match("sub/x/y", false) == 1);
  CHECK(rules.match("sub/z/x/y", false) == 0);
  CHECK(rules.match("sub/a/b.tmp", false) == 1);
  // Outside the file's directory nothing applies, not even an unanchored pattern.
  CHECK(rules.match("top", false) == 0);
  CHECK(rules.match("any", false) == 0);
  CHECK(rules.match("other/any", false) == 0);
  CHECK(rules.match("subway/any", false) == 0);
  CHECK(rules.match("sub", true) == 0);
}

TEST_CASE("looks_binary checks for a NUL in the first 8 KiB", "[walker]") {
  using tollgate::looks_binary;
  CHECK_FALSE(looks_binary(""));
  CHECK_FALSE(looks_binary("plain text\n\xff\xfe utf-16-ish but no nul"));
  CHECK(looks_binary(std::string_view("a\0b", 3)));
  std::string s(8192, 'a');
  s[8191] = '\0';
  CHECK(looks_binary(s));
  std::string late(9000, 'a');
  late[8192] = '\0';
  CHECK_FALSE(looks_binary(late));
}

// ---------------------------------------------------------------------------------------------------------------
// walk

TEST_CASE("walk lists regular files sorted, with hidden files, without .git", "[walker]") {
  TempDir t("walker");
  write(t / "b.txt", "hello");
  write(t / "a/z.yaml");
  write(t / "a/b/c.tf");
  write(t / ".github/workflows/ci.yml");
  write(t / ".gitlab-ci.yml");
  write(t / ".env");
  write(t / "A.txt");
  write(t / ".git/config", "[core]");
  write(t / ".git/objects/aa/bb");
  write(t / "sub/.git", "gitdir: elsewhere\n");  // a submodule's pointer file
  write(t / "sub/main.tf");

  WalkResult r = walk1(t.path);
  CHECK(r.base == t.path);
  CHECK(rels(r) == Strings{".env", ".github/workflows/ci.yml", ".gitlab-ci.yml", "A.txt", "a/b/c.tf", "a/z.yaml",
                           "b.txt", "sub/main.tf"});
  CHECK(r.notes.empty());
  auto b = std::find_if(r.files.begin(), r.files.end(), [](const auto& f) { return f.rel_path == "b.txt"; });
  REQUIRE(b != r.files.end());
  CHECK(b->abs_path == t / "b.txt");
  CHECK(b->size == 5);
}

TEST_CASE("walk honours .gitignore at the root and nested, deeper files overriding", "[walker][ignore]") {
  TempDir t("walker");
  write(t / ".gitignore", "*.log\nbuild/\n/only-top.txt\n");
  write(t / "app.log");
  write(t / "keep.txt");
  write(t / "only-top.txt");
  write(t / "build/out.bin");
  write(t / "src/build/gen.c");  // "build/" is unanchored: also ignored here
  write(t / "src/only-top.txt");
  write(t / "src/debug.log");
  write(t / "src/.gitignore", "!debug.log\n*.txt\n");
  write(t / "src/notes.txt");
  write(t / "src/deep/trace.log");
  write(t / "src/deep/readme.md");

  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{".gitignore", "keep.txt", "src/.gitignore", "src/debug.log", "src/deep/readme.md"});
  CHECK(r.notes.empty());
}

TEST_CASE("a file inside an excluded directory cannot be re-included", "[walker][ignore]") {
  TempDir t("walker");
  write(t / "build/keep.txt");
  write(t / "build/drop.txt");
  write(t / "out/keep.txt");
  write(t / "out/drop.txt");
  // "build/" excludes the directory itself, so the negation has nothing to act on; "out/*" excludes only the
  // contents, so the negation works (the idiom gitignore(5) recommends).
  write(t / ".gitignore", "build/\n!build/keep.txt\nout/*\n!out/keep.txt\n");
  write(t / "build/.gitignore", "!drop.txt\n");  // a nested file cannot reopen it either

  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{".gitignore", "out/keep.txt"});
}

TEST_CASE("walk honours .tollgateignore and the configured ignore files", "[walker][ignore]") {
  TempDir t("walker");
  write(t / ".tollgateignore", "fixtures/\n");
  write(t / ".gitignore", "*.tmp\n");
  write(t / "fixtures/leak.env");
  write(t / "sub/.tollgateignore", "!x.tmp\n");  // deeper and tollgate-specific: re-includes
  write(t / "sub/x.tmp");
  write(t / "sub/y.tmp");
  write(t / "sub/.scanignore", "z.txt\n");
  write(t / "sub/z.txt");
  write(t / "main.tf");

  SECTION("default: .tollgateignore") {
    WalkResult r = walk1(t.path);
    CHECK(rels(r) == Strings{".gitignore", ".tollgateignore", "main.tf", "sub/.scanignore", "sub/.tollgateignore",
                             "sub/x.tmp", "sub/z.txt"});
  }
  SECTION("in one directory the tollgate file outranks .gitignore") {
    write(t / "both/.gitignore", "*.tmp\n!keep.tmp\n");
    write(t / "both/.tollgateignore", "keep.tmp\n!main.tmp\n");
    write(t / "both/keep.tmp");
    write(t / "both/main.tmp");
    WalkResult r = walk1(t / "both");
    CHECK(rels(r) == Strings{".gitignore", ".tollgateignore", "main.tmp"});
  }
  SECTION("a custom list replaces the default") {
    WalkOptions o;
    o.ignore_files = {".scanignore"};
    WalkResult r = walk1(t.path, o);
    CHECK(rels(r) == Strings{".gitignore", ".tollgateignore", "fixtures/leak.env", "main.tf", "sub/.scanignore",
                             "sub/.tollgateignore"});
  }
  SECTION("an empty list leaves .gitignore alone in force") {
    WalkOptions o;
    o.ignore_files.clear();
    WalkResult r = walk1(t.path, o);
    CHECK(rels(r) == Strings{".gitignore", ".tollgateignore", "fixtures/leak.env", "main.tf", "sub/.scanignore",
                             "sub/.tollgateignore", "sub/z.txt"});
  }
}

TEST_CASE("walk honours .git/info/exclude, below every .gitignore", "[walker][ignore]") {
  TempDir t("walker");
  write(t / ".git/info/exclude", "# local\nsecret.txt\n*.bak\n");
  write(t / "secret.txt");
  write(t / "a/secret.txt");
  write(t / "a/old.bak");
  write(t / "a/.gitignore", "!old.bak\n");
  write(t / "keep.tf");

  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"a/.gitignore", "a/old.bak", "keep.tf"});
}

TEST_CASE("info/exclude is found through a .git file (worktrees)", "[walker][ignore]") {
  TempDir t("walker");
  write(t / "gitdirs/wt/commondir", "../main\n");
  write(t / "gitdirs/main/info/exclude", "local.txt\n");
  write(t / "tree/.git", "gitdir: ../gitdirs/wt\n");
  write(t / "tree/local.txt");
  write(t / "tree/shared.txt");

  WalkResult r = walk1(t / "tree");
  CHECK(r.base == t / "tree");
  CHECK(rels(r) == Strings{"shared.txt"});
}

TEST_CASE("base directory: the git work tree around the first root, else the root or its parent", "[walker]") {
  TempDir t("walker");
  write(t / "repo/.gitignore", "*.log\n");
  write(t / "repo/infra/main.tf");
  write(t / "repo/infra/debug.log");
  write(t / "repo/infra/env/prod.tfvars");
  write(t / "repo/README.md");
  write(t / "plain/dir/file.yaml");
  write(t / "plain/top.yaml");
  // A real `git init` when git is installed; the walker only looks for the .git entry either way.
  std::string cmd = "git init -q '" + (t / "repo") + "' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) mkdirs(t / "repo/.git");

  SECTION("a subdirectory of a repository: paths relative to the work tree, its .gitignore in force") {
    WalkResult r = walk1(t / "repo/infra");
    CHECK(r.base == t / "repo");
    CHECK(rels(r) == Strings{"infra/env/prod.tfvars", "infra/main.tf"});
    CHECK(r.files[1].abs_path == t / "repo/infra/main.tf");
  }
  SECTION("ignore files between the work tree and a deeper root apply") {
    write(t / "repo/infra/.gitignore", "*.tfvars\n");
    WalkResult r = walk1(t / "repo/infra/env");
    CHECK(r.base == t / "repo");
    CHECK(rels(r).empty());
  }
  SECTION("a relative root with dots is made absolute and normal") {
    REQUIRE(::chdir((t / "repo/infra/env").c_str()) == 0);
    WalkResult r = walk1("../env/.");
    REQUIRE(::chdir("/") == 0);
    CHECK(r.base == t / "repo");
    CHECK(rels(r) == Strings{"infra/env/prod.tfvars"});
    CHECK(r.files[0].abs_path == t / "repo/infra/env/prod.tfvars");
  }
  SECTION("a file in a repository") {
    WalkResult r = walk1(t / "repo/infra/main.tf");
    CHECK(r.base == t / "repo");
    CHECK(rels(r) == Strings{"infra/main.tf"});
  }
  SECTION("outside any repository, a directory is its own base") {
    WalkResult r = walk1(t / "plain/dir");
    CHECK(r.base == t / "plain/dir");
    CHECK(rels(r) == Strings{"file.yaml"});
  }
  SECTION("outside any repository, a file's parent is the base") {
    WalkResult r = walk1(t / "plain/top.yaml");
    CHECK(r.base == t / "plain");
    CHECK(rels(r) == Strings{"top.yaml"});
  }
  SECTION("later roots are relative to the first root's base") {
    WalkResult r = walk({t / "plain/dir", t / "plain/top.yaml"}, {});
    CHECK(r.base == t / "plain/dir");
    CHECK(rels(r) == Strings{"../top.yaml", "file.yaml"});
  }
}

TEST_CASE("a root named explicitly is scanned even when ignored", "[walker][ignore]") {
  TempDir t("walker");
  write(t / ".gitignore", "*.env\nvendor/\n");
  write(t / "prod.env");
  write(t / "vendor/lib.tf");
  write(t / "vendor/skip.env");
  WalkResult r = walk({t / "prod.env", t / "vendor"}, {});
  CHECK(r.base == t.path);
  // The directory root is walked, but the patterns still apply to what is inside it.
  CHECK(rels(r) == Strings{"prod.env", "vendor/lib.tf"});
}

TEST_CASE("overlapping roots list each file once", "[walker]") {
  TempDir t("walker");
  write(t / "a/one.tf");
  write(t / "two.tf");
  WalkResult r = walk({t / "a", t.path, t / "a/one.tf"}, {});
  CHECK(r.base == t / "a");
  CHECK(rels(r) == Strings{"../two.tf", "one.tf"});
}

TEST_CASE("a missing root is an error naming it, and the other roots are still walked", "[walker]") {
  TempDir t("walker");
  write(t / "real/main.tf");
  write(t / "file.txt");
  std::string missing = t / "does-not-exist";
  std::string not_dir = t / "file.txt/below";  // ENOTDIR: a different real failure
  WalkResult r = walk({t / "real", missing, not_dir}, {});
  CHECK(rels(r) == Strings{"main.tf"});
  REQUIRE(r.notes.size() == 2);
  CHECK(r.notes[0].level == Notification::Level::error);
  CHECK(r.notes[0].path == missing);
  CHECK(r.notes[0].message == std::string("cannot access scan root: ") + std::strerror(ENOENT));
  CHECK(r.notes[1].level == Notification::Level::error);
  CHECK(r.notes[1].path == not_dir);
  CHECK(r.notes[1].message == std::string("cannot access scan root: ") + std::strerror(ENOTDIR));
}

TEST_CASE("a directory that cannot be opened is an error, and its siblings are still walked", "[walker]") {
  // Root can read anything, so the failure comes from a path longer than PATH_MAX.
  TempDir t("walker");
  write(t / "a.txt");
  write(t / "z.txt");
  std::string name(200, 'n');
  int fd = ::open(t.path.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  std::string rel_dir;
  for (int i = 0; i < 25; ++i) {  // 25 * 201 bytes > 4096
    REQUIRE(::mkdirat(fd, name.c_str(), 0755) == 0);
    int next = ::openat(fd, name.c_str(), O_RDONLY | O_DIRECTORY);
    REQUIRE(next >= 0);
    ::close(fd);
    fd = next;
    rel_dir += (rel_dir.empty() ? "" : "/") + name;
  }
  int f = ::openat(fd, "deep.txt", O_WRONLY | O_CREAT, 0644);
  REQUIRE(f >= 0);
  ::close(f);
  ::close(fd);

  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"a.txt", "z.txt"});
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].level == Notification::Level::error);
  CHECK(r.notes[0].message == std::string("cannot open directory: ") + std::strerror(ENAMETOOLONG));
  // The first directory whose absolute path no longer fits.
  CHECK(rel_dir.rfind(r.notes[0].path, 0) == 0);
  CHECK((t / r.notes[0].path).size() > 4095);
  CHECK((t / r.notes[0].path).size() - 201 <= 4095);
}

TEST_CASE("a very deep tree is walked without recursion", "[walker]") {
  TempDir t("walker");
  std::string rel;
  for (int i = 0; i < 1500; ++i) rel += "d/";
  write(t / (rel + "leaf.txt"));
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{rel + "leaf.txt"});
  CHECK(r.notes.empty());
}

TEST_CASE("a directory symlink to an ancestor is a loop: a warning, never walked", "[walker][symlink]") {
  TempDir t("walker");
  write(t / "a/b/file.tf");
  symlink_to("../..", t / "a/b/up");
  symlink_to(".", t / "self");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"a/b/file.tf"});
  CHECK(messages(r) == Strings{"warning [a/b/up] symlink loop: a/b/up -> ../..",
                               "warning [self] symlink loop: self -> ."});
}

TEST_CASE("a symlinked directory is followed once", "[walker][symlink]") {
  TempDir t("walker");
  TempDir outside("walker");
  write(outside / "shared/policy.yaml");
  write(t / "real/x.tf");
  symlink_to(outside / "shared", t / "link1");
  symlink_to(outside / "shared", t / "link2");
  symlink_to("real", t / "again");  // the real directory keeps its own name, whatever readdir's order

  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"link1/policy.yaml", "real/x.tf"});
  CHECK(r.files[0].abs_path == t / "link1/policy.yaml");
  CHECK(messages(r) == Strings{"warning [again] symlink to a directory already scanned: again -> real",
                               "warning [link2] symlink to a directory already scanned: link2 -> " +
                                   (outside / "shared")});
}

TEST_CASE("a symlink to a directory inside a followed link that loops back is caught", "[walker][symlink]") {
  TempDir t("walker");
  TempDir outside("walker");
  write(outside / "ext/a.tf");
  symlink_to(t.path, outside / "ext/back");  // back into the tree being walked
  symlink_to(outside / "ext", t / "ext");
  write(t / "in.tf");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"ext/a.tf", "in.tf"});
  CHECK(messages(r) == Strings{"warning [ext/back] symlink loop: ext/back -> " + t.path});
}

TEST_CASE("symlinks to files are files and dangling links are skipped with a warning", "[walker][symlink]") {
  TempDir t("walker");
  write(t / "target.yaml", "0123456789");
  symlink_to("target.yaml", t / "alias.yaml");
  symlink_to("nowhere", t / "dangling");
  symlink_to("loop2", t / "loop1");
  symlink_to("loop1", t / "loop2");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"alias.yaml", "target.yaml"});
  CHECK(r.files[0].abs_path == t / "alias.yaml");
  CHECK(r.files[0].size == 10);
  CHECK(messages(r) == Strings{
                           "warning [dangling] dangling symlink: dangling -> nowhere",
                           "warning [loop1] cannot follow symlink: loop1 -> loop2: " + std::string(std::strerror(ELOOP)),
                           "warning [loop2] cannot follow symlink: loop2 -> loop1: " + std::string(std::strerror(ELOOP)),
                       });
}

TEST_CASE("ignore rules judge a symlink by what it points at", "[walker][symlink][ignore]") {
  TempDir t("walker");
  TempDir outside("walker");
  write(outside / "lib/x.tf");
  write(t / ".gitignore", "vendor/\n*.lnk\n");
  symlink_to(outside / "lib", t / "vendor");
  write(t / "f.txt");
  symlink_to("f.txt", t / "f.lnk");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{".gitignore", "f.txt"});
  CHECK(r.notes.empty());
}

TEST_CASE("a root that is a symlink is followed and a dangling one is a warning", "[walker][symlink]") {
  TempDir t("walker");
  TempDir outside("walker");
  write(outside / "real/x.tf");
  symlink_to(outside / "real", t / "dirlink");
  symlink_to(t / "gone", t / "dead");
  WalkResult r = walk({t / "dirlink", t / "dead"}, {});
  CHECK(r.base == t / "dirlink");
  CHECK(rels(r) == Strings{"x.tf"});
  CHECK(r.files[0].abs_path == t / "dirlink/x.tf");
  CHECK(messages(r) == Strings{"warning [" + (t / "dead") + "] dangling symlink: " + (t / "dead") + " -> " +
                               (t / "gone")});
}

TEST_CASE("non-regular files are skipped silently", "[walker]") {
  TempDir t("walker");
  write(t / "a.txt");
  REQUIRE(::mkfifo((t / "pipe").c_str(), 0644) == 0);
  symlink_to("pipe", t / "pipe-link");
  // A socket made here rather than a link to /dev/null, which a broken machine may have turned into a file.
  int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(sock >= 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string sock_path = t / "sock";
  REQUIRE(sock_path.size() < sizeof addr.sun_path);
  std::memcpy(addr.sun_path, sock_path.c_str(), sock_path.size() + 1);
  REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  ::close(sock);
  symlink_to("sock", t / "sock-link");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"a.txt"});
  CHECK(r.notes.empty());
}

TEST_CASE("a non-regular root is reported, not opened", "[walker]") {
  TempDir t("walker");
  REQUIRE(::mkfifo((t / "pipe").c_str(), 0644) == 0);
  WalkResult r = walk1(t / "pipe");
  CHECK(r.files.empty());
  CHECK(messages(r) == Strings{"warning [" + (t / "pipe") + "] not a regular file or directory, not scanned"});
}

TEST_CASE("files above the size cap are reported, not listed", "[walker]") {
  TempDir t("walker");
  write(t / "small.txt", std::string(100, 'a'));
  write(t / "big/huge.json", std::string(101, 'a'));
  WalkOptions o;
  o.max_file_size = 100;
  WalkResult r = walk1(t.path, o);
  CHECK(rels(r) == Strings{"small.txt"});
  CHECK(messages(r) == Strings{"warning [big/huge.json] file larger than 100 bytes, not scanned"});
}

TEST_CASE("without stat_files, regular files are listed unsized and the reader applies the cap", "[walker]") {
  TempDir t("walker");
  write(t / "small.txt", std::string(100, 'a'));
  write(t / "big/huge.json", std::string(101, 'a'));
  WalkOptions o;
  o.max_file_size = 100;
  o.stat_files = false;
  WalkResult r = walk1(t.path, o);
  CHECK(rels(r) == Strings{"big/huge.json", "small.txt"});
  CHECK(r.files[0].size == 0);
  CHECK(r.notes.empty());
  std::string text, error;
  CHECK(tollgate::read_scanned_file(r.files[0].abs_path, 100, &text, &error) == tollgate::ReadStatus::too_large);
  CHECK(error == "larger than 100 bytes, the limit for this file");
  CHECK(tollgate::read_scanned_file(r.files[1].abs_path, 100, &text, &error) == tollgate::ReadStatus::ok);
  CHECK(text == std::string(100, 'a'));
  CHECK(tollgate::read_scanned_file(t.path, 100, &text, &error) == tollgate::ReadStatus::failed);
  CHECK(error == "is a directory");
}

TEST_CASE("names with odd bytes are walked as they are", "[walker]") {
  TempDir t("walker");
  std::string odd = "we\xff\x01ird name\nwith newline";
  write(t / (odd + "/f [1].tf"));
  write(t / "-dash");
  write(t / "*star?");
  WalkResult r = walk1(t.path);
  CHECK(rels(r) == Strings{"*star?", "-dash", odd + "/f [1].tf"});
}

TEST_CASE("notifications and files are in a deterministic order", "[walker]") {
  TempDir t("walker");
  for (char c : std::string("zyxwvu")) {
    write(t / (std::string(1, c) + "/f.txt"), "0123456789");
    symlink_to("missing", t / (std::string(1, c) + "/dangling"));
  }
  WalkOptions o;
  o.max_file_size = 5;
  WalkResult r = walk1(t.path, o);
  CHECK(r.files.empty());
  REQUIRE(r.notes.size() == 12);
  for (size_t i = 1; i < r.notes.size(); ++i) CHECK(r.notes[i - 1].path <= r.notes[i].path);
  CHECK(r.notes.front().path == "u/dangling");
  CHECK(r.notes.back().path == "z/f.txt");
}
