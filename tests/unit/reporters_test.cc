// Reporters: golden files pin every format byte for byte (a SARIF or JUnit diff is an API change), schemas
// validate the structured ones, and invariants that goldens cannot show are asserted directly.
//
// Regenerate the goldens after an intended change with TOLLGATE_UPDATE_GOLDEN=1 and review the diff.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reporters/json_writer.h"
#include "tollgate/report.h"
#include "tests/unit/report_samples.h"

namespace fs = std::filesystem;
using namespace tollgate;
using namespace tollgate::test;

namespace {

// A deterministic stand-in for a SHA-256 hex digest.
RenderOptions opts(bool color = false, bool include_suppressed = false) {
  RenderOptions o;
  o.color = color;
  o.include_suppressed = include_suppressed;
  return o;
}

// A scratch file unique to this process: ctest runs test cases in parallel processes.
fs::path temp_file(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("tollgate-reporters-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir / name;
}

void remove_temp(const fs::path& file) {
  std::error_code ec;
  fs::remove(file, ec);
  fs::remove(file.parent_path(), ec);  // only once empty
}

struct CommandResult {
  int status = -1;
  std::string output;
};

CommandResult run(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// The standards' schemas, kept as test data in the repository (tests/data/schemas/README.md says where each is from).
fs::path schema_dir() { return fs::path(TOLLGATE_SOURCE_DIR) / "tests" / "data" / "schemas"; }

// Validates against the draft the schema itself declares (draft-04 for SARIF 2.1.0), formats included.
CommandResult validate_sarif(const std::string& sarif) {
  fs::path doc = temp_file("report.sarif");
  write_file(doc, sarif);
  const char* script =
      "import json, sys\n"
      "from jsonschema import validators\n"
      "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
      "doc = json.load(open(sys.argv[2], encoding='utf-8'))\n"
      "cls = validators.validator_for(schema)\n"
      "cls.check_schema(schema)\n"
      "checker = getattr(cls, 'FORMAT_CHECKER', None)\n"
      "errors = list(cls(schema, format_checker=checker).iter_errors(doc))\n"
      "for e in errors: print('/' + '/'.join(str(p) for p in e.absolute_path) + ': ' + e.message)\n"
      "sys.exit(1 if errors else 0)\n";
  auto r = run("/usr/bin/python3 -c " + quote(script) + " " +
               quote((schema_dir() / "sarif-schema-2.1.0.json").string()) + " " + quote(doc.string()));
  remove_temp(doc);
  return r;
}

CommandResult validate_junit(const std::string& xml) {
  fs::path doc = temp_file("report.junit.xml");
  write_file(doc, xml);
  auto r = run("xmllint --noout --schema " + quote((schema_dir() / "junit.xsd").string()) + " " +
               quote(doc.string()));
  remove_temp(doc);
  return r;
}

std::vector<std::string> all_renderings(const Report& r) {
  std::vector<std::string> out;
  for (bool inc : {false, true}) {
    for (bool color : {false, true}) out.push_back(render_text(r, opts(color, inc)));
    out.push_back(render_json(r, opts(false, inc)));
    out.push_back(render_sarif(r, opts(false, inc)));
    out.push_back(render_junit(r, opts(false, inc)));
    out.push_back(render_markdown(r, opts(false, inc)));
  }
  return out;
}

}  // namespace

// --- golden files ---------------------------------------------------------------------------------------------
// Text goldens use the default options (suppressed findings left out); the structured goldens list suppressed
// findings so their representation is pinned too.

TEST_CASE("reporters: text golden", "[reporters][golden]") {
  check_golden("report.txt", render_text(sample_report(), opts()));
  check_golden("report-empty.txt", render_text(empty_report(), opts()));
}

TEST_CASE("reporters: coloured text golden", "[reporters][golden]") {
  check_golden("report-color.txt", render_text(sample_report(), opts(true)));
  check_golden("report-empty-color.txt", render_text(empty_report(), opts(true)));
}

TEST_CASE("reporters: json golden", "[reporters][golden]") {
  check_golden("report.json", render_json(sample_report(), opts(false, true)));
  check_golden("report-empty.json", render_json(empty_report(), opts(false, true)));
}

TEST_CASE("reporters: sarif golden", "[reporters][golden]") {
  check_golden("report.sarif", render_sarif(sample_report(), opts(false, true)));
  check_golden("report-empty.sarif", render_sarif(empty_report(), opts(false, true)));
}

TEST_CASE("reporters: markdown golden", "[reporters][golden]") {
  check_golden("report.md", render_markdown(sample_report(), opts()));
  check_golden("report-empty.md", render_markdown(empty_report(), opts()));
}

TEST_CASE("reporters: markdown escapes what files and rules say, and lists the most severe first", "[reporters][markdown]") {
  Report r;
  r.files_scanned = 2;
  r.rules = {RuleInfo{}};
  r.rules[0].id = "config.x";
  r.rules[0].severity = Severity::low;
  Finding low = finding("config.x", Severity::low, "a|b<script>.yaml", span(3, 1, 3, 2), "low one", "k: v\n", 1);
  Finding high = finding("config.x", Severity::high, "dir/`x`.yaml", span(1, 1, 1, 2),
                         "a | pipe, *stars*, [link](javascript:x) and <b>tags</b>\nsecond line", "  <img src=x>\n", 3);
  r.findings = {low, high};
  std::string md = render_markdown(r, opts());
  INFO(md);
  CHECK(md.find("| high | [`config.x`](") != std::string::npos);
  CHECK(md.find("| high |") < md.find("| low |"));
  CHECK(md.find("a&#124;b&lt;script&gt;.yaml:3:1") != std::string::npos);
  CHECK(md.find("dir/&#96;x&#96;.yaml:1:1") != std::string::npos);
  CHECK(md.find("a &#124; pipe, \\*stars\\*, \\[link\\](javascript:x) and &lt;b&gt;tags&lt;/b&gt; second line") !=
        std::string::npos);
  CHECK(md.find("<code>&lt;img src=x&gt;</code>") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("**Gate failed:** 2 findings at or above *low*.") != std::string::npos);
  RenderOptions only_high = opts();
  only_high.fail_on = Severity::critical;
  CHECK(render_markdown(r, only_high).find("**Gate passed:** no finding at or above *critical*.") != std::string::npos);
}

TEST_CASE("reporters: a SARIF report read back and merged renders as the report it came from", "[reporters][merge]") {
  Report r = sample_report();
  RenderOptions all = opts(false, true);
  Report back;
  std::string error;
  REQUIRE(read_sarif_report(render_sarif(r, all), &back, &error));
  // What SARIF carries comes back: the same SARIF, JSON and markdown (the text report's carets need the masks'
  // places, which SARIF does not carry).
  CHECK(render_sarif(back, all) == render_sarif(r, all));
  CHECK(render_json(back, all) == render_json(r, all));
  CHECK(render_markdown(back, all) == render_markdown(r, all));

  SECTION("merging parts gives each finding once and adds up the counts") {
    Report first = back, second = back;
    first.findings.resize(2);
    Report merged = merge_reports({first, second, back});
    CHECK(merged.findings.size() == r.findings.size());
    CHECK(merged.files_scanned == 3 * r.files_scanned);
    CHECK(merged.notifications.size() == r.notifications.size());
    CHECK(render_json(merged, all).find("\"findings\"") != std::string::npos);
  }
  SECTION("anything but tollgate's SARIF is refused with a reason") {
    CHECK_FALSE(read_sarif_report("{", &back, &error));
    CHECK(error == "not JSON");
    CHECK_FALSE(read_sarif_report(R"({"runs": [{"tool": {"driver": {"name": "other"}}}]})", &back, &error));
    CHECK(error == "not a tollgate SARIF report (tool.driver.name is not \"tollgate\")");
    CHECK_FALSE(read_sarif_report(R"({"runs": []})", &back, &error));
    CHECK(error == "not a SARIF report with one run");
  }
}

TEST_CASE("reporters: junit golden", "[reporters][golden]") {
  check_golden("report.junit.xml", render_junit(sample_report(), opts(false, true)));
  check_golden("report-empty.junit.xml", render_junit(empty_report(), opts(false, true)));
}

// --- schemas --------------------------------------------------------------------------------------------------

TEST_CASE("reporters: sarif validates against the SARIF 2.1.0 schema", "[reporters][schema]") {
  for (bool inc : {false, true}) {
    for (const Report& r : {sample_report(), empty_report()}) {
      auto v = validate_sarif(render_sarif(r, opts(false, inc)));
      INFO(v.output);
      CHECK(v.status == 0);
    }
  }
}

TEST_CASE("reporters: junit validates against junit.xsd", "[reporters][schema]") {
  Report no_rules;
  no_rules.tool_version = "0.1.0";
  for (bool inc : {false, true}) {
    for (const Report& r : {sample_report(), empty_report(), no_rules}) {
      auto v = validate_junit(render_junit(r, opts(false, inc)));
      INFO(v.output);
      CHECK(v.status == 0);
    }
  }
}

// --- invariants -----------------------------------------------------------------------------------------------

TEST_CASE("reporters: sarif rules are unique and every result points at its rule", "[reporters][sarif]") {
  Report r = sample_report();
  // A rule the report does not list (an engine-native one) still needs a descriptor for its ruleIndex.
  r.findings.push_back(finding("config.unlisted-native", Severity::medium, "zz.yaml", span(1, 1, 1, 2), "m", "x\n", 9));
  r.rules.push_back(r.rules.front());  // a duplicate must not give two descriptors
  auto sarif = nlohmann::json::parse(render_sarif(r, opts(false, true)));
  const auto& run = sarif["runs"].at(0);
  const auto& rules = run["tool"]["driver"]["rules"];

  std::vector<std::string> ids;
  for (const auto& d : rules) ids.push_back(d["id"]);
  CHECK(std::is_sorted(ids.begin(), ids.end()));
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
  CHECK(ids.size() == 8);

  REQUIRE(run["results"].size() == r.findings.size());
  for (const auto& res : run["results"]) {
    INFO(res.dump());
    size_t index = res["ruleIndex"];
    REQUIRE(index < rules.size());
    CHECK(rules[index]["id"] == res["ruleId"]);
    CHECK(res["partialFingerprints"]["primaryLocationLineHash"].get<std::string>().size() == 64);
    CHECK(res["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  }
  for (const auto& d : rules) {
    INFO(d.dump());
    CHECK(d["properties"]["security-severity"].is_string());
    CHECK(d["shortDescription"]["text"].get<std::string>() != "");
    CHECK(d["fullDescription"]["text"].get<std::string>() != "");
    CHECK(d["help"]["text"].get<std::string>() != "");
    CHECK(d["help"]["markdown"].get<std::string>() != "");
  }
}

TEST_CASE("reporters: sarif fields follow the contract", "[reporters][sarif]") {
  Report r = sample_report();
  auto sarif = nlohmann::json::parse(render_sarif(r, opts()));
  CHECK(sarif["version"] == "2.1.0");
  CHECK(sarif["$schema"].get<std::string>().find("sarif-schema-2.1.0.json") != std::string::npos);
  REQUIRE(sarif["runs"].size() == 1);
  const auto& run = sarif["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK_FALSE(run["originalUriBaseIds"]["%SRCROOT%"].contains("uri"));
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "tollgate");
  CHECK(driver["version"] == "0.1.0");
  CHECK(driver["informationUri"] == "https://github.com/tollgate-dev/tollgate");

  SECTION("rule descriptors") {
    const auto& rules = driver["rules"];
    auto find = [&](const std::string& id) {
      for (const auto& d : rules)
        if (d["id"] == id) return d;
      FAIL("no rule " << id);
      return nlohmann::json();
    };
    auto gate = find("gates.deploy-without-approval");
    CHECK(gate["name"] == "DeployWithoutApproval");
    CHECK(gate["shortDescription"]["text"] == "Production deploy job has no approval gate");
    CHECK(gate["fullDescription"]["text"] ==
          "A deploy to production must wait for a human approval. Add an environment: with required reviewers.");
    CHECK(gate["helpUri"] ==
          "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/gates/deploy-without-approval.md");
    CHECK(gate["defaultConfiguration"]["level"] == "error");
    CHECK(gate["properties"]["security-severity"] == "8.0");
    CHECK(gate["properties"]["precision"] == "high");
    CHECK(gate["properties"]["tags"] == nlohmann::json::array({"gates", "github-actions"}));

    auto drift = find("drift.env-parity");
    CHECK(drift["name"] == "EnvParity");
    CHECK(drift["fullDescription"]["text"] ==
          "Staging and production must come from one template with parameters; see the standard "
          "(https://example.com/parity).");
    CHECK(drift["defaultConfiguration"]["level"] == "warning");
    CHECK(drift["properties"]["security-severity"] == "5.5");
    CHECK(drift["help"]["markdown"].get<std::string>().find("**one**") != std::string::npos);
    CHECK(drift["help"]["text"].get<std::string>().find("**") == std::string::npos);

    CHECK(find("secrets.aws-access-key")["properties"]["security-severity"] == "9.5");
    CHECK(find("manual-change.kubectl-apply")["defaultConfiguration"]["level"] == "note");
    CHECK(find("observability.no-health-check")["properties"]["security-severity"] == "0.0");
    // A team's own rule has no page in tollgate's docs; linking there would be a 404.
    CHECK_FALSE(find("security.custom-thing").contains("helpUri"));
  }

  SECTION("results") {
    const auto& results = run["results"];
    REQUIRE(results.size() == 6);  // the suppressed finding is left out by default
    for (const auto& res : results) CHECK_FALSE(res.contains("suppressions"));
    const auto& secret = results[1];
    REQUIRE(secret["ruleId"] == "secrets.aws-access-key");
    CHECK(secret["level"] == "error");
    const auto& phys = secret["locations"][0]["physicalLocation"];
    CHECK(phys["artifactLocation"]["uri"] == "app%20config/settings.env");
    CHECK(phys["region"] == nlohmann::json::parse(R"({"startLine": 3, "startColumn": 11, "endLine": 3,
          "endColumn": 31, "snippet": {"text": "aws_key = AKIA****************\n"}})"));
    CHECK(secret["baselineState"] == "new");

    bool saw_related = false, saw_unchanged = false, saw_encoded = false;
    for (const auto& res : results) {
      if (res.contains("relatedLocations")) {
        saw_related = true;
        const auto& rel = res["relatedLocations"][0];
        CHECK(rel["id"] == 1);
        CHECK(rel["message"]["text"] == "the staging value");
        CHECK(rel["physicalLocation"]["artifactLocation"]["uri"] == "infra/envs/staging/main.tf");
      }
      if (res["baselineState"] == "unchanged") saw_unchanged = true;
      if (res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "scripts/d%C3%A9ploiement.sh")
        saw_encoded = true;
    }
    CHECK(saw_related);
    CHECK(saw_unchanged);
    CHECK(saw_encoded);
  }

  SECTION("baselineState only where a finding has one: none without a baseline") {
    r.baseline_used = false;
    for (Finding& f : r.findings) f.baseline = BaselineState::none;
    auto plain = nlohmann::json::parse(render_sarif(r, opts()));
    for (const auto& res : plain["runs"][0]["results"]) CHECK_FALSE(res.contains("baselineState"));
    // snapshot verify's states (an object changed or removed since the snapshot).
    r.findings[0].baseline = BaselineState::updated;
    r.findings[1].baseline = BaselineState::absent;
    auto states = nlohmann::json::parse(render_sarif(r, opts()));
    CHECK(states["runs"][0]["results"][0]["baselineState"] == "updated");
    CHECK(states["runs"][0]["results"][1]["baselineState"] == "absent");
  }

  SECTION("suppressed findings when asked") {
    auto with = nlohmann::json::parse(render_sarif(r, opts(false, true)));
    int suppressed = 0;
    for (const auto& res : with["runs"][0]["results"]) {
      if (!res.contains("suppressions")) continue;
      ++suppressed;
      CHECK(res["suppressions"] ==
            nlohmann::json::parse(
                R"([{"kind": "inSource", "justification": "break-glass script, see <OPS-123> & runbook"}])"));
    }
    CHECK(suppressed == 1);
  }

  SECTION("tool notifications") {
    const auto& inv = run["invocations"];
    REQUIRE(inv.size() == 1);
    CHECK(inv[0]["executionSuccessful"] == false);
    const auto& notes = inv[0]["toolExecutionNotifications"];
    REQUIRE(notes.size() == 3);
    CHECK(notes[0]["level"] == "error");
    CHECK(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "secrets/locked.env");
    CHECK_FALSE(notes[0]["locations"][0]["physicalLocation"].contains("region"));
    CHECK(notes[1]["level"] == "warning");
    CHECK(notes[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 7);
    CHECK_FALSE(notes[2].contains("locations"));
    CHECK(notes[2]["associatedRule"]["id"] == "security.custom-thing");
    size_t idx = notes[2]["associatedRule"]["index"];
    CHECK(driver["rules"][idx]["id"] == "security.custom-thing");

    r.notifications.erase(r.notifications.begin());
    r.notifications.pop_back();  // only the warning is left
    auto ok = nlohmann::json::parse(render_sarif(r, opts()));
    CHECK(ok["runs"][0]["invocations"][0]["executionSuccessful"] == true);
  }
}

TEST_CASE("reporters: no output carries a secret the finding does not show", "[reporters][secrets]") {
  // The secret exists only in a real file at the finding's path, in secret_range and in content_key. A reporter
  // that read the file, or printed the content key, would leak it.
  const std::string secret = "AKIAIOSFODNN7EXAMPLE";
  fs::path file = temp_file("leak.env");
  write_file(file, "aws_key = " + secret + "\n");
  Report r = sample_report();
  Finding f = finding("secrets.aws-access-key", Severity::critical, file.string(), span(1, 11, 1, 31),
                      "AWS access key ID in source", "aws_key = AKIA****************\n", 11);
  f.secret_range = std::make_pair(10u, 30u);
  f.content_key = secret;
  r.findings.push_back(f);
  Finding hidden = f;
  hidden.suppressed = true;
  hidden.suppression_reason = "test key";
  r.findings.push_back(hidden);
  for (const std::string& out : all_renderings(r)) {
    CHECK(out.find("IOSFODNN7EXAMPLE") == std::string::npos);
    CHECK(out.find("key-1") == std::string::npos);  // no content key of the sample findings either
  }
  remove_temp(file);
}

TEST_CASE("reporters: output is deterministic and machine-independent", "[reporters]") {
  auto first = all_renderings(sample_report());
  auto second = all_renderings(sample_report());
  CHECK(first == second);
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  for (const std::string& out : first) {
    CHECK(out.find(TOLLGATE_SOURCE_DIR) == std::string::npos);
    CHECK(out.find(fs::current_path().string()) == std::string::npos);
    if (std::string(host).size() > 3) CHECK(out.find(host) == std::string::npos);
  }
}

TEST_CASE("reporters: suppressed findings appear only when asked, in every format", "[reporters]") {
  Report r = sample_report();
  const std::string path = "scripts/hotfix.sh";
  CHECK(render_text(r, opts()).find(path) == std::string::npos);
  CHECK(render_json(r, opts()).find(path) == std::string::npos);
  CHECK(render_sarif(r, opts()).find(path) == std::string::npos);
  CHECK(render_junit(r, opts()).find(path) == std::string::npos);
  CHECK(render_markdown(r, opts()).find(path) == std::string::npos);
  CHECK(render_markdown(r, opts(false, true)).find("scripts/hotfix.sh:3:1") != std::string::npos);

  std::string text = render_text(r, opts(false, true));
  CHECK(text.find("scripts/hotfix.sh:3:1: low[manual-change.kubectl-apply] kubectl apply runs by hand\n") !=
        std::string::npos);
  CHECK(text.find("  suppressed: break-glass script, see <OPS-123> & runbook\n") != std::string::npos);
  CHECK(render_junit(r, opts(false, true))
            .find("<skipped message=\"suppressed: break-glass script, see &lt;OPS-123&gt; &amp; runbook\"/>") !=
        std::string::npos);
}

TEST_CASE("reporters: text places the caret by code point with tabs expanded", "[reporters][text]") {
  Report r;
  r.files_scanned = 1;
  // Column 8 is '=': a tab (to display column 4), five letters of which one is two bytes, a space.
  Finding f = finding("config.x", Severity::medium, "a.env", span(12, 8, 12, 9), "m", "\tna\u00efve = 1\n", 1);
  r.findings = {f};
  CHECK(render_text(r, opts()) ==
        "a.env:12:8: medium[config.x] m\n"
        "  12 |     na\u00efve = 1\n"
        "     |           ^\n"
        "\n"
        "1 finding (1 medium) in 1 file\n");

  SECTION("an underline runs to the end column, clamped to a line masking shortened") {
    r.findings[0].location.span = span(12, 2, 12, 40);
    CHECK(render_text(r, opts()).find("     |     ^~~~~~~~~\n") != std::string::npos);
  }
  SECTION("a multi-line span underlines the rest of its first line") {
    r.findings[0].location.span = span(12, 8, 13, 2);
    r.findings[0].snippet = "\tna\u00efve = 1\n}\n";
    CHECK(render_text(r, opts()).find("  12 |     na\u00efve = 1\n     |           ^~~\n  13 | }\n") !=
          std::string::npos);
  }
  SECTION("no snippet, no caret") {
    r.findings[0].snippet.clear();
    CHECK(render_text(r, opts()) == "a.env:12:8: medium[config.x] m\n\n1 finding (1 medium) in 1 file\n");
  }
  SECTION("control characters cannot reach the terminal") {
    r.findings[0].message = "a\x1b[2Jb";
    r.findings[0].snippet = "x\x07y\n";
    std::string out = render_text(r, opts());
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("a\uFFFD[2Jb") != std::string::npos);
  }
}

TEST_CASE("reporters: text underlines a masked secret's mask, not the bytes it replaced", "[reporters][text]") {
  Report r;
  r.files_scanned = 1;
  // In the file: "\tkéy = <40-byte token> # ü", the token at columns 8 to 47; the snippet shows its mask.
  Finding f = finding("secrets.x", Severity::high, "a.env", span(3, 8, 3, 48), "m", "\tk\u00e9y = ghp_**** # \u00fc\n", 1);
  f.masked = {MaskedRun{8, 40, 8}};
  r.findings = {f};
  // Displayed: a tab as four columns, "kéy = " to column 10, the mask to 18, " # ü" to 22.
  const std::string line = "  3 |     k\u00e9y = ghp_**** # \u00fc\n    | ";
  auto caret = [](size_t lead, size_t len) { return std::string(lead, ' ') + "^" + std::string(len - 1, '~') + "\n"; };
  CHECK(render_text(r, opts()).find(line + caret(10, 8)) != std::string::npos);

  SECTION("another rule's span over the whole line ends with the masked line") {
    r.findings[0].location.span = span(3, 1, 3, 52);
    CHECK(render_text(r, opts()).find(line + caret(0, 22)) != std::string::npos);
  }
  SECTION("a span after the mask moves left with the text") {
    r.findings[0].location.span = span(3, 49, 3, 50);  // the '#'
    CHECK(render_text(r, opts()).find(line + caret(19, 1)) != std::string::npos);
  }
  SECTION("a multi-line span starting inside the mask underlines from the mask's start to the line's end") {
    r.findings[0].location.span = span(3, 20, 4, 2);
    r.findings[0].snippet = "\tk\u00e9y = ghp_**** # \u00fc\n}\n";
    CHECK(render_text(r, opts()).find(line + caret(10, 12) + "  4 | }\n") != std::string::npos);
  }
}

TEST_CASE("reporters: text summary wording", "[reporters][text]") {
  Report r;
  r.files_scanned = 1;
  CHECK(render_text(r, opts()) == "no findings in 1 file\n");
  r.files_scanned = 3;
  r.findings = {finding("gates.a", Severity::high, "a", span(1, 1, 1, 2), "m", "", 1),
                finding("gates.b", Severity::medium, "b", span(1, 1, 1, 2), "m", "", 2)};
  std::string out = render_text(r, opts());
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) == "2 findings (1 high, 1 medium) in 3 files\n");
  RenderOptions strict = opts();
  strict.fail_on = Severity::high;
  out = render_text(r, strict);
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) ==
        "2 findings (1 high, 1 medium; 1 at or above high) in 3 files\n");

  r.findings[1].suppressed = true;
  Notification e, w;
  e.message = "boom";
  w.level = Notification::Level::warning;
  w.message = "careful";
  w.path = "x.yaml";
  w.line = 2;
  r.notifications = {e, w, w};
  out = render_text(r, opts());
  CHECK(out.find("\nerror: boom\nwarning: x.yaml:2: careful\n") != std::string::npos);
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) ==
        "1 finding (1 high) in 3 files; 1 suppressed; 1 error, 2 warnings\n");
}

