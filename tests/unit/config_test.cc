// Tests of the configuration file (engine/config.h): every key read, every kind of mistake located at the
// line and column that caused it, discovery upward from a scan root, sizes; and of the exclude filter
// (engine/exclude.h) that maps the file's patterns onto a scan's paths.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "engine/config.h"
#include "engine/exclude.h"
#include "tests/unit/temp_dir.h"

using namespace tollgate;

namespace {

Config parse_ok(const std::string& text, const std::string& path = ".tollgate.yaml") {
  ConfigError err;
  auto cfg = parse_config(path, text, &err);
  INFO(err.str());
  REQUIRE(cfg);
  return *cfg;
}

// Parses text that must fail; checks where and that the message says what.
void check_error(const std::string& text, uint32_t line, uint32_t col, const std::string& says) {
  ConfigError err;
  auto cfg = parse_config("conf/.tollgate.yaml", text, &err);
  INFO(text);
  REQUIRE_FALSE(cfg);
  INFO(err.str());
  CHECK(err.path == "conf/.tollgate.yaml");
  CHECK(err.line == line);
  CHECK(err.col == col);
  CHECK(err.message.find(says) != std::string::npos);
  CHECK(err.str().rfind("conf/.tollgate.yaml:" + std::to_string(line) + ":" + std::to_string(col) + ": ", 0) == 0);
}


}  // namespace

TEST_CASE("config: every key is read", "[config]") {
  Config c = parse_ok(
      "# repository settings\n"
      "fail-on: medium\n"
      "select: [secrets, gates]\n"
      "skip:\n"
      "  - drift.env-parity\n"
      "rules: [policies/, /opt/packs/shared]\n"
      "baseline: .tollgate-baseline.json\n"
      "exclude: [\"vendor/**\", \"*.generated.yaml\", 2024]\n"
      "max-file-size: 2MiB\n"
      "decode-base64: true\n"
      "severity:\n"
      "  supply-chain.unpinned-image: low\n"
      "  secrets: critical\n"
      "options:\n"
      "  gates.required-approval: {min: 2, teams: [platform, sre], note: \"x\\u00e9\", on: true, off: null}\n"
      "allow-unknown-rules: true\n",
      "repo/.tollgate.yaml");
  REQUIRE(c.fail_on);
  CHECK(*c.fail_on == Severity::medium);
  REQUIRE(c.select.size() == 2);
  CHECK(c.select[0].value == "secrets");
  CHECK(c.select[0].line == 3);
  CHECK(c.select[0].col == 10);
  CHECK(c.select[1].value == "gates");
  REQUIRE(c.skip.size() == 1);
  CHECK(c.skip[0].value == "drift.env-parity");
  CHECK(c.skip[0].line == 5);
  CHECK(c.skip[0].col == 5);
  // Relative paths are relative to the file's folder; absolute ones stay.
  REQUIRE(c.rules.size() == 2);
  CHECK(c.rules[0].value == "repo/policies/");
  CHECK(c.rules[0].line == 6);
  CHECK(c.rules[0].col == 9);
  CHECK(c.rules[1].value == "/opt/packs/shared");
  CHECK(c.baseline == std::optional<std::string>("repo/.tollgate-baseline.json"));
  // Patterns stay as written: they are matched relative to dir_abs.
  std::vector<std::string> excluded;
  for (const auto& e : c.exclude) excluded.push_back(e.value);
  CHECK(excluded == std::vector<std::string>{"vendor/**", "*.generated.yaml", "2024"});
  CHECK(c.key_lines.at("exclude") > 0);
  CHECK(c.dir == "repo");
  CHECK(c.dir_abs.back() != '/');
  CHECK(c.dir_abs.size() > 5);
  CHECK(c.dir_abs.substr(c.dir_abs.size() - 5) == "/repo");
  CHECK(c.max_file_size == std::optional<uint64_t>(2u << 20));
  CHECK(c.decode_base64 == std::optional<bool>(true));
  REQUIRE(c.severity.size() == 2);
  CHECK(c.severity[0].first.value == "supply-chain.unpinned-image");
  CHECK(c.severity[0].first.line == 12);
  CHECK(c.severity[0].first.col == 3);
  CHECK(c.severity[0].second == Severity::low);
  CHECK(c.severity[1].second == Severity::critical);
  // Options travel as JSON, typed as YAML read them.
  REQUIRE(c.options.size() == 1);
  CHECK(c.options[0].first.value == "gates.required-approval");
  CHECK(c.options[0].first.line == 15);
  CHECK(c.options[0].second ==
        "{\"min\":2,\"note\":\"x\u00e9\",\"off\":null,\"on\":true,\"teams\":[\"platform\",\"sre\"]}");
  CHECK(c.allow_unknown_rules == std::optional<bool>(true));
}

