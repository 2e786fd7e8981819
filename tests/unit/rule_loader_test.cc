// Rule loading: where rule files come from and each validation message the loader gives.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <algorithm>
#include <string>
#include <vector>

#include "engine/rules.h"

using namespace tollgate;

namespace {

// Fields of a valid rule, one per line, so a test can replace or drop one.
std::vector<std::pair<std::string, std::string>> valid_fields() {
  return {{"id", "\"gates.deploy-check\""},
          {"title", "\"Deploy job has no gate\""},
          {"severity", "\"high\""},
          {"tags", "{ \"gates\", \"github-actions\" }"},
          {"applies_to", "{ \"github-actions\" }"},
          {"help", "[[Why and how.]]"},
          {"references", "{ \"https://example.com\" }"},
          {"check", "function(doc, ctx) end"}};
}

std::string rule_text(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string t = "return {\n";
  for (auto& [k, v] : fields) t += "  " + k + " = " + v + ",\n";
  return t + "}\n";
}

std::string with(const std::string& field, const std::string& value) {
  auto f = valid_fields();
  bool found = false;
  for (auto& kv : f)
    if (kv.first == field) kv.second = value, found = true;
  if (!found) f.push_back({field, value});
  return rule_text(f);
}

std::string without(const std::string& field) {
  auto f = valid_fields();
  std::erase_if(f, [&](auto& kv) { return kv.first == field; });
  return rule_text(f);
}

const std::string kOrigin = "rules/gates/deploy-check.lua";

// Loads one rule file and returns its error messages (empty when it loaded).
std::vector<std::string> errors_of(const std::string& text, const std::string& origin = kOrigin,
                                   SandboxLimits limits = {}) {
  std::vector<Notification> errors;
  auto rules = load_rules({{origin, text, ""}}, limits, &errors);
  std::vector<std::string> out;
  for (auto& e : errors) {
    CHECK(e.level == Notification::Level::error);
    CHECK(e.path == origin);
    // The file is the notification's path (and a Lua error's line its line); shown as reports show them.
    out.push_back(e.path + (e.line ? ":" + std::to_string(e.line) : "") + ": " + e.message);
  }
  CHECK(rules.size() == (errors.empty() ? 1u : 0u));
  return out;
}

using Msgs = std::vector<std::string>;

}  // namespace

TEST_CASE("loader: a valid rule loads with every field read", "[lua][loader]") {
  std::vector<Notification> errors;
  auto rules = load_rules({{kOrigin, with("scope", "\"repository\""), ""}}, {}, &errors);
  REQUIRE(errors.empty());
  REQUIRE(rules.size() == 1);
  const RuleInfo& r = rules[0].info;
  CHECK(r.id == "gates.deploy-check");
  CHECK(r.title == "Deploy job has no gate");
  CHECK(r.severity == Severity::high);
  CHECK(r.tags == std::vector<std::string>{"gates", "github-actions"});
  CHECK(r.applies_to == std::vector<std::string>{"github-actions"});
  CHECK(r.scope == RuleScope::repository);
  CHECK(r.help == "Why and how.");
  CHECK(r.references == std::vector<std::string>{"https://example.com"});
  CHECK(r.origin == "builtin:rules/gates/deploy-check.lua");
  CHECK_FALSE(r.native);
  CHECK(rules[0].source.origin == kOrigin);
}

TEST_CASE("loader: missing required fields are named", "[lua][loader]") {
  CHECK(errors_of(without("id")) == Msgs{kOrigin + ": missing required field 'id'"});
  CHECK(errors_of(without("title")) == Msgs{kOrigin + ": missing required field 'title'"});
  CHECK(errors_of(without("severity")) == Msgs{kOrigin + ": missing required field 'severity'"});
  CHECK(errors_of(without("tags")) == Msgs{kOrigin + ": missing required field 'tags'"});
  CHECK(errors_of(without("applies_to")) == Msgs{kOrigin + ": missing required field 'applies_to'"});
  CHECK(errors_of(without("help")) == Msgs{kOrigin + ": missing required field 'help'"});
  CHECK(errors_of(without("check")) ==
        Msgs{kOrigin + ": missing required field 'check' (a function(doc, ctx)), or a 'pattern' for a secret rule"});
  CHECK(errors_of(without("references")).empty());  // optional
}

