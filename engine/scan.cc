// Scan orchestration: walk, then a pool of workers each with its own Lua runtime takes files one at a time
// (read, classify, parse when a rule wants the kind, run document rules), then repository rules run once.
#include "tollgate/scan.h"

#include <string.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "engine/classifier.h"
#include "engine/config.h"
#include "engine/exclude.h"
#include "engine/findings.h"
#include "engine/gate_change.h"
#include "engine/git.h"
#include "engine/native_rules.h"
#include "engine/rules.h"
#include "engine/scan_rules.h"
#include "engine/templates.h"
#include "parsers/text_util.h"
#include "engine/walker.h"
#include "tollgate/models.h"
#include "tollgate/parsers.h"

namespace fs = std::filesystem;

namespace tollgate {

namespace {

// With TOLLGATE_PROFILE_RULES set (profiling_rules()), how long each phase of a scan took, on stderr: where a full
// scan's time goes beside the rules'.
class PhaseClock {
 public:
  // Prints the time since the last mark (or since the clock was made) as the phase `name`.
  void mark(const char* name) {
    if (!on_) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "phase %-18s %8.3f s%s\n", name,
                 std::chrono::duration<double>(now - last_).count(), resident().c_str());
    last_ = now;
  }

 private:
  // The process's resident memory now and at its peak, from /proc/self/status (Linux; empty elsewhere).
  static std::string resident() {
    std::ifstream in("/proc/self/status");
    long now_kib = -1, peak_kib = -1;
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("VmRSS:", 0) == 0) now_kib = std::atol(line.c_str() + 6);
      if (line.rfind("VmHWM:", 0) == 0) peak_kib = std::atol(line.c_str() + 6);
    }
    if (now_kib < 0) return "";
    char out[64];
    std::snprintf(out, sizeof out, ", resident %ld MiB (peak %ld MiB)", now_kib / 1024, peak_kib / 1024);
    return out;
  }

  bool on_ = profiling_rules();
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// A result computed on a thread of its own, ready as soon as the function returns: std::async's future also waits
// for its thread to exit, and a thread's exit (its allocator caches handed back) cost a pre-commit run up to 5 ms
// on each of the three side tasks. The thread is joined when the Task goes, so what the function uses must
// outlive it, as with std::async.
template <class R>
class Task {
 public:
  Task() = default;
  template <class F>
  explicit Task(F f) {
    std::packaged_task<R()> task(std::move(f));
    result_ = task.get_future();
    thread_ = std::thread(std::move(task));
  }
  Task(Task&&) = default;
  Task& operator=(Task&& o) {
    join();
    result_ = std::move(o.result_);
    thread_ = std::move(o.thread_);
    return *this;
  }
  ~Task() { join(); }
  bool valid() const { return result_.valid(); }
  R get() { return result_.get(); }

 private:
  void join() {
    if (thread_.joinable()) thread_.join();
  }
  std::future<R> result_;
  std::thread thread_;
};

std::set<std::string> read_baseline(const std::string& file, std::vector<Notification>* notes) {
  std::set<std::string> out;
  std::string text, err;
  auto fail = [&](const std::string& why) {
    notes->push_back({Notification::Level::error, "cannot use baseline: " + why, file, 0, ""});
  };
  if (!read_regular_file(file, kMaxBaselineBytes, &text, &err)) {
    fail(err);
    return out;
  }
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("findings") || !j["findings"].is_array()) {
    fail("not a tollgate baseline (expected a JSON object with a \"findings\" array)");
    return out;
  }
  for (const auto& f : j["findings"])
    if (f.is_object() && f.contains("fingerprint") && f["fingerprint"].is_string())
      out.insert(f["fingerprint"].get<std::string>());
  return out;
}

// Whether a file may hold a tollgate:ignore comment. memmem, because std::string::find stops at every 't'.
bool has_suppression_marker(const std::string& bytes) {
  static constexpr std::string_view kMarker = "tollgate:ignore[";
  return memmem(bytes.data(), bytes.size(), kMarker.data(), kMarker.size()) != nullptr;
}

// The scan roots as prefixes of paths relative to the work tree top; empty when a root is the top itself (or
// cannot be placed), which keeps everything.
std::vector<std::string> root_prefixes(const std::vector<std::string>& roots, const std::string& top) {
  std::vector<std::string> prefixes;
  for (const auto& r : roots) {
    std::error_code ec;
    fs::path rel = fs::relative(fs::weakly_canonical(fs::absolute(r), ec), top, ec);
    std::string p = rel.generic_string();
    if (ec || p.empty() || p == ".") return {};
    prefixes.push_back(p);
  }
  return prefixes;
}

bool under_roots(const std::vector<std::string>& prefixes, const std::string& path) {
  return prefixes.empty() || std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& pre) {
           return path == pre || (path.size() > pre.size() && path.compare(0, pre.size(), pre) == 0 && path[pre.size()] == '/');
         });
}

// Whether a git-listed path (relative to the work tree top) is in the scan: under a root, and not excluded by
// the configuration.
std::function<bool(const std::string&)> git_path_filter(const ScanOptions& opts, const std::string& top) {
  auto prefixes = std::make_shared<std::vector<std::string>>(root_prefixes(opts.paths, top));
  auto exclude = std::make_shared<ExcludeFilter>(opts.exclude, opts.exclude_dir, top);
  return [prefixes, exclude](const std::string& path) {
    return under_roots(*prefixes, path) && !exclude->excluded_with_parents(path, false);
  };
}

}  // namespace

bool rule_matches(const RuleInfo& r, const std::string& sel) {
  if (rule_id_matches(r.id, sel)) return true;
  return std::find(r.tags.begin(), r.tags.end(), sel) != r.tags.end();
}

std::vector<Notification> check_rule_choices(const std::vector<LoadedRule>& rules, const ScanOptions& o) {
  std::vector<Notification> out;
  auto level = o.allow_unknown_rules ? Notification::Level::warning : Notification::Level::error;
  // By kind and value, so that thousands of choices cost no more than their number (issue 9: 100,000 unmatched
  // select values took 24 s when each was compared with all the others).
  std::unordered_map<std::string, const RuleChoiceOrigin*> origins;
  for (const RuleChoiceOrigin& c : o.choice_origins) origins.emplace(c.kind + '\n' + c.value, &c);
  std::unordered_set<std::string> said;
  auto check = [&](const char* kind, const std::string& value, bool exact) {
    bool named = std::any_of(rules.begin(), rules.end(), [&](const LoadedRule& r) {
      return exact ? r.info.id == value : rule_matches(r.info, value);
    });
    if (named) return;
    Notification n{level, "", "", 0, ""};
    auto at = origins.find(std::string(kind) + '\n' + value);
    if (at != origins.end()) {
      n.path = at->second->file;
      n.line = at->second->line;
      n.message = std::string(kind) + " '" + value + "'";
    } else {
      n.message = std::string("--") + kind + " '" + value + "'";
    }
    n.message += exact ? " is not the id of a loaded rule" : " matches no rule id, id prefix or tag";
    n.message += " (see `tollgate rules list`";
    if (!o.allow_unknown_rules) n.message += "; --allow-unknown-rules makes this a warning";
    n.message += ")";
    if (said.insert(n.message).second) out.push_back(std::move(n));
  };
  for (const auto& v : o.select) check("select", v, false);
  for (const auto& v : o.skip) check("skip", v, false);
  for (const auto& [key, sev] : o.severity) check("severity", key, false);
  for (const auto& [id, json] : o.rule_options) check("options", id, true);
  return out;
}

std::optional<size_t> severity_override_index(const RuleInfo& r,
                                              const std::vector<std::pair<std::string, Severity>>& overrides) {
  std::optional<size_t> best;
  size_t best_rank = 0;
  for (size_t i = 0; i < overrides.size(); ++i) {
    const std::string& key = overrides[i].first;
    if (!rule_matches(r, key)) continue;
    // The rule's own id, then the longest id prefix, then a tag; rank 0 is no match at all.
    bool prefix = r.id.compare(0, key.size(), key) == 0;
    size_t rank = key == r.id ? SIZE_MAX : prefix ? key.size() + 1 : 1;
    if (rank >= best_rank) {
      best_rank = rank;
      best = i;
    }
  }
  return best;
}

std::optional<Severity> severity_override(const RuleInfo& r, const std::vector<std::pair<std::string, Severity>>& overrides) {
  if (auto i = severity_override_index(r, overrides)) return overrides[*i].second;
  return std::nullopt;
}

