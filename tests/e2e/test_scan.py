"""tollgate scan end to end: exit codes, formats, selection, suppressions, masking, bad input."""
import json
import os
import subprocess
import unittest

from tg import SCHEMAS, TempTreeCase, run, scan_json, tree_digest

# A tiny custom pack: config.forbidden-key reports every map key named "forbidden".
PACK = {
    "pack/config/forbidden-key.lua": '''
        return {
          id = "config.forbidden-key",
          title = "Forbidden key present",
          severity = "medium",
          tags = { "config" },
          applies_to = { "*" },
          help = [[Test rule.]],
          check = function(doc, ctx)
            if doc.root == nil or tg.type(doc.root) ~= "map" then return end
            tg.walk(doc.root, function(value, parent, key)
              if key == "forbidden" then ctx:report{ at = parent, key = key, on = "key", message = "key 'forbidden' is not allowed" } end
            end)
          end,
        }
    ''',
    "pack/secrets/test-secret.lua": '''
        return {
          id = "secrets.test-secret",
          title = "Test secret",
          severity = "high",
          tags = { "secrets" },
          applies_to = { "*" },
          help = [[Test rule.]],
          check = function(doc, ctx)
            if doc.root == nil or tg.type(doc.root) ~= "map" then return end
            local v = doc.root.api_token
            if type(v) == "string" then ctx:report{ at = doc.root, key = "api_token", message = "literal api token", secret = v } end
          end,
        }
    ''',
}

SECRET = "tgx_9f8e7d6c5b4a39281706f5e4d3c2b1a0"