TEST_CASE("reporters: a multi-line notification keeps its lines, indented", "[reporters][text]") {
  // git's errors come with hints on further lines; a control character (ESC) is still neutralised.
  Report r;
  Notification n;
  n.message = "git: fatal: ambiguous argument 'x..HEAD'\nUse '--' to separate\n\n'git <command>' \x1b[31m\n";
  r.notifications = {n};
  std::string out = render_text(r, opts());
  CHECK(out.find("error: git: fatal: ambiguous argument 'x..HEAD'\n    Use '--' to separate\n\n"
                 "    'git <command>' \xef\xbf\xbd[31m\n") != std::string::npos);
}

TEST_CASE("reporters: json shape", "[reporters][json]") {
  Report r = sample_report();
  std::string text = render_json(r, opts());
  CHECK(text.back() == '\n');
  auto j = nlohmann::json::parse(text);
  CHECK(j["version"] == 1);
  CHECK(j["tool"] == nlohmann::json::parse(R"({"name": "tollgate", "version": "0.1.0"})"));
  REQUIRE(j["findings"].size() == 6);
  const auto& secret = j["findings"][1];
  CHECK(secret["rule_id"] == "secrets.aws-access-key");
  CHECK(secret["severity"] == "critical");
  CHECK(secret["path"] == "app config/settings.env");
  CHECK(secret["start_line"] == 3);
  CHECK(secret["start_column"] == 11);
  CHECK(secret["end_line"] == 3);
  CHECK(secret["end_column"] == 31);
  CHECK(secret["suppressed"] == false);
  CHECK_FALSE(secret.contains("suppression_reason"));
  CHECK(secret["baseline_state"] == "new");
  CHECK(secret["related"] == nlohmann::json::array());
  CHECK(j["summary"]["by_severity"] ==
        nlohmann::json::parse(R"({"critical": 1, "high": 2, "medium": 1, "low": 1, "info": 1})"));
  CHECK(j["summary"]["findings"] == 6);
  CHECK(j["summary"]["suppressed"] == 1);
  CHECK(j["summary"]["files"] == 40);
  CHECK(j["summary"]["bytes"] == 123456);
  REQUIRE(j["errors"].size() == 3);
  CHECK(j["errors"][2] ==
        nlohmann::json::parse(R"({"level": "error", "message": "rule stopped: instruction budget exhausted",
                                  "rule_id": "security.custom-thing"})"));
  // A byte that is not UTF-8 becomes U+FFFD instead of aborting the whole report.
  CHECK(text.find("\xef\xbf\xbd odd") != std::string::npos);

  r.baseline_used = false;
  for (Finding& f : r.findings) f.baseline = BaselineState::none;
  auto plain = nlohmann::json::parse(render_json(r, opts()));
  for (const auto& f : plain["findings"]) CHECK_FALSE(f.contains("baseline_state"));
  r.findings[0].baseline = BaselineState::updated;
  CHECK(nlohmann::json::parse(render_json(r, opts()))["findings"][0]["baseline_state"] == "updated");
}

