// The hand-built scan every reporter test renders (reporters_test.cc, html_report_test.cc) and their golden files
// under fixtures/golden/: one sample, so every format shows the same findings.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tollgate/report.h"

namespace tollgate::test {

namespace fs = std::filesystem;

inline std::string fake_fingerprint(int n) {
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < 64; ++i) s += hex[(i * 7 + n * 3) % 16];
  return s;
}

inline Span span(uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col) {
  Span s;
  s.line = line;
  s.col = col;
  s.end_line = end_line;
  s.end_col = end_col;
  return s;
}

inline RuleInfo rule(std::string id, std::string title, Severity sev, std::vector<std::string> tags, std::string help,
              std::vector<std::string> refs = {}, std::string origin = "") {
  RuleInfo r;
  r.id = std::move(id);
  r.title = std::move(title);
  r.severity = sev;
  r.tags = std::move(tags);
  r.applies_to = {"*"};
  r.help = RuleText(std::move(help));
  r.references = std::move(refs);
  r.origin = origin.empty() ? "builtin:rules/" + r.tags.front() + "/" + r.id.substr(r.id.find('.') + 1) + ".lua"
                            : std::move(origin);
  return r;
}

inline Finding finding(std::string rule_id, Severity sev, std::string path, Span sp, std::string message, std::string snippet,
                int fp) {
  Finding f;
  f.rule_id = std::move(rule_id);
  f.severity = sev;
  f.location.path = std::move(path);
  f.location.span = sp;
  f.message = std::move(message);
  f.snippet = std::move(snippet);
  f.content_key = "key-" + std::to_string(fp);
  f.fingerprint = fake_fingerprint(fp);
  return f;
}

