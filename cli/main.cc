// tollgate's command line. One table (kCommands) lists every subcommand and flag; --help is printed from it
// and the parser accepts nothing else.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/progress.h"
#include "engine/config.h"
#include "engine/gate_change.h"
#include "engine/findings.h"
#include "engine/rule_tests.h"
#include "engine/rules.h"
#include "engine/scan_rules.h"
#include "engine/snapshot.h"
#include "engine/walker.h"
#include "tollgate/drift.h"
#include "tollgate/readiness.h"
#include "tollgate/report.h"
#include "tollgate/scan.h"

namespace fs = std::filesystem;
using namespace tollgate;
using namespace tollgate::cli;

namespace {

constexpr int kExitClean = 0, kExitFindings = 1, kExitError = 2;

int cmd_scan(const Args&);
int cmd_git(const Args&);
int cmd_baseline_create(const Args&);
int cmd_rules_list(const Args&);
int cmd_rules_explain(const Args&);
int cmd_rules_test(const Args&);
int cmd_rules_validate(const Args&);
int cmd_rules_new(const Args&);
int cmd_snapshot_create(const Args&);
int cmd_snapshot_verify(const Args&);
int cmd_drift(const Args&);
int cmd_readiness(const Args&);
int cmd_merge(const Args&);
int cmd_completion(const Args&);
int cmd_manpage(const Args&);

const std::vector<Flag> kRuleChoiceFlags = {
    {"--select", "ID|TAG", "only rules whose id, id prefix or tag matches (repeatable)", true},
    {"--skip", "ID|TAG", "leave out rules whose id, id prefix or tag matches (repeatable)", true},
    {"--rules", "DIR", "add a custom rule pack (repeatable)", true},
    {"--allow-unknown-rules", nullptr, "a --select/--skip/configured rule that matches nothing warns instead of failing"},
};

const std::vector<Flag> kConfigFlags = {
    {"--config", "FILE", "read settings from FILE (default: .tollgate.yaml from the scan root upward)"},
    {"--no-config", nullptr, "read no configuration file"},
};

// The flags that choose the reports: scan, git and snapshot verify take the same.
const std::vector<Flag> kOutputFlags = {
    {"--format", "FORMAT", "text, json, sarif, junit, markdown or html (repeatable; default text)", true,
     "text json sarif junit markdown html"},
    {"--output", "FILE", "write the preceding --format to FILE instead of stdout", true},
    {"-o", "FORMAT=FILE", "write FORMAT to FILE (repeatable)", true},
};

// The last flags of the commands that scan and print one report of their own (drift, readiness).
const std::vector<Flag> kReportFlags = {
    {"--jobs", "N", "worker threads (default: all cores)"},
    {"--no-color", nullptr, "no ANSI colour in text output (also when NO_COLOR is non-empty or TERM=dumb)"},
    {"--no-progress", nullptr, "no progress line on stderr"},
    {"--quiet", nullptr, "print nothing to stdout; only the exit code tells"},
};

std::vector<Flag> concat(std::initializer_list<std::vector<Flag>> lists) {
  std::vector<Flag> out;
  for (const auto& l : lists) out.insert(out.end(), l.begin(), l.end());
  return out;
}

std::vector<Flag> with_rule_flags(std::vector<Flag> flags) {
  flags.insert(flags.end(), kRuleChoiceFlags.begin(), kRuleChoiceFlags.end());
  flags.insert(flags.end(), kConfigFlags.begin(), kConfigFlags.end());
  return flags;
}

}  // namespace

const std::vector<Command>& tollgate::cli::commands() {
  static const std::vector<Command> k = {
      {"scan", "tollgate scan [PATH...]", "scan files or directories (default .) and report findings",
       with_rule_flags(concat({kOutputFlags, {
           {"--fail-on", "SEVERITY", "lowest severity that makes the exit code 1 (default low)"},
           {"--baseline", "FILE", "report only findings that are not in FILE (from `baseline create`)"},
           {"--staged", nullptr, "scan what the next commit adds (the git index), for pre-commit hooks"},
           {"--diff", "REV", "scan only files changed since REV (committed, staged, unstaged or untracked)"},
           {"--shard", "K/N", "scan only the K-th of N byte-balanced parts of the files; `tollgate merge` joins the N reports"},
           {"--jobs", "N", "worker threads (default: all cores)"},
           {"--max-file-size", "SIZE", "skip larger files with a warning (bytes, or 2MiB, 500KB; default 16MiB)"},
           {"--max-findings-per-file", "N", "report at most N findings of one file, with a warning (default 10000; 0: no limit)"},
           {"--include-suppressed", nullptr, "list findings suppressed by tollgate:ignore comments too"},
           {"--show-secrets", nullptr, "print secret values instead of masking them"},
           {"--decode-base64", nullptr, "also decode base64 runs (32+ characters) anywhere and scan them for secrets"},
           {"--no-color", nullptr, "no ANSI colour in text output (also when NO_COLOR is non-empty or TERM=dumb)"},
           {"--no-progress", nullptr, "no progress line on stderr"},
           {"--quiet", nullptr, "print nothing to stdout; only the exit code tells"},
       }})),
       cmd_scan},
      {"git", "tollgate git [PATH] [--since REV]",
       "scan every blob of the git history once, reporting the commit, author and path where it first appeared "
       "(secret rules unless --select says otherwise)",
       with_rule_flags(concat({{
           {"--since", "REV", "only commits after REV"},
       }, kOutputFlags, {
           {"--fail-on", "SEVERITY", "lowest severity that makes the exit code 1 (default low)"},
           {"--baseline", "FILE", "report only findings that are not in FILE"},
           {"--jobs", "N", "worker threads (default: all cores)"},
           {"--max-file-size", "SIZE", "skip larger blobs with a warning (bytes, or 2MiB, 500KB; default 16MiB)"},
           {"--max-findings-per-file", "N", "report at most N findings of one blob, with a warning (default 10000; 0: no limit)"},
           {"--show-secrets", nullptr, "print secret values instead of masking them"},
           {"--decode-base64", nullptr, "also decode base64 runs (32+ characters) and scan them for secrets"},
           {"--no-color", nullptr, "no ANSI colour in text output (also when NO_COLOR is non-empty or TERM=dumb)"},
           {"--no-progress", nullptr, "no progress line on stderr"},
           {"--quiet", nullptr, "print nothing to stdout; only the exit code tells"},
       }})),
       cmd_git},
      {"drift", "tollgate drift [PATH...]",
       "compare the environments a repository defines (envs/dev, envs/prod; dev.tfvars, prod.tfvars): a "
       "component-by-environment matrix, then the drift rules' findings",
       with_rule_flags(concat({{
           {"--format", "FORMAT", "text, json or markdown (default text)", false, "text json markdown"},
           {"--output", "FILE", "write the report to FILE instead of stdout"},
           {"--fail-on", "SEVERITY", "lowest severity that makes the exit code 1 (default low)"},
       }, kReportFlags})),
       cmd_drift},
      {"readiness", "tollgate readiness [PATH]",
       "the platform standard's validation protocol (IaC reviewed, pipelines tested, rollbacks verified, monitoring, "
       "alerts tested, DR drills, security scans) with its evidence, the deliverables and design inputs, the maturity "
       "level the evidence supports, then the readiness rules' findings",
       with_rule_flags(concat({{
           {"--format", "FORMAT", "text, json, markdown or sarif (default text)", false, "text json markdown sarif"},
           {"--output", "FILE", "write the report to FILE instead of stdout"},
           {"--as-of", "DATE", "judge how old drills and rollback checks are on DATE (YYYY-MM-DD), not today"},
           {"--min-level", "N", "exit 1 when the maturity level is below N (1 to 4), whatever the findings"},
           {"--fail-on", "SEVERITY", "lowest severity that makes the exit code 1 (default low)"},
       }, kReportFlags})),
       cmd_readiness},
      {"merge", "tollgate merge REPORT.sarif...",
       "join the SARIF reports of a sharded scan (scan --shard K/N) into one report, with the exit code of one scan",
       concat({kOutputFlags, {
           {"--fail-on", "SEVERITY", "lowest severity that makes the exit code 1 (default low)"},
           {"--include-suppressed", nullptr, "list findings suppressed by tollgate:ignore comments too"},
           {"--no-color", nullptr, "no ANSI colour in text output (also when NO_COLOR is non-empty or TERM=dumb)"},
           {"--quiet", nullptr, "print nothing to stdout; only the exit code tells"},
       }}),
       cmd_merge},
      {"baseline create", "tollgate baseline create [PATH...] --output FILE",
       "record the current findings so that later scans with --baseline report only new ones",
       with_rule_flags({{"--output", "FILE", "where to write the baseline (default: the configuration's baseline)"},
                        {"--no-progress", nullptr, "no progress line on stderr"}}),
       cmd_baseline_create},
      {"rules list", "tollgate rules list", "list the enabled rules with severity and title",
       with_rule_flags({{"--format", "FORMAT", "text or json", false, "text json"}}), cmd_rules_list},
      {"rules explain", "tollgate rules explain ID", "print a rule's documentation",
       {{"--rules", "DIR", "add a custom rule pack (repeatable)", true}, kConfigFlags[0], kConfigFlags[1]},
       cmd_rules_explain},
      {"rules test", "tollgate rules test [DIR]",
       "run each rule on its annotated fixtures (the built-in pack when DIR is absent)",
       {{"--select", "ID|TAG", "only these rules (repeatable)", true}}, cmd_rules_test},
      {"rules validate", "tollgate rules validate [DIR]", "load and check every rule of a pack", {}, cmd_rules_validate},
      {"rules new", "tollgate rules new FAMILY NAME --dir DIR",
       "create a rule and a passing example fixture in a custom pack, whose FAMILY may be its own (acme); a "
       "declarative pattern for secrets",
       {{"--dir", "DIR", "the custom pack to add the rule to (required outside the tollgate source tree)"}},
       cmd_rules_new},
      {"snapshot create", "tollgate snapshot create PATH --key KEY.pem --output SNAP.json",
       "record every object under PATH (Kubernetes objects, Terraform blocks, documents, files) with a hash of its "
       "content, signed with an Ed25519 key",
       {{"--key", "KEY.pem", "the Ed25519 private key (PEM, as `openssl genpkey -algorithm ed25519` writes)"},
        {"--output", "FILE", "where to write the snapshot (atomically)"},
        {"--jobs", "N", "worker threads (default: all cores)"},
        {"--max-file-size", "SIZE", "hash larger files as bytes, without parsing (default 16MiB)"},
        {"--rules", "DIR", "a custom rule pack the snapshot records the hash of (repeatable)", true},
        kConfigFlags[0], kConfigFlags[1]},
       cmd_snapshot_create},
      {"snapshot verify", "tollgate snapshot verify PATH --snapshot SNAP.json --pubkey KEY.pub",
       "check the snapshot's signature, then report each object added, removed or changed since it (exit 1)",
       concat({{{"--snapshot", "FILE", "the snapshot, from `snapshot create`"},
                {"--pubkey", "KEY.pub", "the Ed25519 public key (PEM, as `openssl pkey -in KEY.pem -pubout` writes)"}},
               kOutputFlags,
               {{"--jobs", "N", "worker threads (default: all cores)"},
        {"--max-file-size", "SIZE", "hash larger files as bytes, without parsing (default 16MiB)"},
        {"--rules", "DIR", "a custom rule pack (repeatable)", true},
        {"--no-color", nullptr, "no ANSI colour in text output (also when NO_COLOR is non-empty or TERM=dumb)"},
        {"--quiet", nullptr, "print nothing to stdout; only the exit code tells"},
        kConfigFlags[0], kConfigFlags[1]}}),
       cmd_snapshot_verify},
      {"completion", "tollgate completion SHELL",
       "print the completion script of SHELL (bash, zsh or fish) for tollgate: commands, flags, formats, severities", {}, cmd_completion},
      {"manpage", "tollgate manpage", "print the manual page, tollgate(1), in roff (man -l <(tollgate manpage))", {},
       cmd_manpage},
  };
  return k;
}

