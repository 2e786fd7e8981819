"""The configuration file (.tollgate.yaml) end to end: discovery, --config / --no-config, precedence of flags,
exclude patterns, severity overrides, located errors; and the progress line on a terminal."""
import json
import os
import subprocess
import unittest

from tg import BIN, TempTreeCase, run, run_on_a_tty

# config.forbidden-key (medium) reports every map key named "forbidden"; config.noisy-key (low) every key named
# "noisy"; both tagged "custom" as well as with their family.
PACK = {
    "pack/config/forbidden-key.lua": '''
        return {
          id = "config.forbidden-key", title = "Forbidden key present", severity = "medium",
          tags = { "config", "custom" }, applies_to = { "*" }, help = [[Test rule.]],
          check = function(doc, ctx)
            if doc.root == nil or tg.type(doc.root) ~= "map" then return end
            tg.walk(doc.root, function(value, parent, key)
              if key == "forbidden" then ctx:report{ at = parent, key = key, on = "key", message = "forbidden key" } end
            end)
          end,
        }
    ''',
    "pack/config/noisy-key.lua": '''
        return {
          id = "config.noisy-key", title = "Noisy key present", severity = "low",
          tags = { "config", "custom" }, applies_to = { "*" }, help = [[Test rule.]],
          check = function(doc, ctx)
            if doc.root == nil or tg.type(doc.root) ~= "map" then return end
            if doc.root.noisy ~= nil then ctx:report{ at = doc.root, key = "noisy", on = "key", message = "noisy key" } end
          end,
        }
    ''',
}


# Reports what ctx.options holds, and whether writing into it fails.
OPTIONS_ECHO_RULE = """
return {
  id = "config.options-echo", title = "Echoes its options", severity = "low", tags = { "config" },
  applies_to = { "*" }, help = "test",
  check = function(doc, ctx)
    if doc.path ~= "a.yaml" then return end
    local o = ctx.options
    local teams = {}
    for _, t in ipairs(o.teams or {}) do teams[#teams + 1] = t end
    local frozen = not pcall(function() o.limit = 1 end) and (o.nested == nil or not pcall(function() o.nested.deep = 1 end))
    ctx:report{ at = { line = 1, col = 1 }, message = string.format("limit=%s teams=%s deep=%s frozen=%s", tostring(o.limit),
      table.concat(teams, ","), tostring(o.nested and o.nested.deep), tostring(frozen)) }
  end,
}
"""


class ConfigCase(TempTreeCase):
    """A git repository (so discovery stops at its top) holding the test pack."""

    def setUp(self):
        super().setUp()
        subprocess.run(["git", "init", "-q", "-b", "main"], cwd=self.root, check=True)
        self.tree(PACK)

    def git(self, *args):
        return subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                               *args], cwd=self.root, check=True, capture_output=True, text=True)

    def scan(self, *args, cwd=None):
        p = run("scan", "--format", "json", *args, cwd=cwd or self.root)
        report = json.loads(p.stdout) if p.stdout.strip() else None
        return p, report

    @staticmethod
    def found(report):
        return sorted((f["path"], f["rule_id"]) for f in report["findings"])


