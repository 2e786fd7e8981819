// The file walker and the gitignore matcher. See walker.h for the contract.
//
// Traversal is iterative (an explicit stack), so tree depth never grows the C++ stack. Symlinked directories
// are set aside while the real tree is walked and followed afterwards, so a directory reachable both directly
// and through a link is always reported under its real path, whatever order readdir returns entries in or
// whichever thread reads a directory first.
#include "engine/walker.h"

#include "engine/exclude.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <mutex>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace tollgate {

// ---------------------------------------------------------------------------------------------------------------
// Pattern matching (gitignore(5), fnmatch(3) with FNM_PATHNAME, and git's "**" rules)

namespace {

// NoMatch lets an enclosing star try the next position; the two aborts prune that search: AbortAll when the
// text ran out (no later start can do better), AbortToStarStar when a single star reached a '/' (only an
// enclosing "**" can get past it).
enum WildResult { kMatch, kNoMatch, kAbortAll, kAbortToStarStar };

bool in_named_class(std::string_view name, unsigned char c, bool* known) {
  *known = true;
  if (name == "alnum") return std::isalnum(c);
  if (name == "alpha") return std::isalpha(c);
  if (name == "blank") return c == ' ' || c == '\t';
  if (name == "cntrl") return std::iscntrl(c);
  if (name == "digit") return std::isdigit(c);
  if (name == "graph") return std::isgraph(c);
  if (name == "lower") return std::islower(c);
  if (name == "print") return std::isprint(c);
  if (name == "punct") return std::ispunct(c);
  if (name == "space") return std::isspace(c);
  if (name == "upper") return std::isupper(c);
  if (name == "xdigit") return std::isxdigit(c);
  *known = false;
  return false;
}

// Matches a bracket expression starting at p ('[') against c. On success *end points at the closing ']'.
// Returns kMatch / kNoMatch, or kAbortAll for a malformed class (git treats those as never matching).
WildResult match_class(const char* p, const char* pe, unsigned char c, const char** end) {
  const char* q = p + 1;
  bool negated = false;
  if (q < pe && (*q == '!' || *q == '^')) {
    negated = true;
    ++q;
  }
  bool matched = false;
  bool first = true;
  int prev = -1;  // the previous single character, the low end of a possible range
  for (;;) {
    if (q >= pe) return kAbortAll;
    unsigned char ch = static_cast<unsigned char>(*q);
    if (ch == ']' && !first) break;
    first = false;
    if (ch == '\\') {
      if (++q >= pe) return kAbortAll;
      ch = static_cast<unsigned char>(*q);
      if (c == ch) matched = true;
      prev = ch;
      ++q;
      continue;
    }
    if (ch == '-' && prev >= 0 && q + 1 < pe && q[1] != ']') {
      ++q;
      unsigned char hi = static_cast<unsigned char>(*q);
      if (hi == '\\') {
        if (++q >= pe) return kAbortAll;
        hi = static_cast<unsigned char>(*q);
      }
      if (c >= prev && c <= hi) matched = true;
      prev = -1;
      ++q;
      continue;
    }
    if (ch == '[' && q + 1 < pe && q[1] == ':') {
      const char* name = q + 2;
      const char* close = name;
      while (close + 1 < pe && !(close[0] == ':' && close[1] == ']')) ++close;
      if (close + 1 < pe) {
        bool known = false;
        if (in_named_class(std::string_view(name, close - name), c, &known)) matched = true;
        if (!known) return kAbortAll;
        q = close + 2;
        prev = -1;
        continue;
      }
      // No ":]" follows: the '[' is an ordinary member.
    }
    if (c == ch) matched = true;
    prev = ch;
    ++q;
  }
  *end = q;
  return matched != negated ? kMatch : kNoMatch;
}

// pstart is the start of the whole pattern: "**" is special only as a full path component.
WildResult wild(const char* p, const char* pe, const char* t, const char* te, const char* pstart) {
  for (; p < pe; ++p, ++t) {
    char pc = *p;
    if (t == te && pc != '*') return kAbortAll;
    switch (pc) {
      case '\\':
        // A trailing backslash escapes nothing; git's matcher never matches such a pattern.
        if (++p == pe) return kNoMatch;
        if (*t != *p) return kNoMatch;
        break;
      case '?':
        if (*t == '/') return kNoMatch;
        break;
      case '[': {
        if (*t == '/') return kNoMatch;
        const char* end = nullptr;
        WildResult r = match_class(p, pe, static_cast<unsigned char>(*t), &end);
        if (r != kMatch) return r;
        p = end;
        break;
      }
      case '*': {
        const char* q = p + 1;
        while (q < pe && *q == '*') ++q;
        bool starstar = q - p >= 2 && (p == pstart || p[-1] == '/') && (q == pe || *q == '/');
        if (starstar) {
          if (q == pe) return kMatch;  // "x/**" and a lone "**": everything below
          // "**/": zero or more whole directories, so try the rest at t and after every '/'.
          if (wild(q + 1, pe, t, te, pstart) == kMatch) return kMatch;
          for (const char* s = t; s < te; ++s) {
            if (*s == '/' && wild(q + 1, pe, s + 1, te, pstart) == kMatch) return kMatch;
          }
          return kNoMatch;
        }
        // Any other run of stars is one star: it stays within a path component.
        if (q == pe) {
          return std::memchr(t, '/', te - t) ? kAbortToStarStar : kMatch;
        }
        for (;; ++t) {
          WildResult r = wild(q, pe, t, te, pstart);
          if (r != kNoMatch) return r;
          if (t == te) return kAbortAll;
          if (*t == '/') return kAbortToStarStar;
        }
      }
      default:
        if (*t != pc) return kNoMatch;
        break;
    }
  }
  return t == te ? kMatch : kNoMatch;
}

bool has_wildcard(std::string_view s) {
  return s.find_first_of("*?[\\") != std::string_view::npos;
}

}  // namespace

