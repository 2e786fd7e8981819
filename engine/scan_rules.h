// The per-file step of a scan, shared by `tollgate scan` and `tollgate rules test`.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "engine/classifier.h"
#include "engine/findings.h"
#include "engine/native_rules.h"
#include "engine/rules.h"
#include "tollgate/readiness.h"
#include "tollgate/scan.h"

namespace tollgate {

struct FileResult {
  std::vector<Finding> findings;
  std::vector<Notification> notes;
  std::vector<std::unique_ptr<Document>> documents;  // kept for repository rules
  SecretIndex secrets;                               // of the files whose documents are kept, for masking
  std::vector<std::string> paths;                    // every file read, when readiness is assessed
};

// What masking looks for whichever rules run: the patterns of every loaded secret rule, and the generic secret
// rules (for the kinds of file they apply to).
struct MaskingRules {
  std::vector<SecretSpec> specs;
  std::vector<RuleInfo> generic;
};
// Taken from the rules as loaded, before --select and --skip; `specs` stays empty when the choices keep every
// secret rule (the selected patterns are then all of them, and copying 555 specs was fresh memory a pre-commit run
// paid for).
MaskingRules masking_rules(const std::vector<LoadedRule>& loaded, const std::vector<std::string>& select = {},
                           const std::vector<std::string>& skip = {});

// The declarative secret rules of a scan compiled into one matcher; built once, shared by every worker.
struct SecretPass {
  SecretMatcher matcher;
  std::vector<size_t> rule_of;  // matcher spec index -> index in the scan's rule list
  // Every secret pattern loaded, when the selected ones are not all of them (else `matcher` serves masking).
  std::vector<SecretSpec> every_spec;
  std::vector<RuleInfo> generic;  // the generic secret rules as loaded, selected or not
  // The matcher masking looks for secrets with: `matcher`, or one of every_spec built on first use, since its
  // automaton costs a run that finds nothing (a pre-commit hook on clean files) 12 ms for nothing.
  const SecretMatcher& masking() const;

 private:
  mutable std::once_flag every_once_;
  mutable std::unique_ptr<SecretMatcher> every_;
};
// Compiles the secret rules among `rules`; a rule whose pattern does not compile is an error in notes. Masking
// uses `masking` (empty: the selected patterns alone).
std::shared_ptr<const SecretPass> build_secret_pass(const std::vector<LoadedRule>& rules, std::vector<Notification>* notes,
                                                    const MaskingRules& masking = {});

// Lua states handed on from one phase of a scan to the next (file pass, model items, repository rules): a state
// costs a copy of the rule pack and the compilation of each rule it runs, which a pre-commit run paid three
// times. Thread-safe.
class RuntimePool {
 public:
  RuntimePool(const std::vector<LoadedRule>& rules, const ScanOptions& opts);
  std::unique_ptr<LuaRuntime> take();  // a state given back earlier, else a new one
  void give(std::unique_ptr<LuaRuntime> runtime);

 private:
  const std::vector<LoadedRule>& rules_;
  SandboxLimits limits_;
  std::mutex mu_;
  std::vector<std::unique_ptr<LuaRuntime>> free_;
};

// The rules among `candidates` (indexes into `rules`) that apply to a kind, worked out on the kind's first use:
// asking RuleInfo::applies of every rule for each document and model item was 1.5% of a full scan's
// instructions. Both lists must outlive it; not shared between threads.
class RulesForKind {
 public:
  RulesForKind(const std::vector<LoadedRule>& rules, const std::vector<size_t>& candidates)
      : rules_(rules), candidates_(candidates) {}
  const std::vector<size_t>& operator()(const std::string& kind) {
    auto [it, added] = by_kind_.try_emplace(kind);
    if (added)
      for (size_t i : candidates_)
        if (rules_[i].info.applies(kind)) it->second.push_back(i);
    return it->second;
  }

