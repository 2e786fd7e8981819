// The progress line on stderr; see progress.h.
#include "cli/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace tollgate {

namespace {

constexpr auto kInterval = std::chrono::milliseconds(100);  // ~10 updates a second: lively, and cheap

void write_stderr(const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(STDERR_FILENO, s.data() + done, s.size() - done);
    if (n <= 0) return;  // a progress line is not worth retrying for
    done += static_cast<size_t>(n);
  }
}

size_t terminal_width() {
  struct winsize ws {};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

}  // namespace

bool ProgressLine::wanted_on_stderr() {
  if (!::isatty(STDERR_FILENO)) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);  // no cursor control there: each update would be a new line
}

ProgressLine::ProgressLine(const ScanProgress* p) : p_(p), start_(std::chrono::steady_clock::now()) {
  thread_ = std::thread([this] { loop(); });
}

void ProgressLine::stop() {
  {
    std::lock_guard<std::mutex> lk(mu_);
    if (stop_ && !thread_.joinable()) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (drawn_) {
    write_stderr("\r\x1b[K");
    drawn_ = false;
  }
}

std::string ProgressLine::render(int phase, uint64_t done, uint64_t total, uint64_t bytes, double seconds) {
  char buf[160];
  double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
  switch (phase) {
    case ScanProgress::loading_rules:
      std::snprintf(buf, sizeof buf, "tollgate: loading rules, %.1f s", seconds);
      break;
    case ScanProgress::finding_files:
      // A walk of one tree is scanned while it goes on: the files done so far, of a total not yet known.
      std::snprintf(buf, sizeof buf, "tollgate: %llu files, %.1f MiB, finding more, %.1f s",
                    static_cast<unsigned long long>(done), mib, seconds);
      break;
    case ScanProgress::scanning_files:
      std::snprintf(buf, sizeof buf, "tollgate: %llu/%llu files, %.1f MiB, %.1f s", static_cast<unsigned long long>(done),
                    static_cast<unsigned long long>(total), mib, seconds);
      break;
    default:
      std::snprintf(buf, sizeof buf, "tollgate: %llu/%llu files, %.1f MiB, repository rules, %.1f s",
                    static_cast<unsigned long long>(done), static_cast<unsigned long long>(total), mib, seconds);
      break;
  }
  return buf;
}

void ProgressLine::draw(const std::string& text) {
  // One column short of the width: writing the last column makes some terminals wrap, and "\r" would then
  // return to the wrong line.
  size_t width = terminal_width();
  std::string line = text.size() + 1 > width ? text.substr(0, width > 1 ? width - 1 : 0) : text;
  write_stderr("\r" + line + "\x1b[K");
  drawn_ = true;
}

void ProgressLine::loop() {
  std::unique_lock<std::mutex> lk(mu_);
  for (;;) {
    if (cv_.wait_for(lk, kInterval, [this] { return stop_; })) return;
    int phase = p_->phase.load(std::memory_order_relaxed);
    if (phase == ScanProgress::done) continue;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    draw(render(phase, p_->files_done.load(std::memory_order_relaxed), p_->files_total.load(std::memory_order_relaxed),
                p_->bytes_done.load(std::memory_order_relaxed), seconds));
  }
}

}  // namespace tollgate