TEST_CASE("config: empty files, comments and empty keys configure nothing", "[config]") {
  for (const char* text : {"", "# nothing yet\n", "---\n", "exclude:\nselect:\n"}) {
    INFO(text);
    Config c = parse_ok(text);
    CHECK_FALSE(c.fail_on);
    CHECK(c.select.empty());
    CHECK(c.exclude.empty());
    CHECK_FALSE(c.baseline);
  }
  Config here = parse_ok("rules: [p]\n");
  CHECK(here.dir.empty());
  REQUIRE(here.rules.size() == 1);
  CHECK(here.rules[0].value == "p");
}

TEST_CASE("config: each mistake is located", "[config]") {
  SECTION("options") {
    check_error("options: [a]\n", 1, 10, "options: expected a map of rule id to that rule's options");
    check_error("options:\n  gates.x: 3\n", 2, 12, "options of 'gates.x': expected a map of option names to values, got an integer");
    check_error("allow-unknown-rules: yes please\n", 1, 22, "allow-unknown-rules: expected true or false");
  }
  SECTION("unknown key, with a suggestion") {
    check_error("fail-on: high\nfial-on: low\n", 2, 1, "unknown key 'fial-on' (did you mean 'fail-on'?)");
    check_error("select: []\n  \nfail_on: low\n", 3, 1, "did you mean 'fail-on'?");
    check_error("maxFileSize: 1\n", 1, 1, "did you mean 'max-file-size'?");
    check_error("colour: true\n", 1, 1, "unknown key 'colour' (known keys: fail-on, select,");
    check_error("unknown:\n", 1, 1, "unknown key 'unknown'");
  }
  SECTION("duplicate key") {
    check_error("skip: [a]\nselect: [b]\nskip: [c]\n", 3, 1, "duplicate key 'skip' (first at line 1)");
  }
  SECTION("wrong types") {
    check_error("select: secrets\n", 1, 9, "select: expected a list of rule ids or tags");
    check_error("skip:\n  - [a, b]\n", 2, 5, "skip: expected a string item, got a list");
    check_error("exclude: {vendor: true}\n", 1, 10, "exclude: expected a list of path patterns");
    check_error("rules: [a, {b: c}]\n", 1, 12, "rules: expected a string item, got a map");
    check_error("fail-on: [high]\n", 1, 10, "fail-on: expected a severity");
    check_error("fail-on: 3\n", 1, 10, "fail-on: expected a severity (critical, high, medium, low or info), got an integer '3'");
    check_error("baseline: [a]\n", 1, 11, "baseline: expected a file name, got a list");
    check_error("baseline: ''\n", 1, 11, "baseline: expected a file name, got an empty string");
    check_error("decode-base64: 'yes'\n", 1, 16, "decode-base64: expected true or false");
    check_error("severity: [a]\n", 1, 11, "severity: expected a map of rule id to severity");
    check_error("[1, 2]\n", 1, 1, "expected a map of settings");
    check_error("just text\n", 1, 1, "expected a map of settings");
  }
  SECTION("unknown severities") {
    check_error("fail-on: hgih\n", 1, 10, "fail-on: unknown severity 'hgih' (critical, high, medium, low or info)");
    check_error("fail-on: HIGH\n", 1, 10, "unknown severity 'HIGH'");
    check_error("severity:\n  gates: high\n  secrets.jwt: urgent\n", 3, 16,
                "severity of 'secrets.jwt': unknown severity 'urgent'");
    check_error("severity:\n  gates:\n", 2, 3, "severity of 'gates': expected a severity");
  }
  SECTION("sizes") {
    check_error("max-file-size: 2 MB please\n", 1, 16, "max-file-size: expected a positive size");
    check_error("max-file-size: 0\n", 1, 16, "max-file-size");
    check_error("max-file-size: -5\n", 1, 16, "max-file-size");
    check_error("max-file-size: 2.5MiB\n", 1, 16, "max-file-size");
  }
  SECTION("YAML syntax") {
    check_error("select: [secrets\nskip: [a]\n", 2, 5, "invalid YAML");
    check_error("fail-on: high\n  select: [a]\n", 2, 9, "invalid YAML");
    // An unquoted pattern that starts with '*' is an alias to YAML; the message says how to write it.
    ConfigError err;
    REQUIRE_FALSE(parse_config("c.yaml", "exclude:\n  - *.log\n", &err));
    CHECK(err.line == 2);
    CHECK(err.message.find("must be quoted") != std::string::npos);
  }
  SECTION("more than one document") {
    check_error("fail-on: low\n---\nfail-on: high\n", 3, 1, "expected one YAML document, found 2");
  }
}