void apply_rule_options(std::vector<LoadedRule>* rules, const std::vector<std::pair<std::string, std::string>>& options) {
  for (const auto& [id, json] : options)
    for (LoadedRule& r : *rules)
      if (r.info.id == id) r.options = json;
}

void apply_severity_overrides(std::vector<LoadedRule>* rules, const std::vector<std::pair<std::string, Severity>>& overrides) {
  if (overrides.empty()) return;
  for (auto& r : *rules)
    if (auto s = severity_override(r.info, overrides)) r.info.severity = *s;
}

// Sorted with finding_less through an index: a Finding is a dozen strings, and std::sort moved each one about
// forty times over 26,000 findings. Paths compare as ranks (path_ranks), the strings only on a tie of place.
void sort_findings(std::vector<Finding>* findings) {
  std::vector<uint32_t> path_rank = path_ranks(*findings);
  std::vector<uint32_t> order(findings->size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Finding& x = (*findings)[a];
    const Finding& y = (*findings)[b];
    auto place = [&](uint32_t i, const Finding& f) {
      return std::tie(path_rank[i], f.location.span.line, f.location.span.col);
    };
    if (place(a, x) != place(b, y)) return place(a, x) < place(b, y);
    return finding_less(x, y);
  });
  // The permutation applied in place, cycle by cycle: a second vector of every finding was as much new memory
  // again. from[k]: where the finding that belongs at k is now (k once it is there).
  std::vector<uint32_t>& from = order;
  for (uint32_t start = 0; start < from.size(); ++start) {
    if (from[start] == start) continue;
    Finding held = std::move((*findings)[start]);
    uint32_t at = start;
    while (from[at] != start) {
      uint32_t next = from[at];
      (*findings)[at] = std::move((*findings)[next]);
      from[at] = at;
      at = next;
    }
    (*findings)[at] = std::move(held);
    from[at] = at;
  }
}

WalkOptions walk_options(const ScanOptions& opts) {
  WalkOptions wopts;
  wopts.max_file_size = opts.max_file_size;
  wopts.stat_files = opts.shard_count > 0;  // else the reader checks the size (read_scanned_file)
  wopts.exclude = opts.exclude;
  wopts.exclude_dir = opts.exclude_dir;
  return wopts;
}

// The files to scan, handed to the workers as they come: a walk of one tree feeds it while it goes on, so
// scanning starts with the first files found instead of after the walk (a tenth of a 50 MiB scan).
class InputQueue {
 public:
  void push(ScanInput in) {
    {
      std::lock_guard<std::mutex> lk(mu_);
      items_.push_back(std::move(in));
    }
    cv_.notify_one();
  }
  void finish() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      done_ = true;
    }
    cv_.notify_all();
  }
  // The next input; false once every input was handed out and no more will come.
  bool pop(ScanInput* out) {
    std::unique_lock<std::mutex> lk(mu_);
    cv_.wait(lk, [&] { return next_ < items_.size() || done_; });
    if (next_ == items_.size()) return false;
    *out = std::move(items_[next_++]);
    return true;
  }
  // Waits until n inputs are known or the list is complete; returns how many are known and whether it is.
  std::pair<size_t, bool> wait_for(size_t n) {
    std::unique_lock<std::mutex> lk(mu_);
    cv_.wait(lk, [&] { return items_.size() >= n || done_; });
    return {items_.size(), done_};
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<ScanInput> items_;
  size_t next_ = 0;
  bool done_ = false;
};

// The work tree top of the first scan root, for the git modes (--staged, --diff, history); false with an error
// notification when there is none.
bool find_git_top(const ScanOptions& opts, std::string* git_top, std::vector<Notification>* notes) {
  std::string err;
  std::string first = opts.paths.empty() ? "." : opts.paths.front();
  std::error_code ec;
  std::string dir = fs::is_directory(first, ec) ? first : fs::path(first).parent_path().string();
  if (git_toplevel(dir.empty() ? "." : dir, git_top, &err)) return true;
  notes->push_back({Notification::Level::error, "git: " + err, "", 0, ""});
  return false;
}

std::vector<unsigned> assign_shards(const std::vector<ScanInput>& inputs, unsigned shards) {
  // FNV-1a: the same on every platform and build, as std::hash is not.
  auto hash = [](const std::string& s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  };
  std::vector<size_t> order(inputs.size());
  std::vector<uint64_t> hashes(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) order[i] = i, hashes[i] = hash(inputs[i].rel_path);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(inputs[b].size, hashes[a], inputs[a].rel_path) < std::tie(inputs[a].size, hashes[b], inputs[b].rel_path);
  });
  std::vector<unsigned> owner(inputs.size(), 0);
  std::vector<uint64_t> load(std::max(1u, shards), 0);
  for (size_t i : order) {
    unsigned least = static_cast<unsigned>(std::min_element(load.begin(), load.end()) - load.begin());
    owner[i] = least;
    load[least] += std::max<uint64_t>(inputs[i].size, 1);  // an empty file still costs a read
  }
  return owner;
}

// The files of a scan that does not stream its walk: those git lists, or the walk's. `git_top`: the work tree top
// (find_git_top) in the git modes.
std::vector<ScanInput> gather_inputs(const ScanOptions& opts, const std::string& git_top, std::vector<Notification>* notes) {
  std::vector<ScanInput> inputs;
  auto error = [&](const std::string& msg) { notes->push_back({Notification::Level::error, msg, "", 0, ""}); };
  if (opts.source == ScanSource::staged) {
    std::vector<std::string> paths;
    std::string err;
    if (!git_staged_paths(git_top, &paths, &err)) {
      error("git: " + err);
      return inputs;
    }
    auto wanted = git_path_filter(opts, git_top);
    for (auto& p : paths)
      if (wanted(p)) inputs.push_back({p, "", ":" + p, {}});
    return inputs;
  }
  if (opts.source == ScanSource::history) {
    std::vector<HistoryBlob> blobs;
    std::string err;
    // Filtered while listing, not after: a blob is listed once, and its first path may be one the scan leaves out.
    if (!git_history_blobs(git_top, opts.since, &blobs, &err, git_path_filter(opts, git_top))) {
      error("git: " + err);
      return inputs;
    }
    for (auto& b : blobs) inputs.push_back({b.path, "", b.blob, Provenance{b.commit, b.author, b.date}});
    return inputs;
  }
  WalkResult walked = walk(opts.paths, walk_options(opts));
  notes->insert(notes->end(), walked.notes.begin(), walked.notes.end());
  std::unordered_set<std::string> changed;
  if (!opts.diff_rev.empty()) {
    std::vector<std::string> paths;
    std::string err;
    if (!git_changed_paths(git_top, opts.diff_rev, &paths, &err)) {
      error("git: " + err);
      return inputs;
    }
    // Walked paths are relative to the walk's base, which is the work tree top here.
    changed.insert(paths.begin(), paths.end());
  }
  for (auto& e : walked.files)
    if (opts.diff_rev.empty() || changed.count(e.rel_path)) inputs.push_back({e.rel_path, e.abs_path, "", {}, e.size});
  return inputs;
}

// Whether a scan assesses readiness (see ScanOptions::readiness).
bool readiness_applies(const ScanOptions& opts) {
  if (opts.source != ScanSource::worktree || !opts.diff_rev.empty() || opts.shard > 1) return false;
  if (opts.readiness_always) return true;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (opts.paths.size() != 1 || !fs::is_directory(opts.paths[0], ec)) return false;
  fs::path root(opts.paths[0]);
  if (!fs::exists(root / ".git", ec) && !fs::exists(root / kConfigFileName, ec)) return false;
  if (opts.readiness.configured) return true;
  for (const std::string& s : opts.select)
    if (s == "readiness" || s.rfind("readiness.", 0) == 0) return true;
  return false;
}

std::vector<LoadedRule> select_rules(std::vector<LoadedRule> rules, const std::vector<std::string>& select,
                                     const std::vector<std::string>& skip) {
  // In place: a new vector of 683 rules was a megabyte of fresh memory, which a pre-commit run pays for in page
  // faults.
  std::erase_if(rules, [&](const LoadedRule& r) { return !rule_chosen(r.info, select, skip); });
  return rules;
}

bool rule_chosen(const RuleInfo& r, const std::vector<std::string>& select, const std::vector<std::string>& skip) {
  auto named = [&](const std::vector<std::string>& choices) {
    return std::any_of(choices.begin(), choices.end(), [&](const std::string& c) { return rule_matches(r, c); });
  };
  return (select.empty() || named(select)) && !named(skip);
}