TEST_CASE("loader: a custom pack may name a family of its own, the built-in pack may not", "[lua][loader]") {
  auto acme = [](const std::string& id, const std::string& tag) {
    auto f = valid_fields();
    for (auto& kv : f) {
      if (kv.first == "id") kv.second = "\"" + id + "\"";
      if (kv.first == "tags") kv.second = "{ \"" + tag + "\", \"kubernetes\" }";
    }
    return rule_text(f);
  };
  auto load = [](const std::string& origin, const std::string& text, const std::string& pack) {
    std::vector<Notification> errors;
    auto rules = load_rules({{origin, text, pack}}, {}, &errors);
    std::vector<std::string> out;
    for (auto& e : errors) out.push_back(e.message);
    if (!rules.empty()) out.push_back("loaded " + rules[0].info.id + " family " + rules[0].info.family());
    return out;
  };
  CHECK(load("pack/acme/require-owner-label.lua", acme("acme.require-owner-label", "acme"), "pack") ==
        Msgs{"loaded acme.require-owner-label family acme"});
  CHECK(load("pack/platform-team/x.lua", acme("platform-team.x", "platform-team"), "pack") ==
        Msgs{"loaded platform-team.x family platform-team"});
  // A built-in family stays open to custom packs.
  CHECK(load("pack/gates/x.lua", acme("gates.x", "gates"), "pack") == Msgs{"loaded gates.x family gates"});
  // The family is still the first tag and the folder.
  CHECK(load("pack/acme/x.lua", acme("acme.x", "kubernetes"), "pack") ==
        Msgs{"field 'tags' must start with the family \"acme\" of the id (got \"kubernetes\")"});
  CHECK(load("pack/other/x.lua", acme("acme.x", "acme"), "pack") ==
        Msgs{"field 'id' must be \"other.x\" to match the file path other/x.lua (got \"acme.x\")"});
  CHECK(load("pack/lib2/x.lua", acme("lib.x", "lib"), "pack") ==
        Msgs{"field 'id' cannot have the family 'lib': lib/ holds a pack's library modules"});
  CHECK(load("pack/Acme/x.lua", acme("Acme.x", "Acme"), "pack") ==
        Msgs{"field 'id' must be \"<family>.<kebab-name>\" (got \"Acme.x\")"});
  // The built-in pack (no pack folder) keeps to its ten families.
  CHECK(load("rules/acme/x.lua", acme("acme.x", "acme"), "") ==
        Msgs{"field 'id' has unknown family 'acme' (the built-in pack's families: secrets, gates, manual-change, "
             "drift, resilience, observability, supply-chain, config, security, readiness; a custom pack may use its "
             "own)"});
}