TEST_CASE("reporters: junit structure and escaping", "[reporters][junit]") {
  Report without_baseline = sample_report();
  without_baseline.baseline_used = false;
  for (Finding& f : without_baseline.findings) f.baseline = BaselineState::none;
  std::string all = render_junit(without_baseline, opts());
  CHECK(
      all.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tollgate\" tests=\"10\" failures=\"6\" "
                "errors=\"2\" skipped=\"0\">\n",
                0) == 0);
  // A family that found nothing still reports that it ran.
  CHECK(all.find("<testcase name=\"observability: no findings\" classname=\"observability\"/>") != std::string::npos);
  CHECK(all.find("gates.deploy-without-approval") != std::string::npos);
  CHECK(all.find("baseline:") == std::string::npos);

  // Against a baseline, the findings already in it are left out and counted in one passing testcase.
  std::string xml = render_junit(sample_report(), opts());
  CHECK(
      xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tollgate\" tests=\"11\" failures=\"5\" "
                "errors=\"2\" skipped=\"0\">\n",
                0) == 0);
  CHECK(xml.find("gates.deploy-without-approval") == std::string::npos);
  CHECK(xml.find("<testcase name=\"gates: no new findings\" classname=\"gates\"/>") != std::string::npos);
  CHECK(xml.find("<testcase name=\"baseline: 5 new, 1 in baseline\" classname=\"tollgate\"/>") != std::string::npos);
  CHECK(xml.find(
            "<testcase name=\"secrets.aws-access-key: AWS access key in &quot;aws_key&quot; &lt;dotenv&gt; "
            "&amp; committed\" classname=\"app config/settings.env\" file=\"app config/settings.env\" line=\"3\">") !=
        std::string::npos);
  CHECK(xml.find("location: app config/settings.env:3:11\n") != std::string::npos);
  CHECK(xml.find("help: https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/secrets/aws-access-key.md\n") !=
        std::string::npos);
  CHECK(xml.find("help: https://wiki.example.com/buckets\n") != std::string::npos);
  // ESC cannot appear in XML 1.0 at all; the stray byte becomes U+FFFD.
  CHECK(xml.find('\x1b') == std::string::npos);
  CHECK(xml.find("bucket is public [31mred[0m and \xef\xbf\xbd odd") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"tollgate\" tests=\"4\" failures=\"0\" errors=\"2\" skipped=\"0\">") !=
        std::string::npos);
  CHECK(xml.find("<system-err>warning: .tollgate.yaml:7: unknown key") != std::string::npos);
}