struct IgnoreRules::Pattern {
  // Cheap shapes cover most real ignore files; everything else goes through wild().
  enum class Kind : uint8_t { general, literal, suffix, prefix, any };
  std::string text;  // leading '/' and trailing '/' removed, escapes kept
  std::string lit;   // the literal part for the cheap shapes
  Kind kind = Kind::general;
  bool negated = false;
  bool dir_only = false;
  bool basename = false;  // no '/' in the pattern: matched against the last path component at any depth

  bool matches(std::string_view subject) const {
    switch (kind) {
      case Kind::literal:
        return subject == lit;
      case Kind::suffix:
        return subject.size() >= lit.size() && subject.substr(subject.size() - lit.size()) == lit;
      case Kind::prefix:
        return subject.size() >= lit.size() && subject.substr(0, lit.size()) == lit;
      case Kind::any:
        return true;
      case Kind::general:
        break;
    }
    const char* p = text.data();
    return wild(p, p + text.size(), subject.data(), subject.data() + subject.size(), p) == kMatch;
  }
};

IgnoreRules::IgnoreRules(std::string dir, std::string_view file_text) : dir_(std::move(dir)) {
  std::string_view rest = file_text;
  // Editors on Windows save a byte-order mark; git skips it, and so must we or the first pattern never matches.
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;

    // Trailing spaces go unless the last one is escaped: "a\ " keeps "a\ ".
    size_t keep = line.size();
    {
      size_t last_space = std::string_view::npos;
      for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == ' ') {
          if (last_space == std::string_view::npos) last_space = i;
        } else if (line[i] == '\\') {
          ++i;
          last_space = std::string_view::npos;
        } else {
          last_space = std::string_view::npos;
        }
      }
      if (last_space != std::string_view::npos) keep = last_space;
    }
    line = line.substr(0, keep);

    auto pat = std::make_shared<Pattern>();
    if (!line.empty() && line[0] == '!') {
      pat->negated = true;
      line.remove_prefix(1);
    }
    if (!line.empty() && line.back() == '/') {
      pat->dir_only = true;
      line.remove_suffix(1);
    }
    if (line.empty()) continue;
    pat->basename = line.find('/') == std::string_view::npos;
    if (!pat->basename && line[0] == '/') line.remove_prefix(1);
    if (line.empty()) continue;
    pat->text = std::string(line);

    std::string_view t = pat->text;
    if (!has_wildcard(t)) {
      pat->kind = Pattern::Kind::literal;
      pat->lit = pat->text;
    } else if (pat->basename && t == "*") {
      pat->kind = Pattern::Kind::any;
    } else if (pat->basename && t.size() > 1 && t[0] == '*' && !has_wildcard(t.substr(1))) {
      pat->kind = Pattern::Kind::suffix;
      pat->lit = std::string(t.substr(1));
    } else if (pat->basename && t.size() > 1 && t.back() == '*' && !has_wildcard(t.substr(0, t.size() - 1))) {
      pat->kind = Pattern::Kind::prefix;
      pat->lit = std::string(t.substr(0, t.size() - 1));
    }
    patterns_.push_back(std::move(pat));
  }
}