TEST_CASE("config: loading a file that is missing or a directory", "[config]") {
  TempDir t("config");
  ConfigError err;
  CHECK_FALSE(load_config(t.path + "/absent.yaml", &err));
  CHECK(err.line == 0);
  CHECK(err.str() == t.path + "/absent.yaml: cannot read configuration: No such file or directory");
  CHECK_FALSE(load_config(t.path, &err));
  CHECK(err.message.find("is a directory") != std::string::npos);
  t.write("ok.yaml", "fail-on: info\n");
  auto cfg = load_config(t.path + "/ok.yaml", &err);
  REQUIRE(cfg);
  CHECK(cfg->fail_on == std::optional<Severity>(Severity::info));
  CHECK(cfg->dir == t.path);
}

TEST_CASE("config: a rule pack that is not a folder stops the load at its line", "[config]") {
  TempDir t("config");
  t.mkdir("policy");
  t.write("policy.lua", "return {}\n");
  ConfigError err;
  t.write("a.yaml", "fail-on: high\nrules:\n  - policy\n  - missing/\n");
  CHECK_FALSE(load_config(t / "a.yaml", &err));
  CHECK(err.where() == t / "a.yaml:4:5");
  CHECK(err.message.find("rules: '" + t.path + "/missing/' is not a folder") == 0);
  t.write("b.yaml", "rules: [policy.lua]\n");
  CHECK_FALSE(load_config(t / "b.yaml", &err));
  CHECK(err.where() == t / "b.yaml:1:9");
  t.write("c.yaml", "rules: [policy]\n");
  CHECK(load_config(t / "c.yaml", &err));
}

// find_config's answer as an absolute path: it answers relative to the working directory when that is shorter,
// which depends on where the tests run (a checkout under /tmp, like the temporary folders, makes it relative).
std::string found(const std::string& p) {
  return p.empty() ? p : std::filesystem::absolute(p).lexically_normal().string();
}

TEST_CASE("config: found from the scan root upward, up to the repository's top", "[config]") {
  TempDir t("config");
  t.mkdir("repo/.git");
  t.mkdir("repo/services/api/deploy");
  t.write("repo/services/api/deploy/app.yaml", "a: 1\n");
  // Nothing anywhere yet (and the search stops at repo/, whatever lies above the temporary folder).
  CHECK(find_config(t.path + "/repo/services/api/deploy") == "");

  t.write("repo/.tollgate.yaml", "fail-on: high\n");
  CHECK(found(find_config(t.path + "/repo/services/api/deploy")) == t.path + "/repo/.tollgate.yaml");
  // A file as the start looks in its folder first.
  CHECK(found(find_config(t.path + "/repo/services/api/deploy/app.yaml")) == t.path + "/repo/.tollgate.yaml");
  // A path that does not exist yet still has parents.
  CHECK(found(find_config(t.path + "/repo/services/missing/deeper")) == t.path + "/repo/.tollgate.yaml");

  // The nearest wins.
  t.write("repo/services/.tollgate.yaml", "fail-on: low\n");
  CHECK(found(find_config(t.path + "/repo/services/api/deploy")) == t.path + "/repo/services/.tollgate.yaml");

  // Above the repository's top is someone else's: not used.
  t.mkdir("outer/inner/.git");
  t.write("outer/.tollgate.yaml", "fail-on: high\n");
  CHECK(find_config(t.path + "/outer/inner") == "");
  // Without a repository the search goes on up.
  t.mkdir("outer/plain/sub");
  CHECK(found(find_config(t.path + "/outer/plain/sub")) == t.path + "/outer/.tollgate.yaml");
  // A directory of that name is no configuration file.
  t.mkdir("outer/plain/.tollgate.yaml");
  CHECK(found(find_config(t.path + "/outer/plain/sub")) == t.path + "/outer/.tollgate.yaml");

  // Relative to the working directory when that is shorter.
  char cwd[4096];
  REQUIRE(::getcwd(cwd, sizeof cwd));
  REQUIRE(::chdir((t.path + "/repo/services/api").c_str()) == 0);
  CHECK(find_config(".") == "../.tollgate.yaml");
  CHECK(find_config("deploy") == "../.tollgate.yaml");
  REQUIRE(::chdir((t.path + "/repo/services").c_str()) == 0);
  CHECK(find_config(".") == ".tollgate.yaml");
  REQUIRE(::chdir(cwd) == 0);
}

