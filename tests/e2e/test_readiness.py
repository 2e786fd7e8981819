"""Production readiness end to end: `tollgate readiness` on the fixture repositories of each maturity level
(fixtures/readiness/level-N), its formats, flags and exit codes, the `readiness:` configuration, and when `scan`
runs the readiness rules. Each missing item has its own rule fixtures under fixtures/rules/readiness/."""
import json
import os
import shutil
import subprocess
import unittest

from tg import SCHEMAS, SRC, GitRepoCase, TempTreeCase, run, tree_digest

LEVELS = os.path.join(SRC, "fixtures", "readiness")


def readiness(path, *flags, cwd=None):
    return run("readiness", path, "--no-progress", *flags, cwd=cwd)


def assessment(path, *flags):
    p = readiness(path, "--format", "json", *flags)
    assert p.returncode in (0, 1), p.stderr
    return json.loads(p.stdout)


def copy_of(level, root):
    """The fixture repository of a level, copied out of this repository so that its paths are its own."""
    dest = os.path.join(root, "level-%d" % level)
    shutil.copytree(os.path.join(LEVELS, "level-%d" % level), dest)
    return dest


class LevelTest(TempTreeCase):
    def level(self, n, *flags):
        return assessment(copy_of(n, self.root), *flags)

    def test_level_1_manual_has_no_pipeline(self):
        a = self.level(1)
        self.assertEqual((a["level"], a["level_name"]), (1, "manual"))
        self.assertIn("a CI/CD pipeline", a["next_level_needs"])
        missing = {f["path"] for f in a["report"]["findings"] if f["rule_id"] == "readiness.deliverable-missing"}
        self.assertEqual(missing, {"infra/pipelines/", "infra/monitoring/", "infra/alerting/", "infra/runbooks/",
                                   "infra/disaster-recovery/", "infra/environments/"})

    def test_level_2_automated_tests_and_deploys_but_is_not_reliable(self):
        a = self.level(2)
        self.assertEqual((a["level"], a["level_name"]), (2, "automated"))
        checks = {c["id"]: c for c in a["checklist"]}
        self.assertTrue(checks["pipelines-tested"]["passed"])
        self.assertEqual(checks["pipelines-tested"]["evidence"][0]["path"], ".github/workflows/delivery.yml")
        self.assertTrue(checks["iac-reviewed"]["passed"])  # terraform plan runs on pull requests
        self.assertTrue(checks["security-scans-passing"]["passed"])
        for failed in ("rollbacks-verified", "monitoring-active", "alerts-tested", "dr-drills-executed"):
            self.assertFalse(checks[failed]["passed"], failed)
            self.assertTrue(checks[failed]["missing"])
        self.assertIn("Disaster-recovery drills are executed: no restore drill is recorded with a date",
                      a["next_level_needs"])

    def test_level_3_reliable_passes_the_protocol_with_no_finding(self):
        a = self.level(3)
        self.assertEqual((a["level"], a["level_name"]), (3, "reliable"))
        self.assertEqual([c["id"] for c in a["checklist"] if not c["passed"]], [])
        self.assertEqual(a["report"]["findings"], [])
        self.assertTrue(all(d["present"] for d in a["deliverables"] + a["design_inputs"]))
        drill = {c["id"]: c for c in a["checklist"]}["dr-drills-executed"]["evidence"][0]
        self.assertEqual((drill["path"], drill["line"], drill["date"], drill["age_days"]),
                         ("infra/disaster-recovery/plan.md", 13, "2026-10-14", 48))
        # What level 4 still needs, each named.
        self.assertEqual(len(a["next_level_needs"]), 3)
        self.assertIn("Workloads scale automatically: Deployment 'checkout' has no autoscaler", a["next_level_needs"])

    def test_level_4_autonomous(self):
        a = self.level(4)
        self.assertEqual((a["level"], a["level_name"], a["next_level_needs"]), (4, "autonomous", []))
        evidence = {c["id"]: c["evidence"] for c in a["level_evidence"]}
        self.assertEqual(evidence["drift-detected"][0]["path"], ".github/workflows/drift.yml")
        self.assertIn("--atomic", evidence["automated-rollback"][0]["what"])

    def test_a_stale_drill_drops_level_3_to_2(self):
        a = self.level(3, "--as-of", "2027-03-01")
        self.assertEqual(a["level"], 2)
        ids = [f["rule_id"] for f in a["report"]["findings"]]
        self.assertEqual(ids, ["readiness.restore-drill-overdue", "readiness.rollback-unverified"])
        drill = [f for f in a["report"]["findings"] if f["rule_id"] == "readiness.restore-drill-overdue"][0]
        self.assertEqual((drill["path"], drill["start_line"]), ("infra/disaster-recovery/plan.md", 13))
        self.assertEqual(drill["message"], "the last restore drill (2026-10-14) was 138 days ago; the window is 90 days")