class ScanTest(TempTreeCase):
    def scan(self, *args):
        return run("scan", "--rules", os.path.join(self.root, "pack"), "--select", "config.forbidden-key",
                   "--select", "secrets.test-secret", *args, cwd=self.root)

    def setUp(self):
        super().setUp()
        self.tree(PACK)

    def test_exit_0_when_clean(self):
        self.tree({"src/app.yaml": "name: app\nreplicas: 2\n"})
        p = self.scan("src")
        self.assertEqual(p.returncode, 0, p.stderr + p.stdout)
        self.assertIn("no findings", p.stdout)

    def test_profile_prints_rule_times_and_phases_on_stderr_only(self):
        self.tree({"src/app.yaml": "forbidden: 1\n"})
        plain = self.scan("src", "--format", "json", "--jobs", "1")
        p = run("scan", "--rules", os.path.join(self.root, "pack"), "--select", "config.forbidden-key",
                "--select", "secrets.test-secret", "src", "--format", "json", "--jobs", "1", cwd=self.root,
                env={"TOLLGATE_PROFILE_RULES": "1"})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(p.stdout, plain.stdout)  # the report is the same
        self.assertRegex(p.stderr, r"\d+\.\d{3} s +1 calls config\.forbidden-key")
        phases = [line.split()[1] for line in p.stderr.splitlines() if line.startswith("phase ")]
        self.assertEqual(phases, ["files", "models", "model", "repository", "findings"])
        self.assertNotIn("phase", plain.stderr)

    def test_exit_1_on_a_finding_with_location_and_caret(self):
        self.tree({"src/app.yaml": "name: app\nspec:\n  forbidden: true\n"})
        p = self.scan("src")
        self.assertEqual(p.returncode, 1, p.stderr)
        # Outside a git work tree, paths are relative to the first scanned directory.
        self.assertIn("app.yaml:3:3: medium[config.forbidden-key] key 'forbidden' is not allowed", p.stdout)
        self.assertIn("  forbidden: true", p.stdout)

    def test_one_place_reported_twice_is_one_finding(self):
        # The alias makes the walk reach the anchored map twice: the rule reports the same key at the same place
        # twice, and the report shows it once.
        self.tree({"src/app.yaml": "base: &base\n  forbidden: 1\nother: *base\nmore:\n  forbidden: 2\n"})
        p, report = scan_json("--rules", os.path.join(self.root, "pack"), "--select", "config.forbidden-key", "src",
                              cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual([(f["start_line"], f["start_column"]) for f in report["findings"]], [(2, 3), (5, 3)])

    def test_fail_on_raises_the_bar(self):
        self.tree({"src/app.yaml": "forbidden: 1\n"})
        self.assertEqual(self.scan("src", "--fail-on", "high").returncode, 0)
        self.assertEqual(self.scan("src", "--fail-on", "medium").returncode, 1)

    def test_exit_2_on_usage_errors(self):
        for args in (["--no-such-flag"], ["--fail-on", "urgent"], ["--format", "xml"], ["--jobs", "0"],
                     ["--format", "json", "--format", "sarif"]):
            p = self.scan(*args)
            self.assertEqual(p.returncode, 2, args)
            self.assertIn("tollgate:", p.stderr)
        self.assertEqual(run("frobnicate").returncode, 2)

    def test_exit_2_on_missing_path_but_other_paths_scanned(self):
        self.tree({"src/app.yaml": "forbidden: 1\n"})
        p = self.scan("--format", "json", "does-not-exist", "src")
        self.assertEqual(p.returncode, 2)
        report = json.loads(p.stdout)
        self.assertEqual([f["rule_id"] for f in report["findings"]], ["config.forbidden-key"])
        self.assertTrue(any("does-not-exist" in json.dumps(e) for e in report["errors"]))

    def test_parse_error_is_a_located_finding(self):
        self.tree({"bad.yaml": "a: [1, 2\nb: 3\n", "bad.json": "{\"a\": 1,,}\n", "bad.tf": "resource \"x\" \"y\" {\n  a = \n"})
        p = run("scan", "--select", "config.parse-error", "--format", "json", ".", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = {f["path"]: f for f in json.loads(p.stdout)["findings"]}
        self.assertEqual(sorted(found), ["bad.json", "bad.tf", "bad.yaml"])
        for f in found.values():
            self.assertEqual(f["rule_id"], "config.parse-error")
            self.assertGreaterEqual(f["start_line"], 1)
        self.assertTrue(found["bad.yaml"]["message"].startswith("could not parse YAML: "))

    def test_inline_suppression_needs_a_reason(self):
        self.tree({
            "a.yaml": "# tollgate:ignore[config.forbidden-key] fixture kept on purpose\nforbidden: 1\n",
            "b.yaml": "forbidden: 1  # tollgate:ignore[config.forbidden-key]\n",
        })
        p, report = scan_json("--rules", "pack", "--select", "config.forbidden-key", "a.yaml", "b.yaml", cwd=self.root)
        self.assertEqual(p.returncode, 1)
        self.assertEqual([f["path"] for f in report["findings"]], ["b.yaml"])
        self.assertTrue(any("without a reason" in e["message"] for e in report["errors"]))
        p2, report2 = scan_json("--rules", "pack", "--select", "config.forbidden-key", "--include-suppressed", "a.yaml", cwd=self.root)
        self.assertEqual(p2.returncode, 0)
        self.assertEqual(report2["findings"][0]["suppressed"], True)
        self.assertEqual(report2["findings"][0]["suppression_reason"], "fixture kept on purpose")

    def test_suppression_names_rules_as_select_does(self):
        # An id prefix up to a '.' or '-' covers its rules, '*' covers every rule, and an id that names no rule
        # warns (with the nearest id) instead of silencing nothing in silence.
        self.tree({
            "Dockerfile": "# tollgate:ignore[supply-chain.unpinned] pinned by the platform mirror\nFROM alpine:latest\n",
            "b/Dockerfile": "FROM alpine:latest  # tollgate:ignore[*] vendored as is\n",
            "c/Dockerfile": "FROM alpine:latest  # tollgate:ignore[supply-chain.unpined-image] typo\n",
            "d/Dockerfile": "FROM alpine:latest  # tollgate:ignore[supply-chain.unpin] a partial word covers nothing\n",
        })
        p, r = scan_json("--select", "supply-chain.unpinned-image", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(sorted(f["path"] for f in r["findings"]), ["c/Dockerfile", "d/Dockerfile"])
        warnings = sorted((e["path"], e["message"]) for e in r["errors"])
        self.assertEqual(warnings, [
            ("c/Dockerfile", "suppression names 'supply-chain.unpined-image', which matches no rule id or id prefix, "
                             "so it silences nothing (did you mean 'supply-chain.unpinned-image'?)"),
            ("d/Dockerfile", "suppression names 'supply-chain.unpin', which matches no rule id or id prefix, "
                             "so it silences nothing (did you mean 'supply-chain.unpinned-action'?)"),
        ])
        self.assertTrue(all(e["level"] == "warning" for e in r["errors"]))
        # A rule that is loaded but not selected is still a rule: no warning for it.
        self.tree({"e/Dockerfile": "FROM alpine:3.20@sha256:" + "a" * 64 + "  # tollgate:ignore[secrets] no secret\n"})
        p, r = scan_json("--select", "supply-chain.unpinned-image", "e", cwd=self.root)
        self.assertEqual((p.returncode, r["errors"]), (0, []))

    def test_secrets_are_masked_unless_asked(self):
        self.tree({"cfg.yaml": f"api_token: {SECRET}\n"})
        for fmt in ("text", "json", "sarif", "junit"):
            p = self.scan("--format", fmt, "cfg.yaml")
            self.assertEqual(p.returncode, 1, fmt)
            self.assertNotIn(SECRET, p.stdout + p.stderr, fmt)
            self.assertNotIn(SECRET[8:], p.stdout, fmt)
        p = self.scan("--show-secrets", "cfg.yaml")
        self.assertIn(SECRET, p.stdout)

    def test_select_and_skip(self):
        self.tree({"cfg.yaml": f"api_token: {SECRET}\nforbidden: 1\n"})
        _, r = scan_json("--rules", "pack", "--select", "secrets", "cfg.yaml", cwd=self.root)
        ids = {f["rule_id"] for f in r["findings"]}
        self.assertIn("secrets.test-secret", ids)
        self.assertTrue(all(i.startswith("secrets.") for i in ids), ids)
        _, r = scan_json("--rules", "pack", "--select", "secrets.test-secret", "--select", "config.forbidden-key",
                         "--skip", "secrets", "cfg.yaml", cwd=self.root)
        self.assertEqual({f["rule_id"] for f in r["findings"]}, {"config.forbidden-key"})

    def test_several_formats_in_one_run_written_atomically(self):
        self.tree({"cfg.yaml": "forbidden: 1\n"})
        p = self.scan("--format", "sarif", "--output", "out/r.sarif", "-o", "junit=out/r.xml", "--format", "text", "cfg.yaml")
        self.assertEqual(p.returncode, 2)  # out/ does not exist: a clear error, not a crash
        self.assertIn("cannot write out/r.sarif", p.stderr)
        os.mkdir(os.path.join(self.root, "out"))
        p = self.scan("--format", "sarif", "--output", "out/r.sarif", "-o", "junit=out/r.xml", "--format", "text", "cfg.yaml")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("config.forbidden-key", p.stdout)
        self.assertEqual(sorted(os.listdir(os.path.join(self.root, "out"))), ["r.sarif", "r.xml"])
        sarif = json.load(open(os.path.join(self.root, "out/r.sarif")))
        self.assertEqual(sarif["runs"][0]["results"][0]["ruleId"], "config.forbidden-key")
        v = subprocess.run(["/usr/bin/python3", "-c", (
            "import json,sys,jsonschema\n"
            "schema=json.load(open(sys.argv[1]))\n"
            "jsonschema.validate(json.load(open(sys.argv[2])), schema)\n"), os.path.join(SCHEMAS, "sarif-schema-2.1.0.json"),
            os.path.join(self.root, "out/r.sarif")], capture_output=True, text=True)
        self.assertEqual(v.returncode, 0, v.stderr)
        x = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "junit.xsd"),
                            os.path.join(self.root, "out/r.xml")], capture_output=True, text=True)
        self.assertEqual(x.returncode, 0, x.stderr)

    def test_output_to_a_device_or_pipe_is_written_in_place(self):
        self.tree({"cfg.yaml": "forbidden: 1\n"})
        p = self.scan("--format", "json", "--output", "/dev/stdout", "cfg.yaml")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(json.loads(p.stdout)["findings"][0]["rule_id"], "config.forbidden-key")

    def test_bad_input_is_survived_and_nothing_is_modified(self):
        deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 400))
        self.tree({
            "bin/blob.yaml": b"\x00\x01\x02forbidden: 1\n",
            "utf8.yaml": b"name: \xff\xfe\nforbidden: 1\n",
            "deep.yaml": deep,
            "deep.json": "[" * 100000 + "]" * 100000,
            "huge.txt": "x" * (3 << 20),
            ".gitignore": "ignored/\n",
            "ignored/forbidden.yaml": "forbidden: 1\n",
        })
        os.symlink(self.root, os.path.join(self.root, "loop"))
        before = tree_digest(self.root)
        p = self.scan("--format", "json", "--max-file-size", str(2 << 20), ".")
        self.assertIn(p.returncode, (0, 1, 2), p.stderr)
        report = json.loads(p.stdout)
        self.assertEqual(tree_digest(self.root), before)
        paths = {f["path"] for f in report["findings"]}
        self.assertNotIn("bin/blob.yaml", paths)
        self.assertNotIn("ignored/forbidden.yaml", paths)
        messages = json.dumps(report["errors"])
        self.assertIn("huge.txt", messages)


