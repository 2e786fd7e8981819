// The Lua sandbox attacked as a hostile rule author would: every case must be stopped with its exact error,
// quickly, and the other rule in the same runtime must keep running afterwards.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "engine/rules.h"

using namespace tollgate;

namespace {

// A rule file whose check body is line 4, so Lua errors in a one-line body say "...lua:4:".
RuleSource rule_file(const std::string& name, const std::string& body) {
  std::string text = "return {\n  id = \"gates." + name +
                     "\", title = \"T\", severity = \"low\", tags = { \"gates\" }, applies_to = { \"*\" }, help = \"h\",\n"
                     "  check = function(doc, ctx)\n" +
                     body + "\n  end,\n}\n";
  return {"rules/gates/" + name + ".lua", text, ""};
}

std::unique_ptr<Document> small_doc() {
  auto doc = std::make_unique<Document>();
  doc->source = SourceText::make("app.yaml", "a: 1\n");
  doc->format = Format::yaml;
  doc->kind = "generic-yaml";
  Node* root = doc->make(NodeType::map, 0, 4);
  Node* one = doc->make(NodeType::integer, 3, 4);
  one->text = "1";
  root->entries.push_back({"a", doc->source->span(0, 1), one});
  doc->root = root;
  return doc;
}

struct Outcome {
  bool ok;
  std::string error;
  long ms;
};

struct Harness {
  std::vector<LoadedRule> rules;
  std::unique_ptr<LuaRuntime> rt;
  std::unique_ptr<Document> doc = small_doc();
  size_t hostile = 0, good = 0;

  Harness(const std::string& body, SandboxLimits limits) {
    std::vector<Notification> errors;
    rules = load_rules({rule_file("hostile", body),
                        rule_file("good", "    ctx:report{ at = doc.root, key = \"a\", message = \"still running\" }")},
                       limits, &errors);
    REQUIRE(errors.empty());
    REQUIRE(rules.size() == 2);
    good = rules[0].info.id == "gates.good" ? 0 : 1;
    hostile = 1 - good;
    rt = std::make_unique<LuaRuntime>(rules, limits);
  }

  Outcome run(size_t i, std::vector<RuleHit>* hits) {
    std::string error;
    auto t0 = std::chrono::steady_clock::now();
    bool ok = rt->run_document_rule(i, *doc, hits, &error);
    long ms = static_cast<long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count());
    return {ok, error, ms};
  }
};

SandboxLimits small_limits() {
  SandboxLimits l;
  l.instructions = 5'000'000;
  l.deadline_ms = 2'000;
  l.memory = 32u << 20;
  return l;
}

// Runs the hostile body, expects `error` exactly, then checks the good rule still reports and the hostile
// rule, run again (on the next file), fails the same way instead of having been switched off.
void expect_stopped(const std::string& body, const std::string& error, SandboxLimits limits = small_limits()) {
  Harness h(body, limits);
  std::vector<RuleHit> hits;
  Outcome bad = h.run(h.hostile, &hits);
  CHECK_FALSE(bad.ok);
  CHECK(bad.error == error);
  // No wall-clock bound here: the exact error says which limit stopped it (a hang would meet ctest's timeout),
  // and a sanitized build on a busy machine took over 5 s to fill a 32 MiB cap.
  CHECK(hits.empty());

  Outcome good = h.run(h.good, &hits);
  CHECK(good.ok);
  CHECK(good.error.empty());
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message == "still running");

  Outcome again = h.run(h.hostile, &hits);
  CHECK_FALSE(again.ok);
  CHECK(again.error == error);
  CHECK(hits.size() == 1);
}

const std::string kAt = "rule gates.hostile: rules/gates/hostile.lua:4: ";

}  // namespace

TEST_CASE("sandbox: os.execute is absent", "[lua][sandbox]") {
  expect_stopped("os.execute('touch /tmp/tollgate-pwned')", kAt + "attempt to index a nil value (global 'os')");
}