namespace {

// The limits of each rule call, as the scan options give them.
SandboxLimits sandbox_limits(const ScanOptions& opts) {
  return {opts.rule_instruction_budget, opts.rule_deadline_ms, opts.rule_memory_cap};
}

// The indexes of the rules of one scope that the Lua runtime runs (neither native nor provider patterns).
std::vector<size_t> lua_rules(const std::vector<LoadedRule>& rules, RuleScope scope) {
  std::vector<size_t> out;
  for (size_t i = 0; i < rules.size(); ++i)
    if (!rules[i].info.native && !rules[i].secret && rules[i].info.scope == scope) out.push_back(i);
  return out;
}

}  // namespace

std::vector<LoadedRule> load_scan_rules(const ScanOptions& opts, std::vector<Notification>* notes) {
  SandboxLimits limits = sandbox_limits(opts);
  std::vector<RuleSource> sources;
  std::vector<LoadedRule> builtin;
  if (opts.builtin_rules && !indexed_builtin_rules(&builtin, opts.rule_examples)) sources = builtin_rule_sources();
  for (const auto& dir : opts.rule_dirs) {
    auto more = rule_sources_in_dir(dir, notes);
    sources.insert(sources.end(), more.begin(), more.end());
  }
  return load_rules(sources, limits, notes, std::move(builtin));
}

MaskingRules masking_rules(const std::vector<LoadedRule>& loaded, const std::vector<std::string>& select,
                           const std::vector<std::string>& skip) {
  MaskingRules m;
  bool all_chosen = std::all_of(loaded.begin(), loaded.end(),
                                [&](const LoadedRule& r) { return !r.secret || rule_chosen(r.info, select, skip); });
  for (const LoadedRule& r : loaded) {
    if (r.secret && !all_chosen) m.specs.push_back(*r.secret);
    if (r.info.native && (r.info.id == "secrets.generic-literal-assignment" || r.info.id == "secrets.weak-default-credential"))
      m.generic.push_back(r.info);
  }
  return m;
}

std::shared_ptr<const SecretPass> build_secret_pass(const std::vector<LoadedRule>& rules, std::vector<Notification>* notes,
                                                    const MaskingRules& masking) {
  auto pass = std::make_shared<SecretPass>();
  std::vector<const SecretSpec*> specs;
  for (size_t i = 0; i < rules.size(); ++i) {
    if (!rules[i].secret) continue;
    specs.push_back(&*rules[i].secret);
    pass->rule_of.push_back(i);
  }
  std::vector<std::string> errors;
  pass->matcher = SecretMatcher::build(specs, &errors, SecretMatcher::Compile::on_first_use);
  for (const auto& e : errors) {
    std::string id = e.substr(0, e.find(':'));
    notes->push_back({Notification::Level::error, "rule " + e, "", 0, id});
  }
  // The selected patterns are a subset of every pattern: as many means the same ones, and one matcher does both.
  if (masking.specs.size() > specs.size()) pass->every_spec = masking.specs;
  pass->generic = masking.generic;
  return pass;
}

const SecretMatcher& SecretPass::masking() const {
  if (every_spec.empty()) return matcher;
  std::call_once(every_once_, [this] {
    std::vector<std::string> ignored;  // a rule left out by --select or --skip is not this scan's to report on
    every_ = std::make_unique<SecretMatcher>(SecretMatcher::build(every_spec, &ignored, SecretMatcher::Compile::on_first_use));
  });
  return *every_;
}

RuntimePool::RuntimePool(const std::vector<LoadedRule>& rules, const ScanOptions& opts)
    : rules_(rules), limits_(sandbox_limits(opts)) {}

std::unique_ptr<LuaRuntime> RuntimePool::take() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!free_.empty()) {
      std::unique_ptr<LuaRuntime> r = std::move(free_.back());
      free_.pop_back();
      return r;
    }
  }
  return std::make_unique<LuaRuntime>(rules_, limits_);
}

void RuntimePool::give(std::unique_ptr<LuaRuntime> runtime) {
  std::lock_guard<std::mutex> lock(mu_);
  free_.push_back(std::move(runtime));
}

FileScanner::FileScanner(const std::vector<LoadedRule>& rules, const ScanOptions& opts,
                         std::shared_ptr<const SecretPass> secrets, RuntimePool* pool)
    : rules_(rules), secrets_(std::move(secrets)), opts_(opts), pool_(pool),
      runtime_(pool ? pool->take() : std::make_unique<LuaRuntime>(rules, sandbox_limits(opts))),
      document_rules_(lua_rules(rules, RuleScope::document)),
      repository_rules_(lua_rules(rules, RuleScope::repository)) {
  for (size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& r = rules[i].info;
    if (r.id == "config.parse-error") parse_error_rule_ = static_cast<int>(i);
    if (r.id == "secrets.generic-literal-assignment" && r.native) generic_.literal = static_cast<int>(i);
    if (r.id == "secrets.weak-default-credential" && r.native) generic_.weak_default = static_cast<int>(i);
    if (std::find(r.tags.begin(), r.tags.end(), "generic") != r.tags.end()) generic_ids_.insert(r.id);
    if (r.native || rules[i].secret) continue;
    for (const char* model : kModelKinds)
      if (r.applies(model) && std::find(models_.begin(), models_.end(), model) == models_.end()) models_.push_back(model);
    if (reads_readiness(rules[i])) readiness_ = true;
  }
  // The readiness assessment reads the pipelines, workloads and resources for its evidence.
  if (readiness_)
    for (const char* model : {"pipeline", "workload", "resource"})
      if (std::find(models_.begin(), models_.end(), std::string_view(model)) == models_.end()) models_.push_back(model);
  // Shards past the first run no repository rule and build no model (shard 1 does, from every file).
  if (opts.shard > 1) repository_rules_.clear(), models_.clear(), readiness_ = false;
}

FileScanner::~FileScanner() {
  if (pool_) pool_->give(std::move(runtime_));
}

bool FileScanner::wants(const std::string& kind, std::string_view path, std::string_view text,
                        bool* for_repository) const {
  *for_repository = false;
  for (size_t i : repository_rules_)
    if (rules_[i].info.applies(kind)) *for_repository = true;
  for (const char* model : models_)
    if (feeds_model(model, kind, path)) *for_repository = true;
  if (readiness_ && feeds_readiness(kind, path)) *for_repository = true;
  if (*for_repository) return true;
  // Secrets hide base64-encoded in Kubernetes Secrets' data (a cheap look at the text spares other manifests).
  if (kind == "kubernetes" && secrets_ && !secrets_->matcher.empty() && text.find("Secret") != std::string_view::npos)
    return true;
  // Validating syntax is a check of its own (config.parse-error): it wants every kind it applies to.
  for (int native : {parse_error_rule_, generic_.literal, generic_.weak_default})
    if (native >= 0 && rules_[native].info.applies(kind)) return true;
  for (size_t i : document_rules_)
    if (rules_[i].info.applies(kind)) return true;
  return false;
}

const SecretMatcher& FileScanner::masking() const {
  static const SecretMatcher none;
  return secrets_ ? secrets_->masking() : none;
}

void FileScanner::scan_secrets(const SourceText& src, const Classification& cls, FileResult* out, FileSecrets* found) {
  if (!secrets_ || secrets_->matcher.empty()) return;
  std::vector<SecretMatch> matches;
  secrets_->matcher.scan(src.bytes(), &matches);
  for (const SecretMatch& m : matches) {
    // Masked wherever it shows, even where its rule does not apply to this kind of file.
    found->add(m.begin, m.end);
    const RuleInfo& r = rules_[secrets_->rule_of[m.rule]].info;
    if (r.applies(cls.kind) && room(out)) out->findings.push_back(secret_finding(src, r, m.begin, m.end));
  }
  if (secrets_->every_spec.empty()) found->set_scanned();  // this pass had every pattern: masking need not look again
  if (opts_.decode_base64) scan_base64_blobs(src, cls, out, found);
}


// Reports the provider secrets found in `decoded`, the base64 text at [begin, end) of src.
void FileScanner::report_decoded(const SourceText& src, const std::string& kind, uint32_t begin, uint32_t end,
                                 const std::string& decoded, const std::string& where, FileResult* out,
                                 FileSecrets* found) {
  std::vector<SecretMatch> matches;
  secrets_->matcher.scan(decoded, &matches);
  if (!matches.empty()) found->add(begin, end);  // the encoded text is the secret as far as the file shows it
  for (const SecretMatch& m : matches) {
    const RuleInfo& r = rules_[secrets_->rule_of[m.rule]].info;
    if (!r.applies(kind) || !room(out)) continue;
    Finding f = secret_finding(src, r, begin, end);
    f.message = r.title + " in plain text (base64" + where + ")";
    // Identify it by the decoded secret, as the same secret in plain text would be.
    f.content_key = "secret:" + sha256_hex(std::string_view(decoded).substr(m.begin, m.end - m.begin));
    out->findings.push_back(std::move(f));
  }
}

