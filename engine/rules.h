// Rule packs: where rule files come from, how they are validated, and the sandboxed Lua runtime that runs them.
// Contract for rule authors: docs/writing-rules.md. Sandbox design: docs/sandbox.md.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/secrets_matcher.h"
#include "tollgate/document.h"
#include "tollgate/finding.h"
#include "tollgate/rule.h"

namespace tollgate {

struct Readiness;

struct RuleSource {
  std::string origin;  // "rules/gates/x.lua" for the built-in pack (embedded), else the file's path
  std::string text;      // a file's text, read from disk
  std::string pack_dir;  // the pack's root directory on disk ("" for the embedded pack)
  // A built-in file's text, in the program's static data: not copied (750 KB for the pack, 3.5 ms of every run's
  // start on a machine where memory is slow to touch). Set instead of `text`.
  std::string_view embedded;
  std::string_view code() const { return embedded.empty() ? std::string_view(text) : embedded; }
};

struct SandboxLimits {
  uint64_t instructions = 200'000'000;  // Lua VM instructions per call
  uint32_t deadline_ms = 5'000;         // wall clock per call
  uint64_t memory = 256u << 20;         // bytes per Lua state
};

struct LoadedRule {
  RuleInfo info;
  RuleSource source;
  // Declarative secret rules (a `pattern` instead of `check`): compiled into the native SecretMatcher.
  std::optional<SecretSpec> secret;
  std::vector<std::string> examples, negative_examples;
  std::string options;  // this rule's `options` from the configuration file, a JSON object ("" when none)
};

// The built-in pack, embedded into the binary at build time (rules/**/*.lua), sorted by origin.
std::vector<RuleSource> builtin_rule_sources();
// Every embedded file of the built-in pack: its rules and its rules/lib/ modules.
std::vector<RuleSource> builtin_lua_files();
// Every rules/<family>/<name>.lua under dir; unreadable files become error notifications.
std::vector<RuleSource> rule_sources_in_dir(const std::string& dir, std::vector<Notification>* errors);

// Runs each rule file in a throwaway sandbox and validates the table it returns. A rule with an error is left
// out and named in an error notification with a precise message, e.g.
//   rules/gates/x.lua: field 'severity' must be one of critical, high, medium, low, info (got "urgent")
// Duplicate ids are an error too, also with the rules of `loaded` (already loaded: the built-in pack read from its
// index), which the result includes. The result is sorted by id.
std::vector<LoadedRule> load_rules(const std::vector<RuleSource>& sources, const SandboxLimits& limits,
                                   std::vector<Notification>* errors, std::vector<LoadedRule> loaded = {});
// The built-in pack from the index compiled into the program (engine/rule_index.h), as load_rules would load it
// from builtin_rule_sources(); false when the program has no usable index.
// `examples`: with the secret rules' examples, which only `rules test` reads.
bool indexed_builtin_rules(std::vector<LoadedRule>* out, bool examples = true);

// What a rule's ctx:report{} produced, before the engine turns it into a Finding.
struct RuleHit {
  size_t rule = 0;  // index into the rule list the runtime was made with
  const Document* doc = nullptr;
  std::string path;  // a place without a document (doc null): a file or folder the repository should have
  Span span;
  std::string message;
  std::optional<Severity> severity;  // override of the rule's severity
  std::vector<Location> related;
  std::optional<std::string> secret;  // the secret value, for masking and the fingerprint
  std::string content_key;            // line-independent identity: the reported node's text
};

// Whether TOLLGATE_PROFILE_RULES is set: each Lua runtime then prints its rules' times, and the scan its phases'
// (docs/performance.md).
bool profiling_rules();

// One Lua state holding every rule, each in its own environment. Not thread-safe: one per worker thread.
// Proxies handed to a rule are valid only during that call; a rule that keeps one and uses it later gets an error.
// The rule list is read, not copied (a copy of the pack is a megabyte): it must outlive the runtime.
class LuaRuntime {
 public:
  LuaRuntime(const std::vector<LoadedRule>& rules, const SandboxLimits& limits);
  ~LuaRuntime();
  LuaRuntime(const LuaRuntime&) = delete;
  LuaRuntime& operator=(const LuaRuntime&) = delete;

  // Runs rule i's check(doc, ctx). On failure returns false and sets *error to a message naming the rule and
  // the cause ("instruction budget exhausted", "deadline of 5000 ms passed", "memory cap of 256 MiB reached",
  // or the Lua error with its rule-file location). A rule that fails on one document still runs on the next; one
  // that could not load, or whose calls reached their limits three times, is stopped: later calls return true
  // at once and report nothing (the error that stopped it says so).
  bool run_document_rule(size_t i, const Document& doc, std::vector<RuleHit>* hits, std::string* error);
  // Runs rule i's check(repo, ctx) over every document of the scan.
  bool run_repository_rule(size_t i, const std::vector<const Document*>& docs, std::vector<RuleHit>* hits,
                           std::string* error);
  // What repository rules read as repo.readiness (nullptr: not assessed, repo.readiness is nil). It must outlive
  // the calls.
  void set_readiness(const Readiness* r);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tollgate