TEST_CASE("sandbox: io.open is absent", "[lua][sandbox]") {
  expect_stopped("io.open('/etc/passwd')", kAt + "attempt to index a nil value (global 'io')");
}

TEST_CASE("sandbox: require is absent", "[lua][sandbox]") {
  expect_stopped("require('os')", kAt + "attempt to call a nil value (global 'require')");
}

TEST_CASE("sandbox: dofile is absent", "[lua][sandbox]") {
  expect_stopped("dofile('/etc/passwd')", kAt + "attempt to call a nil value (global 'dofile')");
}

TEST_CASE("sandbox: loadfile is absent", "[lua][sandbox]") {
  expect_stopped("loadfile('/etc/passwd')", kAt + "attempt to call a nil value (global 'loadfile')");
}

TEST_CASE("sandbox: load of text is absent", "[lua][sandbox]") {
  expect_stopped("load('return 1')()", kAt + "attempt to call a nil value (global 'load')");
}

TEST_CASE("sandbox: load of a binary chunk is absent", "[lua][sandbox]") {
  expect_stopped("load('\\27Lua\\x54\\0')()", kAt + "attempt to call a nil value (global 'load')");
}

TEST_CASE("sandbox: string.dump, collectgarbage, print, debug and package are absent", "[lua][sandbox]") {
  expect_stopped("string.dump(function() end)", kAt + "attempt to call a nil value (field 'dump')");
  expect_stopped("collectgarbage()", kAt + "attempt to call a nil value (global 'collectgarbage')");
  expect_stopped("print('x')", kAt + "attempt to call a nil value (global 'print')");
  expect_stopped("debug.sethook()", kAt + "attempt to index a nil value (global 'debug')");
  expect_stopped("package.loaded.os.exit()", kAt + "attempt to index a nil value (global 'package')");
  expect_stopped("rawset(_ENV, 'x', 1)", kAt + "attempt to call a nil value (global 'rawset')");
}

TEST_CASE("sandbox: an endless loop exhausts the instruction budget", "[lua][sandbox]") {
  expect_stopped("while true do end", "rule gates.hostile: instruction budget exhausted");
}

TEST_CASE("sandbox: pcall inside a loop cannot swallow the budget stop", "[lua][sandbox]") {
  expect_stopped("while true do pcall(function() while true do end end) end",
                 "rule gates.hostile: instruction budget exhausted");
  expect_stopped("local n = 0 while true do n = n + 1 xpcall(function() while true do end end, function(e) return e end) end",
                 "rule gates.hostile: instruction budget exhausted");
}

TEST_CASE("sandbox: under the default budget the watchdog hooks a long call and the budget stops it", "[lua][sandbox]") {
  // The default budget is counted only once a call has run for a millisecond (engine/lua_sandbox.cc, "The
  // count hook"): the hook must still arrive, for a plain loop, a pcall loop and a loop of short calls.
  SandboxLimits l = small_limits();
  l.instructions = SandboxLimits().instructions;
  l.deadline_ms = 60'000;  // the budget, not the clock, must be what stops these
  expect_stopped("while true do end", "rule gates.hostile: instruction budget exhausted", l);
  expect_stopped("while true do pcall(function() while true do end end) end",
                 "rule gates.hostile: instruction budget exhausted", l);
  expect_stopped("local function f(n) return n + 1 end local n = 0 while true do n = f(n) end",
                 "rule gates.hostile: instruction budget exhausted", l);
}

TEST_CASE("sandbox: an endless loop under a large budget meets the deadline", "[lua][sandbox]") {
  SandboxLimits l = small_limits();
  l.instructions = 1'000'000'000'000;
  l.deadline_ms = 300;
  expect_stopped("while true do end", "rule gates.hostile: deadline of 300 ms passed", l);
}