namespace {

void print_flag(std::ostream& out, const std::string& left, const char* help) {
  out << "      " << left << std::string(left.size() < 26 ? 26 - left.size() : 1, ' ') << help << "\n";
}

// One command's block, the same in the global help, a group's list (without flags) and the command's own help.
void print_command(std::ostream& out, const Command& c, bool with_flags) {
  out << "  " << c.usage << "\n      " << c.summary << "\n";
  if (!with_flags) return;
  for (const auto& f : c.flags) print_flag(out, std::string(f.name) + (f.value ? std::string(" ") + f.value : ""), f.help);
}

void print_help(std::ostream& out) {
  out << "tollgate " << TOLLGATE_VERSION << ": policy-as-code compliance and secrets scanner\n\nCommands:\n";
  for (const auto& c : commands()) print_command(out, c, true);
  out << "  tollgate --version | --help | help [COMMAND]\n\n"
         "Settings: .tollgate.yaml, found from the scan root upward (see docs/configuration.md); flags win.\n"
         "Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 usage, config, rule or input error.\n"
         "Run 'tollgate COMMAND --help' for one command's flags.\n";
}

void print_command_help(std::ostream& out, const Command& c) {
  out << "Usage:\n";
  print_command(out, c, true);
  print_flag(out, "-h, --help", "print this help");
  out << "\nRun 'tollgate --help' for every command and the exit codes.\n";
}

// The first word of a two-word command ("rules" of "rules test") names a group; a group is not a command itself.
bool is_group(const std::string& word) {
  for (const auto& c : commands())
    if (std::string(c.name).rfind(word + " ", 0) == 0) return true;
  return false;
}

void print_group_help(std::ostream& out, const std::string& group) {
  out << "Usage: tollgate " << group << " COMMAND ...\n\nCommands:\n";
  for (const auto& c : commands())
    if (std::string(c.name).rfind(group + " ", 0) == 0) print_command(out, c, false);
  out << "\nRun 'tollgate " << group << " COMMAND --help' for a command's flags.\n";
}

int usage_error(const std::string& msg) {
  std::cerr << "tollgate: " << msg << "\nRun 'tollgate --help' for usage.\n";
  return kExitError;
}

// Parses argv for one command; false (message printed) on an unknown or malformed flag.
bool parse_args(const Command& c, int argc, char** argv, int first, Args* out) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (++i; i < argc; ++i) out->positional.push_back(argv[i]);
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      out->positional.push_back(a);
      continue;
    }
    std::string name = a, value;
    bool inline_value = false;
    if (size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    const Flag* flag = nullptr;
    for (const auto& f : c.flags)
      if (name == f.name) flag = &f;
    if (!flag) {
      usage_error("unknown option '" + name + "' for '" + c.name + "'");
      return false;
    }
    if (flag->value && !inline_value) {
      if (i + 1 >= argc) {
        usage_error("option '" + name + "' needs a value (" + flag->value + ")");
        return false;
      }
      value = argv[++i];
    } else if (!flag->value && inline_value) {
      usage_error("option '" + name + "' takes no value");
      return false;
    }
    if (!flag->repeatable && out->has(name)) {
      usage_error("option '" + name + "' given twice");
      return false;
    }
    out->flags.emplace_back(name, value);
  }
  return true;
}

// Writes FILE through a temporary file in the same directory and a rename, so readers never see half of it.
bool write_all(int fd, const std::string& data, std::string* error) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