TEST_CASE("loader: field values are checked with precise messages", "[lua][loader]") {
  CHECK(errors_of(with("severity", "\"urgent\"")) ==
        Msgs{kOrigin + ": field 'severity' must be one of critical, high, medium, low, info (got \"urgent\")"});
  CHECK(errors_of(with("severity", "3")) ==
        Msgs{kOrigin + ": field 'severity' must be one of critical, high, medium, low, info (got number)"});
  CHECK(errors_of(with("id", "42")) == Msgs{kOrigin + ": field 'id' must be a string (got number)"});
  CHECK(errors_of(with("id", "\"gates.Deploy_Check\"")) ==
        Msgs{kOrigin + ": field 'id' must be \"<family>.<kebab-name>\" (got \"gates.Deploy_Check\")"});
  CHECK(errors_of(with("id", "\"deploycheck\"")) ==
        Msgs{kOrigin + ": field 'id' must be \"<family>.<kebab-name>\" (got \"deploycheck\")"});
  CHECK(errors_of(with("id", "\"gates.deploy--check\"")) ==
        Msgs{kOrigin + ": field 'id' must be \"<family>.<kebab-name>\" (got \"gates.deploy--check\")"});
  CHECK(errors_of(with("id", "\"ops.deploy-check\"")) ==
        Msgs{kOrigin +
                 ": field 'id' has unknown family 'ops' (the built-in pack's families: secrets, gates, manual-change, "
                 "drift, resilience, observability, supply-chain, config, security, readiness; a custom pack may use "
                 "its own)",
             kOrigin + ": field 'tags' must start with the family \"ops\" of the id (got \"gates\")"});
  CHECK(errors_of(with("id", "\"gates.other-name\"")) ==
        Msgs{kOrigin + ": field 'id' must be \"gates.deploy-check\" to match the file path gates/deploy-check.lua "
                       "(got \"gates.other-name\")"});
  CHECK(errors_of(with("title", "\"Deploy job has no gate.\"")) ==
        Msgs{kOrigin + ": field 'title' must not end with a period"});
  CHECK(errors_of(with("title", "\"\"")) == Msgs{kOrigin + ": field 'title' must not be empty"});
  CHECK(errors_of(with("title", "{}")) == Msgs{kOrigin + ": field 'title' must be a string (got table)"});
  CHECK(errors_of(with("tags", "{}")) == Msgs{kOrigin + ": field 'tags' must be a non-empty list of strings"});
  CHECK(errors_of(with("tags", "{ \"gates\", 5 }")) == Msgs{kOrigin + ": field 'tags' must be a non-empty list of strings"});
  CHECK(errors_of(with("tags", "{ \"security\", \"gates\" }")) ==
        Msgs{kOrigin + ": field 'tags' must start with the family \"gates\" of the id (got \"security\")"});
  CHECK(errors_of(with("applies_to", "\"kubernetes\"")) ==
        Msgs{kOrigin + ": field 'applies_to' must be a non-empty list of document kinds, or { \"*\" }"});
  CHECK(errors_of(with("scope", "\"global\"")) ==
        Msgs{kOrigin + ": field 'scope' must be \"document\" or \"repository\" (got \"global\")"});
  CHECK(errors_of(with("help", "\"  \"")) == Msgs{kOrigin + ": field 'help' must not be empty"});
  CHECK(errors_of(with("references", "{ \"a\", x = \"b\" }")) ==
        Msgs{kOrigin + ": field 'references' must be a list of strings"});
  CHECK(errors_of(with("check", "\"function\"")) == Msgs{kOrigin + ": field 'check' must be a function (got string)"});
  CHECK(errors_of(with("native", "\"yes\"")) == Msgs{kOrigin + ": field 'native' must be a boolean (got string)"});
  CHECK(errors_of(with("native", "true")) ==
        Msgs{kOrigin + ": native = true is only for rules the engine implements (config.parse-error, "
                       "secrets.generic-literal-assignment, secrets.weak-default-credential, the change rules, "
                       "drift.snapshot-changed)",
             kOrigin + ": field 'check' must be absent when native = true"});
}

TEST_CASE("loader: unknown fields are errors", "[lua][loader]") {
  CHECK(errors_of(with("chek", "function() end")) ==
        Msgs{kOrigin + ": unknown field 'chek' (allowed: id, title, severity, tags, applies_to, scope, help, references, "
                       "check, native, options, examples, negative_examples, pattern, keywords, entropy, allow, "
                       "stopwords, allow_context, checksum, keywords_exact)"});
  CHECK(errors_of("return { 'list item' }").size() > 0);
  CHECK(errors_of("return { 'list item' }")[0] == kOrigin + ": missing required field 'id'");
}