class DiscoveryTest(ConfigCase):
    def test_found_upward_from_a_nested_scan_root(self):
        self.tree({
            ".tollgate.yaml": """
                rules: [pack]            # relative to this file, wherever the scan runs from
                select: [custom]
                fail-on: high
            """,
            "services/api/deploy/app.yaml": "forbidden: 1\nnoisy: 2\n",
        })
        want = [("services/api/deploy/app.yaml", "config.forbidden-key"), ("services/api/deploy/app.yaml", "config.noisy-key")]
        # From the top with a nested PATH, and from inside the nested folder with no PATH at all.
        for cwd, args in ((self.root, ["services/api"]), (os.path.join(self.root, "services/api/deploy"), [])):
            p, r = self.scan(*args, cwd=cwd)
            self.assertEqual(p.returncode, 0, p.stderr)  # fail-on: high, and the findings are medium and low
            self.assertEqual(self.found(r), want)
            # Without the file: the pack is unknown, the built-in rules run, and findings fail at the default (low).
            p, r = self.scan("--no-config", *args, cwd=cwd)
            self.assertNotIn("config.forbidden-key", [f["rule_id"] for f in r["findings"]])

    def test_nearest_file_wins_and_nothing_above_the_repository_is_read(self):
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [config.forbidden-key]\n",
            "team/.tollgate.yaml": "rules: [../pack]\nselect: [config.noisy-key]\n",
            "team/a.yaml": "forbidden: 1\nnoisy: 1\n",
        })
        _, r = self.scan("team")
        self.assertEqual(self.found(r), [("team/a.yaml", "config.noisy-key")])
        # A repository nested inside: its top ends the search, so the outer files do not apply.
        self.tree({"inner/a.yaml": "forbidden: 1\nnoisy: 1\n"})
        subprocess.run(["git", "init", "-q"], cwd=os.path.join(self.root, "inner"), check=True)
        p, r = self.scan("inner", "--rules", "pack")
        self.assertIn(("a.yaml", "config.forbidden-key"), self.found(r))
        self.assertIn(("a.yaml", "config.noisy-key"), self.found(r))

    def test_explicit_config_and_no_config(self):
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [config.noisy-key]\n",
            "ci/strict.yaml": "rules: [../pack]\nselect: [custom]\nseverity: {config.noisy-key: high}\n",
            "a.yaml": "forbidden: 1\nnoisy: 1\n",
        })
        _, r = self.scan()
        self.assertEqual(self.found(r), [("a.yaml", "config.noisy-key")])
        p, r = self.scan("--config", "ci/strict.yaml")
        self.assertEqual(self.found(r), [("a.yaml", "config.forbidden-key"), ("a.yaml", "config.noisy-key")])
        self.assertEqual({f["rule_id"]: f["severity"] for f in r["findings"]}["config.noisy-key"], "high")
        # --config from elsewhere: paths in it are still relative to the file.
        p, r = self.scan("--config", os.path.join(self.root, "ci/strict.yaml"), self.root, cwd="/")
        self.assertEqual(len(r["findings"]), 2, p.stderr)
        p = run("scan", "--config", "ci/strict.yaml", "--no-config", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("cannot be combined", p.stderr)
        p = run("scan", "--config", "ci/missing.yaml", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("ci/missing.yaml: error: cannot read configuration: No such file or directory", p.stderr)
        self.assertEqual(p.stdout, "")


class PrecedenceTest(ConfigCase):
    def setUp(self):
        super().setUp()
        self.tree({
            ".tollgate.yaml": """
                rules: [pack]
                select: [config.noisy-key]
                skip: [config.forbidden-key]
                fail-on: high
                max-file-size: 1KiB
            """,
            "a.yaml": "forbidden: 1\nnoisy: 1\n",
            "big.yaml": "noisy: 1\n" + "# padding\n" * 200,
        })

    def test_flags_override_the_file(self):
        p, r = self.scan()
        self.assertEqual(p.returncode, 0, p.stderr)  # noisy is low, fail-on high
        self.assertEqual(self.found(r), [("a.yaml", "config.noisy-key")])  # big.yaml is over 1 KiB
        self.assertTrue(any("big.yaml" in e.get("path", "") for e in r["errors"]))
        # --fail-on and --max-file-size replace the file's values.
        p, r = self.scan("--fail-on", "low", "--max-file-size", "1MiB")
        self.assertEqual(p.returncode, 1)
        self.assertEqual(self.found(r), [("a.yaml", "config.noisy-key"), ("big.yaml", "config.noisy-key")])
        # --select replaces the file's list; the file's skip still applies on top of it.
        _, r = self.scan("--select", "custom")
        self.assertEqual(self.found(r), [("a.yaml", "config.noisy-key")])
        # --skip adds to the file's list.
        _, r = self.scan("--select", "custom", "--skip", "config.noisy-key")
        self.assertEqual(self.found(r), [])

    def test_rules_list_follows_the_file(self):
        p = run("rules", "list", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual([x["id"] for x in json.loads(p.stdout)], ["config.noisy-key"])
        p = run("rules", "list", "--format", "json", "--no-config", "--select", "config", cwd=self.root)
        self.assertNotIn("config.noisy-key", [x["id"] for x in json.loads(p.stdout)])
        p = run("rules", "explain", "config.forbidden-key", cwd=self.root)  # the file's pack, not its choice
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("Forbidden key present", p.stdout)


class ExcludeAndSeverityTest(ConfigCase):
    def test_exclude_patterns(self):
        self.tree({
            ".tollgate.yaml": """
                rules: [pack]
                select: [config.forbidden-key]
                exclude:
                  - "vendor/**"
                  - "*.generated.yaml"
                  - "!keep.generated.yaml"
            """,
            # Contents differ: `tollgate git` scans each blob once.
            "vendor/lib/a.yaml": "forbidden: a\n",
            "src/vendor/b.yaml": "forbidden: b\n",  # not the top vendor/: the pattern is anchored
            "src/c.generated.yaml": "forbidden: c\n",
            "src/keep.generated.yaml": "forbidden: keep\n",
            "src/d.yaml": "forbidden: d\n",
        })
        want = ["src/d.yaml", "src/keep.generated.yaml", "src/vendor/b.yaml"]
        _, r = self.scan()
        self.assertEqual([f["path"] for f in r["findings"]], want)
        # From a nested root, the patterns are still relative to the file's folder.
        _, r = self.scan(".", cwd=os.path.join(self.root, "src"))
        self.assertEqual([f["path"] for f in r["findings"]], [w for w in want if w.startswith("src/")])
        # Files named explicitly (as pre-commit passes them) are excluded too.
        _, r = self.scan("vendor/lib/a.yaml", "src/c.generated.yaml", "src/d.yaml")
        self.assertEqual([f["path"] for f in r["findings"]], ["src/d.yaml"])
        # ... and so are staged files.
        self.git("add", "-A")
        _, r = self.scan("--staged")
        self.assertEqual([f["path"] for f in r["findings"]], want)
        # And blobs of the history; a blob first committed at an excluded path is reported where it was copied to.
        self.git("commit", "-qm", "all")
        self.tree({"src/copied.yaml": "forbidden: a\n"})
        self.git("add", "-A")
        self.git("commit", "-qm", "copy")
        p = run("git", "--format", "json", "--select", "config.forbidden-key", cwd=self.root)
        self.assertEqual(sorted(f["path"] for f in json.loads(p.stdout)["findings"]), sorted(want + ["src/copied.yaml"]))
        os.remove(os.path.join(self.root, "src/copied.yaml"))
        # --no-config scans everything.
        _, r = self.scan("--no-config", "--rules", "pack", "--select", "config.forbidden-key")
        self.assertEqual(len(r["findings"]), 5)

    def test_severity_override_in_the_report(self):
        self.tree({
            # A rule that sets a severity per finding: the configured one still wins.
            "pack/config/loud-key.lua": '''
                return {
                  id = "config.loud-key", title = "Loud key present", severity = "low", tags = { "config" },
                  applies_to = { "*" }, help = [[Test rule.]],
                  check = function(doc, ctx)
                    if doc.root == nil or tg.type(doc.root) ~= "map" then return end
                    if doc.root.loud ~= nil then ctx:report{ at = doc.root, key = "loud", severity = "critical", message = "loud" } end
                  end,
                }
            ''',
        })
        self.tree({"b.yaml": "loud: 1\n"})
        p, r = self.scan("--no-config", "--rules", "pack", "--select", "config.loud-key")
        self.assertEqual([f["severity"] for f in r["findings"]], ["critical"])
        self.tree({".tollgate.yaml": "rules: [pack]\nselect: [config.loud-key]\nseverity: {config.loud-key: info}\n"})
        p, r = self.scan()
        self.assertEqual([f["severity"] for f in r["findings"]], ["info"])
        os.remove(os.path.join(self.root, "b.yaml"))
        self.tree({
            ".tollgate.yaml": """
                rules: [pack]
                select: [custom]
                fail-on: high
                severity:
                  custom: info                # a tag: least specific
                  config: low                 # an id prefix
                  config.forbidden-key: critical   # the rule's own id wins
            """,
            "a.yaml": "forbidden: 1\nnoisy: 1\n",
        })
        p, r = self.scan()
        sev = {f["rule_id"]: f["severity"] for f in r["findings"]}
        self.assertEqual(sev, {"config.forbidden-key": "critical", "config.noisy-key": "low"})
        self.assertEqual(p.returncode, 1)  # critical reaches fail-on high
        p = run("scan", "--format", "sarif", cwd=self.root)
        rules = {x["id"]: x for x in json.loads(p.stdout)["runs"][0]["tool"]["driver"]["rules"]}
        self.assertEqual(rules["config.forbidden-key"]["properties"]["security-severity"], "9.5")
        p = run("rules", "list", cwd=self.root)
        self.assertRegex(p.stdout, r"config\.forbidden-key\s+critical")

    def test_unmatched_rule_choices_stop_the_run_where_they_were_written(self):
        # A typo in a rule choice would switch part of the gate off in silence: exit 2 before anything is scanned,
        # each choice named at its line, in every format.
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [custom, secretz]\nskip: [config.nope]\nseverity:\n  gatez: low\n"
                              "options:\n  config.forbidden: {x: 1}\n",
            "a.yaml": "forbidden: 1\n",
        })
        p, r = self.scan("--skip", "also-nothing")
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertEqual(r["findings"], [])
        self.assertEqual(r["summary"]["files"], 0)
        errors = {(e.get("path", ""), e.get("line"), e["message"].split(" (")[0]) for e in r["errors"] if e["level"] == "error"}
        self.assertEqual(errors, {
            (".tollgate.yaml", 2, "select 'secretz' matches no rule id, id prefix or tag"),
            (".tollgate.yaml", 3, "skip 'config.nope' matches no rule id, id prefix or tag"),
            (".tollgate.yaml", 5, "severity 'gatez' matches no rule id, id prefix or tag"),
            (".tollgate.yaml", 7, "options 'config.forbidden' is not the id of a loaded rule"),
            ("", None, "--skip 'also-nothing' matches no rule id, id prefix or tag"),
        })
        self.assertIn("tollgate: error: .tollgate.yaml:2: select 'secretz' matches no rule", p.stderr)
        for fmt in ("text", "sarif", "junit"):
            p = run("scan", "--format", fmt, cwd=self.root)
            self.assertEqual(p.returncode, 2, fmt)
            self.assertIn("select 'secretz' matches no rule", p.stdout, fmt)
        p = run("rules", "list", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("tollgate: error: .tollgate.yaml:5: severity 'gatez' matches no rule", p.stderr)
        p = run("scan", "--no-config", "--select", "nothing-at-all", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("error: --select 'nothing-at-all' matches no rule", p.stdout)

    def test_allow_unknown_rules_makes_them_warnings(self):
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [custom, secretz]\n",
            "a.yaml": "forbidden: 1\n",
        })
        p, r = self.scan("--allow-unknown-rules")
        self.assertEqual(p.returncode, 1, p.stderr)  # the run goes on and its finding counts
        self.assertEqual(len(r["findings"]), 1)
        self.assertEqual([(e["level"], e["line"]) for e in r["errors"]], [("warning", 2)])
        self.assertIn("tollgate: warning: .tollgate.yaml:2: select 'secretz' matches no rule", p.stderr)
        with open(os.path.join(self.root, ".tollgate.yaml"), "a") as f:
            f.write("allow-unknown-rules: true\n")
        p = run("scan", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("warning: .tollgate.yaml:2: select 'secretz' matches no rule", p.stdout)
        # A --select replaces the file's list: its lines are not reported then.
        p = run("scan", "--select", "custom", cwd=self.root)
        self.assertNotIn("secretz", p.stdout + p.stderr)

    def test_options_reach_the_rule_as_ctx_options(self):
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [config.options-echo]\noptions:\n"
                              "  config.options-echo: {limit: 3, teams: [a, b], nested: {deep: true}}\n",
            "pack/config/options-echo.lua": OPTIONS_ECHO_RULE,
            "a.yaml": "x: 1\n",
        })
        p, r = self.scan()
        self.assertEqual(p.returncode, 1, p.stderr)
        echo = [f["message"] for f in r["findings"] if f["rule_id"] == "config.options-echo"]
        self.assertEqual(echo, ["limit=3 teams=a,b deep=true frozen=true"])
        # Without options, a rule sees an empty table.
        p, r = self.scan("--no-config", "--rules", "pack", "--select", "config.options-echo")
        self.assertEqual([f["message"] for f in r["findings"]], ["limit=nil teams= deep=nil frozen=true"])


