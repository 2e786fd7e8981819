"""Resource rules that look across files (issue 10): registry-wide scanning in a module folder covers its ECR
repositories (security.registry-scan-disabled); a queue that another queue names as its dead-letter target needs
none of its own (resilience.queue-without-dead-letter); an alarm a composite alarm names acts through it
(observability.alarm-without-action)."""
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

    def test_dead_letter_queue_named_in_another_file_of_the_module(self):
        self.tree({
            "queues/orders.tf": """
                resource "aws_sqs_queue" "orders" {
                  name = "orders"
                  redrive_policy = jsonencode({
                    deadLetterTargetArn = aws_sqs_queue.failed_orders.arn
                    maxReceiveCount     = 5
                  })
                }
                """,
            "queues/failed.tf": """
                resource "aws_sqs_queue" "failed_orders" {
                  name = "failed-orders"
                }
                """,
            "other/failed.tf": """
                resource "aws_sqs_queue" "failed_orders" {
                  name = "failed-orders"
                }
                """,
        })
        self.assertEqual(self.findings("resilience.queue-without-dead-letter"), [("other/failed.tf", 1)])

    def test_alarm_in_a_composite_alarm_of_another_file(self):
        self.tree({
            "monitoring/alarms.tf": """
                resource "aws_cloudwatch_metric_alarm" "cpu" {
                  alarm_name = "api-cpu"
                  threshold  = 90
                }
                resource "aws_cloudwatch_metric_alarm" "memory" {
                  alarm_name = "api-memory"
                  threshold  = 90
                }
                """,
            "monitoring/composite.tf": """
                resource "aws_cloudwatch_composite_alarm" "api" {
                  alarm_name    = "api"
                  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.cpu.alarm_name})"
                  alarm_actions = [aws_sns_topic.alerts.arn]
                }
                """,
        })
        self.assertEqual(self.findings("observability.alarm-without-action"), [("monitoring/alarms.tf", 5)])


if __name__ == "__main__":
    unittest.main()
