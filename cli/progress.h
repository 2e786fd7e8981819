// The progress line a scan draws on stderr when stderr is a terminal: files done of the total, MiB read, time
// elapsed. A thread of its own reads the scan's atomic counters about ten times a second, so the scan itself
// only increments them; the line is cleared before the report is printed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "tollgate/scan.h"

namespace tollgate {

class ProgressLine {
 public:
  // Whether a progress line may be drawn at all: stderr is a terminal that understands "\r" and erase-line.
  static bool wanted_on_stderr();

  // Starts drawing `p` on stderr. Nothing is drawn for the first interval, so a quick scan (a pre-commit hook on
  // a few files) never flickers a line.
  explicit ProgressLine(const ScanProgress* p);
  // Stops and erases the line (if one was drawn). Idempotent.
  void stop();
  ~ProgressLine() { stop(); }

  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  // The text of one update, without control characters.
  static std::string render(int phase, uint64_t done, uint64_t total, uint64_t bytes, double seconds);
  void loop();
  void draw(const std::string& text);

  const ScanProgress* p_;
  std::chrono::steady_clock::time_point start_;
  std::mutex mu_;  // guards stop_ only: the display thread sleeps on it, the scan never touches it
  std::condition_variable cv_;
  bool stop_ = false;
  bool drawn_ = false;  // written only by the display thread, read after join
  std::thread thread_;
};

}  // namespace tollgate