TEST_CASE("reporters: rule_help_uri", "[reporters]") {
  CHECK(rule_help_uri("gates.deploy-without-approval") ==
        "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/gates/deploy-without-approval.md");
  CHECK(rule_help_uri("manual-change.kubectl-apply") ==
        "https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/manual-change/kubectl-apply.md");
}

TEST_CASE("json writer: byte for byte what nlohmann's dump(2) writes for the same tree", "[reporters]") {
  // Every ASCII byte, malformed and valid UTF-8, empty containers, nesting.
  std::vector<std::string> strings = {"", "plain", "quote \" backslash \\ slash /", "\x7f del", "caf\xc3\xa9",
                                      "bad \xff byte", "cut \xe2\x82", "surrogate \xed\xa0\x80", "\xf0\x9f\x94\x91 key"};
  std::string all;
  for (int c = 0; c < 128; ++c) all += static_cast<char>(c);
  strings.push_back(all);

  nlohmann::ordered_json tree;
  tollgate::reporting::JsonWriter w;
  w.begin_object();
  for (size_t i = 0; i < strings.size(); ++i) {
    std::string k = "k" + std::to_string(i) + strings[i];
    tree[k] = strings[i];
    w.member(k, strings[i]);
  }
  tree["n"] = uint64_t{18446744073709551615ULL};
  w.member("n", uint64_t{18446744073709551615ULL});
  tree["neg"] = int64_t{-42};
  w.member("neg", int64_t{-42});
  tree["t"] = true;
  w.member("t", true);
  tree["empty_array"] = nlohmann::ordered_json::array();
  w.key("empty_array");
  w.begin_array();
  w.end_array();
  tree["empty_object"] = nlohmann::ordered_json::object();
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  w.key("items");
  w.begin_array();
  for (int i = 0; i < 3; ++i) {
    nlohmann::ordered_json item;
    item["i"] = i;
    item["inner"] = nlohmann::ordered_json::array({"a", nlohmann::ordered_json::array()});
    items.push_back(item);
    w.begin_object();
    w.member("i", i);
    w.key("inner");
    w.begin_array();
    w.value("a");
    w.begin_array();
    w.end_array();
    w.end_array();
    w.end_object();
  }
  tree["items"] = items;
  w.end_array();
  w.end_object();
  CHECK(w.take() == tree.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}