class ErrorsInRulesTest(TempTreeCase):
    def test_hostile_rule_is_named_and_others_still_run(self):
        self.tree(PACK)
        self.tree({
            "pack/config/endless.lua": '''
                return { id = "config.endless", title = "Loops", severity = "low", tags = { "config" },
                  applies_to = { "*" }, help = [[x]], check = function(doc, ctx) while true do end end }
            ''',
            "pack/config/escape.lua": '''
                return { id = "config.escape", title = "Escapes", severity = "low", tags = { "config" },
                  applies_to = { "*" }, help = [[x]], check = function(doc, ctx) os.execute("touch /tmp/pwned") end }
            ''',
            "cfg.yaml": "forbidden: 1\n",
        })
        p = run("scan", "--rules", "pack", "--select", "config", "--format", "sarif", "cfg.yaml", cwd=self.root,
                timeout=60)
        self.assertEqual(p.returncode, 2, p.stderr)
        sarif = json.loads(p.stdout)
        run0 = sarif["runs"][0]
        self.assertEqual([r["ruleId"] for r in run0["results"]], ["config.forbidden-key"])
        notes = run0["invocations"][0]["toolExecutionNotifications"]
        text = json.dumps(notes)
        self.assertIn("config.endless", text)
        self.assertIn("config.escape", text)
        self.assertFalse(run0["invocations"][0]["executionSuccessful"])

    def test_invalid_rule_file_is_a_precise_error(self):
        self.tree({"pack/config/bad.lua": 'return { id = "config.bad", title = "x", severity = "urgent", tags = {"config"}, applies_to = {"*"}, help = "x", check = function() end }\n',
                   "cfg.yaml": "a: 1\n"})
        p = run("scan", "--rules", "pack", "cfg.yaml", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("severity", p.stdout + p.stderr)
        self.assertIn("bad.lua", p.stdout + p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