bool write_atomically(const std::string& path, const std::string& data, std::string* error) {
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written in place: renaming over it would
  // replace the device node with a regular file.
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      *error = "is a directory";
      return false;
    }
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = std::strerror(errno);
      return false;
    }
    bool ok = write_all(fd, data, error);
    ::close(fd);
    return ok;
  }
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  if (!write_all(fd, data, error)) {
    ::close(fd);
    ::unlink(name.data());
    return false;
  }
  fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0 || std::rename(name.data(), path.c_str()) != 0) {
    *error = std::strerror(errno);
    ::unlink(name.data());
    return false;
  }
  return true;
}

bool parse_unsigned(const std::string& s, uint64_t* out) {
  if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos || s.size() > 18) return false;
  *out = std::stoull(s);
  return true;
}

// The configuration file of a command: --config FILE, else the .tollgate.yaml that governs `start` (found from
// it upward), unless --no-config. False after printing the error; *out stays empty when there is no file.
bool load_config_for(const Args& a, const std::string& start, std::optional<Config>* out) {
  if (a.has("--config") && a.has("--no-config")) return usage_error("--config and --no-config cannot be combined"), false;
  std::string path;
  if (auto c = a.get("--config")) {
    if (c->empty()) return usage_error("--config needs a file name"), false;
    path = *c;
  } else if (!a.has("--no-config")) {
    path = find_config(start);
  }
  if (path.empty()) return true;
  ConfigError err;
  *out = load_config(path, &err);
  if (!*out) {
    std::cerr << err.where() << ": error: " << err.message << "\n";
    return false;
  }
  return true;
}

// Where a command's configuration search starts: its first PATH, or the working directory.
std::string config_start(const Args& a) { return a.positional.empty() ? std::string(".") : a.positional.front(); }

// Rule packs from the file (relative to it) and then from --rules; a pack named twice is loaded once.
std::vector<std::string> merged_rule_dirs(const Args& a, const std::optional<Config>& cfg) {
  std::vector<std::string> out, seen;
  auto add = [&](const std::string& dir) {
    std::error_code ec;
    std::string key = fs::absolute(dir, ec).lexically_normal().string();
    while (key.size() > 1 && key.back() == '/') key.pop_back();
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) return;
    seen.push_back(key);
    out.push_back(dir);
  };
  if (cfg)
    for (const auto& d : cfg->rules) add(d.value);
  for (const auto& d : a.all("--rules")) add(d);
  return out;
}

// Precedence, file vs. flags: a flag replaces the file's value (--select replaces the file's whole list), except
// that --skip and --rules add to the file's lists (skipping and adding packs accumulate, as ruff's ignore does).
// `file_select` is false for `tollgate git`, whose default selection (secrets) only --select changes.
void apply_rule_choices(const Args& a, const std::optional<Config>& cfg, bool file_select, ScanOptions* o) {
  o->select = o->flag_select = a.all("--select");
  o->flag_skip = a.all("--skip");
  o->config_file = cfg ? cfg->path : "";
  if (o->select.empty() && cfg && file_select)
    for (const auto& i : cfg->select) o->select.push_back(i.value);
  o->skip.clear();
  if (cfg)
    for (const auto& i : cfg->skip) o->skip.push_back(i.value);
  for (const auto& v : a.all("--skip")) o->skip.push_back(v);
  o->rule_dirs = merged_rule_dirs(a, cfg);
  o->severity.clear();
  o->rule_options.clear();
  o->choice_origins.clear();
  o->allow_unknown_rules = a.has("--allow-unknown-rules") || (cfg && cfg->allow_unknown_rules.value_or(false));
  if (!cfg) return;
  for (const auto& [key, sev] : cfg->severity) o->severity.emplace_back(key.value, sev);
  for (const auto& [id, json] : cfg->options) o->rule_options.emplace_back(id.value, json);
  // Where the file wrote each choice, for the message when one names no rule. A --select value replaces the
  // file's list, so the file's select lines are origins only when they are the ones in force.
  auto origin = [&](const char* kind, const ConfigItem& i) {
    o->choice_origins.push_back({kind, i.value, cfg->path, i.line});
  };
  if (a.all("--select").empty() && file_select)
    for (const auto& i : cfg->select) origin("select", i);
  for (const auto& i : cfg->skip) origin("skip", i);
  for (const auto& [key, sev] : cfg->severity) origin("severity", key);
  for (const auto& [id, json] : cfg->options) origin("options", id);
}

// Fills the scan options shared by `scan`, `git` and `baseline create` from the flags and the configuration
// file; false after printing a usage error.
bool scan_options_from(const Args& a, const std::optional<Config>& cfg, bool file_select, ScanOptions* o) {
  if (!a.positional.empty()) o->paths = a.positional;
  apply_rule_choices(a, cfg, file_select, o);
  if (auto j = a.get("--jobs")) {
    uint64_t n;
    if (!parse_unsigned(*j, &n) || n == 0 || n > 1024) return usage_error("--jobs takes a number from 1 to 1024"), false;
    o->jobs = static_cast<unsigned>(n);
  }
  if (cfg && cfg->max_file_size) o->max_file_size = *cfg->max_file_size;
  if (auto m = a.get("--max-file-size")) {
    auto n = parse_size(*m);
    if (!n) return usage_error("--max-file-size takes a positive size: bytes, or with KB, MB, GB, KiB, MiB, GiB"), false;
    o->max_file_size = *n;
  }
  if (cfg && cfg->max_findings_per_file) o->max_findings_per_file = *cfg->max_findings_per_file;
  if (auto m = a.get("--max-findings-per-file")) {
    uint64_t n;
    if (!parse_unsigned(*m, &n) || n > UINT32_MAX)
      return usage_error("--max-findings-per-file takes a number of findings, or 0 for no limit"), false;
    o->max_findings_per_file = static_cast<uint32_t>(n);
  }
  o->show_secrets = a.has("--show-secrets");
  o->decode_base64 = a.has("--decode-base64") || (cfg && cfg->decode_base64.value_or(false));
  if (cfg && cfg->baseline) o->baseline_file = *cfg->baseline;
  if (auto b = a.get("--baseline")) o->baseline_file = *b;
  if (cfg) {
    for (const auto& e : cfg->exclude) o->exclude.push_back(e.value);
    o->exclude_dir = cfg->dir_abs;
    o->environments = environment_config(*cfg);
    o->readiness = cfg->readiness;
  }
  if (a.has("--staged")) o->source = ScanSource::staged;
  if (auto d = a.get("--diff")) o->diff_rev = *d;
  if (a.has("--staged") && a.has("--diff")) return usage_error("--staged and --diff cannot be combined"), false;
  if (auto s = a.get("--since")) o->since = *s;
  if (auto k = a.get("--shard")) {
    size_t slash = k->find('/');
    uint64_t shard = 0, count = 0;
    if (slash == std::string::npos || !parse_unsigned(k->substr(0, slash), &shard) ||
        !parse_unsigned(k->substr(slash + 1), &count) || count == 0 || count > 10000 || shard == 0 || shard > count)
      return usage_error("--shard takes K/N with 1 <= K <= N <= 10000, e.g. --shard 2/4 (got '" + *k + "')"), false;
    // The index lists what a commit adds, not files whose sizes every shard can see alike.
    if (o->source == ScanSource::staged) return usage_error("--shard and --staged cannot be combined"), false;
    o->shard = static_cast<unsigned>(shard), o->shard_count = static_cast<unsigned>(count);
  }
  return true;
}

// The scan's parse trees and model items are left to the process's exit instead of being freed block by block
// (ScanResult::retained): a command scans once, reports, and ends.
void keep_until_exit(std::shared_ptr<const void> memory) {
  static auto* kept = new std::vector<std::shared_ptr<const void>>();
  kept->push_back(std::move(memory));
}