TEST_CASE("sandbox: deep recursion overflows the Lua stack, not the process", "[lua][sandbox]") {
  SandboxLimits l = small_limits();
  l.memory = 256u << 20;  // the Lua stack limit (a million slots) is reached before this cap
  expect_stopped("local function f(n) return 1 + f(n + 1) end f(1)", kAt + "stack overflow", l);
}

TEST_CASE("sandbox: a memory bomb by table growth meets the memory cap", "[lua][sandbox]") {
  SandboxLimits l = small_limits();
  l.instructions = 1'000'000'000;
  l.deadline_ms = 20'000;  // the cap, not the clock, must be what stops it
  expect_stopped("local t = {} local i = 0 while true do i = i + 1 t[i] = string.rep('x', 1000) .. i end",
                 "rule gates.hostile: memory cap of 32 MiB reached", l);
}

TEST_CASE("sandbox: string.rep of a terabyte is refused, of a gigabyte meets the memory cap", "[lua][sandbox]") {
  expect_stopped("local s = string.rep('x', 1 << 40)", kAt + "resulting string too large");
  expect_stopped("local s = string.rep('x', 1 << 30)", "rule gates.hostile: memory cap of 32 MiB reached");
  expect_stopped("local ok = pcall(string.rep, 'x', 1 << 30) error('swallowed: ' .. tostring(ok))", kAt + "swallowed: false");
}

TEST_CASE("sandbox: string.rep of an empty string is immediate, not an endless C loop", "[lua][sandbox]") {
  expect_stopped("assert(string.rep('', 1 << 62) == '') error('returned')", kAt + "returned");
}

TEST_CASE("sandbox: table.move over a huge range is charged to the budget", "[lua][sandbox]") {
  expect_stopped("table.move({}, 1, math.maxinteger - 1, 2)", "rule gates.hostile: instruction budget exhausted");
  expect_stopped("table.insert(setmetatable({}, {__len = function() return 1 << 60 end}), 1, 'x')",
                 "rule gates.hostile: instruction budget exhausted");
}

TEST_CASE("sandbox: a catastrophic pattern exhausts the budget", "[lua][sandbox]") {
  expect_stopped("string.rep('a', 50000):find('.-.-.-.-.-.-.-b')", "rule gates.hostile: instruction budget exhausted");
}

TEST_CASE("sandbox: the shared libraries are read-only", "[lua][sandbox]") {
  expect_stopped("string.find = nil", kAt + "attempt to modify read-only table 'string'");
  expect_stopped("table.insert = print", kAt + "attempt to modify read-only table 'table'");
  expect_stopped("math.pi = 3", kAt + "attempt to modify read-only table 'math'");
  expect_stopped("utf8.char = nil", kAt + "attempt to modify read-only table 'utf8'");
  expect_stopped("tg.get = nil", kAt + "attempt to modify read-only table 'tg'");
  expect_stopped("tg.k8s.pod_spec = nil", kAt + "attempt to modify read-only table 'tg.k8s'");
  expect_stopped("for k, v in pairs(string) do v.x = 1 end", kAt + "attempt to index a function value (local 'v')");
}

TEST_CASE("sandbox: the metatables of shared tables and strings do not expose the real tables", "[lua][sandbox]") {
  expect_stopped("getmetatable('').__index = {}", kAt + "attempt to modify read-only table 'string metatable'");
  expect_stopped("getmetatable('').__index.find = nil", kAt + "attempt to modify read-only table 'string'");
  expect_stopped("assert(getmetatable(string) == 'read-only') setmetatable(string, nil)",
                 kAt + "cannot change a protected metatable");
  expect_stopped("setmetatable(_ENV, nil)", kAt + "cannot change a protected metatable");
  expect_stopped("setmetatable({}, {__gc = function() while true do end end})",
                 kAt + "setmetatable: __gc metamethods are not allowed in rules");
}

