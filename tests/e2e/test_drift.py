"""Drift from a Terraform plan end to end: resource_drift entries as findings, with the resource's block in the
configuration as a related location when one block has that address, and no value Terraform marks sensitive."""
import json
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


if __name__ == "__main__":
    unittest.main()