TEST_CASE("loader: a secret rule is data: pattern, keywords, filters and examples, no check", "[lua][loader]") {
  const std::string origin = "rules/secrets/test-token.lua";
  std::vector<std::pair<std::string, std::string>> fields = {
      {"id", "\"secrets.test-token\""},
      {"title", "\"Test token\""},
      {"severity", "\"high\""},
      {"tags", "{ \"secrets\" }"},
      {"applies_to", "{ \"*\" }"},
      {"help", "\"h\""},
      {"pattern", "[[\\b(tt_[a-z0-9]{8})\\b]]"},
      {"keywords", "{ \"tt_\" }"},
      {"entropy", "2.5"},
      {"allow", "{ \"example\" }"},
      {"stopwords", "{ \"sample\" }"},
      {"examples", "{ \"a tt_ab12cd34\", \"b tt_zz99yy88\" }"},
      {"negative_examples", "{ \"tt_short\" }"}};
  std::vector<Notification> errors;
  auto rules = load_rules({{origin, rule_text(fields), ""}}, {}, &errors);
  REQUIRE(errors.empty());
  REQUIRE(rules.size() == 1);
  REQUIRE(rules[0].secret);
  CHECK(rules[0].secret->pattern == "\\b(tt_[a-z0-9]{8})\\b");
  CHECK(rules[0].secret->keywords == std::vector<std::string>{"tt_"});
  CHECK(rules[0].secret->min_entropy == Approx(2.5));
  CHECK(rules[0].secret->allow == std::vector<std::string>{"example"});
  CHECK(rules[0].secret->stopwords == std::vector<std::string>{"sample"});
  CHECK(rules[0].examples.size() == 2);
  CHECK(rules[0].negative_examples.size() == 1);

  auto errors_with = [&](const std::string& key, const std::string& value) {
    auto f = fields;
    bool replaced = false;
    for (auto& kv : f)
      if (kv.first == key) kv.second = value, replaced = true;
    if (!replaced) f.push_back({key, value});
    return errors_of(rule_text(f), origin);
  };
  CHECK(errors_with("examples", "{ \"one\" }") ==
        Msgs{origin + ": field 'examples' must list at least two strings that the pattern reports"});
  CHECK(errors_with("negative_examples", "{}") ==
        Msgs{origin + ": field 'negative_examples' must list at least one string that the pattern does not report"});
  CHECK(errors_with("keywords", "{}") ==
        Msgs{origin + ": field 'keywords' must be a non-empty list of strings (a secret rule needs them)"});
  CHECK(errors_with("entropy", "9") == Msgs{origin + ": field 'entropy' must be a number of bits per character from 0 to 8"});
  CHECK(errors_with("checksum", "\"luhn\"") ==
        Msgs{origin + ": field 'checksum' must be the name of a known checksum: \"github-crc32\""});
  CHECK(errors_with("checksum", "\"github-crc32\"").empty());
  CHECK(errors_with("keywords_exact", "1") == Msgs{origin + ": field 'keywords_exact' must be a boolean"});
  CHECK(errors_with("keywords_exact", "true").empty());
  CHECK(errors_with("check", "function() end") ==
        Msgs{origin + ": field 'check' must be absent in a secret rule (one with a pattern)"});
  // Secret-rule fields on a Lua rule are a mistake, not something to ignore.
  CHECK(errors_of(with("keywords", "{ \"x\" }")) ==
        Msgs{kOrigin + ": field 'keywords' belongs to secret rules, which need a 'pattern'"});
}

TEST_CASE("loader: a native rule needs no check function", "[lua][loader]") {
  std::string native = rule_text({{"id", "\"config.parse-error\""},
                                  {"title", "\"File cannot be parsed\""},
                                  {"severity", "\"high\""},
                                  {"tags", "{ \"config\" }"},
                                  {"applies_to", "{ \"*\" }"},
                                  {"help", "\"h\""},
                                  {"native", "true"}});
  std::vector<Notification> errors;
  auto rules = load_rules({{"rules/config/parse-error.lua", native, ""}}, {}, &errors);
  CHECK(errors.empty());
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].info.native);
  // The runtime treats it as having nothing to run.
  LuaRuntime rt(rules, {});
  Document doc;
  doc.source = SourceText::make("x", "");
  std::vector<RuleHit> hits;
  std::string error;
  CHECK(rt.run_document_rule(0, doc, &hits, &error));
  CHECK(hits.empty());
}

TEST_CASE("loader: what the file does wrong is named with its place", "[lua][loader]") {
  CHECK(errors_of("return 42") == Msgs{kOrigin + ": the file must return a table (got number)"});
  CHECK(errors_of("") == Msgs{kOrigin + ": the file must return a table (got nil)"});
  CHECK(errors_of("return {\n  id = \n") == Msgs{kOrigin + ":3: unexpected symbol near <eof>"});
  CHECK(errors_of("local x = nil\nreturn x.y") == Msgs{kOrigin + ":2: attempt to index a nil value (local 'x')"});
  CHECK(errors_of("error('nope')") == Msgs{kOrigin + ":1: nope"});
  CHECK(errors_of("os.exit(1)") == Msgs{kOrigin + ":1: attempt to index a nil value (global 'os')"});
  CHECK(errors_of(std::string("\x1bLua\x54\x00\x19\x93", 8)) ==
        Msgs{kOrigin + ": precompiled (binary) chunks are refused; a rule file must be Lua source text"});
  CHECK(errors_of("return {}", "deploy-check.lua").front() ==
        "deploy-check.lua: missing required field 'id'");
  CHECK(errors_of(rule_text(valid_fields()), "deploy-check.lua") ==
        Msgs{"deploy-check.lua: the rule file must be at <family>/<name>.lua (got deploy-check.lua)"});
}

