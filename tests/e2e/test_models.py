"""The normalized models through the command line (docs/document-model.md, "Models"): a custom rule written on
a model sees its items with the source file's lines, `*` rules do not see items, and repository rules judge
pipelines across the files of one repository."""
import json
import unittest

from tg import TempTreeCase, run

DUMP_RULE = """return {
  id = "acme.job-lines", title = "Jobs", severity = "info", tags = { "gates" }, applies_to = { "pipeline" },
  help = [[Reports every job of every pipeline at its id.]],
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      ctx:report{ at = job, key = "id", on = "key",
        message = doc.root.dialect .. " " .. job.id .. " from " .. doc.origin.kind .. " does " ..
          (job.does.deploy and "deploy" or "-") }
    end
  end,
}
"""

STAR_RULE = """return {
  id = "gates.every-kind", title = "Kinds", severity = "info", tags = { "gates" }, applies_to = { "*" },
  help = [[Reports each document's kind.]],
  check = function(doc, ctx) ctx:report{ at = { line = 1 }, message = "kind " .. doc.kind } end,
}
"""

CI = """on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-24.04
    steps:
      - run: go test ./...
      - run: trivy fs --exit-code 1 .
      - run: conftest test k8s/
      - run: docker build -t api .
"""

RELEASE = """on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - run: docker push ghcr.io/acme/api:${{ github.ref_name }}
"""


def findings(p):
    return [(f["rule_id"], f["path"], f["start_line"], f["start_column"], f["message"])
            for f in json.loads(p.stdout)["findings"]]


class ModelRulesTest(TempTreeCase):
    def test_a_custom_rule_on_the_pipeline_model_reports_at_the_source_lines(self):
        self.tree({"pack/gates/job-lines.lua": DUMP_RULE.replace("acme.job-lines", "gates.job-lines"),
                   ".github/workflows/deploy.yml": "on: push\njobs:\n  build:\n    runs-on: x\n    steps:\n"
                                                   "      - run: make\n  ship:\n    runs-on: x\n    steps:\n"
                                                   "      - run: kubectl apply -f k8s/\n",
                   ".gitlab-ci.yml": "stages: [deploy]\n\nrollout:\n  stage: deploy\n  script: helm upgrade a b\n"})
        p = run("scan", "--no-config", "--rules", "pack", "--select", "gates.job-lines", "--fail-on", "info",
                "--format", "json", ".", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(findings(p), [
            ("gates.job-lines", ".github/workflows/deploy.yml", 3, 3, "github-actions build from github-actions does -"),
            ("gates.job-lines", ".github/workflows/deploy.yml", 7, 3, "github-actions ship from github-actions does deploy"),
            ("gates.job-lines", ".gitlab-ci.yml", 3, 1, "gitlab-ci rollout from gitlab-ci does deploy"),
        ])

    def test_rules_for_every_kind_do_not_see_model_items(self):
        self.tree({"pack/gates/every-kind.lua": STAR_RULE, ".github/workflows/ci.yml": CI})
        p = run("scan", "--no-config", "--rules", "pack", "--select", "gates.every-kind", "--format", "json", ".",
                cwd=self.root)
        self.assertEqual(sorted(f[4] for f in findings(p)), ["kind github-actions", "kind text"])  # the pack's file


class DeliveryChecksAcrossFilesTest(TempTreeCase):
    def scan(self):
        p = run("scan", "--no-config", "--select", "gates.delivery-without-checks", "--format", "json", ".",
                cwd=self.root)
        return [f[1:3] + (f[4],) for f in findings(p)]

    def test_a_release_pipeline_counts_the_checks_of_the_repositorys_ci(self):
        self.tree({".github/workflows/ci.yml": CI, ".github/workflows/release.yml": RELEASE})
        self.assertEqual(self.scan(), [])

    def test_without_them_the_release_pipeline_is_reported_once_with_what_is_missing(self):
        self.tree({".github/workflows/release.yml": RELEASE})
        self.assertEqual(self.scan(), [(".github/workflows/release.yml", 5,
                                        "job 'publish' publishes but neither this pipeline nor the repository's CI "
                                        "runs tests, a security scan, a compliance or policy check or a build")])

    def test_another_repositorys_ci_does_not_count(self):
        self.tree({"one/.github/workflows/ci.yml": CI, "two/.github/workflows/release.yml": RELEASE})
        self.assertEqual([f[0] for f in self.scan()], ["two/.github/workflows/release.yml"])

    def test_the_require_option_chooses_the_checks(self):
        self.tree({".github/workflows/release.yml": RELEASE,
                   ".tollgate.yaml": "options:\n  gates.delivery-without-checks:\n    require: [test]\n"})
        p = run("scan", "--select", "gates.delivery-without-checks", "--format", "json", ".", cwd=self.root)
        self.assertEqual([f[4] for f in findings(p)],
                         ["job 'publish' publishes but neither this pipeline nor the repository's CI runs tests"])


if __name__ == "__main__":
    unittest.main()
