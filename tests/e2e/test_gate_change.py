"""A change that switches tollgate's own gate off (gates.gate-config-weakened, baseline-grown, suppression-added),
end to end on real git repositories: --diff REV and --staged, judged by the base's configuration."""
import json
import os
import tempfile
import unittest

from tg import GitRepoCase, run

CHANGE_RULES = ("gates.gate-config-weakened", "gates.baseline-grown", "gates.suppression-added")

BASE_CONFIG = """\
fail-on: medium
baseline: tollgate-baseline.json
exclude:
  - vendor/**
"""

WEAKER_CONFIG = """\
fail-on: critical
baseline: tollgate-baseline.json
skip:
  - gates
severity:
  gates.gate-config-weakened: info
exclude:
  - vendor/**
  - infra/**
"""

MANIFEST = """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
"""


def baseline(*fingerprints):
    return json.dumps({"version": 1, "tool": "tollgate",
                       "findings": [{"fingerprint": fp, "rule_id": "security.privileged-container", "path": "k8s/a.yaml"}
                                    for fp in fingerprints]}, indent=2) + "\n"


class GateChangeTest(GitRepoCase):
    def base_commit(self, config=BASE_CONFIG):
        self.tree({".tollgate.yaml": config, "tollgate-baseline.json": baseline("a" * 64), "k8s/settings.yaml": MANIFEST})
        return self.commit_all("base")

    def change_findings(self, *args):
        p = run("scan", *args, "--format", "json", cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stdout + p.stderr)
        return p, [f for f in json.loads(p.stdout)["findings"] if f["rule_id"] in CHANGE_RULES]

    def weaken(self):
        self.tree({".tollgate.yaml": WEAKER_CONFIG,
                   "tollgate-baseline.json": baseline("a" * 64, "b" * 64),
                   "k8s/settings.yaml": MANIFEST.replace("\ndata:", "\n# tollgate:ignore[security] reviewed by the platform team\ndata:")})

    def test_diff_reports_each_weakening_where_it_is_written(self):
        base = self.base_commit()
        self.weaken()
        p, found = self.change_findings("--diff", base)
        self.assertEqual(p.returncode, 1)
        got = sorted((f["rule_id"], f["path"], f["start_line"], f["severity"]) for f in found)
        self.assertEqual(got, [
            ("gates.baseline-grown", "tollgate-baseline.json", 11, "medium"),
            # The change's own `severity: info` and `skip: gates` do not apply to it: the base configures it.
            ("gates.gate-config-weakened", ".tollgate.yaml", 1, "high"),   # fail-on raised
            ("gates.gate-config-weakened", ".tollgate.yaml", 4, "high"),   # skip: gates
            ("gates.gate-config-weakened", ".tollgate.yaml", 9, "high"),   # exclude infra/**
            ("gates.suppression-added", "k8s/settings.yaml", 5, "low"),
        ])
        by_line = {f["start_line"]: f["message"] for f in found if f["path"] == ".tollgate.yaml"}
        self.assertIn("fail-on raised from medium to critical", by_line[1])
        self.assertIn("skip: 'gates' switches off", by_line[4])
        self.assertRegex(by_line[4], r"switches off \d+ rules the base ran: gates\.auto-approve-without-review, ")
        self.assertIn("'infra/**'", by_line[9])
        # Line 6 lowers gates.gate-config-weakened, which line 4 already switches off: one finding, at the skip.
        self.assertNotIn(6, by_line)

    def test_staged_compares_the_index_with_head(self):
        self.base_commit()
        self.weaken()
        self.git("add", "-A")
        # The work tree goes back to the base: the index still holds the weakening.
        self.tree({".tollgate.yaml": BASE_CONFIG})
        p, found = self.change_findings("--staged")
        self.assertEqual(p.returncode, 1)
        self.assertEqual(sorted({f["rule_id"] for f in found}), sorted(CHANGE_RULES))

    def test_a_change_that_does_not_weaken_reports_nothing(self):
        base = self.base_commit()
        self.tree({".tollgate.yaml": BASE_CONFIG.replace("fail-on: medium", "fail-on: low"),
                   "tollgate-baseline.json": baseline(),
                   "k8s/settings.yaml": MANIFEST.replace("fast", "safe")})
        p, found = self.change_findings("--diff", base)
        self.assertEqual(found, [])
        # A plain scan of the same tree has no change to judge.
        self.assertEqual(self.change_findings()[1], [])

    def test_the_base_configuration_governs_the_change_rules(self):
        base = self.base_commit(BASE_CONFIG + "severity:\n  gates.suppression-added: info\n")
        self.tree({"k8s/settings.yaml": MANIFEST.replace("\ndata:", "\n# tollgate:ignore[security] reviewed\ndata:")})
        p, found = self.change_findings("--diff", base, "--fail-on", "low")
        self.assertEqual([(f["rule_id"], f["severity"]) for f in found], [("gates.suppression-added", "info")])
        self.assertEqual(p.returncode, 0)
        # The command line still chooses: --skip drops them.
        self.weaken()
        self.assertEqual({f["rule_id"] for f in self.change_findings("--diff", base, "--skip", "gates.gate-config-weakened")[1]},
                         {"gates.baseline-grown", "gates.suppression-added"})

    def test_inline_suppression_does_not_hide_a_weakening(self):
        base = self.base_commit()
        self.tree({".tollgate.yaml": BASE_CONFIG +
                   "# tollgate:ignore[gates.gate-config-weakened] temporary\nskip: [secrets]\n"})
        p, found = self.change_findings("--diff", base)
        self.assertEqual([(f["rule_id"], f["start_line"]) for f in found],
                         [("gates.suppression-added", 5), ("gates.gate-config-weakened", 6)])
        self.assertFalse(any(f["suppressed"] for f in found))

    def test_ci_taking_the_configuration_from_the_target_branch(self):
        base = self.base_commit()
        self.weaken()
        target = tempfile.TemporaryDirectory(prefix="tollgate-target-")
        self.addCleanup(target.cleanup)
        outside = os.path.join(target.name, "tollgate.yaml")
        with open(outside, "w") as f:
            f.write(self.git("show", f"{base}:.tollgate.yaml").stdout.replace("baseline: tollgate-baseline.json\n", ""))
        p, found = self.change_findings("--config", outside, "--diff", base)
        # The target branch's fail-on (medium) judges the scan; the repository's file is still compared.
        self.assertEqual(p.returncode, 1)
        self.assertEqual(sorted({f["rule_id"] for f in found}), ["gates.gate-config-weakened", "gates.suppression-added"])

    def test_a_new_configuration_is_measured_against_none(self):
        self.tree({"k8s/settings.yaml": MANIFEST})
        base = self.commit_all("base")
        self.tree({".tollgate.yaml": "select: [secrets]\n"})
        p, found = self.change_findings("--diff", base)
        self.assertEqual([(f["rule_id"], f["start_line"]) for f in found], [("gates.gate-config-weakened", 1)])
        self.assertIn("leaves out", found[0]["message"])


if __name__ == "__main__":
    unittest.main()
