"""Drift against reality end to end. A Terraform plan's resource_drift entries are findings, with the resource's
block in the configuration as a related location when one block has that address, and no value Terraform marks
sensitive. Kubernetes exports are compared with their manifests in other files."""
import json
import os
import unittest

from tg import TempTreeCase, run

PLAN = {
    "format_version": "1.2",
    "terraform_version": "1.9.5",
    "resource_drift": [{
        "address": "module.db.aws_db_instance.main[0]", "mode": "managed", "type": "aws_db_instance", "name": "main",
        "change": {"actions": ["update"],
                   "before": {"instance_class": "db.t3.medium", "password": "correct-horse-battery-staple"},
                   "after": {"instance_class": "db.t3.large", "password": "Tr0ub4dor&3-changed-by-hand"},
                   "before_sensitive": {"password": True}, "after_sensitive": {"password": True}},
    }],
    "resource_changes": [],
}

DB_BLOCK = 'resource "aws_db_instance" "main" {\n  instance_class = "db.t3.medium"\n}\n'


class PlanDriftTest(TempTreeCase):
    def scan(self, *paths):
        p = run("scan", *paths, "--select", "drift.changed-outside-terraform", "--format", "sarif", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        results = json.loads(p.stdout)["runs"][0]["results"]
        self.assertEqual(len(results), 1)
        return results[0]

    def test_the_block_in_the_scan_is_a_related_location(self):
        self.tree({"plan.json": json.dumps(PLAN, indent=2), "modules/db/main.tf": "# the orders database\n" + DB_BLOCK})
        r = self.scan(".")
        self.assertEqual(r["message"]["text"], 'module.db.aws_db_instance.main[0] was changed outside Terraform: '
                                               'instance_class "db.t3.medium" -> "db.t3.large", password (sensitive)')
        self.assertNotIn("correct-horse", json.dumps(r))
        self.assertNotIn("Tr0ub4dor", json.dumps(r))
        loc = r["locations"][0]["physicalLocation"]
        self.assertEqual((loc["artifactLocation"]["uri"], loc["region"]["startLine"]), ("plan.json", 6))
        related = r["relatedLocations"][0]
        self.assertEqual(related["message"]["text"], "the resource's block")
        self.assertEqual((related["physicalLocation"]["artifactLocation"]["uri"],
                          related["physicalLocation"]["region"]["startLine"]), ("modules/db/main.tf", 2))

    def test_two_blocks_of_that_address_give_no_related_location(self):
        self.tree({"plan.json": json.dumps(PLAN, indent=2), "envs/a/main.tf": DB_BLOCK, "envs/b/main.tf": DB_BLOCK})
        r = self.scan(".")
        self.assertNotIn("relatedLocations", r)

    def test_the_plan_alone_is_enough(self):
        self.tree({"plan.json": json.dumps(PLAN, indent=2)})
        r = self.scan("plan.json")
        self.assertNotIn("relatedLocations", r)


MANIFEST = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: registry.example.com/api:1.4.2
          env:
            - name: DB_PASSWORD
              value: hunter2-in-the-manifest
"""

EXPORT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
  resourceVersion: "48121"
  managedFields:
    - manager: kubectl-edit
      operation: Update
      time: "2026-11-20T23:41:07Z"
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app
          image: registry.example.com/api:1.4.2
          imagePullPolicy: IfNotPresent
          env:
            - name: DB_PASSWORD
              value: changed-by-hand-9f8e7d
"""


class LiveExportTest(TempTreeCase):
    def test_an_export_is_compared_with_its_manifest_in_another_file(self):
        self.tree({"k8s/api.yaml": MANIFEST, "exports/api.yaml": EXPORT})
        p = run("scan", ".", "--select", "drift.live-differs-from-manifest", "--select", "manual-change.live-object-edited",
                "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = {f["rule_id"]: f for f in json.loads(p.stdout)["findings"]}
        live = found["drift.live-differs-from-manifest"]
        self.assertEqual((live["path"], live["start_line"]), ("exports/api.yaml", 21))
        # The value's key reads as a secret: its path alone, neither value.
        self.assertEqual(live["message"], "Deployment 'api' differs from its manifest k8s/api.yaml: "
                                          "spec.template.spec.containers[app].env[DB_PASSWORD].value")
        self.assertEqual([(r["path"], r["start_line"]) for r in live["related"]], [("k8s/api.yaml", 14)])
        self.assertNotIn("hunter2", p.stdout)
        self.assertNotIn("changed-by-hand", p.stdout)
        edited = found["manual-change.live-object-edited"]
        self.assertEqual((edited["path"], edited["start_line"]), ("exports/api.yaml", 8))
        self.assertEqual(edited["message"],
                         "Deployment 'api' was changed by hand with `kubectl edit` at 2026-11-20T23:41:07Z (managedFields)")

    def test_overlays_or_two_manifests_of_one_object_are_not_compared(self):
        self.tree({"base/api.yaml": MANIFEST, "base/kustomization.yaml": "resources: [api.yaml]\n",
                   "exports/api.yaml": EXPORT.replace("replicas: 3", "replicas: 9")})
        p = run("scan", ".", "--select", "drift.live-differs-from-manifest", "--format", "json", cwd=self.root)
        self.assertEqual(json.loads(p.stdout)["findings"], [])
        self.tree({"envs/dev/api.yaml": MANIFEST, "envs/prod/api.yaml": MANIFEST})
        p = run("scan", ".", "--select", "drift.live-differs-from-manifest", "--format", "json", cwd=self.root)
        self.assertEqual(json.loads(p.stdout)["findings"], [])


ENVS = {
    "infra/envs/dev/main.tf": 'module "net" {\n  source = "git::https://example.com/m.git//net?ref=v1.3.0"\n}\n'
                              'module "cache" {\n  source = "../../modules/cache"\n}\n',
    "infra/envs/staging/main.tf": 'module "net" {\n  source = "git::https://example.com/m.git//net?ref=v1.3.0"\n}\n'
                                  'module "cache" {\n  source = "../../modules/cache"\n}\n',
    "infra/envs/prod/main.tf": 'module "net" {\n  source = "git::https://example.com/m.git//net?ref=v1.4.0"\n}\n',
    "vars/staging.tfvars": 'size = "m"\ndebug = true\n',
    "vars/prod.tfvars": 'size = "l"\n',
    ".github/workflows/deploy.yml": "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                                    "    environment: production\n    steps: [{run: ./deploy.sh}]\n",
}


class DriftCommandTest(TempTreeCase):
    def test_the_matrix_then_the_findings_in_three_formats(self):
        self.tree(ENVS)
        p = run("drift", ".", "--no-color", "--no-progress", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        lines = p.stdout.splitlines()
        self.assertEqual(lines[:5], [
            "infra/envs/{env}/  (folders; 3 environments, 2 components, 2 differ)",
            "  component               dev     staging  prod",
            "  module 'net'            v1.3.0  v1.3.0   v1.4.0  differs",
            "  module 'cache'          yes     yes      -       differs",
            "  deployed by a pipeline  -       -        yes     differs",
        ])
        self.assertIn("pipelines  (pipelines; 1 environments, 1 components, 0 differ)\n"
                      "  component                                           production\n"
                      "  deploy job 'deploy' (.github/workflows/deploy.yml)  yes\n", p.stdout)
        self.assertIn("vars/{env}.tfvars  (files; 2 environments, 0 components, 0 differ)", p.stdout)
        self.assertIn("high[drift.environment-version-skips-promotion] prod runs module 'net' at v1.4.0", p.stdout)
        self.assertIn("medium[drift.environment-component-missing] module 'cache' is in dev, staging but not in prod",
                      p.stdout)
        self.assertIn("medium[drift.environment-key-missing] setting 'debug' is in staging but not in prod", p.stdout)
        p = run("drift", ".", "--format", "json", "--no-progress", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        j = json.loads(p.stdout)
        infra = [s for s in j["sets"] if s["set"] == "infra/envs/{env}/"][0]
        self.assertEqual(infra["environments"], ["dev", "staging", "prod"])
        net = infra["components"][0]
        self.assertEqual((net["id"], net["differs"]), ("module.net", True))
        self.assertEqual(net["environments"]["prod"], {"present": True, "version": "v1.4.0",
                                                        "path": "infra/envs/prod/main.tf", "line": 1})
        self.assertEqual(infra["components"][1]["environments"]["prod"], {"present": False})
        self.assertEqual(len(j["report"]["findings"]), 3)
        p = run("drift", ".", "--format", "markdown", "--output", "drift.md", "--no-progress", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        with open(os.path.join(self.root, "drift.md")) as f:
            md = f.read()
        self.assertIn("| component | dev | staging | prod |  |\n|---|---|---|---|---|\n"
                      "| module 'net' | v1.3.0 | v1.3.0 | v1.4.0 | differs |\n", md)
        self.assertIn("- **high** infra/envs/prod/main.tf:2 prod runs module 'net' at v1.4.0", md)

    def test_the_configuration_orders_environments_and_says_which_values_may_differ(self):
        self.tree(dict(ENVS, **{".tollgate.yaml": "environments:\n  order: [prod, staging, dev]\n"
                                                  "  allow-differ: [debug]\n"}))
        p = run("drift", ".", "--format", "json", "--no-progress", cwd=self.root)
        j = json.loads(p.stdout)
        infra = [s for s in j["sets"] if s["set"] == "infra/envs/{env}/"][0]
        self.assertEqual(infra["environments"], ["prod", "staging", "dev"])
        rules = sorted(f["rule_id"] + " " + f["message"] for f in j["report"]["findings"])
        # In this order dev comes last and runs v1.3.0, older than prod's v1.4.0: promoted, not reported.
        self.assertFalse(any("skips" in r for r in rules), rules)
        self.assertIn('drift.environment-value-differs setting \'size\' differs between environments: prod "l", '
                      'staging "m"', rules)

    def test_no_environments_and_bad_usage(self):
        self.tree({"main.tf": 'resource "aws_s3_bucket" "b" {}\n'})
        p = run("drift", ".", "--no-color", "--no-progress", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(p.stdout.startswith("no environment sets"), p.stdout)
        p = run("drift", ".", "--format", "sarif", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("drift --format takes text, json or markdown (got 'sarif')", p.stderr)
        # --fail-on raises the bar as in scan.
        self.tree(ENVS)
        p = run("drift", ".", "--fail-on", "critical", "--quiet", "--no-progress", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "")


class MalformedInputTest(TempTreeCase):
    def test_broken_or_oddly_shaped_plans_states_and_exports_give_located_errors_never_a_crash(self):
        self.tree({
            # Broken: truncated JSON and YAML.
            "broken/plan.json": '{"format_version": "1.2", "resource_drift": [{"address": "aws_s3_bucket.b",',
            "broken/terraform.tfstate": '{"version": 4, "resources": [',
            "broken/export.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  uid: [unclosed\n",
            # Valid, but not the shapes the rules expect.
            "odd/plan.json": json.dumps({"format_version": "1.2", "resource_changes": [], "resource_drift": [
                "not-an-object", {"address": 7, "change": "nope"}, {"address": "a.b", "mode": "managed",
                                                                     "change": {"before": [], "after": {}}}]}),
            "odd/main.tf": 'resource "aws_s3_bucket" "b" {}\n',
            "odd/terraform.tfstate": json.dumps({"version": 4, "terraform_version": "1.9.5",
                                                 "resources": ["x", {"mode": "managed"}, {"type": 1, "name": []}]}),
            "odd/export.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  uid: 1\n"
                               "  managedFields: {manager: kubectl-edit}\ndata: [1, 2]\n---\n"
                               "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: {a: 1}\n",
        })
        p = run("scan", ".", "--select", "drift", "--select", "manual-change", "--select", "config.parse-error",
                "--format", "json", cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        report = json.loads(p.stdout)
        self.assertEqual(report["errors"], [])
        parse_errors = sorted((f["path"], f["start_line"]) for f in report["findings"]
                              if f["rule_id"] == "config.parse-error")
        self.assertEqual([path for path, _ in parse_errors],
                         ["broken/export.yaml", "broken/plan.json", "broken/terraform.tfstate"])
        self.assertTrue(all(line > 0 for _, line in parse_errors), parse_errors)
        odd = [f for f in report["findings"] if f["path"].startswith("odd/") and f["rule_id"].startswith("drift.")]
        # The one well-formed drift entry, the differing export, and the block the state (with no usable entry)
        # lacks: nothing from the ill-shaped entries.
        self.assertEqual(sorted(f["rule_id"] for f in odd), ["drift.changed-outside-terraform",
                                                              "drift.code-never-applied",
                                                              "drift.live-differs-from-manifest"])


if __name__ == "__main__":
    unittest.main()