// Runs the scan, with a progress line on stderr when it is a terminal (never with --no-progress or --quiet).
ScanResult run_scan_showing_progress(const Args& a, ScanOptions opts) {
  ScanProgress progress;
  std::optional<ProgressLine> line;
  if (!a.has("--no-progress") && !a.has("--quiet") && ProgressLine::wanted_on_stderr()) {
    opts.progress = &progress;
    line.emplace(&progress);
  }
  ScanResult res = run_scan(opts);
  if (line) line->stop();
  keep_until_exit(std::move(res.retained));
  return res;
}

void print_notification(const Notification& n) {
  std::cerr << "tollgate: " << (n.level == Notification::Level::error ? "error: " : "warning: ");
  if (!n.path.empty()) std::cerr << n.path << (n.line ? ":" + std::to_string(n.line) : "") << ": ";
  // Continuation lines (git's multi-line errors) indented, as in the text report, so they read as one message.
  for (size_t start = 0; start < n.message.size();) {
    size_t nl = n.message.find('\n', start);
    std::string line = n.message.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (start) std::cerr << (line.empty() ? "\n" : "\n    ");
    std::cerr << line;
    start = nl == std::string::npos ? n.message.size() : nl + 1;
  }
  std::cerr << "\n";
}

void print_notifications(const Report& r) {
  for (const auto& n : r.notifications) print_notification(n);
}