class BaselineTest(ConfigCase):
    def test_baseline_from_the_file(self):
        self.tree({
            ".tollgate.yaml": "rules: [pack]\nselect: [custom]\nbaseline: ci/baseline.json\n",
            "a.yaml": "forbidden: 1\n",
            "ci/.keep": "",
        })
        # The file names the baseline that `baseline create` writes by default ...
        p = run("baseline", "create", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(self.root, "ci/baseline.json")) as f:
            self.assertEqual(len(json.load(f)["findings"]), 1)
        # ... and that scans compare with, from anywhere below.
        self.tree({"sub/b.yaml": "forbidden: 2\n"})
        p, r = self.scan(".", cwd=os.path.join(self.root, "sub"))
        self.assertEqual(p.returncode, 1)
        self.assertEqual([(f["path"], f["baseline_state"]) for f in r["findings"]], [("sub/b.yaml", "new")])
        p, r = self.scan("a.yaml")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(r["findings"][0]["baseline_state"], "unchanged")


class BadConfigTest(ConfigCase):
    def check(self, text, where, says, args=(), cwd=None):
        with open(os.path.join(self.root, ".tollgate.yaml"), "w") as f:
            f.write(text)
        self.tree({"a.yaml": "forbidden: 1\n"})
        for command in (["scan", *args], ["git", *args], ["baseline", "create", "--output", "b.json", *args],
                        ["rules", "list"]):
            p = run(*command, cwd=cwd or self.root)
            self.assertEqual(p.returncode, 2, (command, p.stderr))
            self.assertEqual(p.stdout, "", command)
            self.assertIn(where + ": error: " + says, p.stderr, command)
            self.assertTrue(p.stderr.startswith(where), p.stderr)

    def test_each_mistake_exits_2_with_its_location(self):
        self.check("fail-on: high\nfial-on: low\n", ".tollgate.yaml:2:1", "unknown key 'fial-on' (did you mean 'fail-on'?)")
        self.check("select: secrets\n", ".tollgate.yaml:1:9", "select: expected a list")
        self.check("severity:\n  gates: urgent\n", ".tollgate.yaml:2:10", "severity of 'gates': unknown severity 'urgent'")
        self.check("fail-on: severe\n", ".tollgate.yaml:1:10", "fail-on: unknown severity 'severe'")
        self.check("max-file-size: lots\n", ".tollgate.yaml:1:16", "max-file-size: expected a positive size")
        self.check("select: [a\n", ".tollgate.yaml:2:1", "invalid YAML")
        self.check("fail-on: high\nrules: [pack, missing/]\n", ".tollgate.yaml:2:15", "rules: 'missing/' is not a folder")
        # Found from a nested folder, the file is named relative to the working directory.
        os.makedirs(os.path.join(self.root, "x/y"))
        self.check("fail-on: [high]\n", "../../.tollgate.yaml:1:10", "fail-on: expected a severity", cwd=os.path.join(self.root, "x/y"))

    def test_a_missing_pack_on_the_command_line_stops_before_scanning(self):
        self.tree({"a.yaml": "forbidden: 1\n"})
        p = run("scan", "--format", "json", "--rules", "nope", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        r = json.loads(p.stdout)
        self.assertEqual((r["findings"], r["summary"]["files"]), ([], 0))
        self.assertEqual([(e["path"], e["message"]) for e in r["errors"]], [("nope", "rule pack folder not found")])

    def test_a_usage_error_in_flags_still_comes_first(self):
        self.tree({".tollgate.yaml": "fail-on: high\n", "a.yaml": "a: 1\n"})
        p = run("scan", "--fail-on", "urgent", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--fail-on takes", p.stderr)
        p = run("scan", "--max-file-size", "2XB", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--max-file-size takes a positive size", p.stderr)


class ProgressTest(TempTreeCase):
    """The progress line: on a terminal only, never with --no-progress or --quiet, cleared before the report."""

    def setUp(self):
        super().setUp()
        # A rule that spends a few milliseconds on each of 60 files keeps the scan visible for a good while
        # (the line appears after its first 100 ms interval).
        self.tree({
            "pack/config/slow.lua": '''
                return {
                  id = "config.slow", title = "Slow rule", severity = "low", tags = { "config" },
                  applies_to = { "*" }, help = [[Test rule.]],
                  check = function(doc, ctx)
                    local x = 0
                    for i = 1, 400000 do x = x + i % 7 end
                    if x < 0 then ctx:report{ at = doc.root, message = "never" } end
                  end,
                }
            ''',
        })
        self.tree({f"src/f{i:03}.yaml": f"name: app{i}\nvalue: {i}\n" for i in range(60)})

    def run_with_stderr_on_a_tty(self, *extra):
        code, err, out = run_on_a_tty(["scan", "--no-config", "--rules", "pack", "--select", "config.slow", "--jobs", "1",
                                       *extra, "src"], cwd=self.root, tty="stderr")
        return code, out, err

    def test_progress_on_a_tty_only(self):
        code, out, err = self.run_with_stderr_on_a_tty()
        self.assertEqual(code, 0, err)
        self.assertRegex(err, r"\rtollgate: \d+/60 files, \d+\.\d MiB, \d+\.\d s")
        self.assertTrue(err.endswith("\r\x1b[K"), repr(err[-40:]))  # erased at the end
        self.assertIn("no findings", out)  # the report itself is untouched
        self.assertNotIn("tollgate:", out)

        for flag in ("--no-progress", "--quiet"):
            code, out, err = self.run_with_stderr_on_a_tty(flag)
            self.assertEqual(code, 0, err)
            self.assertEqual(err, "", flag)

        # stderr a pipe: no progress, nothing at all on a clean run.
        p = subprocess.run([BIN, "scan", "--no-config", "--rules", "pack", "--select", "config.slow", "--jobs", "1", "src"],
                           cwd=self.root, capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stderr, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