 private:
  const std::vector<LoadedRule>& rules_;
  const std::vector<size_t>& candidates_;
  std::unordered_map<std::string, std::vector<size_t>> by_kind_;
};

// Parses a file when an enabled rule wants its kind and runs the document rules on it. One per worker thread
// (it holds a Lua runtime, from `pool` when given and back to it when done). A rule that fails is reported once
// and not run again by this scanner.
class FileScanner {
 public:
  FileScanner(const std::vector<LoadedRule>& rules, const ScanOptions& opts,
              std::shared_ptr<const SecretPass> secrets, RuntimePool* pool = nullptr);
  ~FileScanner();
  FileScanner(const FileScanner&) = delete;
  FileScanner& operator=(const FileScanner&) = delete;
  void scan_source(std::shared_ptr<const SourceText> src, const Classification& cls, FileResult* out);
  // Shard 1 of a sharded scan, a file of another shard: only what the repository rules and models need of it
  // (its documents, and its secrets to mask their findings); no finding of its own.
  void read_for_repository(std::shared_ptr<const SourceText> src, const Classification& cls, FileResult* out);

 private:
  bool wants(const std::string& kind, std::string_view path, std::string_view text, bool* for_repository) const;
  const SecretMatcher& masking() const;  // every loaded secret pattern
  void scan_secrets(const SourceText& src, const Classification& cls, FileResult* out, FileSecrets* found);
  void scan_secret_data(const Document& doc, FileResult* out, FileSecrets* found);
  void scan_base64_blobs(const SourceText& src, const Classification& cls, FileResult* out, FileSecrets* found);
  void report_decoded(const SourceText& src, const std::string& kind, uint32_t begin, uint32_t end,
                      const std::string& decoded, const std::string& where, FileResult* out, FileSecrets* found);
  // Whether one more finding of the file being scanned may be collected (ScanOptions::max_findings_per_file).
  // Asked before a finding is made, so a file with a million hits never holds more than twice the limit.
  bool room(FileResult* out);
  // Merges the findings of this file from `first` on that report one secret: one secret found twice by one rule
  // is kept once; overlapping secrets of rules of different generality become one finding of the most specific
  // rule, with the others as its related locations.
  void drop_duplicates(FileResult* out, size_t first) const;
  // How little a secret rule knows of what it found: 0 a provider's format, 1 a generic shape (tagged "generic":
  // a JWT, a password in a URI, a private key), 2 a value judged by its key alone (the native generic rules).
  int generality(std::string_view rule_id) const;
  void parse_and_check(std::shared_ptr<const SourceText> src, const Classification& cls, FileResult* out,
                       FileSecrets* found, size_t file_first);
  const std::vector<LoadedRule>& rules_;
  std::shared_ptr<const SecretPass> secrets_;
  const ScanOptions& opts_;
  RuntimePool* pool_;
  std::unique_ptr<LuaRuntime> runtime_;
  std::vector<size_t> document_rules_, repository_rules_;
  RulesForKind document_rules_for_{rules_, document_rules_};  // document_rules_ by kind
  std::vector<const char*> models_;  // the model kinds some rule reads: their source documents are kept
  bool readiness_ = false;           // some rule reads the readiness assessment: its documents are kept
  int parse_error_rule_ = -1;
  GenericSecretRules generic_;  // the native generic secret rules, by index
  std::unordered_set<std::string> generic_ids_;  // rules tagged "generic": they give way to more specific ones
  size_t file_first_ = 0;   // where the findings of the file being scanned start in FileResult::findings
  bool file_full_ = false;  // that file reached the limit: its further findings are dropped
};

// Runs every repository-scope rule once over the documents kept by the scanners, and masks the findings with
// the secrets the scanners found in those documents' files (`secrets`, completed with pass.masking() if needed).
// The model items built from the documents are moved to *items when given, else freed. Lua states come from
// `pool` when given.
// What the readiness assessment reads beyond the documents, and what it found. When some rule reads readiness
// (`applies_to = { "readiness" }`) and this is given, the assessment runs before the repository rules, which see
// it as repo.readiness.
struct ReadinessRun {
  std::vector<std::string> paths;  // every file of the scan, as the scan names them
  std::string prefix;              // what those names carry before the repository-relative part (rules test)
  std::shared_ptr<const Readiness> result;
};

// Whether rule r reads the readiness assessment.
bool reads_readiness(const LoadedRule& r);

void run_repository_rules(const std::vector<LoadedRule>& rules, const ScanOptions& opts,
                          const std::vector<const Document*>& docs, std::vector<Finding>* findings,
                          std::vector<Notification>* notes, SecretIndex* secrets, const SecretPass& pass,
                          std::vector<std::unique_ptr<Document>>* items = nullptr, RuntimePool* pool = nullptr,
                          ReadinessRun* readiness = nullptr);

// The built-in pack plus --rules packs, validated (errors go to notes).
std::vector<LoadedRule> load_scan_rules(const ScanOptions& opts, std::vector<Notification>* notes);
// True when a --select / --skip / severity choice names the rule: by rule_id_matches or as one of its tags.
bool rule_matches(const RuleInfo& r, const std::string& choice);
// One notification per choice of `o` (select, skip, severity keys, options ids) that names none of `rules`,
// located at the configuration line that wrote it (ScanOptions::choice_origins): an error, or a warning with
// allow_unknown_rules.
std::vector<Notification> check_rule_choices(const std::vector<LoadedRule>& rules, const ScanOptions& o);
// Gives each rule its `options` (JSON object text) from the scan options; rules without any get "{}".
void apply_rule_options(std::vector<LoadedRule>* rules, const std::vector<std::pair<std::string, std::string>>& options);
// The severity `overrides` give the rule (see ScanOptions::severity), if any; _index: which entry gives it.
std::optional<size_t> severity_override_index(const RuleInfo& r,
                                              const std::vector<std::pair<std::string, Severity>>& overrides);
std::optional<Severity> severity_override(const RuleInfo& r, const std::vector<std::pair<std::string, Severity>>& overrides);
void apply_severity_overrides(std::vector<LoadedRule>* rules, const std::vector<std::pair<std::string, Severity>>& overrides);
// Whether a rule is one that `select` names (all when empty) and `skip` does not: by id, id prefix or tag.
bool rule_chosen(const RuleInfo& r, const std::vector<std::string>& select, const std::vector<std::string>& skip);
// Keeps the rules that --select names (all when empty) and --skip does not: by id, id prefix or tag.
std::vector<LoadedRule> select_rules(std::vector<LoadedRule> rules, const std::vector<std::string>& select,
                                     const std::vector<std::string>& skip);

// One file to scan: on disk (abs_path), or a git object (object: a blob id, or ":path" for the index).
struct ScanInput {
  std::string rel_path;
  std::string abs_path;
  std::string object;
  Provenance provenance;  // history scans: where the blob first appeared
  uint64_t size = 0;      // sharded scans: the file's size, which balances the shards
  bool other_shard = false;  // shard 1: another shard's file, read for the repository rules only
};
// Which of `shards` parts (0-based) each input goes to: by size, largest first, each to the part with the fewest
// bytes so far (the lowest-numbered on a tie), files of one size in the order of a hash of their path. The same
// list gives the same split on every machine; every input is in exactly one part.
std::vector<unsigned> assign_shards(const std::vector<ScanInput>& inputs, unsigned shards);
// The files a scan covers, by its source: a walk (optionally only files changed since --diff), the index
// (--staged), or each blob of the history once (`tollgate git`). *git_top is set in the git modes.
std::vector<ScanInput> gather_inputs(const ScanOptions& opts, std::string* git_top, std::vector<Notification>* notes);


}  // namespace tollgate
