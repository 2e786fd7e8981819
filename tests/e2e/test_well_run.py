"""Precision on a well-run repository (issue 10): fixtures/well-run has every CI system, Kubernetes, Helm values,
docker-compose, a Dockerfile, Terraform for AWS, Google Cloud and Azure, and CloudFormation, each as the platform
standard asks. A scan gives no finding at medium or above. So that the test cannot pass by not reading the files,
each of a dozen one-line changes that break the standard in one place gives exactly one finding there."""
import json
import os
import shutil
import unittest

from tg import SRC, TempTreeCase, run

WELL_RUN = os.path.join(SRC, "fixtures", "well-run")
SERIOUS = ("medium", "high", "critical")

# (file, text, replacement, (rule, line) expected)
BREAKS = [
    (".gitlab-ci.yml", "  when: manual\n", "", ("gates.deploy-without-approval", 33)),
    (".github/workflows/release.yml", "    needs: [test, publish]\n", "    needs: [test, publish]\n    if: always()\n",
     ("gates.deploy-runs-on-failure", 31)),
    (".github/workflows/ci.yml", "      - run: trivy fs --exit-code 1 .\n",
     "      - run: trivy fs --exit-code 1 .\n        continue-on-error: true\n", ("gates.security-step-can-fail", 24)),
    ("azure-pipelines.yml", "          - script: trivy fs --exit-code 1 .\n",
     "          - script: trivy fs --exit-code 1 .\n            continueOnError: true\n",
     ("gates.security-step-can-fail", 14)),
    ("bitbucket-pipelines.yml", "          trigger: manual\n", "", ("gates.deploy-without-approval", 19)),
    ("Jenkinsfile", "      input {\n        message 'Deploy to production?'\n      }\n", "",
     ("gates.deploy-without-approval", 30)),
    ("k8s/production/deployment.yaml", "allowPrivilegeEscalation: false", "privileged: true",
     ("security.privileged-container", 61)),
    ("charts/api/values.yaml", "  readOnlyRootFilesystem: true", "  privileged: true",
     ("security.privileged-container", 18)),
    ("docker-compose.yml", "read_only: true", "privileged: true", ("security.privileged-container", 4)),
    ("Dockerfile", "golang:1.22.5-bookworm@sha256:1f2e3d4c5b6a79880f1e2d3c4b5a69788f7e6d5c4b3a29180f1e2d3c4b5a6978",
     "golang:latest", ("supply-chain.unpinned-image", 2)),
    ("terraform/aws/main.tf", "backup_retention_period   = 14", "backup_retention_period   = 0",
     ("resilience.database-backups-disabled", 35)),
    ("terraform/aws/main.tf", "deletion_protection       = true", "deletion_protection       = false",
     ("resilience.deletion-protection-disabled", 36)),
    ("terraform/gcp/main.tf", "point_in_time_recovery_enabled = true", "point_in_time_recovery_enabled = false",
     ("resilience.point-in-time-recovery-disabled", 17)),
    ("terraform/azure/main.tf", "public_network_access_enabled = false", "public_network_access_enabled = true",
     ("security.public-database", 10)),
    ("cloudformation/database.yaml", "StorageEncrypted: true", "StorageEncrypted: false",
     ("security.encryption-at-rest-disabled", 25)),
    ("terraform/aws/main.tf", "  alarm_actions = [aws_sns_topic.alerts.arn]\n", "",
     ("observability.alarm-without-action", 51)),
]


class WellRunRepositoryTest(TempTreeCase):
    def setUp(self):
        super().setUp()
        self.repo = os.path.join(self.root, "repo")
        shutil.copytree(WELL_RUN, self.repo)

    def serious(self):
        p = run("scan", "--no-config", "--no-progress", "--format", "json", ".", cwd=self.repo)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        report = json.loads(p.stdout)
        self.assertEqual(report["errors"], [])
        return [(f["rule_id"], f["path"], f["start_line"]) for f in report["findings"] if f["severity"] in SERIOUS]

    def test_the_well_run_repository_has_no_finding_at_medium_or_above(self):
        self.assertEqual(self.serious(), [])

    def test_each_break_of_the_standard_gives_one_finding_where_it_is(self):
        for path, text, replacement, (rule, line) in BREAKS:
            with self.subTest(path=path, rule=rule):
                shutil.rmtree(self.repo)
                shutil.copytree(WELL_RUN, self.repo)
                target = os.path.join(self.repo, path)
                with open(target) as f:
                    content = f.read()
                self.assertIn(text, content)
                with open(target, "w") as f:
                    f.write(content.replace(text, replacement, 1))
                self.assertEqual(self.serious(), [(rule, path, line)])


if __name__ == "__main__":
    unittest.main()
