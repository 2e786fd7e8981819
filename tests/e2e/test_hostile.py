"""Hostile inputs a pull request controls (issue 9): its configuration, baseline and rule packs. Each case once
hung or exhausted memory; now each is a located error and exit 2, within seconds."""
import json
import os
import unittest

from tg import TempTreeCase, run

SECRET_RULE = '''
return { id = "secrets.empty-match", title = "Empty match", severity = "high", tags = { "secrets" },
  applies_to = { "*" }, help = [[x]], pattern = [[(x*)]], keywords = { "a" },
  examples = { "xa", "xxa" }, negative_examples = { "b" } }
'''


class NotARegularFileTest(TempTreeCase):
    def test_devices_and_pipes_are_refused_not_read(self):
        self.tree({"a.yaml": "a: 1\n", "pack/config/.keep": ""})
        os.symlink("/dev/zero", os.path.join(self.root, "pack/config/zero.lua"))
        os.mkfifo(os.path.join(self.root, "fifo.yaml"))
        cases = [
            (["scan", "--config", "/dev/zero"], "cannot read configuration: not a regular file"),
            (["scan", "--config", "fifo.yaml"], "cannot read configuration: not a regular file"),
            (["scan", "--no-config", "--baseline", "/dev/zero", "a.yaml"], "cannot use baseline: not a regular file"),
            (["scan", "--no-config", "--rules", "pack", "a.yaml"], "cannot read the rule file: not a regular file"),
        ]
        for argv, says in cases:
            with self.subTest(argv=argv):
                p = run(*argv, cwd=self.root, timeout=30)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertIn(says, p.stdout + p.stderr)
        with open(os.path.join(self.root, ".tollgate.yaml"), "w") as f:
            f.write("baseline: /dev/zero\n")
        p = run("scan", "a.yaml", cwd=self.root, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("not a regular file", p.stdout)


class EmptyMatchPatternTest(TempTreeCase):
    def test_a_pattern_that_matches_empty_is_refused_at_load_everywhere(self):
        self.tree({"pack/secrets/empty-match.lua": SECRET_RULE, "a.txt": "a" * 1000 + "\n"})
        for argv in (["rules", "validate", "pack"], ["scan", "--no-config", "--rules", "pack", "a.txt"],
                     ["rules", "test", "pack"]):
            with self.subTest(argv=argv):
                p = run(*argv, cwd=self.root, timeout=30)
                self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
                self.assertIn("matches the empty string", p.stdout + p.stderr)


FAILS_ON_ONE = '''
return { id = "gates.fails-on-one", title = "Fails on one file", severity = "low", tags = { "gates" },
  applies_to = { "generic-yaml" }, help = [[x]],
  check = function(doc, ctx)
    if doc.root.boom then error("cannot handle this file") end
    ctx:report{ at = doc.root, message = "checked" }
  end }
'''


class OneFileCannotSwitchARuleOffTest(TempTreeCase):
    """A value in one file once made a rule fail and the rule was then skipped for every later file: a pull
    request could hide an unpinned image by adding a file with a 5,000-character one."""

    def scan(self, *paths, rules=None):
        argv = ["scan", "--no-config", "--format", "json", "--jobs", "1"]
        if rules:
            argv += ["--rules", rules]
        p = run(*argv, *paths, cwd=self.root, timeout=60)
        return p, json.loads(p.stdout)

    def test_long_values_are_cut_in_messages_and_every_file_is_still_checked(self):
        long_name = "registry.example.com/" + "x" * 5000
        self.tree({
            # Sorted first, so the long value is met before the ordinary ones.
            "a/Dockerfile": "FROM " + long_name + "\n",
            "a/.github/workflows/ci.yml": "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                                          "      - uses: acme/" + "y" * 5000 + "@main\n"
                                          "      - run: " + "z" * 5000 + " || true\n",
            "b/Dockerfile": "FROM ubuntu\n",
            "b/.github/workflows/ci.yml": "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n"
                                          "      - uses: acme/tool@v1\n      - run: make || true\n",
        })
        p, report = self.scan(".")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(report["errors"], [])
        by = {}
        for f in report["findings"]:
            by.setdefault((f["rule_id"], f["path"].split("/")[0]), []).append(f["message"])
        for rule in ("supply-chain.unpinned-image", "supply-chain.unpinned-action", "readiness.silent-failure"):
            for where in ("a", "b"):
                with self.subTest(rule=rule, where=where):
                    self.assertIn((rule, where), by)
                    for m in by[(rule, where)]:
                        self.assertLess(len(m.encode()), 300, m)
        self.assertIn("base image 'registry.example.com/xxx", by[("supply-chain.unpinned-image", "a")][0])
        self.assertIn("\u2026' has no tag", by[("supply-chain.unpinned-image", "a")][0])
        self.assertEqual(by[("supply-chain.unpinned-image", "b")], ["base image 'ubuntu' has no tag, so it resolves to latest"])

    def test_a_rule_that_fails_on_one_file_runs_on_the_others(self):
        self.tree({"pack/gates/fails-on-one.lua": FAILS_ON_ONE, "a.yaml": "boom: 1\n", "b.yaml": "fine: 1\n",
                   "c.yaml": "boom: 2\n", "d.yaml": "fine: 2\n"})
        p, report = self.scan("a.yaml", "b.yaml", "c.yaml", "d.yaml", rules="pack")
        self.assertEqual(p.returncode, 2, p.stderr)
        self.assertEqual(sorted(f["path"] for f in report["findings"] if f["rule_id"] == "gates.fails-on-one"),
                         ["b.yaml", "d.yaml"])
        self.assertEqual(sorted((e["path"], e["rule_id"]) for e in report["errors"]),
                         [("a.yaml", "gates.fails-on-one"), ("c.yaml", "gates.fails-on-one")])
        self.assertIn("cannot handle this file", report["errors"][0]["message"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