int IgnoreRules::match(std::string_view rel_path, bool is_dir) const {
  std::string_view sub = rel_path;
  if (!dir_.empty()) {
    if (sub.size() <= dir_.size() || sub.substr(0, dir_.size()) != dir_ || sub[dir_.size()] != '/') return 0;
    sub.remove_prefix(dir_.size() + 1);
  }
  if (sub.empty()) return 0;
  size_t slash = sub.rfind('/');
  std::string_view base = slash == std::string_view::npos ? sub : sub.substr(slash + 1);
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    const Pattern& p = **it;
    if (p.dir_only && !is_dir) continue;
    if (p.matches(p.basename ? base : sub)) return p.negated ? -1 : 1;
  }
  return 0;
}

ReadStatus read_scanned_file(const std::string& path, uint64_t max_bytes, std::string* out, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    *error = std::strerror(errno);
    return ReadStatus::failed;
  }
  struct stat st {};
  auto fail = [&](std::string why, ReadStatus status = ReadStatus::failed) {
    ::close(fd);
    *error = std::move(why);
    return status;
  };
  if (::fstat(fd, &st) != 0) return fail(std::strerror(errno));
  if (S_ISDIR(st.st_mode)) return fail("is a directory");
  if (!S_ISREG(st.st_mode)) return fail("not a regular file (a device, pipe or socket is never read)");
  auto too_large = [&] { return "larger than " + std::to_string(max_bytes) + " bytes, the limit for this file"; };
  if (static_cast<uint64_t>(st.st_size) > max_bytes) return fail(too_large(), ReadStatus::too_large);
  // Straight into the string, as many bytes as fstat said: no staging buffer, no growth, and no second read to
  // see the end (a file that grows meanwhile is read as it was). Only a file that shrank reads short.
  out->resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  while (got < out->size()) {
    ssize_t n = ::read(fd, out->data() + got, out->size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail(std::strerror(errno));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  out->resize(got);
  ::close(fd);
  return ReadStatus::ok;
}

bool read_regular_file(const std::string& path, uint64_t max_bytes, std::string* out, std::string* error) {
  return read_scanned_file(path, max_bytes, out, error) == ReadStatus::ok;
}

bool read_file(const std::string& path, std::string* out, std::string* error, int flags) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | flags);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  out->clear();
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

bool looks_binary(std::string_view head) {
  return std::memchr(head.data(), '\0', std::min<size_t>(head.size(), 8192)) != nullptr;
}

// ---------------------------------------------------------------------------------------------------------------
// The walk

