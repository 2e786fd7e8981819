// Shared library modules (tg.lib, docs/writing-rules.md "Shared library modules"): loaded once per Lua state,
// handed out read-only, errors named, and lib/ files never taken for rules.
// Each case writes a small pack to a temporary directory: <dir>/lib/<name>.lua and rules <dir>/config/<name>.lua.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/rules.h"

using namespace tollgate;
namespace fs = std::filesystem;

namespace {

const char* kPrelude =
    "local function eq(a, b, what) if a ~= b then error((what or '?') .. ': expected ' .. tostring(b) .. ', got ' "
    ".. tostring(a), 2) end end\n"
    "local function fails(f, msg) local ok, e = pcall(f) if ok then error('no error, expected: ' .. msg, 2) end\n"
    "  if not tostring(e):find(msg, 1, true) then error('wrong error: ' .. tostring(e) .. ' expected: ' .. msg, 2) "
    "end end\n";

struct Pack {
  fs::path dir;

  Pack() {
    static int n = 0;
    dir = fs::temp_directory_path() / ("tollgate-lib-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    fs::remove_all(dir);
    fs::create_directories(dir / "lib");
    fs::create_directories(dir / "config");
  }
  ~Pack() { fs::remove_all(dir); }

  void lib(const std::string& name, const std::string& text) const { std::ofstream(dir / "lib" / (name + ".lua")) << text; }

  // A rule config.<name> of this pack: `chunk` runs at load (before the returned table), `body` in check().
  RuleSource rule(const std::string& name, const std::string& chunk, const std::string& body) const {
    std::string text = std::string(kPrelude) + chunk + "\nreturn { id = \"config." + name +
                       "\", title = \"T\", severity = \"low\", tags = { \"config\" },\n"
                       "  applies_to = { \"*\" }, help = \"h\",\n"
                       "  check = function(doc, ctx)\n" + body + "\n  end }\n";
    return {(dir / "config" / (name + ".lua")).string(), text, dir.string()};
  }
  std::string path(const std::string& rel) const { return (dir / rel).string(); }
};

std::unique_ptr<Document> text_doc(const std::string& path = "notes.txt", const std::string& text = "hello\n",
                                   const std::string& kind = "text", Format format = Format::text) {
  auto doc = std::make_unique<Document>();
  doc->source = SourceText::make(path, text);
  doc->format = format;
  doc->kind = kind;
  return doc;
}

std::vector<LoadedRule> load_ok(const std::vector<RuleSource>& sources, const SandboxLimits& limits = {}) {
  std::vector<Notification> errors;
  auto rules = load_rules(sources, limits, &errors);
  for (auto& e : errors) FAIL_CHECK(e.path << ":" << e.line << ": " << e.message);
  REQUIRE(rules.size() == sources.size());
  return rules;
}

struct Run {
  bool ok;
  std::string error;
  std::vector<RuleHit> hits;
};

// load_rules sorts by id, so rules are run by id.
Run run(LuaRuntime& rt, const std::vector<LoadedRule>& rules, const std::string& id, const Document& doc) {
  size_t i = 0;
  while (i < rules.size() && rules[i].info.id != id) ++i;
  REQUIRE(i < rules.size());
  Run r;
  r.ok = rt.run_document_rule(i, doc, &r.hits, &r.error);
  return r;
}

}  // namespace

TEST_CASE("lib: one module serves two rules, loaded once per Lua state", "[lua][lib]") {
  Pack pack;
  pack.lib("words", R"(
local M = {}
local loaded_at = {}  -- one table per load: its identity tells loads apart
function M.split(s) local out = {} for w in s:gmatch("%S+") do out[#out + 1] = w end return out end
function M.load_id() return tostring(loaded_at) end
M.limits = { max = 3 }
return M
)");
  // a uses the module at chunk level, b only inside check(); each reports what it sees.
  auto rules = load_ok({
      pack.rule("a", "local words = tg.lib('words')",
                "local w = words.split('x y z') eq(#w, 3, 'a: #w') eq(words.limits.max, 3, 'a: max')\n"
                "ctx:report{ at = { line = 1 }, message = words.load_id() }\n"
                "eq(tg.lib('words'), words, 'a: the same view on every call')"),
      pack.rule("b", "", "local words = tg.lib('words') eq(words.split('p q')[2], 'q', 'b: split')\n"
                         "ctx:report{ at = { line = 1 }, message = words.load_id() }"),
  });
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  Run a = run(rt, rules, "config.a", *doc), b = run(rt, rules, "config.b", *doc), a2 = run(rt, rules, "config.a", *doc);
  REQUIRE(a.error == "");
  REQUIRE(b.error == "");
  REQUIRE(a2.error == "");
  REQUIRE(a.hits.size() == 1);
  REQUIRE(b.hits.size() == 1);
  REQUIRE(a2.hits.size() == 1);
  CHECK(a.hits[0].message == b.hits[0].message);  // one load serves both rules
  CHECK(a.hits[0].message == a2.hits[0].message);

  // Another runtime (another worker thread) has its own Lua state, so its own load.
  LuaRuntime rt2(rules, SandboxLimits{});
  Run c = run(rt2, rules, "config.b", *doc);
  REQUIRE(c.hits.size() == 1);
  CHECK(c.hits[0].message != a.hits[0].message);
}

TEST_CASE("lib: a module is read-only, so one rule cannot change it for another", "[lua][lib]") {
  Pack pack;
  pack.lib("cfg", R"(
local M = { level = "strict", names = { "a", "b" }, nested = { deep = { flag = true } } }
function M.level_of() return M.level end
M.self = M  -- a cycle stays a cycle
return M
)");
  pack.lib("reexport", "return { cfg = tg.lib('cfg') }\n");
  pack.lib("meta", "return { obj = setmetatable({}, { __index = function() return 1 end }) }\n");
  auto rules = load_ok({
      pack.rule("tamper", "local cfg = tg.lib('cfg')",
                "fails(function() cfg.level = 'lax' end, [[attempt to modify read-only table 'tg.lib(\"cfg\")']])\n"
                "fails(function() cfg.level_of = function() return 'lax' end end, 'read-only')\n"
                "fails(function() cfg.extra = 1 end, 'read-only')\n"
                "fails(function() cfg.names[3] = 'c' end, [[read-only table 'tg.lib(\"cfg\").names']])\n"
                "fails(function() table.insert(cfg.names, 'c') end, 'read-only')\n"
                "fails(function() cfg.nested.deep.flag = false end, [[read-only table 'tg.lib(\"cfg\").nested.deep']])\n"
                "fails(function() setmetatable(cfg, nil) end, 'protected metatable')\n"
                "eq(getmetatable(cfg), 'read-only', 'metatable hidden')\n"
                "eq(cfg.self, cfg, 'cycle')\n"
                "local n = 0 for _ in pairs(cfg.names) do n = n + 1 end eq(n, 2, 'pairs') eq(#cfg.names, 2, '#')\n"
                "ctx:report{ at = { line = 1 }, message = 'tampered' }"),
      pack.rule("victim", "",
                "local cfg = tg.lib('cfg') eq(cfg.level, 'strict', 'level') eq(cfg.level_of(), 'strict', 'level_of')\n"
                "eq(cfg.extra, nil, 'extra') eq(#cfg.names, 2, 'names') eq(cfg.nested.deep.flag, true, 'flag')\n"
                // a module may hand on another module (a read-only view already): it stays that module
                "local re = tg.lib('reexport') eq(re.cfg, cfg, 'reexported') eq(re.cfg.level, 'strict', 'through')\n"
                "fails(function() tg.lib('meta') end, [['tg.lib(\"meta\").obj' has a metatable]])"),
  });
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  Run t = run(rt, rules, "config.tamper", *doc);
  CHECK(t.error == "");
  CHECK(t.hits.size() == 1);
  Run v = run(rt, rules, "config.victim", *doc);
  CHECK(v.error == "");
  CHECK(v.ok);
}

TEST_CASE("lib: a missing module is a clear error naming it", "[lua][lib]") {
  Pack pack;
  auto rules = load_ok({
      pack.rule("missing", "", "local m = tg.lib('nope')"),
      pack.rule("badname", "", "fails(function() tg.lib('../config/missing') end, 'tg.lib: bad module name')\n"
                               "fails(function() tg.lib() end, \"bad argument #1 to 'lib' (module name expected, got no value)\")"),
  });
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  Run m = run(rt, rules, "config.missing", *doc);
  CHECK_FALSE(m.ok);
  CHECK(m.error == "rule config.missing: " + pack.path("config/missing.lua") + ":8: tg.lib: no library module 'nope' (looked for " +
                       pack.path("lib/nope.lua") + " and the built-in rules/lib/nope.lua)");
  Run b = run(rt, rules, "config.badname", *doc);
  CHECK(b.error == "");

  // At chunk level the loader reports it like any rule file error, with the line.
  std::vector<Notification> errors;
  auto none = load_rules({pack.rule("missing2", "local m = tg.lib('nope')", "")}, {}, &errors);
  CHECK(none.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == pack.path("config/missing2.lua"));
  CHECK(errors[0].line == 4);
  CHECK(errors[0].message.find("tg.lib: no library module 'nope'") == 0);

  // The built-in pack has no such module either.
  errors.clear();
  none = load_rules({{"rules/config/missing3.lua", std::string(kPrelude) + "local m = tg.lib('nope')\nreturn {}", ""}}, {}, &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "tg.lib: no library module 'nope' (looked for rules/lib/nope.lua)");
}

TEST_CASE("lib: a module that fails to load fails the rules that use it, with its own location", "[lua][lib]") {
  Pack pack;
  pack.lib("boom", "local M = {}\nerror('boom at load')\nreturn M\n");
  pack.lib("syntax", "return { f = function( }\n");
  pack.lib("nottable", "return 42\n");
  pack.lib("spin", "while true do end\n");
  pack.lib("cycle-a", "local b = tg.lib('cycle-b')\nreturn {}\n");
  pack.lib("cycle-b", "local a = tg.lib('cycle-a')\nreturn {}\n");
  auto rules = load_ok({
      pack.rule("one", "", "tg.lib('boom')"),
      pack.rule("two", "", "tg.lib('boom')"),
      pack.rule("syntax", "", "tg.lib('syntax')"),
      pack.rule("nottable", "", "tg.lib('nottable')"),
      pack.rule("spin", "", "tg.lib('spin')"),
      pack.rule("cycle", "", "tg.lib('cycle-a')"),
      pack.rule("survivor", "", "ctx:report{ at = { line = 1 }, message = 'still here' }"),
  });
  auto doc = text_doc();
  SandboxLimits limits;
  limits.instructions = 2'000'000;
  LuaRuntime rt(rules, limits);
  std::string where = ": " + pack.path("config/");
  Run one = run(rt, rules, "config.one", *doc);
  CHECK(one.error == "rule config.one" + where + "one.lua:8: tg.lib: module 'boom' failed to load: " + pack.path("lib/boom.lua") +
                         ":2: boom at load");
  Run two = run(rt, rules, "config.two", *doc);  // the same error for the next rule: the module is not run again
  CHECK(two.error == "rule config.two" + where + "two.lua:8: tg.lib: module 'boom' failed to load: " + pack.path("lib/boom.lua") +
                         ":2: boom at load");
  Run syntax = run(rt, rules, "config.syntax", *doc);
  CHECK(syntax.error.find("tg.lib: module 'syntax' failed to load: " + pack.path("lib/syntax.lua") + ":1:") != std::string::npos);
  Run nottable = run(rt, rules, "config.nottable", *doc);
  CHECK(nottable.error.find("tg.lib: module 'nottable' failed to load: " + pack.path("lib/nottable.lua") +
                            " must return a table of functions (got number)") != std::string::npos);
  Run spin = run(rt, rules, "config.spin", *doc);  // the module runs under the calling rule's budget
  CHECK(spin.error == "rule config.spin: instruction budget exhausted");
  Run cycle = run(rt, rules, "config.cycle", *doc);
  CHECK(cycle.error.find("tg.lib: module 'cycle-a' is asked for while it is still loading") != std::string::npos);
  Run survivor = run(rt, rules, "config.survivor", *doc);
  CHECK(survivor.ok);
  CHECK(survivor.hits.size() == 1);

  // At chunk level, in the loader's validation sandbox: reported against the rule file, like its own errors.
  std::vector<Notification> errors;
  auto none = load_rules({pack.rule("boom2", "local b = tg.lib('boom')", "")}, {}, &errors);
  CHECK(none.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].path == pack.path("config/boom2.lua"));
  CHECK(errors[0].line == 4);
  CHECK(errors[0].message == "tg.lib: module 'boom' failed to load: " + pack.path("lib/boom.lua") + ":2: boom at load");
}

TEST_CASE("lib: lib/ files are modules, never rules", "[lua][lib][loader]") {
  Pack pack;
  pack.lib("helpers", "return { x = 1 }\n");
  std::ofstream(pack.dir / "config" / "real.lua") << "return {}";
  std::vector<Notification> errors;
  auto sources = rule_sources_in_dir(pack.dir.string(), &errors);
  CHECK(errors.empty());
  REQUIRE(sources.size() == 1);
  CHECK(sources[0].origin == pack.path("config/real.lua"));

  // The built-in pack embeds rules/lib/ but does not list it as rules.
  auto builtin = builtin_rule_sources();
  CHECK(std::none_of(builtin.begin(), builtin.end(),
                     [](const RuleSource& s) { return s.origin.rfind("rules/lib/", 0) == 0; }));

  // A lib file handed to load_rules anyway is passed over, not validated as a rule.
  errors.clear();
  auto rules = load_rules({{"rules/lib/shell.lua", "return { f = function() end }", ""},
                           {pack.path("lib/helpers.lua"), "return { x = 1 }", pack.dir.string()}},
                          {}, &errors);
  CHECK(rules.empty());
  CHECK(errors.empty());
}

TEST_CASE("lib: a pack's own module comes first, then the built-in one", "[lua][lib]") {
  Pack pack;
  pack.lib("shell", "return { mine = true }\n");
  Pack other;  // no lib/shell.lua: gets the built-in module
  auto rules = load_ok({
      pack.rule("own", "local sh = tg.lib('shell')", "eq(sh.mine, true, 'own') eq(sh.split_commands, nil, 'not built-in')"),
      other.rule("fallback", "local sh = tg.lib('shell')", "eq(type(sh.split_commands), 'function', 'built-in')"),
      {"rules/config/builtin.lua",
       std::string(kPrelude) + "local sh = tg.lib('shell')\nreturn { id = 'config.builtin', title = 'T', severity = 'low',"
                               " tags = { 'config' }, applies_to = { '*' }, help = 'h', check = function(doc, ctx)\n"
                               "eq(type(sh.script_blocks), 'function', 'builtin') end }\n",
       ""},
  });
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  for (size_t i = 0; i < rules.size(); ++i) {
    Run r = run(rt, rules, rules[i].info.id, *doc);
    INFO(rules[i].info.id);
    CHECK(r.error == "");
  }
}

TEST_CASE("lib: the built-in shell module splits commands and finds script blocks", "[lua][lib]") {
  std::string text = std::string(kPrelude) + R"(local sh = tg.lib("shell")
return { id = 'config.shell-lib', title = 'T', severity = 'low', tags = { 'config' }, applies_to = { '*' }, help = 'h',
  check = function(doc, ctx)
    local c = sh.split_commands([[FOO=1 sudo git push --no-verify && echo "a b" | tee x # note]])
    eq(#c, 3, '#c')
    eq(c[1].name, 'git', 'name') eq(c[1].env.FOO, '1', 'env') eq(c[1].col, 1, 'col') eq(c[1].op, '&&', 'op')
    eq(c[1].args[2], '--no-verify', 'args') eq(c[2].args[1], 'a b', 'quotes') eq(c[2].op, '|', 'pipe')
    eq(c[3].base, 'tee', 'base') eq(#c[3].args, 1, 'comment dropped')
    local cond = sh.split_commands('if make test; then deploy; fi')
    eq(cond[1].cond, true, 'if') eq(cond[2].cond, false, 'then')
    for _, b in ipairs(sh.script_blocks(doc)) do
      eq(b.scope, '(file)', 'scope')
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(sh.split_commands(l.text)) do
          ctx:report{ at = { line = l.n, col = l.off + cmd.col }, message = cmd.base }
        end
      end
    end
  end }
)";
  auto rules = load_ok({{"rules/config/shell-lib.lua", text, ""}});
  auto doc = text_doc("deploy.sh", "#!/bin/sh\n# a comment\nterraform apply \\\n  -auto-approve\ncat <<EOF\nrm -rf /\nEOF\n",
                      "shell", Format::shell);
  LuaRuntime rt(rules, SandboxLimits{});
  Run r = run(rt, rules, "config.shell-lib", *doc);
  CHECK(r.error == "");
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].message == "terraform");
  CHECK(r.hits[0].span.line == 3);
  CHECK(r.hits[1].message == "cat");
  CHECK(r.hits[1].span.line == 5);
}

TEST_CASE("lib: tg.split_shell keeps substitutions, redirections and operators apart", "[lua][lib]") {
  std::string text = std::string(kPrelude) + R"(
return { id = 'config.split', title = 'T', severity = 'low', tags = { 'config' }, applies_to = { '*' }, help = 'h',
  check = function(doc, ctx)
    -- $(VAR) stays in its word; $(cmd args) ends the command and is read as a command of its own.
    local c = tg.split_shell('echo $(VERSION) $(date +%s)')
    eq(#c, 2, '#subst') eq(c[1].args[1], '$(VERSION)', 'make var') eq(c[2].name, 'date', 'inner command')
    -- 2>&1 is a redirection inside a word, not the background operator; & alone is.
    c = tg.split_shell('make test 2>&1 | tee log & wait')
    eq(#c, 3, '#redir') eq(c[1].args[2], '2>&1', 'redirection') eq(c[1].op, '|', 'pipe') eq(c[2].op, '&', 'bg')
    -- env prefixes, `env NAME=value`, backslash escapes, a keyword-only command keeps the chain's operator.
    c = tg.split_shell([[env HUSKY=0 git commit -m a\ b || true]])
    eq(c[1].name, 'git', 'env prefix skipped') eq(c[1].env.HUSKY, '0', 'env value') eq(c[1].args[3], 'a b', 'escape')
    eq(c[1].op, '||', 'or') eq(c[2].name, 'true', 'true')
    c = tg.split_shell('X=1')
    eq(#c, 1, 'bare assignment') eq(c[1].name, '', 'no name') eq(c[1].has_env, true, 'has_env') eq(c[1].col, 1, 'col')
    c = tg.split_shell('cd /srv && `ls` ; ./bin/run')
    eq(c[#c].base, 'run', 'base') eq(c[#c].name, './bin/run', 'name')
    eq(#tg.split_shell(''), 0, 'empty')
    eq(#tg.split_shell('# only a comment'), 0, 'comment')
  end }
)";
  auto rules = load_ok({{"rules/config/split.lua", text, ""}});
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  Run r = run(rt, rules, "config.split", *doc);
  CHECK(r.error == "");
}

TEST_CASE("lib: tg.classify_command reads a command as the pipeline model does", "[lua][lib]") {
  std::string text = std::string(kPrelude) + R"(
return { id = 'config.classify', title = 'T', severity = 'low', tags = { 'config' }, applies_to = { '*' }, help = 'h',
  check = function(doc, ctx)
    local c = tg.classify_command('trivy', { 'image', '--exit-code', '0', 'app:1' })
    eq(c.does.scan, true, 'scan') eq(c.soft_fail, '--exit-code 0', 'soft_fail') eq(c.skips_tests, nil, 'no skip')
    c = tg.classify_command('mvn', { '-B', 'deploy', '-DskipTests' })
    eq(c.does.publish, true, 'publish') eq(c.does.test, nil, 'no test') eq(c.skips_tests, '-DskipTests', 'skip')
    c = tg.classify_command('kubectl', { '--context', 'prod', 'apply', '-f', 'k8s/' })
    eq(c.does.deploy, true, 'deploy') eq(c.target, 'production', 'target')
    c = tg.classify_command('echo', {})
    eq(next(c.does), nil, 'nothing')
    local ok = pcall(tg.classify_command, 'x', { 1, {} })
    eq(ok, false, 'args must be strings')
  end }
)";
  auto rules = load_ok({{"rules/config/classify.lua", text, ""}});
  auto doc = text_doc();
  LuaRuntime rt(rules, SandboxLimits{});
  Run r = run(rt, rules, "config.classify", *doc);
  CHECK(r.error == "");
}