// Colour only on a terminal that shows it and only when nobody said no: --no-color, a NO_COLOR that is set and
// not empty (https://no-color.org: an empty one counts as unset), or TERM=dumb, a terminal without escape codes.
bool color_on_stdout(bool no_color_flag) {
  if (no_color_flag || !isatty(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  return !(term && std::strcmp(term, "dumb") == 0);
}

int scan_and_report(const Args& a, const std::optional<Config>& cfg, ScanOptions opts);

int cmd_scan(const Args& a) {
  std::optional<Config> cfg;
  if (!load_config_for(a, config_start(a), &cfg)) return kExitError;
  ScanOptions opts;
  if (!scan_options_from(a, cfg, true, &opts)) return kExitError;
  return scan_and_report(a, cfg, std::move(opts));
}

int cmd_git(const Args& a) {
  if (a.positional.size() > 1) return usage_error("git takes at most one PATH");
  std::optional<Config> cfg;
  if (!load_config_for(a, config_start(a), &cfg)) return kExitError;
  ScanOptions opts;
  // History scans look for secrets: the other families judge the current tree, not old versions of it, so the
  // file's `select` (the policy for the tree) does not apply here; --select does.
  if (!scan_options_from(a, cfg, false, &opts)) return kExitError;
  opts.source = ScanSource::history;
  if (opts.select.empty()) opts.select = {"secrets"};
  return scan_and_report(a, cfg, std::move(opts));
}

// The reports a command writes: --format F [--output FILE] pairs, then -o F=FILE, in order (text on stdout when
// none is given). Empty after a usage error (printed).
using Outputs = std::vector<std::pair<std::string, std::string>>;
std::optional<Outputs> output_choices(const Args& a) {
  Outputs outputs;
  for (const auto& [k, v] : a.flags) {
    if (k == "--format") outputs.emplace_back(v, "");
    else if (k == "--output") {
      if (outputs.empty()) outputs.emplace_back("text", "");
      if (!outputs.back().second.empty()) return usage_error("--output must follow a --format"), std::nullopt;
      outputs.back().second = v;
    } else if (k == "-o") {
      size_t eq = v.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == v.size()) return usage_error("-o takes FORMAT=FILE"), std::nullopt;
      outputs.emplace_back(v.substr(0, eq), v.substr(eq + 1));
    }
  }
  if (outputs.empty()) outputs.emplace_back("text", "");
  int to_stdout = 0;
  for (const auto& [fmt, file] : outputs) {
    if (fmt != "text" && fmt != "json" && fmt != "sarif" && fmt != "junit" && fmt != "markdown" && fmt != "html")
      return usage_error("unknown format '" + fmt + "' (text, json, sarif, junit, markdown, html)"), std::nullopt;
    to_stdout += file.empty();
  }
  if (to_stdout > 1) return usage_error("only one format can go to stdout: give the others --output FILE"), std::nullopt;
  return outputs;
}

// Renders the report in each chosen format, files written atomically; false when a file could not be written.
// The problems of the run go to stderr unless a text report on stdout lists them.
bool write_reports(const Args& a, const Report& report, const Outputs& outputs, RenderOptions ro) {
  bool quiet = a.has("--quiet");
  bool ok = true;
  for (const auto& [fmt, file] : outputs) {
    if (file.empty() && quiet) continue;  // nothing goes to stdout, so nothing is rendered for it
    ro.color = file.empty() && fmt == "text" && color_on_stdout(a.has("--no-color"));
    std::string text = fmt == "json" ? render_json(report, ro)
                       : fmt == "sarif" ? render_sarif(report, ro)
                       : fmt == "junit" ? render_junit(report, ro)
                       : fmt == "markdown" ? render_markdown(report, ro)
                       : fmt == "html" ? render_html(report, ro)
                                        : render_text(report, ro);
    if (file.empty()) {
      std::cout << text << std::flush;
    } else if (std::string err; !write_atomically(file, text, &err)) {
      std::cerr << "tollgate: error: cannot write " << file << ": " << err << "\n";
      ok = false;
    }
  }
  bool text_on_stdout = false;
  for (const auto& [fmt, file] : outputs) text_on_stdout |= fmt == "text" && file.empty() && !quiet;
  if (!text_on_stdout) print_notifications(report);
  return ok;
}

// --fail-on, over `fallback` (the configuration's, else low); false (message printed) when it names no severity.
bool fail_on_from(const Args& a, Severity fallback, Severity* out) {
  *out = fallback;
  if (auto f = a.get("--fail-on")) {
    auto s = parse_severity(*f);
    if (!s) return usage_error("--fail-on takes critical, high, medium, low or info (got '" + *f + "')"), false;
    *out = *s;
  }
  return true;
}

int scan_and_report(const Args& a, const std::optional<Config>& cfg, ScanOptions opts) {
  Severity fail_on;
  if (!fail_on_from(a, cfg && cfg->fail_on ? *cfg->fail_on : Severity::low, &fail_on)) return kExitError;
  std::optional<Outputs> outputs = output_choices(a);
  if (!outputs) return kExitError;

  ScanResult res = run_scan_showing_progress(a, std::move(opts));
  RenderOptions ro;
  ro.fail_on = fail_on;
  ro.include_suppressed = a.has("--include-suppressed");
  if (!write_reports(a, res.report, *outputs, ro) || res.had_errors) return kExitError;
  // The change rules' findings are judged by the base's fail-on (see ScanResult::change_fail_on).
  Severity change_fail_on = a.get("--fail-on") ? fail_on : res.change_fail_on.value_or(fail_on);
  for (const Finding& f : res.report.findings)
    if (!f.suppressed && f.baseline != BaselineState::unchanged &&
        f.severity >= (is_change_rule(f.rule_id) ? change_fail_on : fail_on))
      return kExitFindings;
  return kExitClean;
}

// The end of a command that prints one report of its own (drift, readiness): the report to --output or stdout,
// the notifications, and the exit code: 2 on an error, 1 when `failed` or a new finding reaches fail_on.
int finish_report(const Args& a, const std::string& text, const std::string& format, const ScanResult& res,
                  Severity fail_on, bool failed = false) {
  auto out = a.get("--output");
  if (out) {
    if (std::string err; !write_atomically(*out, text, &err)) {
      std::cerr << "tollgate: error: cannot write " << *out << ": " << err << "\n";
      return kExitError;
    }
  } else if (!a.has("--quiet")) {
    std::cout << text << std::flush;
  }
  if (format != "text" || out || a.has("--quiet")) print_notifications(res.report);
  if (res.had_errors) return kExitError;
  if (failed) return kExitFindings;
  for (const Finding& f : res.report.findings)
    if (!f.suppressed && f.baseline != BaselineState::unchanged && f.severity >= fail_on) return kExitFindings;
  return kExitClean;
}

// `tollgate drift`: a scan with the drift family alone (the configuration's skip and severities apply; its select
// does not, and --select narrows within the family), then the matrix of environments and the findings.
int cmd_drift(const Args& a) {
  std::optional<Config> cfg;
  if (!load_config_for(a, config_start(a), &cfg)) return kExitError;
  ScanOptions opts;
  if (!scan_options_from(a, cfg, false, &opts)) return kExitError;
  opts.select = a.get("--select") ? a.all("--select") : std::vector<std::string>{"drift"};
  Severity fail_on;
  if (!fail_on_from(a, cfg && cfg->fail_on ? *cfg->fail_on : Severity::low, &fail_on)) return kExitError;
  std::string format = a.get("--format").value_or("text");
  if (format != "text" && format != "json" && format != "markdown")
    return usage_error("drift --format takes text, json or markdown (got '" + format + "')");
  ScanResult res = run_scan_showing_progress(a, std::move(opts));
  std::vector<DriftSet> sets = drift_matrix(res.environments);
  RenderOptions ro;
  ro.fail_on = fail_on;
  auto out = a.get("--output");
  ro.color = !out && format == "text" && color_on_stdout(a.has("--no-color"));
  std::string text = format == "json"       ? render_drift_json(sets, res.report, ro)
                     : format == "markdown" ? render_drift_markdown(sets, res.report, ro)
                                            : render_drift_text(sets, res.report, ro);
  return finish_report(a, text, format, res, fail_on);
}

// `tollgate readiness`: a scan with the readiness family alone, assessed whatever the scan's root (the
// configuration's skip and severities apply; --select narrows within the family), then the checklist, the level
// and the findings.
int cmd_readiness(const Args& a) {
  std::optional<Config> cfg;
  if (!load_config_for(a, config_start(a), &cfg)) return kExitError;
  ScanOptions opts;
  if (!scan_options_from(a, cfg, false, &opts)) return kExitError;
  opts.select = a.get("--select") ? a.all("--select") : std::vector<std::string>{"readiness"};
  opts.readiness_always = true;
  if (opts.paths.size() != 1) return usage_error("readiness takes one PATH, the repository's top folder");
  if (std::error_code ec; !std::filesystem::is_directory(opts.paths[0], ec))
    return usage_error("readiness: " + opts.paths[0] + " is not a folder (give the repository's top folder)");
  if (auto d = a.get("--as-of")) {
    if (!parse_iso_date(*d))
      return usage_error("--as-of takes a date YYYY-MM-DD (got '" + *d + "')");
    opts.readiness.as_of = *d;
  }
  int min_level = 0;
  if (auto n = a.get("--min-level")) {
    if (n->size() != 1 || (*n)[0] < '1' || (*n)[0] > '4') return usage_error("--min-level takes 1, 2, 3 or 4 (got '" + *n + "')");
    min_level = (*n)[0] - '0';
  }
  Severity fail_on;
  if (!fail_on_from(a, cfg && cfg->fail_on ? *cfg->fail_on : Severity::low, &fail_on)) return kExitError;
  std::string format = a.get("--format").value_or("text");
  if (format != "text" && format != "json" && format != "markdown" && format != "sarif")
    return usage_error("readiness --format takes text, json, markdown or sarif (got '" + format + "')");
  ScanResult res = run_scan_showing_progress(a, std::move(opts));
  if (res.stopped_before_scanning) {
    print_notifications(res.report);
    return kExitError;
  }
  if (!res.readiness) {
    std::cerr << "tollgate: error: no readiness rule is selected (the assessment runs for the rules that read it)\n";
    return kExitError;
  }
  RenderOptions ro;
  ro.fail_on = fail_on;
  auto out = a.get("--output");
  ro.color = !out && format == "text" && color_on_stdout(a.has("--no-color"));
  std::string text;
  if (format == "sarif") {
    // The SARIF of the findings, with the checklist and the level as the run's properties.
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(render_sarif(res.report, ro));
    j["runs"][0]["properties"]["readiness"] =
        nlohmann::ordered_json::parse(readiness_properties_json(*res.readiness, res.report));
    text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else {
    text = format == "json"       ? render_readiness_json(*res.readiness, res.report, ro)
           : format == "markdown" ? render_readiness_markdown(*res.readiness, res.report, ro)
                                  : render_readiness_text(*res.readiness, res.report, ro);
  }
  return finish_report(a, text, format, res, fail_on,
                       readiness_level(*res.readiness, res.report).level < min_level);
}

int cmd_baseline_create(const Args& a) {
  std::optional<Config> cfg;
  if (!load_config_for(a, config_start(a), &cfg)) return kExitError;
  ScanOptions opts;
  if (!scan_options_from(a, cfg, true, &opts)) return kExitError;
  // The baseline being written is made of every finding: none may be hidden by the old one.
  opts.baseline_file.clear();
  auto out = a.get("--output");
  if (!out && cfg && cfg->baseline) out = *cfg->baseline;
  if (!out) return usage_error("baseline create needs --output FILE (or `baseline:` in the configuration file)");
  ScanResult res = run_scan_showing_progress(a, std::move(opts));
  print_notifications(res.report);
  if (res.had_errors) {
    std::cerr << "tollgate: the scan had errors; no baseline written\n";
    return kExitError;
  }
  // Sorted by fingerprint, no timestamps and no lines: the file changes only when the findings do.
  std::map<std::string, nlohmann::ordered_json> by_fp;
  for (const Finding& f : res.report.findings) {
    if (f.suppressed) continue;
    nlohmann::ordered_json e;
    e["fingerprint"] = f.fingerprint;
    e["rule_id"] = f.rule_id;
    e["path"] = f.location.path;
    by_fp[f.fingerprint] = e;
  }
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["tool"] = "tollgate";
  doc["findings"] = nlohmann::ordered_json::array();
  for (auto& [fp, e] : by_fp) doc["findings"].push_back(e);
  std::string err;
  if (!write_atomically(*out, doc.dump(2) + "\n", &err)) {
    std::cerr << "tollgate: error: cannot write " << *out << ": " << err << "\n";
    return kExitError;
  }
  std::cerr << "tollgate: baseline of " << by_fp.size() << " findings written to " << *out << "\n";
  return kExitClean;
}

// The rules a scan from the working directory would run: the configuration file's packs, choices and severities
// under the same precedence as `scan` (`explain` takes only packs and severities: it can explain any rule).
// *ok is false after a load error (printed).
std::vector<LoadedRule> rules_for(const Args& a, const std::optional<Config>& cfg, bool choose, bool* ok) {
  ScanOptions o;
  apply_rule_choices(a, cfg, true, &o);
  if (!choose) o.select.clear(), o.skip.clear();
  if (!choose) o.rule_options.clear(), o.choice_origins.clear();
  std::vector<Notification> notes;
  std::vector<LoadedRule> loaded = load_scan_rules(o, &notes);
  for (Notification& n : check_rule_choices(loaded, o)) notes.push_back(std::move(n));
  auto rules = select_rules(std::move(loaded), o.select, o.skip);
  apply_severity_overrides(&rules, o.severity);
  for (const auto& n : notes) print_notification(n);
  *ok = std::none_of(notes.begin(), notes.end(), [](const Notification& n) { return n.level == Notification::Level::error; });
  return rules;
}

// ---- snapshot create / verify --------------------------------------------------------------------------------

// What both snapshot commands share: the one PATH, its configuration, the options that choose files, and the
// rule pack. False after printing the problem.
struct SnapshotSetup {
  std::string root;
  ScanOptions opts;
  std::vector<LoadedRule> rules;
};

bool snapshot_setup(const Args& a, SnapshotSetup* s) {
  if (a.positional.size() != 1) return usage_error(std::string("snapshot commands take one PATH (got ") +
                                                   std::to_string(a.positional.size()) + ")"), false;
  s->root = a.positional.front();
  std::error_code ec;
  if (!fs::is_directory(s->root, ec) && !fs::is_regular_file(s->root, ec)) {
    std::cerr << "tollgate: error: " << s->root << ": no such file or directory\n";
    return false;
  }
  std::optional<Config> cfg;
  if (!load_config_for(a, s->root, &cfg) || !scan_options_from(a, cfg, false, &s->opts)) return false;
  bool ok = false;
  s->rules = rules_for(a, cfg, false, &ok);
  return ok;
}

// The objects of the tree; false (notifications printed) when a file could not be read: a snapshot or a
// verification that skipped a file would vouch for what it never saw.
bool manifest_of_tree(const SnapshotSetup& s, Manifest* m) {
  WalkOptions w;
  w.exclude = s.opts.exclude;
  w.exclude_dir = s.opts.exclude_dir;
  unsigned jobs = s.opts.jobs ? s.opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Notification> notes;
  *m = build_manifest(s.root, w, s.opts.max_file_size, jobs, &notes);
  for (const auto& n : notes) print_notification(n);
  // The rule pack: its rules' ids and texts, in id order.
  std::vector<const LoadedRule*> rules;
  for (const LoadedRule& r : s.rules) rules.push_back(&r);
  std::sort(rules.begin(), rules.end(), [](const LoadedRule* x, const LoadedRule* y) { return x->info.id < y->info.id; });
  std::string pack;
  for (const LoadedRule* r : rules) pack.append(r->info.id).append(1, '\0').append(r->source.code()).append(1, '\0');
  m->rule_pack = "sha256:" + sha256_hex(pack);
  return std::none_of(notes.begin(), notes.end(), [](const Notification& n) { return n.level == Notification::Level::error; });
}

bool read_named_file(const std::string& what, const std::string& path, uint64_t limit, std::string* out) {
  std::string err;
  if (read_regular_file(path, limit, out, &err)) return true;
  std::cerr << "tollgate: error: cannot read " << what << " " << path << ": " << err << "\n";
  return false;
}

int cmd_completion(const Args& a) {
  std::string shell = a.positional.size() == 1 ? a.positional[0] : "";
  std::string script = completion_script(shell);
  if (script.empty()) return usage_error("completion takes one shell: bash, zsh or fish");
  std::cout << script;
  return kExitClean;
}

int cmd_manpage(const Args& a) {
  if (!a.positional.empty()) return usage_error("manpage takes no argument");
  std::cout << man_page();
  return kExitClean;
}

// `tollgate merge`: the shards' SARIF reports as one report, in any format, and the exit code one unsharded scan
// would have had (changes to the gate's configuration are judged by --fail-on here: a sharded scan is not a
// change scan).
int cmd_merge(const Args& a) {
  if (a.positional.empty()) return usage_error("merge needs at least one SARIF report (from scan --shard K/N --format sarif)");
  Severity fail_on;
  if (!fail_on_from(a, Severity::low, &fail_on)) return kExitError;
  std::optional<Outputs> outputs = output_choices(a);
  if (!outputs) return kExitError;
  std::vector<Report> parts;
  for (const std::string& path : a.positional) {
    std::string text, err;
    if (!read_named_file("report", path, kMaxBaselineBytes, &text)) return kExitError;
    Report r;
    if (!read_sarif_report(text, &r, &err)) {
      std::cerr << "tollgate: error: " << path << ": " << err << "\n";
      return kExitError;
    }
    parts.push_back(std::move(r));
  }
  Report merged = merge_reports(std::move(parts));
  RenderOptions ro;
  ro.fail_on = fail_on;
  ro.include_suppressed = a.has("--include-suppressed");
  bool errors = std::any_of(merged.notifications.begin(), merged.notifications.end(),
                            [](const Notification& n) { return n.level == Notification::Level::error; });
  if (!write_reports(a, merged, *outputs, ro) || errors) return kExitError;
  for (const Finding& f : merged.findings)
    if (!f.suppressed && f.baseline != BaselineState::unchanged && f.severity >= fail_on) return kExitFindings;
  return kExitClean;
}

int cmd_snapshot_create(const Args& a) {
  auto key_file = a.get("--key");
  auto out = a.get("--output");
  if (!key_file || !out) return usage_error("snapshot create needs --key KEY.pem and --output SNAP.json");
  SnapshotSetup s;
  std::string key;
  if (!snapshot_setup(a, &s) || !read_named_file("key", *key_file, kMaxSettingsFileBytes, &key)) return kExitError;
  Manifest m;
  if (!manifest_of_tree(s, &m)) {
    std::cerr << "tollgate: no snapshot written\n";
    return kExitError;
  }
  std::string text, err;
  if (!sign_snapshot(m, key, &text, &err)) {
    std::cerr << "tollgate: error: " << *key_file << ": " << err << "\n";
    return kExitError;
  }
  if (!write_atomically(*out, text, &err)) {
    std::cerr << "tollgate: error: cannot write " << *out << ": " << err << "\n";
    return kExitError;
  }
  std::set<std::string_view> files;
  for (const SnapshotObject& o : m.objects) files.insert(o.path);
  std::cerr << "tollgate: snapshot of " << m.objects.size() << (m.objects.size() == 1 ? " object in " : " objects in ") << files.size() << (files.size() == 1 ? " file" : " files") << " written to "
            << *out << "\n";
  return kExitClean;
}

int cmd_snapshot_verify(const Args& a) {
  auto snap_file = a.get("--snapshot");
  auto pub_file = a.get("--pubkey");
  if (!snap_file || !pub_file) return usage_error("snapshot verify needs --snapshot SNAP.json and --pubkey KEY.pub");
  std::optional<Outputs> outputs = output_choices(a);
  if (!outputs) return kExitError;
  SnapshotSetup s;
  std::string snap_text, pub;
  if (!snapshot_setup(a, &s) || !read_named_file("public key", *pub_file, kMaxSettingsFileBytes, &pub) ||
      !read_named_file("snapshot", *snap_file, kMaxBaselineBytes, &snap_text))
    return kExitError;
  Manifest then, now;
  std::string err;
  bool key_fault = false;
  if (!read_snapshot(snap_text, pub, &then, &err, &key_fault)) {
    std::cerr << "tollgate: error: " << (key_fault ? *pub_file : *snap_file) << ": " << err << "\n";
    return kExitError;
  }
  if (!manifest_of_tree(s, &now)) return kExitError;
  auto rule = std::find_if(s.rules.begin(), s.rules.end(), [](const LoadedRule& r) { return r.info.id == kSnapshotRule; });
  if (rule == s.rules.end()) {
    std::cerr << "tollgate: error: the rule pack has no " << kSnapshotRule << "\n";
    return kExitError;
  }
  Report report;
  report.tool_version = TOLLGATE_VERSION;
  report.rules = {rule->info};
  report.roots = {s.root};
  std::set<std::string_view> files;
  for (const SnapshotObject& o : now.objects) files.insert(o.path);
  report.files_scanned = files.size();
  if (then.tool_version != now.tool_version || then.rule_pack != now.rule_pack)
    report.notifications.push_back({Notification::Level::warning,
                                    "the snapshot was made by tollgate " + then.tool_version +
                                        (then.rule_pack != now.rule_pack ? " with another rule pack" : "") +
                                        "; its objects are compared all the same",
                                    *snap_file, 0, ""});
  report.findings = snapshot_drift(then, now, rule->info);
  assign_fingerprints(&report.findings);
  std::stable_sort(report.findings.begin(), report.findings.end(), finding_less);
  if (!write_reports(a, report, *outputs, RenderOptions{})) return kExitError;
  return report.findings.empty() ? kExitClean : kExitFindings;
}

int cmd_rules_list(const Args& a) {
  std::optional<Config> cfg;
  if (!load_config_for(a, ".", &cfg)) return kExitError;
  bool ok;
  auto rules = rules_for(a, cfg, true, &ok);
  std::string fmt = a.get("--format").value_or("text");
  if (fmt == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& r : rules)
      arr.push_back({{"id", r.info.id}, {"severity", severity_name(r.info.severity)}, {"title", r.info.title},
                     {"tags", r.info.tags}, {"applies_to", r.info.applies_to},
                     {"scope", r.info.scope == RuleScope::document ? "document" : "repository"}});
    std::cout << arr.dump(2) << "\n";
  } else if (fmt == "text") {
    for (const auto& r : rules) {
      std::string id = r.info.id;
      std::cout << id << std::string(id.size() < 44 ? 44 - id.size() : 1, ' ') << severity_name(r.info.severity)
                << std::string(10 - std::strlen(severity_name(r.info.severity)), ' ') << r.info.title << "\n";
    }
  } else {
    return usage_error("rules list --format takes text or json");
  }
  return ok ? kExitClean : kExitError;
}

int cmd_rules_explain(const Args& a) {
  if (a.positional.size() != 1) return usage_error("rules explain takes one rule id");
  std::optional<Config> cfg;
  if (!load_config_for(a, ".", &cfg)) return kExitError;
  bool ok;
  for (const auto& r : rules_for(a, cfg, false, &ok)) {
    if (r.info.id != a.positional[0]) continue;
    std::cout << r.info.id << " (" << severity_name(r.info.severity) << "): " << r.info.title << "\n\n"
              << "Applies to: ";
    for (size_t i = 0; i < r.info.applies_to.size(); ++i) std::cout << (i ? ", " : "") << r.info.applies_to[i];
    std::cout << "\nTags: ";
    for (size_t i = 0; i < r.info.tags.size(); ++i) std::cout << (i ? ", " : "") << r.info.tags[i];
    std::cout << "\n\n" << r.info.help << "\n";
    if (!r.info.references.empty()) {
      std::cout << "\nReferences:\n";
      for (const auto& ref : r.info.references) std::cout << "  " << ref << "\n";
    }
    std::cout << "\nDocumentation: " << rule_help_uri(r.info.id) << "\n";
    return kExitClean;
  }
  std::cerr << "tollgate: no rule with id '" << a.positional[0] << "' (see `tollgate rules list`)\n";
  return kExitError;
}

int cmd_rules_test(const Args& a) {
  if (a.positional.size() > 1) return usage_error("rules test takes at most one pack directory");
  RuleTestOptions o;
  if (!a.positional.empty()) o.pack_dir = a.positional[0];
  o.select = a.all("--select");
  if (o.pack_dir.empty() && !fs::is_directory(o.fixtures_root)) {
    std::cerr << "tollgate: " << o.fixtures_root
              << " not found: run `rules test` of the built-in pack from the tollgate source tree, or pass DIR\n";
    return kExitError;
  }
  if (!o.pack_dir.empty() && !fs::is_directory(o.pack_dir)) {
    std::cerr << "tollgate: " << o.pack_dir << " is not a directory\n";
    return kExitError;
  }
  RuleTestSummary s = run_rule_tests(o, std::cout);
  if (s.load_errors) return kExitError;
  return s.failed ? kExitFindings : kExitClean;
}

int cmd_rules_validate(const Args& a) {
  if (a.positional.size() > 1) return usage_error("rules validate takes at most one pack directory");
  ScanOptions o;
  if (!a.positional.empty()) {
    o.builtin_rules = false;
    o.rule_dirs = a.positional;
  }
  std::vector<Notification> notes;
  auto rules = load_scan_rules(o, &notes);
  // Secret patterns compile lazily in a scan; validation compiles them all.
  std::vector<SecretSpec> specs;
  for (const auto& r : rules)
    if (r.secret) specs.push_back(*r.secret);
  std::vector<std::string> pattern_errors;
  SecretMatcher::build(specs, &pattern_errors, SecretMatcher::Compile::now);
  for (const auto& e : pattern_errors) notes.push_back({Notification::Level::error, e, "", 0, e.substr(0, e.find(':'))});
  for (const auto& n : notes) print_notification(n);
  std::cout << rules.size() << " rules valid, " << notes.size() << " errors\n";
  return notes.empty() ? kExitClean : kExitError;
}

// True when the working directory is the tollgate source tree: the only place where `rules new` may write the
// built-in pack's layout (rules/, fixtures/rules/, docs/rules/) without --dir. Anywhere else those folders
// would be litter. Recognised by its CMakeLists.txt declaring project(tollgate ...) beside rules/ and
// fixtures/rules/, not by a folder name, which a user's own repository may share.
bool in_tollgate_source_tree() {
  std::error_code ec;
  if (!fs::is_directory("rules", ec) || !fs::is_directory("fixtures/rules", ec)) return false;
  std::ifstream in("CMakeLists.txt");
  std::string line;
  while (std::getline(in, line)) {
    size_t i = line.find_first_not_of(" \t");
    if (i == std::string::npos || line.compare(i, 7, "project") != 0) continue;
    i = line.find_first_not_of(" \t", i + 7);
    if (i == std::string::npos || line[i] != '(') continue;
    i = line.find_first_not_of(" \t", i + 1);
    if (i == std::string::npos || line.compare(i, 8, "tollgate") != 0) continue;
    char next = i + 8 < line.size() ? line[i + 8] : ' ';
    if (next == ' ' || next == '\t' || next == ')') return true;
  }
  return false;
}

// Creates a file that must not exist yet (O_EXCL): `rules new` never replaces anything, even a file that
// appeared between its check and its write.
bool create_new_file(const fs::path& path, const std::string& data, std::string* error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = path.string() + ": " + std::strerror(errno);
    return false;
  }
  bool ok = write_all(fd, data, error);
  if (::close(fd) != 0 && ok) {
    *error = std::strerror(errno);
    ok = false;
  }
  if (!ok) {
    *error = path.string() + ": " + *error;
    ::unlink(path.c_str());
  }
  return ok;
}