namespace {

namespace fs = std::filesystem;

// The ignore files in force for a directory: its own, then its parent's, up to the base. Shared by every
// directory that adds none of its own, so a deep tree without ignore files costs no copies.
struct IgnoreChain {
  std::vector<IgnoreRules> rules;  // in rising precedence: .gitignore, then opts.ignore_files in order
  std::shared_ptr<const IgnoreChain> parent;
};
using ChainPtr = std::shared_ptr<const IgnoreChain>;

bool is_ignored(const IgnoreChain* chain, std::string_view rel, bool is_dir) {
  for (; chain; chain = chain->parent.get()) {
    for (auto it = chain->rules.rbegin(); it != chain->rules.rend(); ++it) {
      int r = it->match(rel, is_dir);
      if (r != 0) return r > 0;
    }
  }
  return false;
}

struct DevIno {
  dev_t dev;
  ino_t ino;
  bool operator==(const DevIno&) const = default;
};
struct DevInoHash {
  size_t operator()(const DevIno& d) const {
    return std::hash<uint64_t>()(static_cast<uint64_t>(d.ino) * 0x9E3779B97F4A7C15ull ^ static_cast<uint64_t>(d.dev));
  }
};

struct Frame {
  std::string abs;
  std::string rel;
  ChainPtr chain;
};

struct Deferred {  // a symlink to a directory, followed once the real tree is done
  Frame frame;
  std::string target;  // what the link says
  DevIno id;
};

std::string join(const std::string& dir, std::string_view name) {
  std::string out;
  out.reserve(dir.size() + 1 + name.size());
  out = dir;
  if (!out.empty() && out.back() != '/') out += '/';
  out += name;
  return out;
}

std::string join_rel(const std::string& rel, std::string_view name) {
  if (rel.empty()) return std::string(name);
  std::string out;
  out.reserve(rel.size() + 1 + name.size());
  out = rel;
  out += '/';
  out += name;
  return out;
}


std::string read_link(const std::string& path) {
  std::string buf(256, '\0');
  for (;;) {
    ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
    if (n < 0) return "?";
    if (static_cast<size_t>(n) < buf.size()) {
      buf.resize(static_cast<size_t>(n));
      return buf;
    }
    if (buf.size() > (1u << 16)) return buf;
    buf.resize(buf.size() * 2);
  }
}

// Absolute and lexically normal, without resolving symlinks: paths are reported the way the user named them.
std::string absolute_lexical(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(p), ec);
  if (ec) abs = fs::path(p);
  std::string s = abs.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s.empty() ? std::string("/") : s;
}

std::string parent_of(const std::string& abs) {
  size_t slash = abs.rfind('/');
  if (slash == std::string::npos || slash == 0) return "/";
  return abs.substr(0, slash);
}

// rel_path of `abs` against `base`, '/'-separated; "" when equal; "../" steps when abs lies outside base.
std::string relative_to(const std::string& abs, const std::string& base) {
  if (abs == base) return "";
  if (base == "/") return abs.substr(1);
  if (abs.size() > base.size() && abs.compare(0, base.size(), base) == 0 && abs[base.size()] == '/') {
    return abs.substr(base.size() + 1);
  }
  return fs::path(abs).lexically_relative(fs::path(base)).generic_string();
}

bool path_exists(const std::string& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0;
}

// $GIT_DIR/info/exclude for a work tree whose .git is a directory, or a "gitdir:" file (worktrees and
// submodules); a linked worktree keeps info/ in the common dir.
std::string find_info_exclude(const std::string& work_tree) {
  std::string dotgit = join(work_tree, ".git");
  struct stat st;
  if (::stat(dotgit.c_str(), &st) != 0) return "";
  std::string git_dir = dotgit;
  if (!S_ISDIR(st.st_mode)) {
    std::string text, err;
    if (!read_file(dotgit, &text, &err) || text.rfind("gitdir:", 0) != 0) return "";
    std::string target = text.substr(7);
    auto trim = [](std::string& s) {
      while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
      size_t i = 0;
      while (i < s.size() && s[i] == ' ') ++i;
      s.erase(0, i);
    };
    trim(target);
    if (target.empty()) return "";
    git_dir = target[0] == '/' ? target : join(work_tree, target);
    std::string common;
    if (read_file(join(git_dir, "commondir"), &common, &err)) {
      trim(common);
      if (!common.empty()) git_dir = common[0] == '/' ? common : join(git_dir, common);
    }
  }
  return join(git_dir, "info/exclude");
}

