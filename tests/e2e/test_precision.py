"""Precision on the files real platform repositories hold: templates, documentation, references, lock files,
and one finding per secret."""
import json
import unittest

from tg import TempTreeCase, github_token, run

# Synthetic values in documented shapes; none is a real credential.
GH_TOKEN = github_token("Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0")
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
       "eyJzdWIiOiJzdmMtd2V4eWNvdzMiLCJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuYWNtZS5pbyIsImF1ZCI6ImJpbGxpbmctYXBpIiwi" +
       "aWF0IjoxNzY0MjMwNDAwLCJleHAiOjE3OTU3NjY0MDAsImp0aSI6IjM3YmU5MmYxYTk4ZDEwZjgifQ.eFP1eaio4TOig9NBiIlHWcmAvcW52_sBKAM2OTGJyET")


class PrecisionTest(TempTreeCase):
    def scan(self, *args):
        p = run("scan", "--format", "json", *args, cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return [(f["rule_id"], f["path"], f["start_line"], f["severity"]) for f in json.loads(p.stdout)["findings"]]

    def test_templates_are_scanned_for_secrets_and_never_parse_errors(self):
        self.tree({
            # a chart template outside templates/
            "deploy/service.yaml": f"""
                {{{{- if .Values.enabled }}}}
                apiVersion: v1
                kind: Service
                metadata:
                  name: {{{{ .Release.Name }}}}-svc
                  annotations:
                    github-token: {GH_TOKEN}
                {{{{- end }}}}
                """,
            # Jinja with a .yaml name
            "ansible/inventory.yaml": "{% for h in hosts %}\n- {{ h }}\n{% endfor %}\n",
            # Terraform templatefile templates, by extension and by content
            "modules/app/user-data.sh.tftpl": "%{ for k in keys ~}\necho ${k}\n%{ endfor ~}\n",
            "modules/app/task.json": '[{"name": "${name}", "memory": ${memory}}]\n',
            # and a file that is broken whatever its directives
            "config/broken.yaml": 'greeting: "{{ hello }}"\nname: web\n  replicas: 2\n',
        })
        self.assertEqual(self.scan("."), [
            ("config.parse-error", "config/broken.yaml", 3, "high"),
            ("secrets.github-classic-pat", "deploy/service.yaml", 7, "critical"),
        ])

    def test_commands_in_documentation_are_info(self):
        self.tree({
            "README.md": "Upgrading to v5:\n\n```sh\nterraform state mv module.a module.b\n```\n",
            "scripts/migrate.sh": "#!/bin/sh\nterraform state mv module.a module.b\n",
        })
        found = self.scan("--select", "manual-change", ".")
        self.assertEqual(found, [
            ("manual-change.terraform-out-of-band", "README.md", 4, "info"),
            ("manual-change.terraform-out-of-band", "scripts/migrate.sh", 2, "high"),
        ])
        # info stays below the default --fail-on: documentation alone does not fail a run
        self.assertEqual(run("scan", "--select", "manual-change", "README.md", cwd=self.root).returncode, 0)

    def test_references_and_lock_files_are_not_generic_secrets(self):
        self.tree({
            "azure-pipelines.yml": """
                variables:
                  dbPassword: $(DbPassword)
                  apiToken: Bearer-$(Api.Token)
                  octopusSecret: "#{Octopus.Action[Db].Output.Secret}"
                  concoursePassword: ((vault:db.password))
                  literalPassword: Xk9v2LmQ7rT4wq
                """,
            "package-lock.json": '{"dependencies": {"package-json": {"requires": {"registry-auth-token": "^4.0.0"}}}}\n',
            "pnpm-lock.yaml": "packages:\n  /package-json@6.5.0:\n    dependencies:\n      registry-auth-token: 4.2.2-beta\n",
        })
        self.assertEqual(self.scan("--select", "secrets", "."), [
            ("secrets.generic-literal-assignment", "azure-pipelines.yml", 6, "high"),
        ])

    def test_one_secret_seen_by_several_rules_is_one_finding(self):
        self.tree({"config.yaml": f"service:\n  api_token: \"{JWT}\"\n  password: {GH_TOKEN}\n"})
        p = run("scan", "--format", "json", "config.yaml", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        found = [(f["rule_id"], f["start_line"], f["start_column"], f["severity"],
                  [(r["start_line"], r["start_column"], r["message"]) for r in f["related"]])
                 for f in json.loads(p.stdout)["findings"]]
        self.assertEqual(found, [
            # the JWT rule is the more specific; the key says it is a credential, which makes it high
            ("secrets.jwt", 2, 15, "high",
             [(2, 14, "also reported by secrets.generic-literal-assignment: 'api_token' is assigned a hardcoded "
                      "secret; read it from a secret store instead")]),
            ("secrets.github-classic-pat", 3, 13, "critical",
             [(3, 13, "also reported by secrets.generic-literal-assignment: 'password' is assigned a hardcoded "
                      "secret; read it from a secret store instead")]),
        ])
        self.assertNotIn(JWT, p.stdout)
        self.assertNotIn(GH_TOKEN, p.stdout)
        # SARIF: one result per secret, the other rule's view as a related location
        p = run("scan", "--format", "sarif", "config.yaml", cwd=self.root)
        results = json.loads(p.stdout)["runs"][0]["results"]
        self.assertEqual([(r["ruleId"], len(r["relatedLocations"])) for r in results],
                         [("secrets.jwt", 1), ("secrets.github-classic-pat", 1)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
