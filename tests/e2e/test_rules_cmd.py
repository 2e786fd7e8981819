"""tollgate rules list / explain / test / validate / new, and --version / --help, end to end."""
import json
import os
import unittest

from tg import TempTreeCase, run


class RulesCommandTest(TempTreeCase):
    def test_version_and_help(self):
        p = run("--version")
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout, r"^tollgate \d+\.\d+\.\d+\n$")
        p = run("--help")
        self.assertEqual(p.returncode, 0)
        for word in ("tollgate scan", "rules test", "rules new", "baseline create", "--fail-on", "Exit codes"):
            self.assertIn(word, p.stdout)
        self.assertEqual(run().returncode, 2)

    def test_list_has_unique_ids_of_every_family(self):
        p = run("rules", "list", "--format", "json")
        self.assertEqual(p.returncode, 0, p.stderr)
        rules = json.loads(p.stdout)
        ids = [r["id"] for r in rules]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual(ids, sorted(ids))
        self.assertIn("config.parse-error", ids)
        families = {r["tags"][0] for r in rules}
        for fam in ("secrets", "gates", "manual-change", "drift", "resilience", "observability", "supply-chain",
                    "config", "security", "readiness"):
            self.assertIn(fam, families)

    def test_explain(self):
        p = run("rules", "explain", "config.parse-error")
        self.assertEqual(p.returncode, 0)
        self.assertIn("config.parse-error", p.stdout)
        self.assertIn("docs/rules/config/parse-error.md", p.stdout)
        p = run("rules", "explain", "no.such-rule")
        self.assertEqual(p.returncode, 2)

    def test_new_then_test_then_validate_a_custom_pack(self):
        p = run("rules", "new", "gates", "my-check", "--dir", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.path.isfile(os.path.join(self.root, "pack/gates/my-check.lua")))
        p = run("rules", "validate", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("1 rules valid, 0 errors", p.stdout)
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("PASS gates.my-check", p.stdout)
        self.assertTrue(p.stdout.rstrip().endswith("1 passed, 0 failed"))
        # Break the fixture: the annotated finding goes missing and an unannotated one appears.
        fx = os.path.join(self.root, "pack/gates/my-check/example.yaml")
        with open(fx, "w") as f:
            f.write("apiVersion: v1\n# ruleid: gates.my-check\nkind: ConfigMap\n---\napiVersion: v1\nkind: Example\n")
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 1)
        self.assertIn("FAIL gates.my-check", p.stdout)
        self.assertIn("example.yaml:3: expected a finding, none reported", p.stdout)
        self.assertIn("example.yaml:6:1: unexpected finding", p.stdout)
        self.assertTrue(p.stdout.rstrip().endswith("0 passed, 1 failed"))
        self.assertEqual(run("rules", "new", "gates", "my-check", "--dir", "pack", cwd=self.root).returncode, 2)
        self.assertEqual(run("rules", "new", "No_Family", "x", "--dir", "pack", cwd=self.root).returncode, 2)
        self.assertEqual(run("rules", "new", "gates", "Bad_Name", "--dir", "pack", cwd=self.root).returncode, 2)

    def test_validate_reports_a_broken_pack(self):
        self.tree({"pack/gates/broken.lua": "return {\n"})
        p = run("rules", "validate", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("broken.lua", p.stderr)

    def test_builtin_pack_needs_the_source_tree(self):
        p = run("rules", "test", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("fixtures/rules not found", p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
