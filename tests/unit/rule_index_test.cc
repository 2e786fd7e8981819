// The built-in pack's index and bytecode (engine/rule_index.h): what a scan reads must be what loading the
// sources gives, and a built-in name must never bring in bytecode for other text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/lua_sandbox.h"
#include "engine/rule_index.h"
#include "engine/rules.h"

using namespace tollgate;

namespace {

void check_same(const LoadedRule& a, const LoadedRule& b) {
  INFO(a.info.id);
  CHECK(a.info.id == b.info.id);
  CHECK(a.info.title == b.info.title);
  CHECK(a.info.severity == b.info.severity);
  CHECK(a.info.tags == b.info.tags);
  CHECK(a.info.applies_to == b.info.applies_to);
  CHECK(a.info.scope == b.info.scope);
  CHECK(a.info.help == b.info.help);
  CHECK(a.info.references == b.info.references);
  CHECK(a.info.origin == b.info.origin);
  CHECK(a.info.native == b.info.native);
  CHECK(a.source.origin == b.source.origin);
  CHECK(a.source.code() == b.source.code());
  CHECK(a.source.pack_dir == b.source.pack_dir);
  REQUIRE(a.secret.has_value() == b.secret.has_value());
  if (a.secret) {
    CHECK(a.secret->id == b.secret->id);
    CHECK(a.secret->pattern == b.secret->pattern);
    CHECK(a.secret->keywords == b.secret->keywords);
    CHECK(a.secret->min_entropy == b.secret->min_entropy);
    CHECK(a.secret->allow == b.secret->allow);
    CHECK(a.secret->allow_context == b.secret->allow_context);
    CHECK(a.secret->stopwords == b.secret->stopwords);
  }
  CHECK(a.examples == b.examples);
  CHECK(a.negative_examples == b.negative_examples);
}

}  // namespace

TEST_CASE("rule index: the compiled-in index is the built-in pack as its sources load", "[lua][index]") {
  std::vector<Notification> errors;
  std::vector<LoadedRule> from_sources = load_rules(builtin_rule_sources(), {}, &errors);
  REQUIRE(errors.empty());
  std::vector<LoadedRule> indexed;
  REQUIRE(indexed_builtin_rules(&indexed));
  REQUIRE(indexed.size() == from_sources.size());
  for (size_t i = 0; i < indexed.size(); ++i) check_same(indexed[i], from_sources[i]);
}

TEST_CASE("rule index: bytes round-trip, and damaged bytes are refused", "[lua][index]") {
  std::vector<Notification> errors;
  std::vector<LoadedRule> rules = load_rules(builtin_rule_sources(), {}, &errors);
  REQUIRE(rules.size() > 10);
  rules.resize(10);
  std::string bytes = serialize_rules(rules);
  auto text_of = [&](const std::string& origin) {
    for (const auto& r : rules)
      if (r.source.origin == origin) return r.source.code();
    return std::string_view();
  };
  std::vector<LoadedRule> back;
  REQUIRE(deserialize_rules(bytes, text_of, &back));
  REQUIRE(back.size() == rules.size());
  for (size_t i = 0; i < back.size(); ++i) check_same(back[i], rules[i]);

  std::vector<LoadedRule> untouched = {LoadedRule{}};
  CHECK_FALSE(deserialize_rules(bytes.substr(0, bytes.size() / 2), text_of, &untouched));
  CHECK_FALSE(deserialize_rules(bytes + "x", text_of, &untouched));
  std::string other_version = bytes;
  other_version[0] ^= 0x7f;
  CHECK_FALSE(deserialize_rules(other_version, text_of, &untouched));
  CHECK(untouched.size() == 1);  // left as it was
}

TEST_CASE("rule index: bytecode serves a built-in file only for its own text", "[lua][index]") {
  auto files = builtin_lua_files();
  REQUIRE(!files.empty());
  const RuleSource& f = files.front();
  CHECK(!builtin_bytecode(f.origin).empty());
  CHECK(!lua::precompiled_builtin(f.origin, f.code()).empty());
  CHECK(!lua::precompiled_builtin(f.origin, std::string(f.code())).empty());  // equal text elsewhere in memory
  CHECK(lua::precompiled_builtin(f.origin, std::string(f.code()) + "\n-- changed").empty());
  CHECK(lua::precompiled_builtin("rules/gates/no-such-rule.lua", "return {}").empty());

  // A rule loaded under a built-in rule's name with text of its own runs that text, not the built-in bytecode.
  const RuleSource* rule = nullptr;
  for (const auto& s : files)
    if (s.origin.rfind("rules/lib/", 0) != 0) rule = &s;
  REQUIRE(rule != nullptr);
  std::string id = rule->origin.substr(6, rule->origin.size() - 10);  // rules/<family>/<name>.lua
  id[id.find('/')] = '.';
  std::string text = "return { id = '" + id + "', title = 'Stand-in', severity = 'low', tags = { '" +
                     id.substr(0, id.find('.')) + "' }, applies_to = { 'text' }, help = 'h', references = {}, " +
                     "check = function(doc, ctx) ctx:report{ at = { line = 1 }, message = 'own text' } end }";
  std::vector<Notification> errors;
  auto rules = load_rules({{rule->origin, text, ""}}, {}, &errors);
  for (auto& e : errors) FAIL_CHECK(e.message);
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].info.title == "Stand-in");
  LuaRuntime rt(rules, SandboxLimits{});
  Document doc;
  doc.source = SourceText::make("a.txt", "x\n");
  doc.kind = "text";
  std::vector<RuleHit> hits;
  std::string error;
  REQUIRE(rt.run_document_rule(0, doc, &hits, &error));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message == "own text");
}