inline std::vector<RuleInfo> sample_rules() {
  std::vector<RuleInfo> rules{
      rule("config.parse-error", "File could not be parsed", Severity::high, {"config"},
           "tollgate could not parse this file, so no rule checked it.\n\nFix the syntax error."),
      rule(
          "drift.env-parity", "Environments built from one template differ", Severity::medium, {"drift", "terraform"},
          "# Environment parity\n\nStaging and production must come from **one** template with `parameters`;\n"
          "see [the standard](https://example.com/parity).\n\n```hcl\nmodule \"env\" {\n  source = \"./env\"\n}\n```\n",
          {"https://example.com/parity"}),
      rule("gates.deploy-without-approval", "Production deploy job has no approval gate", Severity::high,
           {"gates", "github-actions"},
           "A deploy to production must wait for a human approval.\nAdd an `environment:` with required reviewers."),
      rule("manual-change.kubectl-apply", "Script applies manifests to a cluster by hand", Severity::low,
           {"manual-change", "shell"}, "Changes reach production through the pipeline, never by hand."),
      rule("observability.no-health-check", "Container has no health check", Severity::info,
           {"observability", "kubernetes"}, "Without a probe the platform cannot restart a stuck container."),
      rule("secrets.aws-access-key", "AWS access key ID in source", Severity::critical, {"secrets"},
           "Hardcoded credentials leak with the repository. Rotate the key, then load it from a secret store."),
      rule("security.custom-thing", "Team rule: no public buckets", Severity::info, {"security", "terraform"},
           "Our team forbids public buckets.", {"https://wiki.example.com/buckets"},
           "team-rules/security/custom-thing.lua"),
  };
  std::sort(rules.begin(), rules.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return rules;
}

// Covers: every severity, a related location, a suppressed finding, baseline states, notifications with and
// without a path, non-ASCII and JSON/XML-special text, a path with a space, a tab, a terminal escape and a byte
// that is not UTF-8.
inline Report sample_report() {
  Report r;
  r.tool_version = "0.1.0";
  r.rules = sample_rules();
  r.roots = {"."};
  r.files_scanned = 40;
  r.bytes_scanned = 123456;
  r.baseline_used = true;

  Finding secret = finding("secrets.aws-access-key", Severity::critical, "app config/settings.env", span(3, 11, 3, 31),
                           "AWS access key in \"aws_key\" <dotenv> & committed", "aws_key = AKIA****************\n", 1);
  secret.secret_range = std::make_pair(40u, 60u);
  secret.baseline = BaselineState::fresh;

  Finding gate =
      finding("gates.deploy-without-approval", Severity::high, ".github/workflows/deploy.yml", span(14, 5, 14, 11),
              "job 'deploy' deploys to production without an environment gate", "    deploy:\n", 2);
  gate.baseline = BaselineState::unchanged;

  Finding drift = finding("drift.env-parity", Severity::medium, "infra/envs/prod/main.tf", span(7, 3, 9, 4),
                          "instance_type differs from staging: \u201cm5.large\u201d \u2260 \u201ct3.small\u201d",
                          "  instance_type = \"m5.large\"\n  count         = 3\n}\n", 3);
  Location staging;
  staging.path = "infra/envs/staging/main.tf";
  staging.span = span(7, 3, 7, 30);
  staging.message = "the staging value";
  drift.related.push_back(staging);
  drift.baseline = BaselineState::fresh;

  Finding manual =
      finding("manual-change.kubectl-apply", Severity::low, "scripts/d\u00e9ploiement.sh", span(8, 2, 8, 15),
              "kubectl apply runs by hand (na\u00efve rollout)", "\tkubectl apply -f k8s/  # na\u00efve\n", 4);
  manual.baseline = BaselineState::fresh;

  Finding suppressed = finding("manual-change.kubectl-apply", Severity::low, "scripts/hotfix.sh", span(3, 1, 3, 14),
                               "kubectl apply runs by hand", "kubectl apply -f emergency.yaml\n", 5);
  suppressed.suppressed = true;
  suppressed.suppression_reason = "break-glass script, see <OPS-123> & runbook";
  suppressed.baseline = BaselineState::fresh;

  Finding custom = finding("security.custom-thing", Severity::info, "k8s/app.yaml", span(2, 1, 2, 9),
                           "bucket is public \x1b[31mred\x1b[0m and \xff odd", "acl: \"public-read\"\n", 6);
  custom.baseline = BaselineState::fresh;

  Finding parse = finding("config.parse-error", Severity::high, "config/broken.yaml", span(4, 7, 4, 8),
                          "expected ':' but found '}'", "key }\n", 7);
  parse.baseline = BaselineState::fresh;

  r.findings = {secret, gate, drift, manual, suppressed, custom, parse};
  std::sort(r.findings.begin(), r.findings.end(), finding_less);

  Notification unreadable;
  unreadable.level = Notification::Level::error;
  unreadable.message = "could not read file: permission denied";
  unreadable.path = "secrets/locked.env";
  Notification config;
  config.level = Notification::Level::warning;
  config.message = "unknown key 'severty' (did you mean 'severity'?)";
  config.path = ".tollgate.yaml";
  config.line = 7;
  Notification budget;
  budget.level = Notification::Level::error;
  budget.message = "rule stopped: instruction budget exhausted";
  budget.rule_id = "security.custom-thing";
  r.notifications = {unreadable, config, budget};
  return r;
}

// A clean scan: the same rules, nothing found, nothing went wrong.
inline Report empty_report() {
  Report r;
  r.tool_version = "0.1.0";
  r.rules = sample_rules();
  r.roots = {"."};
  r.files_scanned = 12;
  r.bytes_scanned = 3456;
  return r;
}

inline std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

inline void check_golden(const std::string& name, const std::string& actual) {
  fs::path path = fs::path(TOLLGATE_SOURCE_DIR) / "fixtures" / "golden" / name;
  const char* update = std::getenv("TOLLGATE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    write_file(path, actual);
    WARN("rewrote " << path.string());
    return;
  }
  INFO("golden file " << path.string() << " (set TOLLGATE_UPDATE_GOLDEN=1 to rewrite)");
  REQUIRE(fs::exists(path));
  std::string expected = read_file(path);
  if (expected == actual) return;
  // Point at the first differing line; a whole-file dump would hide it.
  std::istringstream e(expected), a(actual);
  std::string el, al;
  int line = 0;
  while (true) {
    ++line;
    bool more_e = static_cast<bool>(std::getline(e, el)), more_a = static_cast<bool>(std::getline(a, al));
    if (!more_e && !more_a) break;
    if (!more_e) el = "<end of file>";
    if (!more_a) al = "<end of file>";
    if (el != al || !more_e || !more_a) break;
  }
  FAIL("differs at line " << line << "\n  expected: " << el << "\n  actual:   " << al);
}

}  // namespace tollgate::test