// Per-thread output, merged once the threads are idle, so workers share only the stack and the walked set.
struct Sink {
  std::vector<WalkEntry> files;
  std::vector<Notification> notes;
  std::vector<Deferred> deferred;
  std::vector<Frame> children;  // subdirectories of the directory being read

  void error(const std::string& path, const std::string& what, int err) {
    notes.push_back({Notification::Level::error, what + ": " + std::strerror(err), path, 0, ""});
  }
  void warn(const std::string& path, std::string message) {
    notes.push_back({Notification::Level::warning, std::move(message), path, 0, ""});
  }
};

// Most of a walk is one stat per file, paid in the kernel; a few threads reading different directories at once
// cut the wall time roughly by their number on an idle machine.
class Walker {
 public:
  Walker(const WalkOptions& opts, WalkResult* out) : opts_(opts), out_(out) {
    ignore_names_.push_back(".gitignore");
    for (const auto& n : opts.ignore_files) {
      if (!n.empty() && std::find(ignore_names_.begin(), ignore_names_.end(), n) == ignore_names_.end()) {
        ignore_names_.push_back(n);
      }
    }
  }

  ~Walker() { stop_helpers(); }

  void run(const std::vector<std::string>& roots) {
    std::vector<std::string> abs_roots;
    abs_roots.reserve(roots.size());
    for (const auto& r : roots) abs_roots.push_back(absolute_lexical(r.empty() ? std::string(".") : r));
    choose_base(abs_roots.empty() ? absolute_lexical(".") : abs_roots.front());
    out_->base = base_;
    if (!opts_.exclude.empty()) exclude_ = ExcludeFilter(opts_.exclude, opts_.exclude_dir, base_);

    std::string exclude = work_tree_.empty() ? std::string() : find_info_exclude(work_tree_);
    if (!exclude.empty()) {
      std::string text, err;
      if (read_file(exclude, &text, &err)) {
        auto node = std::make_shared<IgnoreChain>();
        node->rules.emplace_back("", text);
        exclude_chain_ = std::move(node);
      }
    }

    unsigned hw = std::thread::hardware_concurrency();
    unsigned threads = std::clamp(hw == 0 ? 1u : hw, 1u, 8u);
    sinks_.resize(threads);
    start_helpers(threads - 1);
    Sink& main = sinks_[0];

    // Root by root, so when roots overlap the first one named decides the directory's name.
    for (size_t i = 0; i < roots.size(); ++i) {
      add_root(roots[i], abs_roots[i], main);
      drain();
    }
    // Links are followed in path order, so which of two links to one directory wins does not depend on readdir
    // or on thread timing.
    for (;;) {
      std::vector<Deferred> batch;
      for (auto& s : sinks_) {
        std::move(s.deferred.begin(), s.deferred.end(), std::back_inserter(batch));
        s.deferred.clear();
      }
      if (batch.empty()) break;
      std::sort(batch.begin(), batch.end(),
                [](const Deferred& a, const Deferred& b) { return a.frame.rel < b.frame.rel; });
      for (auto& d : batch) {
        auto seen = walked_.find(d.id);
        if (seen != walked_.end()) {
          const std::string& w = seen->second;
          const std::string& rel = d.frame.rel;
          bool ancestor = (w.empty() && inside_base(rel)) ||
                          (rel.size() > w.size() && rel.compare(0, w.size(), w) == 0 && rel[w.size()] == '/');
          main.warn(rel, (ancestor ? "symlink loop: " : "symlink to a directory already scanned: ") + rel + " -> " +
                             d.target);
          continue;
        }
        push(std::move(d.frame));
        drain();
      }
    }
    stop_helpers();

    auto& files = out_->files;
    for (auto& s : sinks_) {
      if (files.empty()) {
        files = std::move(s.files);
      } else {
        std::move(s.files.begin(), s.files.end(), std::back_inserter(files));
      }
      std::move(s.notes.begin(), s.notes.end(), std::back_inserter(out_->notes));
    }
    std::sort(files.begin(), files.end(), [](const WalkEntry& a, const WalkEntry& b) { return a.rel_path < b.rel_path; });
    // Overlapping roots ("." and "./src") name the same file twice.
    files.erase(std::unique(files.begin(), files.end(),
                            [](const WalkEntry& a, const WalkEntry& b) { return a.rel_path == b.rel_path; }),
                files.end());
    std::stable_sort(out_->notes.begin(), out_->notes.end(), [](const Notification& a, const Notification& b) {
      return std::tie(a.path, a.message) < std::tie(b.path, b.message);
    });
  }

