"""Baselines end to end: create, then report only new findings; moving a finding keeps it known."""
import json
import os
import unittest

from tg import TempTreeCase, run

RULE = '''
return { id = "config.forbidden-key", title = "Forbidden key present", severity = "medium", tags = { "config" },
  applies_to = { "*" }, help = [[x]],
  check = function(doc, ctx)
    if doc.root == nil or tg.type(doc.root) ~= "map" then return end
    tg.walk(doc.root, function(value, parent, key)
      if key == "forbidden" then ctx:report{ at = parent, key = key, message = "key 'forbidden' is not allowed" } end
    end)
  end }
'''


class BaselineTest(TempTreeCase):
    def args(self):
        return ("--rules", "pack", "--select", "config.forbidden-key")

    def test_baseline_round_trip(self):
        self.tree({"pack/config/forbidden-key.lua": RULE, "src/a.yaml": "x: 1\nforbidden: old\n"})
        p = run("baseline", "create", "src", "--output", "base.json", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        base = open(os.path.join(self.root, "base.json")).read()
        data = json.loads(base)
        self.assertEqual(len(data["findings"]), 1)
        self.assertNotIn("line", base)
        # Unchanged: nothing new, exit 0.
        p = run("scan", "src", "--baseline", "base.json", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout)
        # Move the old finding down and add a new one: only the new one counts.
        self.tree({"src/a.yaml": "# a comment\ny: 2\nx: 1\nforbidden: old\nnested:\n  forbidden: new\n"})
        p = run("scan", "src", "--baseline", "base.json", "--format", "sarif", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 1)
        results = json.loads(p.stdout)["runs"][0]["results"]
        states = sorted((r["locations"][0]["physicalLocation"]["region"]["startLine"], r["baselineState"]) for r in results)
        self.assertEqual(states, [(4, "unchanged"), (6, "new")])
        # Re-creating the baseline gives the same bytes for the same findings (sorted, no timestamps).
        run("baseline", "create", "src", "--output", "b1.json", *self.args(), cwd=self.root)
        run("baseline", "create", "src", "--output", "b2.json", *self.args(), cwd=self.root)
        self.assertEqual(open(os.path.join(self.root, "b1.json")).read(), open(os.path.join(self.root, "b2.json")).read())

    def test_text_and_junit_hide_old_findings_json_and_sarif_mark_them(self):
        self.tree({"pack/config/forbidden-key.lua": RULE, "src/a.yaml": "forbidden: old\n"})
        p = run("baseline", "create", "src", "--output", "base.json", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.tree({"src/a.yaml": "forbidden: old\nnested:\n  forbidden: new\n"})
        p = run("scan", "src", "--baseline", "base.json", "--no-color", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 1)
        self.assertIn("a.yaml:3:14: medium[config.forbidden-key]", p.stdout)
        self.assertNotIn("a.yaml:1:", p.stdout)
        self.assertTrue(p.stdout.rstrip().endswith("1 new finding (1 medium) in 1 file; 1 in baseline"), p.stdout)
        p = run("scan", "src", "--baseline", "base.json", "--format", "junit", *self.args(), cwd=self.root)
        self.assertIn('line="3"', p.stdout)
        self.assertNotIn('line="1"', p.stdout)
        self.assertIn('<testcase name="baseline: 1 new, 1 in baseline" classname="tollgate"/>', p.stdout)
        p = run("scan", "src", "--baseline", "base.json", "--format", "json", *self.args(), cwd=self.root)
        states = sorted((f["start_line"], f["baseline_state"]) for f in json.loads(p.stdout)["findings"])
        self.assertEqual(states, [(1, "unchanged"), (3, "new")])
        # Only old findings: nothing listed, exit 0, the summary still counts them.
        self.tree({"src/a.yaml": "forbidden: old\n"})
        p = run("scan", "src", "--baseline", "base.json", "--no-color", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stdout, "no new findings in 1 file; 1 in baseline\n")

    def test_bad_baseline_is_an_error(self):
        self.tree({"pack/config/forbidden-key.lua": RULE, "src/a.yaml": "forbidden: 1\n", "base.json": "[1, 2"})
        p = run("scan", "src", "--baseline", "base.json", *self.args(), cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("baseline", p.stdout + p.stderr)
        self.assertEqual(run("baseline", "create", "src", *self.args(), cwd=self.root).returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
