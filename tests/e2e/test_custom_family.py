"""A security team's pack with a family of its own (acme): created, tested and scanned with, end to end."""
import json
import os
import unittest

from tg import TempTreeCase, run

# The team's rule as its author would write it after `rules new`: Deployments must say who owns them.
OWNER_RULE = """\
return {
  id = "acme.require-owner-label",
  title = "Deployment has no owner label",
  severity = "medium",
  tags = { "acme", "kubernetes" },
  applies_to = { "kubernetes" },
  help = [[Acme pages the team named by the `acme.io/owner` label; without it an incident has no one to call.]],
  check = function(doc, ctx)
    local root = doc.root
    if not root or root.kind ~= "Deployment" then return end
    local labels = root.metadata and root.metadata.labels
    if not (labels and labels["acme.io/owner"]) then
      ctx:report{ at = root, key = "metadata", on = "key", message = "Deployment has no acme.io/owner label" }
    end
  end,
}
"""

OWNER_FIXTURE = """\
apiVersion: apps/v1
kind: Deployment
# ruleid: acme.require-owner-label
metadata:
  name: api
---
apiVersion: apps/v1
kind: Deployment
# ok: acme.require-owner-label
metadata:
  name: web
  labels:
    acme.io/owner: payments
"""


class CustomFamilyTest(TempTreeCase):
    def test_acme_rule_is_created_tested_and_scanned_with(self):
        p = run("rules", "new", "acme", "require-owner-label", "--dir", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        rule = os.path.join(self.root, "pack/acme/require-owner-label.lua")
        with open(rule) as f:
            scaffold = f.read()
        self.assertIn('id = "acme.require-owner-label"', scaffold)
        self.assertIn('tags = { "acme" }', scaffold)
        # The scaffold passes as it is.
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("PASS acme.require-owner-label", p.stdout)

        # The author's own check and fixture.
        with open(rule, "w") as f:
            f.write(OWNER_RULE)
        os.remove(os.path.join(self.root, "pack/acme/require-owner-label/example.yaml"))
        self.tree({"pack/acme/require-owner-label/deployments.yaml": OWNER_FIXTURE})
        p = run("rules", "validate", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("1 rules valid, 0 errors", p.stdout)
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertTrue(p.stdout.rstrip().endswith("1 passed, 0 failed"), p.stdout)

        self.tree({"repo/k8s/api.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n"})
        p = run("scan", "--rules", "pack", "--select", "acme", "--format", "json", "repo", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = [(f["rule_id"], f["path"], f["start_line"]) for f in json.loads(p.stdout)["findings"]]
        self.assertEqual(found, [("acme.require-owner-label", "k8s/api.yaml", 3)])

        # SARIF: the family is the first tag; no link to the built-in docs, which have no page for it.
        p = run("scan", "--rules", "pack", "--select", "acme", "--format", "sarif", "repo", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        driver = json.loads(p.stdout)["runs"][0]["tool"]["driver"]
        [desc] = [r for r in driver["rules"] if r["id"] == "acme.require-owner-label"]
        self.assertEqual(desc["properties"]["tags"], ["acme", "kubernetes"])
        self.assertNotIn("helpUri", desc)
        # JUnit: a suite of its own.
        p = run("scan", "--rules", "pack", "--select", "acme", "--format", "junit", "repo", cwd=self.root)
        self.assertIn('<testsuite name="acme"', p.stdout)

        p = run("rules", "list", "--rules", "pack", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("acme.require-owner-label", [r["id"] for r in json.loads(p.stdout)])

    def test_family_names_that_are_refused(self):
        self.assertEqual(run("rules", "new", "platform-team", "x", "--dir", "pack", cwd=self.root).returncode, 0)
        for family in ("Acme", "acme_team", "-acme", "lib"):
            p = run("rules", "new", family, "x", "--dir", "pack", cwd=self.root)
            self.assertEqual(p.returncode, 2, family)
        self.assertFalse(os.path.exists(os.path.join(self.root, "pack/lib")))

    def test_builtin_pack_keeps_to_its_families(self):
        # A tree that `rules new` takes for the tollgate sources, where it writes the built-in pack's layout.
        self.tree({"src/CMakeLists.txt": "project(tollgate CXX)\n", "src/rules/.keep": "", "src/fixtures/rules/.keep": ""})
        src = os.path.join(self.root, "src")
        p = run("rules", "new", "acme", "require-owner-label", cwd=src)
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown family 'acme' for the built-in pack", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(src, "rules/acme")))
        p = run("rules", "new", "gates", "my-check", cwd=src)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.path.isfile(os.path.join(src, "rules/gates/my-check.lua")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