class CommandTest(TempTreeCase):
    def test_text_report(self):
        p = readiness(copy_of(2, self.root), "--no-color")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertTrue(p.stdout.startswith("Maturity level 2 of 4 (automated), as of 2026-12-01\n"), p.stdout[:200])
        self.assertIn("  [pass] Pipelines run the tests\n", p.stdout)
        self.assertIn("  [FAIL] Rollbacks are verified\n         no rollback verification is recorded with a date\n",
                      p.stdout)
        self.assertIn("  [FAIL] runbooks           missing: expected at infra/runbooks/\n", p.stdout)
        self.assertIn("infra/runbooks/: medium[readiness.deliverable-missing] no runbooks found", p.stdout)
        self.assertNotIn("\x1b[", p.stdout)

    def test_markdown_report(self):
        p = readiness(copy_of(3, self.root), "--format", "markdown")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith("## Production readiness: level 3 of 4 (reliable)\n"))
        self.assertIn("| pass | Disaster-recovery drills are executed | infra/disaster-recovery/plan.md:13 ", p.stdout)
        self.assertIn("### Findings\n\nNo findings.\n", p.stdout)

    def test_sarif_report_is_valid_and_carries_the_checklist(self):
        out = os.path.join(self.root, "r.sarif")
        p = readiness(copy_of(2, self.root), "--format", "sarif", "--output", out)
        self.assertEqual((p.returncode, p.stdout), (1, ""), p.stderr)
        with open(out) as f:
            sarif = json.load(f)
        run0 = sarif["runs"][0]
        self.assertEqual(run0["properties"]["readiness"]["level"], 2)
        self.assertEqual(len(run0["properties"]["readiness"]["checklist"]), 7)
        missing = [r for r in run0["results"] if r["ruleId"] == "readiness.deliverable-missing"]
        uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in missing)
        self.assertIn("infra/runbooks/", uris)
        self.assertNotIn("region", missing[0]["locations"][0]["physicalLocation"])  # a folder as a whole
        v = subprocess.run(["/usr/bin/python3", "-c", (
            "import json,sys,jsonschema\n"
            "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\n"),
            os.path.join(SCHEMAS, "sarif-schema-2.1.0.json"), out], capture_output=True, text=True)
        self.assertEqual(v.returncode, 0, v.stderr)

    def test_exit_codes_and_min_level(self):
        l3 = copy_of(3, self.root)
        self.assertEqual(readiness(l3, "--quiet").returncode, 0)
        self.assertEqual(readiness(l3, "--quiet", "--min-level", "3").returncode, 0)
        self.assertEqual(readiness(l3, "--quiet", "--min-level", "4").returncode, 1)
        l2 = copy_of(2, self.root)
        self.assertEqual(readiness(l2, "--quiet").returncode, 1)
        self.assertEqual(readiness(l2, "--quiet", "--fail-on", "high").returncode, 0)
        for bad, said in ((("--min-level", "5"), "--min-level takes 1, 2, 3 or 4"),
                          (("--as-of", "2026-13-01"), "--as-of takes a date YYYY-MM-DD"),
                          (("--format", "junit"), "readiness --format takes text, json, markdown or sarif")):
            p = readiness(l2, *bad)
            self.assertEqual(p.returncode, 2, bad)
            self.assertIn(said, p.stderr)

    def test_baselined_gaps_are_accepted(self):
        repo = copy_of(2, self.root)
        p = run("baseline", "create", repo, "--select", "readiness", "--no-progress",
                "--output", os.path.join(repo, "readiness-baseline.json"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(readiness(repo, "--quiet").returncode, 1)
        with open(os.path.join(repo, ".tollgate.yaml"), "a") as f:
            f.write("baseline: readiness-baseline.json\n")
        self.assertEqual(readiness(repo, "--quiet").returncode, 0)
        self.assertEqual(assessment(repo)["level"], 2)  # the checklist still decides the level

    def test_path_must_be_one_folder(self):
        self.tree({"main.tf": "variable \"x\" {}\n"})
        p = readiness(os.path.join(self.root, "main.tf"))
        self.assertEqual(p.returncode, 2)
        self.assertIn("is not a folder", p.stderr)
        p = run("readiness", self.root, self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("readiness takes one PATH", p.stderr)

    def test_nothing_is_modified_and_the_report_is_written_atomically(self):
        repo = os.path.join(self.root, "repo")
        shutil.copytree(os.path.join(LEVELS, "level-3"), repo)
        before = tree_digest(repo)
        p = readiness(repo, "--format", "json", "--output", os.path.join(self.root, "r.json"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(tree_digest(repo), before)
        with open(os.path.join(self.root, "r.json")) as f:
            self.assertEqual(json.load(f)["level"], 3)
        self.assertEqual(sorted(os.listdir(self.root)), ["r.json", "repo"])


class HostileTest(TempTreeCase):
    def test_large_odd_and_broken_files_are_read_without_error(self):
        drills = "".join("| 20%02d-01-%02d | restore drill %d |\n" % (i % 30, i % 28 + 1, i) for i in range(60000))
        alerts = "groups:\n  - name: many\n    rules:\n" + "".join(
            "      - alert: A%d\n        expr: up{job=\"x%d\"} == 0\n        annotations:\n"
            "          runbook_url: ../runbooks/%s.md\n" % (i, i, "../" * (i % 50)) for i in range(5000))
        self.tree({
            ".tollgate.yaml": "readiness:\n  as-of: 2026-12-01\n",
            "infra/disaster-recovery/drills.md": "## Restore drills\n" + drills,
            "infra/disaster-recovery/binary.md": b"RPO \xff\xfe 15 minutes\n\x00\x01",
            "infra/disaster-recovery/long.md": "RTO " + "9" * 100000 + " minutes\n",
            "infra/alerting/rules.yaml": alerts,
            "infra/alerting/broken.yaml": "groups:\n  - name: x\n    rules: [\n",
            "infra/monitoring/deep.json": "[" * 5000 + "]" * 5000,
        })
        p = readiness(self.root, "--format", "json")
        self.assertIn(p.returncode, (0, 1), p.stderr)
        a = json.loads(p.stdout)
        drill = {c["id"]: c for c in a["checklist"]}["dr-drills-executed"]
        # The newest of the 60,000 records up to the assessment date (the years 2027 to 2029 are still to come).
        self.assertEqual(drill["evidence"][0]["date"], "2026-01-27")
        runbooks = [f for f in a["report"]["findings"] if f["rule_id"] == "readiness.alert-runbook-missing"]
        self.assertEqual(len(runbooks), 5000)
        self.assertNotIn("Traceback", p.stderr)


class ConfigTest(TempTreeCase):
    def test_mapping_moves_a_deliverable_and_an_empty_list_drops_it(self):
        self.tree({".tollgate.yaml": """
            readiness:
              as-of: 2026-12-01
              deliverables:
                runbooks: [ops/handbook/]
                disaster-recovery: []
            """, "ops/handbook/db.md": "# Database\n"})
        a = assessment(self.root)
        items = {d["name"]: d for d in a["deliverables"]}
        self.assertEqual(items["runbooks"]["evidence"][0]["path"], "ops/handbook/")
        self.assertFalse(items["disaster-recovery"]["required"])
        paths = {f["path"] for f in a["report"]["findings"] if f["rule_id"] == "readiness.deliverable-missing"}
        self.assertNotIn("infra/runbooks/", paths)
        self.assertNotIn("infra/disaster-recovery/", paths)
        self.assertIn("infra/iac/", paths)

    def test_mistakes_are_located(self):
        cases = {
            "readiness:\n  deliverables:\n    docs: [docs/]\n":
                ".tollgate.yaml:3:5: readiness.deliverables: unknown name 'docs'",
            "readiness:\n  drill-window-days: 0\n":
                ".tollgate.yaml:2:22: readiness.drill-window-days: expected a number of days, 1 or more",
            "readiness:\n  as-of: yesterday\n": ".tollgate.yaml:2:10: readiness.as-of: expected a date YYYY-MM-DD",
            "readiness:\n  window: 30\n": ".tollgate.yaml:2:3: readiness: unknown key 'window'",
            "readiness: [runbooks]\n": ".tollgate.yaml:1:12: readiness: expected a map",
        }
        for text, said in cases.items():
            self.tree({".tollgate.yaml": text})
            p = readiness(self.root, cwd=self.root)
            self.assertEqual(p.returncode, 2, text)
            where, message = said.split(" ", 1)
            self.assertIn(where + " error: " + message, p.stderr, text)


class ScanTest(GitRepoCase):
    """`scan` runs the readiness rules on a whole repository that adopted the standard, and nowhere else."""

    def readiness_findings(self, *args):
        p = run("scan", *args, "--format", "json", "--no-progress", cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return sorted({f["rule_id"] for f in json.loads(p.stdout)["findings"] if f["rule_id"].startswith("readiness.")})

    def setUp(self):
        super().setUp()
        self.tree({"README.md": "# payments\n", "infra/iac/main.tf": "variable \"size\" {}\n"})

    def test_not_without_the_configuration(self):
        self.assertEqual(self.readiness_findings("."), [])

    def test_with_the_configuration_at_the_top_only(self):
        self.tree({".tollgate.yaml": "readiness:\n  as-of: 2026-12-01\n"})
        self.assertIn("readiness.deliverable-missing", self.readiness_findings("."))
        self.assertEqual(self.readiness_findings("infra"), [])  # a subfolder is not the repository
        self.assertEqual(self.readiness_findings("README.md", "infra/iac/main.tf"), [])

    def test_selected_by_name(self):
        self.assertEqual(self.readiness_findings(".", "--select", "readiness.deliverable-missing"),
                         ["readiness.deliverable-missing"])

    def test_not_on_a_change(self):
        self.tree({".tollgate.yaml": "readiness:\n  as-of: 2026-12-01\n"})
        self.commit_all("start")
        self.tree({"infra/iac/more.tf": "variable \"count\" {}\n"})
        self.git("add", "-A")
        self.assertEqual(self.readiness_findings("--staged"), [])
        self.assertEqual(self.readiness_findings(".", "--diff", "HEAD"), [])
        self.assertIn("readiness.deliverable-missing", self.readiness_findings("."))


if __name__ == "__main__":
    unittest.main()
