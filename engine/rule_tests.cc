#include "engine/rule_tests.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "engine/classifier.h"
#include "engine/config.h"
#include "engine/findings.h"
#include "engine/gate_change.h"
#include "engine/scan_rules.h"
#include "engine/snapshot.h"
#include "engine/walker.h"

namespace fs = std::filesystem;

namespace tollgate {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "# ruleid: a, b" -> kind and ids; false when the line is not an annotation.
bool parse_annotation_line(std::string_view line, Annotation::Kind* kind, std::vector<std::string>* ids) {
  line = trim(line);
  for (std::string_view lead : {"#", "//", "--", "<!--", ";"}) {
    if (line.substr(0, lead.size()) == lead) {
      line.remove_prefix(lead.size());
      break;
    }
  }
  line = trim(line);
  static const std::pair<std::string_view, Annotation::Kind> kinds[] = {
      {"todoruleid:", Annotation::Kind::todoruleid},
      {"todook:", Annotation::Kind::todook},
      {"ruleid:", Annotation::Kind::ruleid},
      {"ok:", Annotation::Kind::ok},
  };
  for (const auto& [word, k] : kinds) {
    if (line.substr(0, word.size()) != word) continue;
    std::string_view rest = line.substr(word.size());
    if (size_t end = rest.find("-->"); end != std::string_view::npos) rest = rest.substr(0, end);
    ids->clear();
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view id = trim(rest.substr(0, comma));
      if (!id.empty()) ids->emplace_back(id);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    *kind = k;
    return !ids->empty();
  }
  return false;
}

}  // namespace

std::string without_annotations(std::string text) {
  Annotation::Kind kind;
  std::vector<std::string> ids;
  for (size_t start = 0; start < text.size();) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    if (parse_annotation_line(std::string_view(text).substr(start, end - start), &kind, &ids)) {
      text.erase(start, end - start);
      end = start;
    }
    start = end + 1;
  }
  return text;
}

std::vector<Annotation> parse_annotations(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= text.size();) {
    size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  std::vector<Annotation> out, pending;
  std::vector<std::string> ids;
  for (size_t i = 0; i < lines.size(); ++i) {
    Annotation::Kind kind;
    if (parse_annotation_line(lines[i], &kind, &ids)) {
      for (auto& id : ids) pending.push_back({kind, id, 0});
      continue;
    }
    for (auto& a : pending) {
      a.target_line = static_cast<uint32_t>(i + 1);
      out.push_back(std::move(a));
    }
    pending.clear();
  }
  return out;
}

namespace {

// The lines where the rule must report (ruleid, and todook: a known false positive that still fires).
// Every other finding is unexpected, which covers `ok` and `todoruleid` lines.
using Expectation = std::set<uint32_t>;

// An expected finding of a sidecar: its line, and for a tree's sidecar its path in the tree.
struct SidecarEntry {
  std::string path;
  uint32_t line = 0;
};

// The entries of rule_id in a sidecar: a JSON array of {"rule": id, "line": n}, with "path" in a tree's.
bool load_sidecar(const fs::path& sidecar, const std::string& rule_id, std::vector<SidecarEntry>* out,
                  std::string* error) {
  std::string text;
  if (!read_regular_file(sidecar.string(), kMaxSettingsFileBytes, &text, error)) return false;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_array()) {
    *error = "expected a JSON array of {\"rule\": id, \"line\": n}";
    return false;
  }
  for (const auto& e : j) {
    if (!e.is_object() || !e.contains("line") || !e["line"].is_number_unsigned()) {
      *error = "each entry needs a \"line\" number";
      return false;
    }
    if (e.contains("path") && !e["path"].is_string()) {
      *error = "an entry's \"path\" must be a string";
      return false;
    }
    if (e.value("rule", "") == rule_id) out->push_back({e.value("path", ""), e["line"].get<uint32_t>()});
  }
  return true;
}

Format format_of_kind(const std::string& kind) {
  if (kind == "terraform" || kind == "terraform-vars") return Format::hcl;
  if (kind == "terraform-plan" || kind == "terraform-state" || kind == "generic-json") return Format::json;
  if (kind == "dockerfile") return Format::dockerfile;
  if (kind == "dotenv") return Format::dotenv;
  if (kind == "ini") return Format::ini;
  if (kind == "shell") return Format::shell;
  if (kind == "jenkinsfile") return Format::groovy;
  if (kind == "text" || kind == "makefile" || kind == "helm-template" || kind == "markdown" ||
      kind == "template")
    return Format::text;
  return Format::yaml;
}