struct NewRuleFiles {
  std::string rule, fixture_name, fixture, doc;
};

NewRuleFiles lua_rule_scaffold(const std::string& family, const std::string& id) {
  NewRuleFiles f;
  f.rule =
      "return {\n"
      "  id = \"" + id + "\",\n"
      "  title = \"Describe the problem in one sentence\",\n"
      "  severity = \"medium\",\n"
      "  tags = { \"" + family + "\" },\n"
      "  applies_to = { \"kubernetes\" },\n"
      "  help = [[\nWhy it matters, and how to fix it.\n]],\n"
      "  check = function(doc, ctx)\n"
      "    local kind = doc.root and doc.root.kind\n"
      "    if kind == \"Example\" then\n"
      "      ctx:report{ at = doc.root, key = \"kind\", on = \"key\", message = \"replace this check with your own\" }\n"
      "    end\n"
      "  end,\n"
      "}\n";
  f.fixture_name = "example.yaml";
  f.fixture = "apiVersion: v1\n# ruleid: " + id + "\nkind: Example\n---\napiVersion: v1\n# ok: " + id + "\nkind: ConfigMap\n";
  return f;
}

// A secret rule is declarative (docs/writing-rules.md): a pattern with one capture group, keywords for the
// prefilter, examples and negative examples, and no check. The made-up token prefix comes from the rule's name
// so that the scaffold passes `rules test` and `rules validate` before the author puts in the provider's format.
NewRuleFiles secret_rule_scaffold(const std::string& name, const std::string& id) {
  std::string prefix = name + "_";
  std::replace(prefix.begin(), prefix.end(), '-', '_');
  // Random-looking bodies, so that the examples pass the entropy filter; 32 characters, as the pattern says.
  const std::string body1 = "Zq8rT2mXv7Kp4LnB9wYc3HsD6fJg1RtE", body2 = "Hn3Vb8Qx2Lz7Rk5Wm9Tc4Yp6Df1Gs8Ja";
  NewRuleFiles f;
  f.rule =
      "return {\n"
      "  id = \"" + id + "\",\n"
      "  title = \"Describe the secret in a few words\",\n"
      "  severity = \"high\",\n"
      "  tags = { \"secrets\" },\n"
      "  applies_to = { \"*\" },\n"
      "  help = [[\nWhat the secret grants, how to revoke and rotate it, and where to keep it instead.\n]],\n"
      "  -- RE2 syntax, exactly one capture group: the secret. Replace the made-up prefix and length with the\n"
      "  -- provider's token format.\n"
      "  pattern = [[\\b(" + prefix + "[A-Za-z0-9]{32})\\b]],\n"
      "  -- Literals (matched case-insensitively) of which one must occur for the pattern to be tried.\n"
      "  keywords = { \"" + prefix + "\" },\n"
      "  -- Minimum Shannon entropy of the secret, bits per character: placeholders fall below it.\n"
      "  entropy = 3.0,\n"
      "  -- Optional filters: allow = { [[RE2]] }, stopwords = { \"sample\" }, allow_context = { [[RE2]] }.\n"
      "  -- At least two lines that must each give exactly one finding.\n"
      "  examples = {\n"
      "    [[API_TOKEN=" + prefix + body1 + "]],\n"
      "    [[  api_token: \"" + prefix + body2 + "\"]],\n"
      "  },\n"
      "  -- At least one line that must give none.\n"
      "  negative_examples = {\n"
      "    [[API_TOKEN=" + prefix + "tooShort]],\n"
      "  },\n"
      "}\n";
  f.fixture_name = "example.env";
  f.fixture = "# Fixture for " + id + ": '# ruleid' precedes each expected finding, '# ok' each near miss.\n"
              "# The values are made up.\n\n"
              "# ruleid: " + id + "\nAPI_TOKEN=" + prefix + body1 + "\n\n"
              "# ok: " + id + "\nAPI_TOKEN=" + prefix + "tooShort\n";
  return f;
}