// --decode-base64: runs of 32 or more base64 characters anywhere are decoded and scanned too. At most 256 runs
// of at most 64 KiB per file, so a file full of base64 cannot multiply the work.
void FileScanner::scan_base64_blobs(const SourceText& src, const Classification& cls, FileResult* out,
                                    FileSecrets* found) {
  constexpr size_t kMinRun = 32, kMaxRun = 64 * 1024;
  constexpr int kMaxRuns = 256;
  auto b64 = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/'; };
  const std::string& b = src.bytes();
  std::string decoded;
  int runs = 0;
  for (size_t i = 0; i < b.size() && runs < kMaxRuns;) {
    if (!b64(b[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < b.size() && b64(b[j])) ++j;
    while (j < b.size() && j - i < kMaxRun && b[j] == '=') ++j;
    size_t len = j - i;
    if (len >= kMinRun && len <= kMaxRun && decode_base64(std::string_view(b).substr(i, len), &decoded)) {
      ++runs;
      report_decoded(src, cls.kind, static_cast<uint32_t>(i), static_cast<uint32_t>(j), decoded, "-encoded", out, found);
    }
    i = j;
  }
}

// A Kubernetes Secret's `data:` values are base64: decode each and look for provider secrets inside, reported
// at the value. (`stringData:` is plain text and already seen by the raw-text pass.)
void FileScanner::scan_secret_data(const Document& doc, FileResult* out, FileSecrets* found) {
  if (!secrets_ || secrets_->matcher.empty() || doc.kind != "kubernetes" || !doc.root) return;
  const Node* kind = doc.root->get("kind");
  const Node* data = doc.root->get("data");
  if (!kind || kind->text != "Secret" || !data || !data->is_map()) return;
  constexpr size_t kMaxEncoded = 1 << 20;  // a bound on the work one value can cause
  std::string decoded;
  for (const Entry& e : data->entries) {
    const Node* v = e.value;
    if (!v || !v->is_string() || v->text.size() > kMaxEncoded || !decode_base64(v->text, &decoded)) continue;
    report_decoded(*doc.source, doc.kind, v->span.begin, v->span.end, decoded, " in the Secret's data." + e.key, out,
                   found);
  }
}

namespace {

// 12345 -> "12,345", as the limit reads in messages.
std::string with_thousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

void FileScanner::scan_source(std::shared_ptr<const SourceText> src, const Classification& cls, FileResult* out) {
  size_t first = out->findings.size();
  size_t documents_before = out->documents.size();
  file_first_ = first;
  file_full_ = false;
  FileSecrets found(src);
  scan_secrets(*src, cls, out, &found);
  parse_and_check(src, cls, out, &found, first);
  drop_duplicates(out, first);
  // Collecting stops past the limit (room()); what was collected beyond it goes now, so that a full file reports
  // exactly the limit, in the order the findings were made: secrets first, then the rules.
  const size_t limit = opts_.max_findings_per_file;
  if (limit && out->findings.size() - first > limit) {
    out->findings.erase(out->findings.begin() + static_cast<std::ptrdiff_t>(first + limit), out->findings.end());
    file_full_ = true;
  }
  if (file_full_)
    out->notes.push_back({Notification::Level::warning,
                          with_thousands(limit) + " findings, the limit per file; the rest of this file is not reported",
                          src->path(), 0, ""});
  if (out->findings.size() > first) mask_findings(&found, std::span(out->findings).subspan(first), masking(), opts_.show_secrets);
  // Repository rules report in this file later: they mask with what was found here.
  if (out->documents.size() > documents_before) out->secrets.emplace(src.get(), std::move(found));
}

// A file's documents as the scan holds them: a shell script's parsed only when a rule asks for its tree
// (tree-sitter-bash is slow, and most shell rules read lines); nothing for a template that only parses once
// rendered (engine/templates.h), which is read as text, as a chart's templates/ are: its secrets were looked for
// in the raw text, and it is no parse error.
std::optional<ParseResult> parse_for_scan(const std::shared_ptr<const SourceText>& src, const Classification& cls) {
  ParseResult parsed;
  if (cls.format == Format::shell) {
    auto doc = std::make_unique<Document>();
    doc->source = src;
    doc->format = cls.format;
    doc->deferred = true;
    parsed.documents.push_back(std::move(doc));
    return parsed;
  }
  parsed = parse(cls.format, src);
  if (parsed.error && is_unrendered_template(*src, cls.format)) return std::nullopt;
  return parsed;
}

void FileScanner::read_for_repository(std::shared_ptr<const SourceText> src, const Classification& cls,
                                      FileResult* out) {
  bool keep = false;
  wants(cls.kind, src->path(), src->bytes(), &keep);
  if (!keep) return;
  std::optional<ParseResult> parsed = parse_for_scan(src, cls);
  if (!parsed) return;
  // The secrets that mask what repository rules report here: the generic rules' values now, every secret
  // pattern's matches when a finding needs them (FileSecrets::scan_once), as for the file's own shard.
  FileSecrets found(src);
  for (auto& doc : parsed->documents) {
    doc->kind = cls.kind;
    check_generic_secrets(*doc, {}, nullptr, &found);
    out->documents.push_back(std::move(doc));
  }
  out->secrets.emplace(src.get(), std::move(found));
}

bool FileScanner::room(FileResult* out) {
  const size_t limit = opts_.max_findings_per_file;
  if (limit == 0) return true;
  if (file_full_) return false;
  // The limit counts findings as the report shows them, after duplicates go; so up to twice the limit are
  // collected before duplicates are dropped, and collecting stops only if more than the limit remain. Dropping
  // leaves at most the limit, so it runs again only after as many more findings: linear, not quadratic.
  if (out->findings.size() - file_first_ < 2 * limit) return true;
  drop_duplicates(out, file_first_);
  if (out->findings.size() - file_first_ > limit) file_full_ = true;
  return !file_full_;
}

int FileScanner::generality(std::string_view rule_id) const {
  if (!generic_ids_.count(std::string(rule_id))) return 0;  // a provider's token format
  for (int native : {generic_.literal, generic_.weak_default})
    if (native >= 0 && rules_[native].info.id == rule_id) return 2;  // only the key says it is a secret
  return 1;  // a generic shape: a JWT, a URI's password, a private key block
}

void FileScanner::drop_duplicates(FileResult* out, size_t first) const {
  // One secret, one finding: the same secret found twice by one rule (a Secret's data value is also a base64
  // run) is kept once; and where rules of different generality report overlapping ranges (a provider token
  // under a `password:` key, a JWT under `token:`), the most specific one keeps the finding and each other one
  // becomes a related location of it, so that the report shows one problem with every rule that saw it, at the
  // highest of their severities.
  // Sorting keeps this O(n log n): a file of 50,000 tokens must not take minutes.
  std::span<Finding> mine = std::span(out->findings).subspan(first);
  std::vector<bool> drop(mine.size(), false);
  std::vector<int> level(mine.size(), -1);  // generality of each secret finding, -1 for other findings
  std::set<std::pair<std::string_view, uint32_t>> seen;  // (rule id, secret start)
  for (size_t i = 0; i < mine.size(); ++i) {
    if (!mine[i].secret_range) continue;
    if (!seen.emplace(mine[i].rule_id, mine[i].secret_range->first).second) drop[i] = true;
    else level[i] = generality(mine[i].rule_id);
  }
  // Rank by rank, most specific first: the findings of rank `r` still standing take the overlapping ones of
  // the ranks after it.
  for (int r = 0; r < 2; ++r) {
    std::vector<std::pair<std::pair<uint32_t, uint32_t>, size_t>> ranked;  // (range, finding) of rank r
    for (size_t i = 0; i < mine.size(); ++i)
      if (!drop[i] && level[i] == r) ranked.push_back({*mine[i].secret_range, i});
    if (ranked.empty()) continue;
    std::sort(ranked.begin(), ranked.end());
    // widest[k]: among the first k+1 ranges, the one that ends furthest, so one binary search answers "which
    // range starting before e ends after b?".
    std::vector<size_t> widest(ranked.size());
    for (size_t k = 0; k < ranked.size(); ++k)
      widest[k] = k && ranked[widest[k - 1]].first.second >= ranked[k].first.second ? widest[k - 1] : k;
    for (size_t i = 0; i < mine.size(); ++i) {
      if (drop[i] || level[i] <= r) continue;
      auto [b, e] = *mine[i].secret_range;
      auto it = std::lower_bound(ranked.begin(), ranked.end(), std::make_pair(std::make_pair(e, 0u), size_t{0}));
      if (it == ranked.begin()) continue;
      const auto& [range, winner] = ranked[widest[static_cast<size_t>(it - ranked.begin()) - 1]];
      if (range.second <= b) continue;
      drop[i] = true;
      // The problem is as grave as the gravest rule that saw it: a JWT (medium on its own) under a `token:` key
      // is a credential in a configuration file (high).
      mine[winner].severity = std::max(mine[winner].severity, mine[i].severity);
      mine[winner].related.push_back(
          {mine[i].location.path, mine[i].location.span, "also reported by " + mine[i].rule_id + ": " + mine[i].message});
    }
  }
  size_t keep = first;
  for (size_t i = 0; i < drop.size(); ++i) {
    if (drop[i]) continue;
    if (keep != first + i) out->findings[keep] = std::move(out->findings[first + i]);
    ++keep;
  }
  out->findings.resize(keep);
}

void FileScanner::parse_and_check(std::shared_ptr<const SourceText> src, const Classification& cls, FileResult* out,
                                  FileSecrets* found, size_t file_first) {
  bool keep = false;
  bool wanted = wants(cls.kind, src->path(), src->bytes(), &keep);
  // No rule wants the tree, but the secret findings made so far show lines that may hold a value only the generic
  // check calls a secret: then the file is parsed for masking alone (no rule applies to it, none runs).
  if (!wanted && (out->findings.size() == file_first || cls.format == Format::shell)) return;
  std::optional<ParseResult> found_parse = parse_for_scan(src, cls);
  if (!found_parse) return;
  ParseResult& parsed = *found_parse;
  if (wanted && parsed.error && parse_error_rule_ >= 0 && room(out)) {
    const RuleInfo& r = rules_[parse_error_rule_].info;
    out->findings.push_back(parse_error_finding(*src, cls.format, *parsed.error, r.severity));
  }
  std::vector<RuleHit> hits;
  GenericSecretRules generic;
  for (auto [mine, all] : {std::pair{&generic.literal, generic_.literal}, std::pair{&generic.weak_default, generic_.weak_default}})
    if (all >= 0 && rules_[all].info.applies(cls.kind)) *mine = all;
  bool generic_runs = generic.literal >= 0 || generic.weak_default >= 0;
  auto add = [&](const RuleHit& h) {
    // A secret is recorded for masking even when the file is full: a finding already kept may show its line.
    if (h.secret) found->add(h.span.begin, h.span.end, *h.secret);
    if (room(out)) out->findings.push_back(make_finding(h, rules_[h.rule].info));
  };
  for (auto& doc : parsed.documents) {
    doc->kind = cls.kind;
    scan_secret_data(*doc, out, found);
    if (generic_runs) {
      hits.clear();
      // No more hits than room() would take before dropping duplicates: one call sees the whole file.
      generic.max_hits = 2 * size_t{opts_.max_findings_per_file};
      bool complete = check_generic_secrets(*doc, generic, &hits, found);
      for (const RuleHit& h : hits) add(h);
      if (!complete) file_full_ = true;  // the file is not reported whole, whatever duplicates leave
    }
    for (size_t i : document_rules_for_(cls.kind)) {
      std::string error;
      hits.clear();
      if (!runtime_->run_document_rule(i, *doc, &hits, &error))
        out->notes.push_back({Notification::Level::error, error, src->path(), 0, rules_[i].info.id});
      for (const RuleHit& h : hits) add(h);
    }
  }
  // The generic rules did not run on this file (not selected), but a value they would call a secret here must
  // still be masked on the lines findings show: judged for that alone, in files with findings or kept for
  // repository rules.
  bool generic_would_run = secrets_ && std::any_of(secrets_->generic.begin(), secrets_->generic.end(),
                                                   [&](const RuleInfo& r) { return r.applies(cls.kind); });
  if (!generic_runs && generic_would_run && (out->findings.size() > file_first || keep))
    for (auto& doc : parsed.documents) check_generic_secrets(*doc, {}, nullptr, found);
  if (keep)
    for (auto& doc : parsed.documents) out->documents.push_back(std::move(doc));
}

namespace {

// Runs the document-scope rules on the model items, on up to `jobs` threads each with a Lua state of its own, and
// hands each (rule, item)'s hits, their findings (made on the worker: a hundred thousand findings are a second
// of work on one thread), and its error when the call failed (else nullptr), to `done` on this thread, in item
// order and then rule order. `done` moves the findings into *findings_out, which gets room for all of them first.
template <class Done>
void check_items(const std::vector<LoadedRule>& rules, RuntimePool& pool,
                 const std::vector<std::unique_ptr<Document>>& items, unsigned jobs, std::vector<Finding>* findings_out,
                 Done done) {
  struct Outcome {
    size_t rule;
    size_t item;
    std::vector<RuleHit> hits;
    std::vector<Finding> findings;
    std::string error;
    bool ok;
  };
  // Items go out in runs of a few dozen (a Lua state costs the rule pack's loading: no threads for a handful).
  constexpr size_t kRun = 64;
  size_t runs = (items.size() + kRun - 1) / kRun;
  std::vector<std::vector<Outcome>> outcomes(runs);
  std::vector<size_t> document_rules = lua_rules(rules, RuleScope::document);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    std::unique_ptr<LuaRuntime> runtime = pool.take();
    RulesForKind rules_for(rules, document_rules);
    for (size_t run; (run = next.fetch_add(1)) < runs;) {
      for (size_t it = run * kRun; it < std::min(items.size(), (run + 1) * kRun); ++it) {
        const Document& item = *items[it];
        for (size_t i : rules_for(item.kind)) {
          const RuleInfo& r = rules[i].info;
          Outcome o{i, it, {}, {}, {}, true};
          o.ok = runtime->run_document_rule(i, item, &o.hits, &o.error);
          if (o.hits.empty() && o.ok) continue;
          o.findings.reserve(o.hits.size());
          for (const RuleHit& h : o.hits) o.findings.push_back(make_finding(h, r));
          outcomes[run].push_back(std::move(o));
        }
      }
    }
    pool.give(std::move(runtime));
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < std::min<size_t>(jobs, runs); ++w) threads.emplace_back(worker);
  if (runs > 0) worker();
  for (auto& t : threads) t.join();
  // Room for every finding at once: grown by doubling, the vector of 134,000 findings (70 MB) moved to new memory
  // at each step.
  size_t total = findings_out->size();
  for (const auto& run : outcomes)
    for (const Outcome& o : run) total += o.findings.size();
  findings_out->reserve(total);
  for (auto& run : outcomes)
    for (Outcome& o : run) done(o.rule, o.hits, &o.findings, o.ok ? nullptr : &o.error, *items[o.item]);
}

}  // namespace

bool reads_readiness(const LoadedRule& r) {
  const auto& kinds = r.info.applies_to;
  return !r.info.native && !r.secret && r.info.scope == RuleScope::repository &&
         std::find(kinds.begin(), kinds.end(), "readiness") != kinds.end();
}

void run_repository_rules(const std::vector<LoadedRule>& rules, const ScanOptions& opts,
                          const std::vector<const Document*>& docs, std::vector<Finding>* findings,
                          std::vector<Notification>* notes, SecretIndex* secrets, const SecretPass& pass,
                          std::vector<std::unique_ptr<Document>>* keep_items, RuntimePool* given_pool,
                          ReadinessRun* readiness) {
  std::optional<RuntimePool> own_pool;
  if (!given_pool) own_pool.emplace(rules, opts);
  RuntimePool& pool = given_pool ? *given_pool : *own_pool;
  // The secrets of a kept document's file: found by its scanner, or looked for now if it had none to record.
  auto file_of = [&](const std::shared_ptr<const SourceText>& src) {
    auto it = secrets->find(src.get());
    if (it == secrets->end()) it = secrets->emplace(src.get(), FileSecrets(src)).first;
    return &it->second;
  };
  // Related locations name a file by path (in history scans several blobs share one: the first stands for all).
  std::unordered_map<std::string_view, std::shared_ptr<const SourceText>> by_path;
  for (const Document* d : docs) by_path.emplace(d->path(), d->source);
  auto other_file = [&](const std::string& path) -> FileSecrets* {
    auto it = by_path.find(path);
    return it == by_path.end() ? nullptr : file_of(it->second);
  };
  // Each hit's finding, masked with the secrets known in its file (its own among them).
  auto add = [&](const std::vector<RuleHit>& hits, std::vector<Finding>* made) {
    for (size_t i = 0; i < hits.size(); ++i) {
      const RuleHit& h = hits[i];
      if (!h.doc) {  // a place with no document: nothing of a file to mask
        findings->push_back(std::move((*made)[i]));
        continue;
      }
      FileSecrets* found = file_of(h.doc->source);
      if (h.secret) found->add(h.span.begin, h.span.end, *h.secret);
      findings->push_back(std::move((*made)[i]));
      mask_findings(found, std::span(&findings->back(), 1), pass.masking(), opts.show_secrets, other_file);
    }
  };
  // The models some rule reads, built from the kept documents; their items are documents of their own, which
  // document-scope rules check one by one and repository rules see among the others.
  std::vector<std::string_view> models;
  bool assess = readiness && std::any_of(rules.begin(), rules.end(), reads_readiness);
  for (const char* model : kModelKinds)
    if (std::any_of(rules.begin(), rules.end(),
                    [&](const LoadedRule& r) { return !r.info.native && !r.secret && r.info.applies(model); }) ||
        (assess && std::string_view(model) != "environment"))
      models.push_back(model);
  unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  PhaseClock clock;
  std::vector<std::unique_ptr<Document>> items = build_models(models, docs, jobs, opts.environments);
  clock.mark("models");
  check_items(rules, pool, items, jobs, findings,
              [&](size_t rule, const std::vector<RuleHit>& hits, std::vector<Finding>* made, std::string* error,
                  const Document& item) {
    if (error) notes->push_back({Notification::Level::error, *error, item.path(), 0, rules[rule].info.id});
    add(hits, made);
  });
  clock.mark("model item rules");
  std::vector<const Document*> all = docs;
  for (const auto& item : items) all.push_back(item.get());
  if (assess) {
    ReadinessInputs in;
    in.paths = readiness->paths;
    in.docs = all;
    in.config = opts.readiness;
    in.prefix = readiness->prefix;
    readiness->result = std::make_shared<const Readiness>(assess_readiness(in));
  }
  // The repository rules run side by side, each thread taking the next rule with a Lua state of its own; their
  // findings are added in rule order.
  struct Outcome {
    size_t rule;
    std::vector<RuleHit> hits;
    std::vector<Finding> findings;
    std::string error;
    bool ok = true;
  };
  std::vector<Outcome> outcomes;
  for (size_t i : lua_rules(rules, RuleScope::repository)) outcomes.push_back({i, {}, {}, {}, true});
  std::atomic<size_t> next{0};
  auto worker = [&] {
    std::unique_ptr<LuaRuntime> runtime;
    for (size_t k; (k = next.fetch_add(1)) < outcomes.size();) {
      Outcome& o = outcomes[k];
      const RuleInfo& r = rules[o.rule].info;
      // A readiness rule reads repo.readiness, and reports at any file of the scan.
      bool on_readiness = reads_readiness(rules[o.rule]);
      std::vector<const Document*> mine;
      for (const Document* d : all)
        if (r.applies(d->kind) || on_readiness) mine.push_back(d);
      if (!runtime) runtime = pool.take();
      runtime->set_readiness(on_readiness && readiness && readiness->result ? readiness->result.get() : nullptr);
      o.ok = runtime->run_repository_rule(o.rule, mine, &o.hits, &o.error);
      runtime->set_readiness(nullptr);
      for (const RuleHit& h : o.hits) o.findings.push_back(make_finding(h, r));
    }
    if (runtime) pool.give(std::move(runtime));
  };
  // A second thread needs a Lua state of its own (milliseconds to make, and each rule compiled again): worth it
  // only when the rules have thousands of documents to read, not in a pre-commit run.
  constexpr size_t kDocumentsPerThread = 2000;
  size_t threads_wanted = std::min<size_t>({jobs, outcomes.size(), 1 + all.size() / kDocumentsPerThread});
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < threads_wanted; ++w) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  for (Outcome& o : outcomes) {
    if (!o.ok) notes->push_back({Notification::Level::error, o.error, "", 0, rules[o.rule].info.id});
    add(o.hits, &o.findings);
  }
  clock.mark("repository rules");
  if (keep_items) *keep_items = std::move(items);
}

namespace {

// gates.gate-config-weakened, baseline-grown and suppression-added on a change scan (--diff, --staged). The base
// version of a file is read at REV (HEAD for --staged), the changed one from the index (--staged) or the work
// tree. The three rules are enabled and given their severity by the base configuration with the command line,
// never by the configuration under change. The configuration and the baseline are compared while the files are
// scanned (start_change_check, on a thread of its own: its git reads are most of it); the suppressions added,
// once the workers have found the changed files holding one (finish_change_check).
struct ChangeCheck {
  std::unique_ptr<GitObjectReader> git;  // null when the base does not exist (before the first commit)
  std::string base_rev;
  Severity base_fail_on = Severity::low;
  std::unordered_map<std::string, RuleInfo> on;  // the change rules this scan runs, as the base configures them
  std::vector<Finding> findings;
};

ChangeCheck start_change_check(const ScanOptions& opts, const std::string& git_top, const std::vector<RuleInfo>& all) {
  ChangeCheck c;
  const bool staged = opts.source == ScanSource::staged;
  c.base_rev = staged ? "HEAD" : opts.diff_rev;
  auto git = std::make_unique<GitObjectReader>(git_top);
  auto read_git = [&](const std::string& spec) -> std::optional<std::string> {
    std::string text, err;
    if (!git->read(spec, &text, &err)) return std::nullopt;
    return text;
  };
  // Before the first commit there is no base to compare with: nothing to report.
  if (!read_git(c.base_rev + "^{commit}")) return c;
  auto read_base = [&](const std::string& rel) { return read_git(c.base_rev + ":" + rel); };
  auto read_head = [&](const std::string& rel) -> std::optional<std::string> {
    if (staged) return read_git(":" + rel);
    std::string text, err;
    if (!read_regular_file((fs::path(git_top) / rel).string(), kMaxBaselineBytes, &text, &err)) return std::nullopt;
    return text;
  };
  // A path as the CLI gave it, relative to the work tree top; "" when outside it.
  auto in_tree = [&](const std::string& p) -> std::string {
    std::error_code ec;
    std::string rel = fs::relative(fs::weakly_canonical(fs::absolute(p), ec), git_top, ec).generic_string();
    return ec || rel.empty() || rel.rfind("..", 0) == 0 ? "" : rel;
  };
  // The configuration in force, or the repository's own when that comes from elsewhere (CI passing the target
  // branch's with --config) or from nowhere: a change to the repository's file is reported either way.
  std::string cfg_rel = opts.config_file.empty() ? "" : in_tree(opts.config_file);
  if (cfg_rel.empty()) cfg_rel = kConfigFileName;
  std::optional<std::string> base_cfg_text = read_base(cfg_rel);
  Config base_cfg;
  if (base_cfg_text) {
    ConfigError err;
    base_cfg = parse_config((fs::path(git_top) / cfg_rel).string(), *base_cfg_text, &err).value_or(Config{});
  }
  c.base_fail_on = base_cfg.fail_on.value_or(Severity::low);

  std::vector<std::string> select = opts.flag_select, skip = opts.flag_skip;
  if (select.empty())
    for (const auto& i : base_cfg.select) select.push_back(i.value);
  for (const auto& i : base_cfg.skip) skip.push_back(i.value);
  std::vector<std::pair<std::string, Severity>> base_severity;
  for (const auto& [key, sev] : base_cfg.severity) base_severity.emplace_back(key.value, sev);
  for (const RuleInfo& r : all) {
    if (!is_change_rule(r.id) || !rule_chosen(r, select, skip)) continue;
    RuleInfo rc = r;
    if (auto sev = severity_override(r, base_severity)) rc.severity = *sev;
    c.on.emplace(r.id, std::move(rc));
  }
  auto check = [&](const char* id, const std::string& rel, std::optional<std::string> base) {
    auto it = c.on.find(id);
    if (it == c.on.end() || rel.empty()) return;
    std::optional<std::string> head = read_head(rel);
    if (!head || head == base) return;
    auto found = check_changed_file(it->second, {SourceText::make(rel, std::move(*head)), std::move(base)}, all);
    c.findings.insert(c.findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  };
  check(kGateConfigWeakened, cfg_rel, base_cfg_text);
  if (!opts.baseline_file.empty()) {
    std::string head_rel = in_tree(opts.baseline_file);
    std::string base_rel = base_cfg.baseline ? in_tree(*base_cfg.baseline) : head_rel;
    if (!head_rel.empty()) check(kBaselineGrown, head_rel, base_rel.empty() ? std::nullopt : read_base(base_rel));
  }
  c.git = std::move(git);
  return c;
}

// The findings of the change rules; `suppressing`: the changed files holding a suppression comment.
std::vector<Finding> finish_change_check(ChangeCheck c, const std::vector<std::shared_ptr<const SourceText>>& suppressing) {
  auto it = c.on.find(kSuppressionAdded);
  if (c.git && it != c.on.end())
    for (const auto& src : suppressing) {
      std::string base, err;
      std::optional<std::string> base_text;
      if (c.git->read(c.base_rev + ":" + src->path(), &base, &err)) base_text = std::move(base);
      auto found = suppressions_added({src, std::move(base_text)}, it->second);
      c.findings.insert(c.findings.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
  return std::move(c.findings);
}

}  // namespace

ScanResult run_scan(const ScanOptions& opts) {
  ScanResult result;
  Report& rep = result.report;
  rep.tool_version = TOLLGATE_VERSION;
  rep.roots = opts.paths;

  ScanProgress* progress = opts.progress;
  auto set_phase = [&](ScanProgress::Phase p) {
    if (progress) progress->phase.store(p, std::memory_order_relaxed);
  };
  // What a pre-commit run waits for is done side by side. A git mode's files are listed, and the `git cat-file`
  // that reads them started, before anything else: neither needs the rules, which load meanwhile. The secret
  // pass's automaton is built while a change scan compares the gate's configuration with its base.
  const bool change_scan = opts.source == ScanSource::staged || !opts.diff_rev.empty();
  const bool sharded = opts.shard_count > 0;
  const bool streamed =
      opts.source == ScanSource::worktree && opts.diff_rev.empty() && opts.paths.size() == 1 && !sharded;
  const bool reads_objects = opts.source != ScanSource::worktree;  // --staged, history: files are git objects
  std::string git_top;
  std::vector<Notification> input_notes;  // what finding the files met: reported, but it stops nothing
  Task<std::vector<ScanInput>> listed;
  std::unique_ptr<GitObjectReader> first_reader;  // the first worker's
  set_phase(ScanProgress::finding_files);
  if (!streamed) {
    bool git_mode = opts.source != ScanSource::worktree || !opts.diff_rev.empty();
    if (!git_mode || find_git_top(opts, &git_top, &input_notes)) {
      listed = Task<std::vector<ScanInput>>([&] { return gather_inputs(opts, git_top, &input_notes); });
      if (reads_objects) {
        first_reader = std::make_unique<GitObjectReader>(git_top);
        first_reader->start();
      }
    }
  }

  std::vector<LoadedRule> loaded = load_scan_rules(opts, &rep.notifications);
  for (Notification& n : check_rule_choices(loaded, opts)) rep.notifications.push_back(std::move(n));
  std::vector<std::string> known_ids;  // every loaded rule, selected or not: what a suppression may name
  std::vector<RuleInfo> all_rules;  // the same, before the choices, in a change scan: what a change to them is measured on
  known_ids.reserve(loaded.size());
  for (const auto& r : loaded) {
    known_ids.push_back(r.info.id);
    if (change_scan) all_rules.push_back(r.info);
  }
  // Masking looks for the secrets of every loaded rule, whichever rules this scan runs.
  MaskingRules masking = masking_rules(loaded, opts.select, opts.skip);
  std::vector<LoadedRule> rules = select_rules(std::move(loaded), opts.select, opts.skip);
  // Readiness is judged on a whole repository only: a change, a shard past the first, a subfolder or a list of
  // files would read as deliverables missing. Where it is not assessed, its rules do not run.
  const bool assess_readiness =
      std::any_of(rules.begin(), rules.end(), reads_readiness) && readiness_applies(opts);
  if (!assess_readiness) std::erase_if(rules, [](const LoadedRule& r) { return reads_readiness(r); });
  apply_severity_overrides(&rules, opts.severity);
  apply_rule_options(&rules, opts.rule_options);
  for (const auto& r : rules) rep.rules.push_back(r.info);

  std::vector<Notification> pass_notes;
  Task<std::shared_ptr<const SecretPass>> pass_ready([&] { return build_secret_pass(rules, &pass_notes, masking); });
  Task<ChangeCheck> change;
  if (change_scan && !git_top.empty())
    change = Task<ChangeCheck>([&] { return start_change_check(opts, git_top, all_rules); });
  std::set<std::string> baseline;
  if (!opts.baseline_file.empty()) {
    size_t notes = rep.notifications.size();
    baseline = read_baseline(opts.baseline_file, &rep.notifications);
    rep.baseline_used = rep.notifications.size() == notes;  // an unusable one stops the scan just below
  }
  std::vector<ScanInput> inputs;
  if (listed.valid()) inputs = listed.get();
  if (sharded) {
    // This shard's files; shard 1 keeps the others too, marked, for the repository rules and models.
    std::vector<unsigned> owner = assign_shards(inputs, opts.shard_count);
    std::vector<ScanInput> mine;
    for (size_t i = 0; i < inputs.size(); ++i) {
      inputs[i].other_shard = owner[i] != opts.shard - 1;
      if (!inputs[i].other_shard || opts.shard == 1) mine.push_back(std::move(inputs[i]));
    }
    inputs = std::move(mine);
  }
  std::shared_ptr<const SecretPass> secret_pass = pass_ready.get();
  rep.notifications.insert(rep.notifications.end(), pass_notes.begin(), pass_notes.end());
  // A broken rule pack, a rule choice that names nothing or an unusable baseline: the gate would not be the
  // one the user asked for, so nothing is scanned (a partial result would read as a pass or a false alarm).
  if (std::any_of(rep.notifications.begin(), rep.notifications.end(),
                  [](const Notification& n) { return n.level == Notification::Level::error; })) {
    result.had_errors = result.stopped_before_scanning = true;
    set_phase(ScanProgress::done);
    return result;
  }
  rep.notifications.insert(rep.notifications.end(), input_notes.begin(), input_notes.end());
  InputQueue queue;
  std::thread walker;
  std::vector<Notification> walk_notes;
  auto found_all = [&](size_t n) {
    if (progress) progress->files_total.store(n, std::memory_order_relaxed);
    set_phase(ScanProgress::scanning_files);
    queue.finish();
  };
  if (streamed) {
    // One tree: stream the walk into the workers. (Several roots may name a file twice, which the walk's sorted
    // list drops; the git modes list their files at once.)
    walker = std::thread([&] {
      size_t found = 0;
      try {
        WalkOptions wopts = walk_options(opts);
        wopts.on_file = [&](const WalkEntry& e) { queue.push({e.rel_path, e.abs_path, "", {}}); };
        WalkResult walked = walk(opts.paths, wopts);
        walk_notes = std::move(walked.notes);
        found = walked.files.size();
      } catch (const std::exception& e) {
        walk_notes.push_back({Notification::Level::error, std::string("walking the files failed: ") + e.what(), "", 0, ""});
      }
      found_all(found);  // always: the workers wait for it
    });
  } else {
    for (ScanInput& in : inputs) queue.push(std::move(in));
    found_all(inputs.size());
  }

  unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  // A worker costs a Lua state (and in git modes a `git cat-file`): a handful of files, as in a pre-commit
  // hook, is scanned faster by one worker than split among several.
  constexpr size_t kFilesPerWorker = 16;
  PhaseClock clock;
  auto [known, complete] = queue.wait_for(kFilesPerWorker * jobs);
  if (complete) jobs = std::min<unsigned>(jobs, std::max<size_t>(1, known / kFilesPerWorker));
  std::atomic<uint64_t> bytes{0}, scanned{0};
  std::vector<FileResult> results(jobs);
  RuntimePool runtimes(rules, opts);
  std::vector<std::vector<std::shared_ptr<const SourceText>>> suppressing(jobs);  // change scans: for suppression-added
  // One `git cat-file` per worker where files come from git objects, started before the worker's Lua state is
  // made so that the two overlap (the first worker's before the rules loaded), and reaped when the scan ends (it
  // exits meanwhile).
  std::vector<std::unique_ptr<GitObjectReader>> readers(jobs);
  readers[0] = std::move(first_reader);
  auto worker = [&](unsigned w) {
    std::unique_ptr<GitObjectReader>& objects = readers[w];
    if (reads_objects && !objects) {
      objects = std::make_unique<GitObjectReader>(git_top);
      objects->start();
    }
    FileScanner scanner(rules, opts, secret_pass, &runtimes);
    FileResult& out = results[w];
    std::string bytes_buf, error;
    // Counted when a file is finished, whichever way (scanned, skipped or unreadable).
    struct Tick {
      ScanProgress* p;
      ~Tick() {
        if (p) p->files_done.fetch_add(1, std::memory_order_relaxed);
      }
    };
    ScanInput in;
    while (queue.pop(&in)) {
      Tick tick{progress};
      bool ok, too_large = false;
      if (in.object.empty()) {
        ReadStatus read = read_scanned_file(in.abs_path, opts.max_file_size, &bytes_buf, &error);
        too_large = read == ReadStatus::too_large;
        ok = read != ReadStatus::failed;
      } else {
        ok = objects->read(in.object, &bytes_buf, &error);
      }
      if (!ok) {
        out.notes.push_back({Notification::Level::error, "cannot read file: " + error, in.rel_path, 0, ""});
        continue;
      }
      if (assess_readiness) out.paths.push_back(in.rel_path);  // binary and oversized files are evidence too
      if (progress) progress->bytes_done.fetch_add(bytes_buf.size(), std::memory_order_relaxed);
      if (too_large || bytes_buf.size() > opts.max_file_size) {
        out.notes.push_back({Notification::Level::warning,
                             "file larger than " + std::to_string(opts.max_file_size) + " bytes, not scanned",
                             in.rel_path, 0, ""});
        continue;
      }
      if (looks_binary(bytes_buf)) continue;
      if (in.other_shard) {
        auto src = SourceText::make(in.rel_path, std::move(bytes_buf));
        bytes_buf = std::string();
        scanner.read_for_repository(src, classify(src->path(), src->bytes()), &out);
        continue;
      }
      scanned++;
      bytes += bytes_buf.size();
      auto src = SourceText::make(in.rel_path, std::move(bytes_buf));
      bytes_buf = std::string();
      Classification cls = classify(src->path(), src->bytes());
      size_t first = out.findings.size();
      scanner.scan_source(src, cls, &out);
      std::span<Finding> mine = std::span(out.findings).subspan(first);
      if (has_suppression_marker(src->bytes())) {
        auto sups = find_suppressions(*src, &out.notes);
        warn_unknown_suppression_ids(sups, known_ids, src->path(), &out.notes);
        apply_suppressions(sups, mine);
        if (change_scan && !sups.empty()) suppressing[w].push_back(src);
      }
      for (Finding& f : mine) f.provenance = in.provenance;
    }
    if (objects) objects->finish();
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < jobs; ++w) threads.emplace_back(worker, w);
  worker(0);
  for (auto& t : threads) t.join();
  if (walker.joinable()) walker.join();
  clock.mark("files");
  rep.notifications.insert(rep.notifications.end(), walk_notes.begin(), walk_notes.end());

  for (const std::string& e : secret_pass->matcher.errors())
    rep.notifications.push_back({Notification::Level::error, "rule " + e, "", 0, e.substr(0, e.find(':'))});

  std::vector<const Document*> kept;
  SecretIndex kept_secrets;
  for (FileResult& r : results) {
    rep.findings.insert(rep.findings.end(), std::make_move_iterator(r.findings.begin()),
                        std::make_move_iterator(r.findings.end()));
    rep.notifications.insert(rep.notifications.end(), r.notes.begin(), r.notes.end());
    for (auto& d : r.documents) kept.push_back(d.get());
    for (auto& [src, found] : r.secrets) kept_secrets.emplace(src, std::move(found));
  }
  std::sort(kept.begin(), kept.end(), [](const Document* a, const Document* b) {
    return std::tie(a->path(), a->index) < std::tie(b->path(), b->index);
  });
  set_phase(ScanProgress::repository_rules);
  // What the scan keeps in memory goes with the result (see ScanResult::retained).
  struct Retained {
    std::vector<FileResult> results;
    std::vector<std::unique_ptr<Document>> items;
    SecretIndex secrets;
  };
  auto retained = std::make_shared<Retained>();
  std::vector<Finding> repo_findings;
  // Shards past the first leave the repository rules and the models to shard 1, which reads every file for them.
  ReadinessRun readiness;
  if (assess_readiness) {
    for (FileResult& r : results) readiness.paths.insert(readiness.paths.end(), r.paths.begin(), r.paths.end());
    std::sort(readiness.paths.begin(), readiness.paths.end());
    // The walk names files from the git work tree holding the root (else the root): a root below that top
    // has its own path in front of its files' (fixtures/x/README.md), which the assessment strips.
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path root = fs::absolute(opts.paths.empty() ? "." : opts.paths[0], ec).lexically_normal();
    if (!root.has_filename()) root = root.parent_path();
    for (fs::path d = root;; d = d.parent_path()) {
      if (fs::exists(d / ".git", ec)) {
        std::string rel = root.lexically_relative(d).generic_string();
        if (!rel.empty() && rel != ".") readiness.prefix = rel + "/";
        break;
      }
      if (d == d.parent_path()) break;
    }
  }
  if (opts.shard <= 1)
    run_repository_rules(rules, opts, kept, &repo_findings, &rep.notifications, &kept_secrets, *secret_pass,
                         &retained->items, &runtimes, assess_readiness ? &readiness : nullptr);
  clock = PhaseClock();  // the repository rules print their own phases
  result.readiness = std::move(readiness.result);
  for (const auto& item : retained->items)
    if (item->kind == "environment") result.environments.push_back(item.get());
  // Repository findings land in files the workers have finished with: their suppressions apply here.
  for (const Document* d : kept) {
    if (d->index != 0 || !has_suppression_marker(d->source->bytes())) continue;
    std::vector<Notification> ignored;  // the worker already warned about malformed comments in this file
    auto sups = find_suppressions(*d->source, &ignored);
    for (Finding& f : repo_findings)
      if (f.location.path == d->path()) apply_suppressions(sups, std::span(&f, 1));
  }
  if (rep.findings.empty()) rep.findings = std::move(repo_findings);
  else rep.findings.insert(rep.findings.end(), std::make_move_iterator(repo_findings.begin()),
                           std::make_move_iterator(repo_findings.end()));

  // The configured severity is the rule's, even where the rule chose one per finding (ctx:report{severity=}).
  if (!opts.severity.empty()) {
    std::unordered_map<std::string_view, Severity> by_rule;
    for (const RuleInfo& r : rep.rules)
      if (auto s = severity_override(r, opts.severity)) by_rule.emplace(r.id, *s);
    for (Finding& f : rep.findings)
      if (auto it = by_rule.find(f.rule_id); it != by_rule.end()) f.severity = it->second;
  }
  // What the change does to the gate itself: added after the choices, suppressions and severities of the
  // configuration under change, which do not apply to it, and never matched against the baseline it may grow.
  if (change.valid()) {
    std::vector<std::shared_ptr<const SourceText>> files;
    for (auto& w : suppressing) files.insert(files.end(), w.begin(), w.end());
    ChangeCheck check = change.get();
    result.change_fail_on = check.base_fail_on;
    for (Finding& f : finish_change_check(std::move(check), files)) {
      if (std::none_of(rep.rules.begin(), rep.rules.end(), [&](const RuleInfo& r) { return r.id == f.rule_id; }))
        for (const RuleInfo& r : all_rules)
          if (r.id == f.rule_id) rep.rules.push_back(r);
      rep.findings.push_back(std::move(f));
    }
  }
  drop_repeated_findings(&rep.findings);
  assign_fingerprints(&rep.findings);
  if (rep.baseline_used)
    for (Finding& f : rep.findings)
      f.baseline = baseline.count(f.fingerprint) && !is_change_rule(f.rule_id) ? BaselineState::unchanged
                                                                               : BaselineState::fresh;
  sort_findings(&rep.findings);
  std::stable_sort(rep.notifications.begin(), rep.notifications.end(), [](const Notification& a, const Notification& b) {
    return std::tie(a.path, a.line, a.message) < std::tie(b.path, b.line, b.message);
  });
  clock.mark("findings");
  rep.files_scanned = scanned;
  rep.bytes_scanned = bytes;
  retained->results = std::move(results);
  retained->secrets = std::move(kept_secrets);
  result.retained = std::move(retained);
  set_phase(ScanProgress::done);
  result.had_errors = std::any_of(rep.notifications.begin(), rep.notifications.end(),
                                  [](const Notification& n) { return n.level == Notification::Level::error; });
  return result;
}

}  // namespace tollgate
