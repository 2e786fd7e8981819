"""Resource rules that look across files (issue 10): registry-wide scanning in a module folder covers its ECR
repositories (security.registry-scan-disabled); a queue that another queue names as its dead-letter target needs
none of its own (resilience.queue-without-dead-letter)."""
import json
import unittest

from tg import TempTreeCase, run


class ResourceRulesTest(TempTreeCase):
    def findings(self, rule):
        p = run("scan", "--no-config", "--no-progress", "--format", "json", "--select", rule, ".", cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        report = json.loads(p.stdout)
        self.assertEqual(report["errors"], [])
        return sorted((f["path"], f["start_line"]) for f in report["findings"])

    def test_registry_scanning_covers_repositories_of_its_folder(self):
        self.tree({
            "registry/scanning.tf": """
                resource "aws_ecr_registry_scanning_configuration" "all" {
                  scan_type = "ENHANCED"
                }
                """,
            "registry/repositories.tf": """
                resource "aws_ecr_repository" "api" {
                  name = "api"
                }
                """,
            "other/repositories.tf": """
                resource "aws_ecr_repository" "web" {
                  name = "web"
                }
                """,
        })
        self.assertEqual(self.findings("security.registry-scan-disabled"), [("other/repositories.tf", 1)])


if __name__ == "__main__":
    unittest.main()