int cmd_rules_new(const Args& a) {
  if (a.positional.size() != 2) return usage_error("rules new takes FAMILY and NAME");
  const std::string& family = a.positional[0];
  const std::string& name = a.positional[1];
  if (!is_kebab_name(name)) return usage_error("NAME must be kebab-case: lower-case letters, digits and '-'");
  auto dir = a.get("--dir");
  if (dir && dir->empty()) return usage_error("--dir needs a directory");
  // A custom pack may name a family of its own (acme, platform-team); the built-in pack keeps to its ten.
  const auto& families = rule_families();
  bool builtin_family = std::find(families.begin(), families.end(), family) != families.end();
  if (!is_kebab_name(family)) return usage_error("FAMILY must be kebab-case: lower-case letters, digits and '-'");
  if (!is_custom_family(family))
    return usage_error("'" + family + "' cannot be a family: " + family + "/ holds a pack's library modules");
  if (!dir && !in_tollgate_source_tree())
    return usage_error("rules new writes into a custom pack: give --dir DIR (the rule goes to DIR/" + family + "/" +
                       name + ".lua); only in the tollgate source tree does it default to the built-in pack");
  if (!dir && !builtin_family) {
    std::string list;
    for (const auto& f : families) list += (list.empty() ? "" : ", ") + f;
    return usage_error("unknown family '" + family + "' for the built-in pack (" + list +
                       "); a custom pack (--dir DIR) may use a family of its own");
  }
  std::string id = family + "." + name;
  NewRuleFiles content = family == "secrets" ? secret_rule_scaffold(name, id) : lua_rule_scaffold(family, id);
  // Custom pack: DIR/<family>/<name>.lua with fixtures in DIR/<family>/<name>/ (what `rules test DIR` reads).
  // Built-in pack: rules/, fixtures/rules/ and a doc page under docs/rules/.
  std::vector<std::pair<fs::path, std::string>> files;
  if (dir) {
    files.emplace_back(fs::path(*dir) / family / (name + ".lua"), content.rule);
    files.emplace_back(fs::path(*dir) / family / name / content.fixture_name, content.fixture);
  } else {
    files.emplace_back(fs::path("rules") / family / (name + ".lua"), content.rule);
    files.emplace_back(fs::path("fixtures/rules") / family / name / content.fixture_name, content.fixture);
    files.emplace_back(fs::path("docs/rules") / family / (name + ".md"),
                       "# " + id + "\n\nOne sentence: what this rule finds.\n\n## What fires\n\n## Bad example\n\n"
                       "## Why it matters\n\n## Fix\n\n## Severity\n\n## References\n");
  }
  bool clash = false;
  for (const auto& [path, text] : files) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(path, ec))) {
      std::cerr << "tollgate: " << path.string() << " already exists\n";
      clash = true;
    }
  }
  if (clash) {
    std::cerr << "tollgate: nothing written\n";
    return kExitError;
  }
  std::vector<fs::path> created;
  std::string err;
  for (const auto& [path, text] : files) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (!create_new_file(path, text, &err)) {
      // All or nothing: a half-made rule would fail `rules test` for a reason the author did not cause.
      for (const auto& p : created) fs::remove(p, ec);
      std::cerr << "tollgate: error: " << err << "\n";
      return kExitError;
    }
    created.push_back(path);
  }
  for (const auto& p : created) std::cout << "created " << p.string() << "\n";
  if (dir)
    std::cout << "next: edit the rule and its fixture, then `tollgate rules test " << *dir << "`\n";
  else
    std::cout << "next: edit the rule, its fixture and its doc page, rebuild, then `tollgate rules test --select " << id
              << "`\n";
  return kExitClean;
}