TEST_CASE("sandbox: a rule's globals are its own", "[lua][sandbox]") {
  // The hostile rule overrides string and pairs in its own environment; the good rule still sees them.
  Harness h("string = nil pairs = nil tg = nil", small_limits());
  std::vector<RuleHit> hits;
  CHECK(h.run(h.hostile, &hits).ok);
  Outcome good = h.run(h.good, &hits);
  CHECK(good.ok);
  CHECK(hits.size() == 1);
}

TEST_CASE("sandbox: a proxy kept in a global is refused in a later call", "[lua][sandbox]") {
  Harness h("if saved then local x = saved.a end saved = doc.root", small_limits());
  std::vector<RuleHit> hits;
  CHECK(h.run(h.hostile, &hits).ok);
  Outcome second = h.run(h.hostile, &hits);
  CHECK_FALSE(second.ok);
  CHECK(second.error == kAt + "document proxy used outside its check() call");
  Outcome good = h.run(h.good, &hits);
  CHECK(good.ok);
  CHECK(hits.size() == 1);
}

TEST_CASE("sandbox: a stale proxy is refused by every operation", "[lua][sandbox]") {
  const char* uses[] = {"saved.a", "#saved", "pairs(saved)", "tostring(saved)", "tg.span(saved)", "tg.type(saved)",
                        "saved_doc.path", "saved_doc:lines()", "saved_ctx:report{at = saved, message = 'x'}",
                        "saved_ctx.rule"};
  for (const char* use : uses) {
    INFO(use);
    Harness h(std::string("if saved then local x = ") + use +
                  " end saved = doc.root saved_doc = doc saved_ctx = ctx",
              small_limits());
    std::vector<RuleHit> hits;
    CHECK(h.run(h.hostile, &hits).ok);
    Outcome second = h.run(h.hostile, &hits);
    CHECK_FALSE(second.ok);
    CHECK(second.error.find("document proxy used outside its check() call") != std::string::npos);
  }
}

TEST_CASE("sandbox: an error in check names the rule and the place", "[lua][sandbox]") {
  expect_stopped("error('boom')", kAt + "boom");
  expect_stopped("error({})", "rule gates.hostile: (error object is a table value)");
  expect_stopped("local x = nil; x.y = 1", kAt + "attempt to index a nil value (local 'x')");
}

TEST_CASE("sandbox: the allowed base functions are there", "[lua][sandbox]") {
  Harness h(
      "assert(type(ipairs) == 'function' and type(next) == 'function' and type(select) == 'function')\n"
      "assert(tonumber('42') == 42 and tostring(1) == '1' and rawequal(1, 1) and rawlen({1, 2}) == 2)\n"
      "assert(rawget({a = 1}, 'a') == 1 and _VERSION == 'Lua 5.4')\n"
      "assert(select('#', pcall(error, 'x')) == 2 and not xpcall(error, function(e) return e end))\n"
      "local t = setmetatable({}, {__index = function() return 7 end}) assert(t.x == 7)\n"
      "assert(math.max(1, 2) == 2 and utf8.char(72) == 'H' and table.concat({'a', 'b'}) == 'ab')\n"
      "local t2 = {1, 2, 3} table.insert(t2, 4) table.insert(t2, 1, 0) assert(table.concat(t2, ',') == '0,1,2,3,4')\n"
      "assert(table.remove(t2, 1) == 0 and table.remove(t2) == 4 and table.concat(t2, ',') == '1,2,3')\n"
      "assert(table.concat(table.move({1, 2, 3}, 1, 3, 2), ',') == '1,1,2,3')\n"
      "assert(('abc'):upper() == 'ABC' and ('x'):rep(3, ',') == 'x,x,x')\n"
      "ctx:report{ at = doc.root, message = 'all there' }",
      small_limits());
  std::vector<RuleHit> hits;
  Outcome o = h.run(h.hostile, &hits);
  CHECK(o.error == "");
  CHECK(o.ok);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message == "all there");
}