TEST_CASE("config: sizes", "[config]") {
  CHECK(parse_size("1") == std::optional<uint64_t>(1));
  CHECK(parse_size("16777216") == std::optional<uint64_t>(16777216));
  CHECK(parse_size("2MiB") == std::optional<uint64_t>(2u << 20));
  CHECK(parse_size("2 MiB") == std::optional<uint64_t>(2u << 20));
  CHECK(parse_size("500KB") == std::optional<uint64_t>(500000));
  CHECK(parse_size("3KiB") == std::optional<uint64_t>(3072));
  CHECK(parse_size("1GB") == std::optional<uint64_t>(1000000000));
  CHECK(parse_size("1GiB") == std::optional<uint64_t>(1u << 30));
  CHECK(parse_size("10B") == std::optional<uint64_t>(10));
  for (const char* bad : {"", "0", "0MiB", "MiB", "-1", "1.5MiB", "2mb", "2 ", "2  MiB", "1TB", "99999999999999999999",
                          "17179869184GiB"}) {
    INFO(bad);
    CHECK_FALSE(parse_size(bad));
  }
}

TEST_CASE("exclude filter: patterns relative to the configuration's folder", "[config]") {
  std::vector<std::string> pats = {"vendor/**", "*.generated.yaml", "build/", "!keep.generated.yaml"};
  SECTION("same folder as the scan base") {
    ExcludeFilter f(pats, "/r", "/r");
    CHECK(f.excluded("vendor/x.yaml", false));
    CHECK(f.excluded("vendor/sub", true));
    CHECK_FALSE(f.excluded("vendor", true));  // "vendor/**" is what is inside
    CHECK(f.excluded("a/b/c.generated.yaml", false));
    CHECK_FALSE(f.excluded("a/b/keep.generated.yaml", false));
    CHECK(f.excluded("a/build", true));
    CHECK_FALSE(f.excluded("a/build", false));  // "build/" is for directories
    CHECK_FALSE(f.excluded("src/vendor/x.yaml", false));  // anchored: only the top vendor/
    // Without a walk, a file under an excluded directory is excluded even if a pattern re-includes its name.
    CHECK(f.excluded_with_parents("a/build/keep.generated.yaml", false));
    CHECK(f.excluded_with_parents("vendor/deep/er/x.tf", false));
    CHECK_FALSE(f.excluded_with_parents("src/x.tf", false));
  }
  SECTION("configuration in a folder below the base") {
    ExcludeFilter f(pats, "/r/services/api", "/r");
    CHECK(f.excluded("services/api/vendor/x.yaml", false));
    CHECK_FALSE(f.excluded("vendor/x.yaml", false));  // outside the file's folder
    CHECK_FALSE(f.excluded("services/other/x.generated.yaml", false));
    CHECK(f.excluded("services/api/k8s/x.generated.yaml", false));
  }
  SECTION("configuration above the base") {
    ExcludeFilter f(pats, "/r", "/r/services");
    CHECK(f.excluded("x.generated.yaml", false));
    CHECK_FALSE(f.excluded("vendor/x.yaml", false));  // that is /r/services/vendor, not /r/vendor
    ExcludeFilter g({"services/vendor/"}, "/r", "/r/services");
    CHECK(g.excluded("vendor", true));
  }
  SECTION("a second root outside the base, and unrelated folders") {
    ExcludeFilter f(pats, "/r", "/r/a");
    CHECK(f.excluded("../vendor/x.yaml", false));
    CHECK_FALSE(f.excluded("../../elsewhere/x.generated.yaml", false));
    ExcludeFilter apart(pats, "/elsewhere", "/r");
    CHECK_FALSE(apart.excluded("x.generated.yaml", false));
  }
  SECTION("no patterns") {
    ExcludeFilter f({}, "/r", "/r");
    CHECK(f.empty());
    CHECK_FALSE(f.excluded_with_parents("vendor/x", false));
  }
}

TEST_CASE("config: environments gives the promotion order and the settings allowed to differ", "[config]") {
  Config c = parse_ok("environments:\n  order: [dev, qa, prod]\n  allow-differ:\n    - replicas\n    - \"scaling.*\"\n");
  REQUIRE(c.environment_order.size() == 3);
  CHECK(c.environment_order[1].value == "qa");
  CHECK(c.environment_order[1].line == 2);
  REQUIRE(c.allow_differ.size() == 2);
  CHECK(c.allow_differ[1].value == "scaling.*");
  CHECK(parse_ok("environments:\n").environment_order.empty());
  check_error("environments: [dev, prod]\n", 1, 15,
              "environments: expected a map with `order` and `allow-differ` (order: [dev, staging, prod]), got a list");
  check_error("environments:\n  orders: [dev]\n", 2, 3, "environments: unknown key 'orders' (known keys: order, allow-differ)");
  check_error("environments:\n  order: dev\n", 2, 10,
              "environments.order: expected a list of environment names ([a, b] or one '- item' per line), got a string 'dev'");
}
