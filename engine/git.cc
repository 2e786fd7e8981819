#include "engine/git.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <unordered_set>

namespace fs = std::filesystem;

namespace tollgate {

namespace {

struct Child {
  pid_t pid = -1;
  int in = -1, out = -1, err = -1;  // our ends of the child's stdin, stdout, stderr (-1 when not piped)
};

// write(2) to a child's stdin, where a child that has exited (git refusing a repository another user owns) gives
// EPIPE, which the caller reports, instead of a SIGPIPE that kills tollgate with status 141. SIGPIPE is blocked on
// this thread for the write, and the one the write raised is taken before it is unblocked; a SIGPIPE of a closed
// stdout still ends the process as usual.
ssize_t write_to_child(int fd, const char* data, size_t size) {
  sigset_t sigpipe, before;
  sigemptyset(&sigpipe);
  sigaddset(&sigpipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &sigpipe, &before);
  ssize_t n = ::write(fd, data, size);
  int saved = errno;
  if (n < 0 && saved == EPIPE) {
    const timespec now{0, 0};
    while (sigtimedwait(&sigpipe, nullptr, &now) == SIGPIPE) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  errno = saved;
  return n;
}

// Starts argv in cwd. With want_stdin, the child's stdin is a pipe we write to; else /dev/null.
bool spawn(const std::vector<std::string>& argv, const std::string& cwd, bool want_stdin, Child* c) {
  int pin[2] = {-1, -1}, pout[2], perr[2];
  if ((want_stdin && pipe2(pin, O_CLOEXEC) != 0) || pipe2(pout, O_CLOEXEC) != 0 || pipe2(perr, O_CLOEXEC) != 0)
    return false;
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // posix_spawn, not fork: glibc starts the child without copying the parent's page tables, which for a scanner
  // holding its rule pack and trees cost milliseconds per git process (a pre-commit run starts three).
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (want_stdin) posix_spawn_file_actions_adddup2(&fa, pin[0], 0);
  else posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, pout[1], 1);
  posix_spawn_file_actions_adddup2(&fa, perr[1], 2);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (want_stdin) close(pin[0]);
  close(pout[1]);
  close(perr[1]);
  if (rc != 0) {
    if (want_stdin) close(pin[1]);
    close(pout[0]);
    close(perr[0]);
    errno = rc;
    return false;
  }
  c->pid = pid;
  c->in = want_stdin ? pin[1] : -1;
  c->out = pout[0];
  c->err = perr[0];
  return true;
}

int wait_child(pid_t pid) {
  int st = 0;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// Reads both pipes to the end without letting either fill up and block the child.
void drain(int out_fd, int err_fd, std::string* out, std::string* err) {
  pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* dst[2] = {out, err};
  int open_fds = 2;
  char buf[1 << 16];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        dst[i]->append(buf, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
}

std::vector<std::string> split_nul(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t z = s.find('\0', start);
    if (z == std::string::npos) z = s.size();
    if (z > start) out.push_back(s.substr(start, z - start));
    start = z + 1;
  }
  return out;
}

bool git(const std::string& top, std::vector<std::string> args, std::string* out, std::string* error) {
  args.insert(args.begin(), {"git", "-c", "core.quotepath=off"});
  ProcessResult r = run_process(args, top);
  if (r.status != 0) {
    std::string msg = r.err.empty() ? "git exited with status " + std::to_string(r.status) : r.err;
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r')) msg.pop_back();
    *error = r.status == -1 && r.err.empty() ? "cannot run git" : msg;
    return false;
  }
  *out = std::move(r.out);
  return true;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, const std::string& cwd) {
  ProcessResult r;
  Child c;
  if (!spawn(argv, cwd, false, &c)) {
    r.err = errno == ENOENT ? "cannot run " + argv[0] : std::strerror(errno);
    return r;
  }
  drain(c.out, c.err, &r.out, &r.err);
  r.status = wait_child(c.pid);
  if (r.status == 127 && r.out.empty() && r.err.empty()) {
    r.status = -1;
    r.err = "cannot run " + argv[0];
  }
  return r;
}

bool git_toplevel(const std::string& dir, std::string* top, std::string* error) {
  // The nearest ancestor holding .git (a directory, or a file in worktrees and submodules) is the top; asking git
  // costs a process, which a pre-commit hook feels. git is asked only when no .git is found on the way up.
  std::error_code ec;
  for (fs::path p = fs::weakly_canonical(fs::absolute(dir), ec); !ec && !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".git", ec)) {
      *top = p.string();
      return true;
    }
    if (p == p.root_path()) break;
  }
  std::string out;
  if (!git(dir, {"rev-parse", "--show-toplevel"}, &out, error)) return false;
  while (!out.empty() && out.back() == '\n') out.pop_back();
  *top = out;
  return true;
}

bool git_staged_paths(const std::string& top, std::vector<std::string>* paths, std::string* error) {
  std::string out;
  // Before the first commit git compares the index with the empty tree, so this needs no HEAD.
  if (!git(top, {"diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames"}, &out, error))
    return false;
  *paths = split_nul(out);
  return true;
}

bool git_changed_paths(const std::string& top, const std::string& rev, std::vector<std::string>* paths,
                       std::string* error) {
  std::string out;
  if (!rev.empty() && rev[0] == '-') {
    *error = "a revision cannot start with '-': " + rev;
    return false;
  }
  if (!git(top, {"diff", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames", rev, "--"}, &out, error))
    return false;
  *paths = split_nul(out);
  // Untracked files are changes too: a new file that is not staged yet.
  if (!git(top, {"ls-files", "--others", "--exclude-standard", "-z"}, &out, error)) return false;
  for (auto& p : split_nul(out)) paths->push_back(std::move(p));
  return true;
}

struct GitObjectReader::Impl {
  std::string top;
  Child child;
  bool started = false, broken = false;
  std::string buffer;  // bytes read from cat-file but not consumed yet

  bool fill(size_t want) {
    char buf[1 << 16];
    while (buffer.size() < want) {
      ssize_t n = ::read(child.out, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      buffer.append(buf, static_cast<size_t>(n));
    }
    return true;
  }
};

GitObjectReader::GitObjectReader(std::string top) : impl_(std::make_unique<Impl>()) { impl_->top = std::move(top); }

GitObjectReader::~GitObjectReader() {
  if (!impl_->started || impl_->child.pid < 0) return;  // never started, or git could not be started
  if (impl_->child.in >= 0) close(impl_->child.in);
  close(impl_->child.out);
  close(impl_->child.err);
  wait_child(impl_->child.pid);
}

void GitObjectReader::start() {
  Impl& im = *impl_;
  if (im.started) return;
  im.started = true;
  if (!spawn({"git", "cat-file", "--batch"}, im.top, true, &im.child)) im.broken = true;
}

void GitObjectReader::finish() {
  Impl& im = *impl_;
  if (!im.started || im.child.in < 0) return;
  close(im.child.in);
  im.child.in = -1;
  im.broken = true;  // a read after finish() fails instead of writing to a closed pipe
}

bool GitObjectReader::read(const std::string& spec, std::string* content, std::string* error) {
  Impl& im = *impl_;
  if (spec.find('\n') != std::string::npos) {
    *error = "object name with a newline";
    return false;
  }
  start();
  if (im.broken) {
    *error = "cannot run git cat-file";
    return false;
  }
  // One request at a time: the answer to a request is read before the next is written, so neither pipe fills.
  std::string req = spec + "\n";
  for (size_t done = 0; done < req.size();) {
    ssize_t n = write_to_child(im.child.in, req.data() + done, req.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      im.broken = true;
      *error = "git cat-file stopped";
      return false;
    }
    done += static_cast<size_t>(n);
  }
  size_t nl;
  while ((nl = im.buffer.find('\n')) == std::string::npos)
    if (!im.fill(im.buffer.size() + 1)) {
      im.broken = true;
      *error = "git cat-file stopped";
      return false;
    }
  std::string header = im.buffer.substr(0, nl);
  im.buffer.erase(0, nl + 1);
  // "<oid> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
  size_t last = header.rfind(' ');
  if (last == std::string::npos || header.ends_with(" missing") || header.ends_with(" ambiguous")) {
    *error = "no such object: " + spec;
    return false;
  }
  size_t size = std::stoull(header.substr(last + 1));
  if (!im.fill(size + 1)) {
    im.broken = true;
    *error = "git cat-file stopped";
    return false;
  }
  content->assign(im.buffer, 0, size);
  im.buffer.erase(0, size + 1);
  return true;
}

bool git_history_blobs(const std::string& top, const std::string& since, std::vector<HistoryBlob>* blobs,
                       std::string* error, const std::function<bool(const std::string& path)>& wanted) {
  if (!since.empty() && since[0] == '-') {
    *error = "a revision cannot start with '-': " + since;
    return false;
  }
  std::vector<std::string> args{"log", "--reverse", "--topo-order", "--no-renames", "--raw", "--no-abbrev", "-z",
                                "--diff-filter=AM", "--format=%x01%H%x02%an <%ae>%x02%aI"};
  if (since.empty()) args.push_back("--all");
  else args.push_back(since + "..HEAD");
  std::string out;
  if (!git(top, args, &out, error)) return false;
  // The stream: "\x01<commit>\x02<author>\x02<date>\n" then raw entries ":<modes> <old> <new> <status>\0<path>\0".
  std::unordered_set<std::string> seen;
  std::string commit, author, date;
  std::vector<std::string> tokens = split_nul(out);
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string t = tokens[i];
    while (!t.empty() && t.front() == '\n') t.erase(0, 1);
    if (!t.empty() && t.front() == '\x01') {
      size_t a = t.find('\x02'), b = t.find('\x02', a + 1);
      if (a == std::string::npos || b == std::string::npos) continue;
      commit = t.substr(1, a - 1);
      author = t.substr(a + 1, b - a - 1);
      date = t.substr(b + 1);
      while (!date.empty() && date.back() == '\n') date.pop_back();
      continue;
    }
    if (t.empty() || t.front() != ':' || i + 1 >= tokens.size()) continue;
    // ":100644 100644 <old> <new> M"
    std::vector<std::string> f;
    for (size_t s = 1, e; s < t.size(); s = e + 1) {
      e = t.find(' ', s);
      if (e == std::string::npos) e = t.size();
      f.push_back(t.substr(s, e - s));
    }
    std::string path = tokens[++i];
    if (f.size() < 5 || f[1].rfind("160000", 0) == 0) continue;  // submodule entries have no blob to read
    const std::string& blob = f[3];
    if (wanted && !wanted(path)) continue;
    if (!seen.insert(blob).second) continue;
    blobs->push_back({blob, commit, author, date, path});
  }
  return true;
}

}  // namespace tollgate