TEST_CASE("loader: a rule file that loops or eats memory at load time is stopped", "[lua][loader]") {
  SandboxLimits l;
  l.instructions = 1'000'000;
  l.memory = 16u << 20;
  // The errors name the limit that stopped each one (a hang would meet ctest's timeout instead).
  CHECK(errors_of("while true do end", kOrigin, l) == Msgs{kOrigin + ": instruction budget exhausted"});
  CHECK(errors_of("local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 4096) .. i end", kOrigin, l) ==
        Msgs{kOrigin + ": memory cap of 16 MiB reached"});
}

TEST_CASE("loader: duplicate ids name both files, results are sorted by id", "[lua][loader]") {
  std::string b = with("id", "\"gates.b-rule\"");
  std::string a = with("id", "\"gates.a-rule\"");
  std::vector<Notification> errors;
  auto rules = load_rules({{"rules/gates/b-rule.lua", b, ""},
                           {"rules/gates/a-rule.lua", a, ""},
                           {"custom/gates/b-rule.lua", b, "custom"}},
                          {}, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == "custom/gates/b-rule.lua");
  CHECK(errors[0].message == "duplicate rule id 'gates.b-rule' (also defined in rules/gates/b-rule.lua)");
  CHECK(errors[0].rule_id == "gates.b-rule");
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].info.id == "gates.a-rule");
  CHECK(rules[1].info.id == "gates.b-rule");
  CHECK(rules[1].info.origin == "builtin:rules/gates/b-rule.lua");
}

TEST_CASE("loader: errors carry the rule id once it is known", "[lua][loader]") {
  std::vector<Notification> errors;
  load_rules({{kOrigin, with("severity", "\"urgent\""), ""}, {"rules/gates/x.lua", "return 1", ""}}, {}, &errors);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].rule_id == "gates.deploy-check");
  CHECK(errors[1].rule_id == "");
}

TEST_CASE("loader: rule_sources_in_dir reads <dir>/<family>/<name>.lua sorted", "[lua][loader]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("tollgate-rules-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "gates" / "deploy-check");  // a fixture folder, not a rule
  fs::create_directories(dir / "config");
  std::ofstream(dir / "gates" / "b.lua") << "return 'b'";
  std::ofstream(dir / "gates" / "a.lua") << "return 'a'";
  std::ofstream(dir / "config" / "c.lua") << "return 'c'";
  std::ofstream(dir / "gates" / "notes.txt") << "x";
  std::ofstream(dir / "top.lua") << "x";
  std::vector<Notification> errors;
  auto sources = rule_sources_in_dir(dir.string(), &errors);
  CHECK(errors.empty());
  REQUIRE(sources.size() == 3);
  CHECK(sources[0].origin == (dir / "config" / "c.lua").string());
  CHECK(sources[1].origin == (dir / "gates" / "a.lua").string());
  CHECK(sources[2].origin == (dir / "gates" / "b.lua").string());
  CHECK(sources[1].text == "return 'a'");
  CHECK(sources[1].pack_dir == dir.string());
  fs::remove_all(dir);

  auto none = rule_sources_in_dir((dir / "missing").string(), &errors);
  CHECK(none.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "rule pack folder not found");
  CHECK(errors[0].path == (dir / "missing").string());
}

TEST_CASE("loader: the built-in pack loads without errors", "[lua][loader]") {
  auto sources = builtin_rule_sources();
  CHECK(std::is_sorted(sources.begin(), sources.end(),
                       [](const RuleSource& a, const RuleSource& b) { return a.origin < b.origin; }));
  std::vector<Notification> errors;
  auto rules = load_rules(sources, {}, &errors);
  for (auto& e : errors) FAIL_CHECK(e.message);
  CHECK(rules.size() == sources.size());
  for (auto& s : sources) CHECK(s.origin.rfind("rules/", 0) == 0);
}