TEST_CASE("sandbox: a rule reporting in a loop is stopped before its findings fill memory", "[lua][sandbox]") {
  expect_stopped("while true do ctx:report{ at = doc.root, message = 'again' } end",
                 kAt + "ctx:report: more than 10000 findings in one call");
}

TEST_CASE("sandbox: a message of megabytes is cut to 4096 bytes at a character boundary", "[lua][sandbox]") {
  // 'é' is two bytes: 4093 bytes of them would split one; the cut keeps whole characters and ends with "…".
  Harness h("ctx:report{ at = doc.root, message = string.rep('\\u{e9}', 1 << 19) }", small_limits());
  std::vector<RuleHit> hits;
  Outcome out = h.run(h.hostile, &hits);
  CHECK(out.ok);
  REQUIRE(hits.size() == 1);
  const std::string& m = hits[0].message;
  CHECK(m.size() == 4092 + 3);
  CHECK(m.substr(m.size() - 3) == "\u2026");
  CHECK(m.substr(0, 4) == "\u00e9\u00e9");
}

TEST_CASE("sandbox: a rule that fails on one document still runs on the next", "[lua][sandbox]") {
  // An ordinary error (here: a value the rule did not expect) is the document's, not the rule's for good.
  Harness h("if doc.root.a == 1 then error('unexpected value') end\n"
            "ctx:report{ at = doc.root, message = 'checked' }", small_limits());
  std::vector<RuleHit> hits;
  for (int i = 0; i < 5; ++i) {
    Outcome out = h.run(h.hostile, &hits);
    CHECK_FALSE(out.ok);
    CHECK(out.error == kAt + "unexpected value");
  }
  auto other = small_doc();
  other->root->entries[0].value->text = "2";
  std::string error;
  CHECK(h.rt->run_document_rule(h.hostile, *other, &hits, &error));
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].message == "checked");
}

TEST_CASE("sandbox: a rule whose calls reach their limits three times is stopped", "[lua][sandbox]") {
  Harness h("while true do end", small_limits());
  std::vector<RuleHit> hits;
  CHECK(h.run(h.hostile, &hits).error == "rule gates.hostile: instruction budget exhausted");
  CHECK(h.run(h.hostile, &hits).error == "rule gates.hostile: instruction budget exhausted");
  CHECK(h.run(h.hostile, &hits).error ==
        "rule gates.hostile: instruction budget exhausted; stopped after 3 calls reached the rule's limits, not run "
        "on the rest of the scan");
  Outcome after = h.run(h.hostile, &hits);
  CHECK(after.ok);
  CHECK(after.error.empty());
  CHECK(after.ms < 100);
  CHECK(h.run(h.good, &hits).ok);
  CHECK(hits.size() == 1);
}

TEST_CASE("sandbox: tg.re refuses work beyond its bound quickly instead of running for seconds", "[lua][sandbox]") {
  // 2,000 nested stars with 2,000 groups: RE2 took 9.5 s to extract the groups from 1 KB before the bound.
  expect_stopped("tg.re(string.rep('(a|b)*', 2000)):find(string.rep('ab', 500))",
                 kAt + "tg.re: a match of 1000 bytes is too long for this pattern (8003 instructions, 2000 capture "
                       "groups): the work is bounded at 500 million instruction-bytes; match shorter pieces (a line, "
                       "a value) or simplify the pattern");
  // A DFA that gives up falls back to work proportional to the pattern's size at every byte.
  expect_stopped("tg.re('a[ab]{1000}c'):match(string.rep('ab', 300000))",
                 kAt + "tg.re: a subject of 600000 bytes is too long for this pattern (1006 instructions): the work is "
                       "bounded at 500 million instruction-bytes; match shorter pieces (a line, a value) or simplify "
                       "the pattern");
  expect_stopped("tg.re(string.rep('a', 20000))", kAt + "tg.re: pattern longer than 16384 bytes");
  expect_stopped("tg.re(string.rep('a{1000}', 30))", kAt + "tg.re: pattern too large - compile failed");
}