// A fixture's first line may force its kind: `# tollgate:kind=github-actions`.
Classification classify_fixture(const std::string& rel, const std::string& text) {
  Classification cls = classify(rel, text);
  size_t marker = text.find("tollgate:kind=");
  if (marker != std::string::npos && marker < text.find('\n')) {
    size_t b = marker + 14, e = b;
    while (e < text.size() && (isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
    cls.kind = text.substr(b, e - b);
    cls.format = format_of_kind(cls.kind);
  }
  return cls;
}

// A secret rule's own examples: each gives exactly one match, each negative example none.
void check_examples(const LoadedRule& rule, std::vector<std::string>* problems) {
  std::vector<std::string> errors;
  SecretMatcher m = SecretMatcher::build({*rule.secret}, &errors);
  for (const auto& e : errors) problems->push_back(e);
  if (!errors.empty()) return;
  auto count = [&](const std::string& text) {
    std::vector<SecretMatch> out;
    m.scan(text, &out);
    return out.size();
  };
  for (size_t k = 0; k < rule.examples.size(); ++k)
    if (size_t n = count(rule.examples[k]); n != 1)
      problems->push_back("examples[" + std::to_string(k + 1) + "]: expected one match, got " + std::to_string(n));
  for (size_t k = 0; k < rule.negative_examples.size(); ++k)
    if (size_t n = count(rule.negative_examples[k]); n != 0)
      problems->push_back("negative_examples[" + std::to_string(k + 1) + "]: expected no match, got " + std::to_string(n));
}

// What a fixture file's findings say against its expectations: each expected line must have a finding, and every
// finding must be on an expected line.
void compare_with_expected(const std::string& shown, const Expectation& exp, const std::vector<const Finding*>& found,
                           std::vector<std::string>* problems) {
  std::map<uint32_t, const Finding*> fired;
  for (const Finding* f : found) fired.emplace(f->location.span.line, f);
  for (uint32_t line : exp)
    if (!fired.count(line)) problems->push_back(shown + ":" + std::to_string(line) + ": expected a finding, none reported");
  for (const auto& [line, f] : fired)
    if (!exp.count(line))
      problems->push_back(shown + ":" + std::to_string(line) + ":" + std::to_string(f->location.span.col) +
                          ": unexpected finding: " + f->message);
}

// The expectations of one fixture file: its annotations for `rule_id`, and its `.expected.json` sidecar.
Expectation expectations_of(const fs::path& p, const std::string& text, const std::string& rule_id,
                            std::vector<std::string>* problems) {
  Expectation exp;
  for (const Annotation& a : parse_annotations(text))
    if (a.rule_id == rule_id && (a.kind == Annotation::Kind::ruleid || a.kind == Annotation::Kind::todook))
      exp.insert(a.target_line);
  fs::path sidecar = p;
  sidecar += ".expected.json";
  std::error_code ec;
  std::string error;
  std::vector<SidecarEntry> entries;
  if (fs::exists(sidecar, ec) && !load_sidecar(sidecar, rule_id, &entries, &error))
    problems->push_back(sidecar.generic_string() + ": " + error);
  for (const SidecarEntry& e : entries) exp.insert(e.line);
  return exp;
}

bool is_fixture_file(const fs::path& p) {
  std::string s = p.string();
  return s.find(".expected.json") == std::string::npos && s.find(".options.json") == std::string::npos &&
         p.extension() != ".base";
}

// A fixture folder named `*.tree` is one repository: its files are scanned together, so that repository rules can
// relate them (a Terraform state beside its configuration).
bool in_tree_fixture(const fs::path& p, const fs::path& dir) {
  for (fs::path q = p.parent_path(); q != dir && q.has_relative_path() && q != q.parent_path(); q = q.parent_path())
    if (q.extension() == ".tree") return true;
  return false;
}

}  // namespace

RuleTestSummary run_rule_tests(const RuleTestOptions& opts, std::ostream& out) {
  RuleTestSummary sum;
  ScanOptions sopts;
  sopts.builtin_rules = opts.pack_dir.empty();
  sopts.rule_examples = true;
  if (!opts.pack_dir.empty()) sopts.rule_dirs.push_back(opts.pack_dir);
  std::vector<Notification> notes;
  std::vector<LoadedRule> rules = load_scan_rules(sopts, &notes);
  std::vector<RuleInfo> all_rules;  // what the change rules measure a configuration change on
  for (const auto& r : rules) all_rules.push_back(r.info);
  rules = select_rules(std::move(rules), opts.select, {});
  for (const auto& n : notes) {
    out << "error: " << (n.path.empty() ? "" : n.path + (n.line ? ":" + std::to_string(n.line) : "") + ": ") << n.message
        << "\n";
    if (n.level == Notification::Level::error) sum.load_errors = true;
  }
  const fs::path root = opts.pack_dir.empty() ? fs::path(opts.fixtures_root) : fs::path(opts.pack_dir);

  for (size_t i = 0; i < rules.size(); ++i) {
    const RuleInfo& info = rules[i].info;
    std::vector<LoadedRule> one{rules[i]};
    std::string family = info.id.substr(0, info.id.find('.'));
    std::string name = info.id.substr(info.id.find('.') + 1);
    fs::path dir = root / family / name;
    std::vector<std::string> problems;
    int files = 0;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      problems.push_back("no fixtures: " + dir.string() + " is missing");
    } else {
      std::vector<fs::path> paths, trees;
      for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory() && it->path().extension() == ".tree" && !in_tree_fixture(it->path(), dir))
          trees.push_back(it->path());
        else if (it->is_regular_file() && is_fixture_file(it->path()) && !in_tree_fixture(it->path(), dir))
          paths.push_back(it->path());
      }
      std::sort(paths.begin(), paths.end());
      std::sort(trees.begin(), trees.end());
      std::shared_ptr<const SecretPass> pass = build_secret_pass(one, &notes);
      FileScanner scanner(one, sopts, pass);
      for (const fs::path& p : paths) {
        std::string text, error;
        std::string rel = fs::relative(p, dir).generic_string();
        std::string shown = p.generic_string();
        if (!read_regular_file(p.string(), sopts.max_file_size, &text, &error)) {
          problems.push_back(shown + ": cannot read: " + error);
          continue;
        }
        ++files;
        Expectation exp = expectations_of(p, text, info.id, &problems);
        // <file>.options.json: the rule's `options` (as .tollgate.yaml would give them) for this fixture alone.
        std::vector<LoadedRule> with_options;
        fs::path options_file = p;
        options_file += ".options.json";
        if (fs::exists(options_file, ec)) {
          std::string options;
          if (!read_regular_file(options_file.string(), sopts.max_file_size, &options, &error)) {
            problems.push_back(options_file.generic_string() + ": cannot read: " + error);
            continue;
          }
          with_options = one;
          with_options[0].options = options;
        }
        const std::vector<LoadedRule>& these = with_options.empty() ? one : with_options;
        Classification cls = classify_fixture(rel, text);
        auto src = SourceText::make(shown, without_annotations(std::move(text)));
        FileResult res;
        bool with_base = is_change_rule(info.id) || info.id == kSnapshotRule;
        if (with_base) {
          // A change rule compares the fixture with <file>.base, its version before the change (none: added); the
          // snapshot rule, with the version its snapshot recorded.
          fs::path base_file = p;
          base_file += ".base";
          std::optional<std::string> base;
          if (std::string b; fs::exists(base_file, ec)) {
            if (!read_regular_file(base_file.string(), sopts.max_file_size, &b, &error)) {
              problems.push_back(base_file.generic_string() + ": cannot read: " + error);
              continue;
            }
            base = std::move(b);
          }
          if (info.id == kSnapshotRule) {
            Manifest then, now;
            if (base) then.objects = file_objects(SourceText::make(shown, std::move(*base)), cls.kind);
            now.objects = file_objects(src, cls.kind);
            sort_objects(&then.objects);
            sort_objects(&now.objects);
            res.findings = snapshot_drift(then, now, info);
          } else {
            res.findings = check_changed_file(info, {src, std::move(base)}, all_rules);
          }
        } else if (with_options.empty()) {
          scanner.scan_source(src, cls, &res);
        } else {
          FileScanner(these, sopts, pass).scan_source(src, cls, &res);
        }
        if (!with_base && (!res.documents.empty() || info.scope == RuleScope::repository)) {
          std::vector<const Document*> docs;
          for (auto& d : res.documents) docs.push_back(d.get());
          run_repository_rules(these, sopts, docs, &res.findings, &res.notes, &res.secrets, *pass);
        }
        for (const auto& n : res.notes)
          if (n.level == Notification::Level::error) problems.push_back(shown + ": rule failed: " + n.message);
        std::vector<const Finding*> found;
        for (const Finding& f : res.findings) found.push_back(&f);
        compare_with_expected(shown, exp, found, &problems);
      }
      for (const fs::path& tree : trees) {
        // A tree may hold the repository's .tollgate.yaml: its `environments` apply to the tree's scan.
        ScanOptions tree_opts = sopts;
        fs::path config = tree / kConfigFileName;
        if (fs::exists(config, ec)) {
          ConfigError err;
          if (auto cfg = load_config(config.string(), &err)) {
            tree_opts.environments = environment_config(*cfg);
            tree_opts.readiness = cfg->readiness;
          } else {
            problems.push_back(err.str());
          }
        }
        FileResult res;
        std::vector<std::pair<std::string, Expectation>> expected;  // by file, as shown
        std::vector<fs::path> members;
        for (auto it = fs::recursive_directory_iterator(tree, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
          if (it->is_regular_file() && is_fixture_file(it->path()) && it->path() != config) members.push_back(it->path());
        std::sort(members.begin(), members.end());
        for (const fs::path& p : members) {
          std::string text, error;
          if (!read_regular_file(p.string(), sopts.max_file_size, &text, &error)) {
            problems.push_back(p.generic_string() + ": cannot read: " + error);
            continue;
          }
          ++files;
          expected.emplace_back(p.generic_string(), expectations_of(p, text, info.id, &problems));
          Classification cls = classify_fixture(fs::relative(p, tree).generic_string(), text);
          scanner.scan_source(SourceText::make(p.generic_string(), without_annotations(std::move(text))), cls, &res);
        }
        std::vector<const Document*> docs;
        for (auto& d : res.documents) docs.push_back(d.get());
        // The tree is the repository readiness is assessed on: its files, named as the fixtures show them.
        ReadinessRun readiness;
        readiness.prefix = tree.generic_string() + "/";
        for (const fs::path& p : members) readiness.paths.push_back(p.generic_string());
        run_repository_rules(one, tree_opts, docs, &res.findings, &res.notes, &res.secrets, *pass, nullptr, nullptr,
                             &readiness);
        for (const auto& n : res.notes)
          if (n.level == Notification::Level::error) problems.push_back(tree.generic_string() + ": rule failed: " + n.message);
        std::set<std::string> files;
        for (const auto& [shown, exp] : expected) {
          files.insert(shown);
          std::vector<const Finding*> found;
          for (const Finding& f : res.findings)
            if (f.location.path == shown && f.location.span.line > 0) found.push_back(&f);
          compare_with_expected(shown, exp, found, &problems);
        }
        // Findings at places that are not files of the tree (a missing runbook folder), or at a file as a whole
        // (line 0), are listed in the tree's sidecar, `<name>.tree.expected.json`:
        // [{"rule": id, "path": "infra/runbooks/", "line": 0}], paths relative to the tree.
        std::set<std::pair<std::string, uint32_t>> want;
        fs::path sidecar = tree;
        sidecar += ".expected.json";
        std::vector<SidecarEntry> entries;
        std::string error;
        if (fs::exists(sidecar, ec) && !load_sidecar(sidecar, info.id, &entries, &error))
          problems.push_back(sidecar.generic_string() + ": " + error);
        for (const SidecarEntry& e : entries)
          if (!e.path.empty()) want.insert({readiness.prefix + e.path, e.line});
        std::set<std::pair<std::string, uint32_t>> got;
        for (const Finding& f : res.findings)
          if (!files.count(f.location.path) || f.location.span.line == 0) got.insert({f.location.path, f.location.span.line});
        for (const auto& w : want)
          if (!got.count(w)) problems.push_back(w.first + ":" + std::to_string(w.second) + ": expected a finding, none reported");
        for (const auto& g : got)
          if (!want.count(g))
            for (const Finding& f : res.findings)
              if (f.location.path == g.first && f.location.span.line == g.second) {
                problems.push_back(g.first + ":" + std::to_string(g.second) + ": unexpected finding: " + f.message);
                break;
              }
      }
      if (files == 0) problems.push_back("no fixtures: " + dir.string() + " has no files");
    }
    if (rules[i].secret) check_examples(rules[i], &problems);
    if (problems.empty()) {
      out << "PASS " << info.id << " (" << files << (files == 1 ? " file)\n" : " files)\n");
      ++sum.passed;
    } else {
      out << "FAIL " << info.id << "\n";
      for (const auto& p : problems) out << "  " << p << "\n";
      ++sum.failed;
    }
  }
  out << sum.passed << " passed, " << sum.failed << " failed\n";
  return sum;
}

}  // namespace tollgate