// --help or -h among a command's arguments, before a `--` (after it, they are paths).
bool help_requested(int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) return false;
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) return true;
  }
  return false;
}

const Command* find_command(const std::string& name) {
  for (const auto& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

// `tollgate help [COMMAND...]`: the global help, a group's list or one command's help, on stdout.
int cmd_help(int argc, char** argv) {
  std::string topic;
  for (int i = 2; i < argc; ++i) topic += (topic.empty() ? "" : " ") + std::string(argv[i]);
  if (topic.empty()) print_help(std::cout);
  else if (const Command* c = find_command(topic)) print_command_help(std::cout, *c);
  else if (is_group(topic)) print_group_help(std::cout, topic);
  else return usage_error("no command '" + topic + "'");
  return kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    print_help(std::cerr);
    return kExitError;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h") {
    print_help(std::cout);
    return kExitClean;
  }
  if (first == "help") return cmd_help(argc, argv);
  if (first == "--version") {
    std::cout << "tollgate " << TOLLGATE_VERSION << "\n";
    return kExitClean;
  }
  // Longest match first: "rules test" before a one-word command.
  for (int words = 2; words >= 1; --words) {
    if (argc <= words) continue;
    std::string name = argv[1];
    if (words == 2) name += std::string(" ") + argv[2];
    const Command* c = find_command(name);
    if (!c) continue;
    if (help_requested(argc, argv, words + 1)) {
      print_command_help(std::cout, *c);
      return kExitClean;
    }
    Args args;
    if (!parse_args(*c, argc, argv, words + 1, &args)) return kExitError;
    return c->run(args);
  }
  // A group without one of its commands is a usage error, like any incomplete command line: the list goes to
  // stderr and the exit code is 2, so a script that forgot the subcommand does not pass. --help asks for it.
  if (is_group(first)) {
    std::string sub = argc > 2 ? argv[2] : "";
    if (sub == "--help" || sub == "-h") {
      print_group_help(std::cout, first);
      return kExitClean;
    }
    if (sub.empty() || sub[0] == '-') std::cerr << "tollgate: '" << first << "' needs a command\n";
    else std::cerr << "tollgate: unknown command '" << first << " " << sub << "'\n";
    print_group_help(std::cerr, first);
    return kExitError;
  }
  return usage_error("unknown command '" + first + "'");
}