 private:
  void start_helpers(unsigned n) {
    for (unsigned i = 0; i < n; ++i) {
      try {
        helpers_.emplace_back([this, i] { helper_loop(sinks_[i + 1]); });
      } catch (const std::system_error&) {
        break;  // fewer threads is only slower
      }
    }
  }

  void stop_helpers() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : helpers_) t.join();
    helpers_.clear();
  }

  void push(Frame f) {
    {
      std::lock_guard<std::mutex> lk(mu_);
      stack_.push_back(std::move(f));
    }
    cv_.notify_all();
  }

  void helper_loop(Sink& sink) {
    std::unique_lock<std::mutex> lk(mu_);
    for (;;) {
      cv_.wait(lk, [&] { return !stack_.empty() || stop_; });
      if (stack_.empty()) return;
      work_one(lk, sink);
    }
  }

  // The calling thread works too, and returns once the stack is empty and no thread holds a directory.
  void drain() {
    std::unique_lock<std::mutex> lk(mu_);
    for (;;) {
      cv_.wait(lk, [&] { return !stack_.empty() || busy_ == 0; });
      if (stack_.empty()) return;
      work_one(lk, sinks_[0]);
    }
  }

  // Called with the lock held; reads one directory without it.
  void work_one(std::unique_lock<std::mutex>& lk, Sink& sink) {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    ++busy_;
    lk.unlock();
    read_dir(f, sink);
    lk.lock();
    std::move(sink.children.begin(), sink.children.end(), std::back_inserter(stack_));
    sink.children.clear();
    --busy_;
    cv_.notify_all();
  }

  void choose_base(const std::string& first) {
    struct stat st;
    bool first_is_dir = ::stat(first.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    std::string dir = first_is_dir ? first : parent_of(first);
    for (std::string d = dir;; d = parent_of(d)) {
      if (path_exists(join(d, ".git"))) {
        work_tree_ = d;
        break;
      }
      if (d == "/") break;
    }
    base_ = work_tree_.empty() ? dir : work_tree_;
  }

  bool inside_base(const std::string& rel) const { return rel != ".." && rel.rfind("../", 0) != 0; }

  // The ignore files of the base and of every directory down to `rel_dir` (inclusive), for a root below the
  // base: a pattern in the repository's top .gitignore applies inside `tollgate scan src/` too.
  ChainPtr chain_through(const std::string& rel_dir, Sink& sink) {
    ChainPtr chain = load_ignore_files(base_, "", exclude_chain_, nullptr, sink);
    std::string abs = base_;
    std::string rel;
    size_t pos = 0;
    while (pos < rel_dir.size()) {
      size_t slash = rel_dir.find('/', pos);
      if (slash == std::string::npos) slash = rel_dir.size();
      std::string_view part(rel_dir.data() + pos, slash - pos);
      abs = join(abs, part);
      rel = join_rel(rel, part);
      chain = load_ignore_files(abs, rel, chain, nullptr, sink);
      pos = slash + 1;
    }
    return chain;
  }

  // Reads the ignore files present in a directory. `present` (from readdir) spares a syscall per missing file.
  ChainPtr load_ignore_files(const std::string& abs, const std::string& rel, ChainPtr parent,
                             const std::vector<std::string_view>* present, Sink& sink) {
    std::shared_ptr<IgnoreChain> node;
    std::string text;
    for (const auto& name : ignore_names_) {
      if (present && std::find(present->begin(), present->end(), name) == present->end()) continue;
      std::string path = join(abs, name);
      struct stat st;
      // As git does, an ignore file that is a symlink is not followed; a directory of that name is no ignore file.
      if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      std::string err;
      if (!read_file(path, &text, &err, O_NOFOLLOW)) {
        sink.warn(join_rel(rel, name), "cannot read ignore file: " + err);
        continue;
      }
      if (!node) {
        node = std::make_shared<IgnoreChain>();
        node->parent = parent;
      }
      node->rules.emplace_back(rel, text);
    }
    return node ? ChainPtr(node) : parent;
  }

  void add_root(const std::string& given, const std::string& abs, Sink& sink) {
    struct stat st;
    if (::stat(abs.c_str(), &st) != 0) {
      int err = errno;
      struct stat lst;
      if (::lstat(abs.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        sink.warn(given, "dangling symlink: " + given + " -> " + read_link(abs));
      } else {
        sink.error(given, "cannot access scan root", err);
      }
      return;
    }
    std::string rel = relative_to(abs, base_);
    if (exclude_.excluded_with_parents(rel, S_ISDIR(st.st_mode))) return;
    if (S_ISREG(st.st_mode)) {
      add_file(abs, rel, st, sink);  // a file named on the command line is scanned whatever the ignore files say
      return;
    }
    if (!S_ISDIR(st.st_mode)) {
      sink.warn(given, "not a regular file or directory, not scanned");
      return;
    }
    // A root outside the base (a second tree elsewhere) gets only the ignore files found inside it.
    ChainPtr chain =
        rel.empty() ? exclude_chain_ : inside_base(rel) ? chain_through(parent_rel(rel), sink) : nullptr;
    push({abs, rel, std::move(chain)});
  }

  static std::string parent_rel(const std::string& rel) {
    size_t slash = rel.rfind('/');
    return slash == std::string::npos ? std::string() : rel.substr(0, slash);
  }

  void add_file(const std::string& abs, const std::string& rel, const struct stat& st, Sink& sink) {
    uint64_t size = static_cast<uint64_t>(st.st_size);
    if (size > opts_.max_file_size) {
      sink.warn(rel, "file larger than " + std::to_string(opts_.max_file_size) + " bytes, not scanned");
      return;
    }
    sink.files.push_back({abs, rel, size});
    if (opts_.on_file) opts_.on_file(sink.files.back());
  }

  void read_dir(const Frame& f, Sink& sink) {
    int dfd = ::open(f.abs.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0) {
      sink.error(f.rel, "cannot open directory", errno);
      return;
    }
    struct stat dst;
    if (::fstat(dfd, &dst) != 0) {
      sink.error(f.rel, "cannot stat directory", errno);
      ::close(dfd);
      return;
    }
    {
      // Overlapping roots and bind mounts reach a directory twice; links were checked before they got here.
      std::lock_guard<std::mutex> lk(mu_);
      if (!walked_.emplace(DevIno{dst.st_dev, dst.st_ino}, f.rel).second) {
        ::close(dfd);
        return;
      }
    }
    DIR* d = ::fdopendir(dfd);
    if (!d) {
      sink.error(f.rel, "cannot read directory", errno);
      ::close(dfd);
      return;
    }
    std::vector<std::string> names;
    std::vector<unsigned char> types;
    for (;;) {
      errno = 0;
      struct dirent* e = ::readdir(d);
      if (!e) {
        if (errno != 0) sink.error(f.rel, "cannot read directory", errno);
        break;
      }
      const char* n = e->d_name;
      if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
      // The repository's own database, and the "gitdir:" pointer file of worktrees and submodules.
      if (std::strcmp(n, ".git") == 0) continue;
      names.emplace_back(n);
      types.push_back(e->d_type);
    }

    std::vector<std::string_view> ignore_present;
    for (const auto& n : names) {
      if (std::find(ignore_names_.begin(), ignore_names_.end(), n) != ignore_names_.end()) {
        ignore_present.push_back(n);
      }
    }
    ChainPtr chain =
        ignore_present.empty() ? f.chain : load_ignore_files(f.abs, f.rel, f.chain, &ignore_present, sink);

    for (size_t i = 0; i < names.size(); ++i) visit(dfd, f, chain, names[i], types[i], sink);
    ::closedir(d);  // closes dfd
  }

  void visit(int dfd, const Frame& f, const ChainPtr& chain, const std::string& name, unsigned char type,
             Sink& sink) {
    struct stat st;
    if (type == DT_UNKNOWN) {
      if (::fstatat(dfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        sink.error(join_rel(f.rel, name), "cannot stat", errno);
        return;
      }
      type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : S_ISLNK(st.st_mode) ? DT_LNK : DT_FIFO;
    }
    switch (type) {
      case DT_DIR: {
        std::string rel = join_rel(f.rel, name);
        if (is_ignored(chain.get(), rel, true) || exclude_.excluded(rel, true)) return;
        sink.children.push_back({join(f.abs, name), std::move(rel), chain});
        return;
      }
      case DT_REG: {
        std::string rel = join_rel(f.rel, name);
        if (is_ignored(chain.get(), rel, false) || exclude_.excluded(rel, false)) return;
        if (!opts_.stat_files) {
          sink.files.push_back({join(f.abs, name), std::move(rel), 0});
          if (opts_.on_file) opts_.on_file(sink.files.back());
          return;
        }
        if (::fstatat(dfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
          sink.error(rel, "cannot stat", errno);
          return;
        }
        if (!S_ISREG(st.st_mode)) return;  // replaced while we looked
        add_file(join(f.abs, name), rel, st, sink);
        return;
      }
      case DT_LNK: {
        std::string rel = join_rel(f.rel, name);
        std::string abs = join(f.abs, name);
        if (::fstatat(dfd, name.c_str(), &st, 0) != 0) {
          int err = errno;
          if (err == ENOENT || err == ENOTDIR) {
            sink.warn(rel, "dangling symlink: " + rel + " -> " + read_link(abs));
          } else {
            sink.warn(rel, "cannot follow symlink: " + rel + " -> " + read_link(abs) + ": " + std::strerror(err));
          }
          return;
        }
        // Judged by what the link points at, so "vendor/" also drops a vendor link to a directory.
        if (S_ISDIR(st.st_mode)) {
          if (is_ignored(chain.get(), rel, true) || exclude_.excluded(rel, true)) return;
          std::string target = read_link(abs);
          sink.deferred.push_back({{std::move(abs), std::move(rel), chain}, std::move(target), {st.st_dev, st.st_ino}});
        } else if (S_ISREG(st.st_mode)) {
          if (is_ignored(chain.get(), rel, false) || exclude_.excluded(rel, false)) return;
          add_file(abs, rel, st, sink);
        }
        return;
      }
      default:
        return;  // FIFOs, sockets, devices: nothing to scan, and reading one could block forever
    }
  }

  const WalkOptions& opts_;
  WalkResult* out_;
  std::vector<std::string> ignore_names_;
  std::string base_;
  std::string work_tree_;
  ChainPtr exclude_chain_;
  ExcludeFilter exclude_;  // the configuration's exclude patterns, set once the base is known
  std::vector<Sink> sinks_;  // [0] is the calling thread's
  std::vector<std::thread> helpers_;

  std::mutex mu_;  // guards everything below
  std::condition_variable cv_;
  std::vector<Frame> stack_;
  int busy_ = 0;
  bool stop_ = false;
  std::unordered_map<DevIno, std::string, DevInoHash> walked_;  // directory -> the rel path it was walked at
};

}  // namespace

WalkResult walk(const std::vector<std::string>& roots, const WalkOptions& opts) {
  WalkResult result;
  Walker w(opts, &result);
  w.run(roots);
  return result;
}

}  // namespace tollgate
