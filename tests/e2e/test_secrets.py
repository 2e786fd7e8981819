"""Secrets end to end: the raw-text pass, Kubernetes Secret data, documentation examples, masking."""
import base64
import json
import os
import unittest

from tg import TempTreeCase, github_token, run

# Synthetic values in documented shapes; none is a real credential.
GH_TOKEN = github_token("Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0")


class SecretsTest(TempTreeCase):
    def scan(self, *paths):
        p = run("scan", "--select", "secrets", "--format", "json", *paths, cwd=self.root)
        return p, json.loads(p.stdout)

    def test_base64_in_a_kubernetes_secret_is_decoded(self):
        encoded = base64.b64encode(GH_TOKEN.encode()).decode()
        self.tree({"k8s/secret.yaml": f"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: github
            data:
              token: {encoded}
              harmless: aGVsbG8gd29ybGQ=
            """})
        p, report = self.scan("k8s")
        self.assertEqual(p.returncode, 1, p.stderr)
        [f] = report["findings"]
        self.assertEqual(f["rule_id"], "secrets.github-classic-pat")
        self.assertEqual((f["start_line"], f["start_column"]), (6, 10))
        self.assertIn("data.token", f["message"])
        self.assertNotIn(encoded, p.stdout)

    def test_base64_elsewhere_only_when_asked_and_each_secret_once(self):
        encoded = base64.b64encode(("token=" + GH_TOKEN).encode()).decode()
        self.tree({"notes.txt": f"blob: {encoded}\n",
                   "k8s/secret.yaml": f"apiVersion: v1\nkind: Secret\ndata:\n  token: {base64.b64encode(GH_TOKEN.encode()).decode()}\n"})
        p, report = self.scan("notes.txt")
        self.assertEqual(report["findings"], [])
        p = run("scan", "--select", "secrets", "--decode-base64", "--format", "json", ".", cwd=self.root)
        findings = json.loads(p.stdout)["findings"]
        self.assertEqual(sorted((f["path"], f["start_line"], f["start_column"]) for f in findings),
                         [("k8s/secret.yaml", 4, 10), ("notes.txt", 1, 7)])
        self.assertTrue(all(f["rule_id"] == "secrets.github-classic-pat" for f in findings))

    def test_documentation_examples_hashes_and_ids_do_not_fire(self):
        self.tree({"notes.txt": """
            aws_access_key_id = AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
            commit: 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b
            id: 123e4567-e89b-12d3-a456-426614174000
            "integrity": "sha512-Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0Ay2EeQZq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0Ay2EeQZq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0Ay2Ee=="
            "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"
            """})
        p, report = self.scan("notes.txt")
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(report["findings"], [])

    def test_one_secret_one_finding_and_masked_everywhere(self):
        # A provider token under a secret-named key: the provider rule wins over the generic one.
        self.tree({"deploy.env": f"GITHUB_TOKEN={GH_TOKEN}\n"})
        p, report = self.scan("deploy.env")
        self.assertEqual([f["rule_id"] for f in report["findings"]], ["secrets.github-classic-pat"])
        self.assertIn("ghp_****", report["findings"][0]["snippet"])
        self.assertNotIn(GH_TOKEN, p.stdout + p.stderr)

    def test_fingerprint_survives_moving_the_secret(self):
        self.tree({"a.env": f"TOKEN={GH_TOKEN}\n"})
        _, r1 = self.scan("a.env")
        self.tree({"a.env": f"# moved down\nOTHER=1\nTOKEN={GH_TOKEN}\n"})
        _, r2 = self.scan("a.env")
        self.assertEqual(r1["findings"][0]["fingerprint"], r2["findings"][0]["fingerprint"])
        self.assertNotEqual(r1["findings"][0]["start_line"], r2["findings"][0]["start_line"])



class SourceCodeSecretsTest(TempTreeCase):
    """Generic secrets in source code, read from syntax trees: end to end through the CLI."""

    def scan(self, *paths):
        p = run("scan", "--no-config", "--select", "secrets.generic-literal-assignment", "--format", "json", *paths,
                cwd=self.root)
        return p, json.loads(p.stdout)

    def test_literals_in_code_are_found_masked_and_placed_and_references_are_not(self):
        self.tree({
            "app/db.py": """
                import os
                conn = connect(
                    host="db.internal",
                    password="Kw9Pz2Lq7RmX4t")
                token = os.environ["API_TOKEN"]
                label = f"{prefix}Zq8wLm2Rt5Yp9x"
                """,
            "web/server.js": "const apiKey = process.env.API_KEY;\nconst cfg = { secret: 'Ab3dE5gH7jK9wQ' };\n",
            "cmd/main.go": "package main\nfunc f() { c := Config{Password: `Rq9kLm2Qz7Wp8s`} }\n",
            "src/Db.cs": "class Db { void F() { var c = new NetworkCredential(\n  \"app\",\n  \"Tr0ub4dor3xQ7w\"); } }\n",
        })
        p, report = self.scan(".")
        self.assertEqual(p.returncode, 1, p.stderr)
        got = sorted((f["path"], f["start_line"], f["start_column"]) for f in report["findings"])
        self.assertEqual(got, [("app/db.py", 4, 15), ("cmd/main.go", 2, 35), ("src/Db.cs", 3, 4),
                               ("web/server.js", 2, 24)])
        for secret in ("Kw9Pz2Lq7RmX4t", "Ab3dE5gH7jK9wQ", "Rq9kLm2Qz7Wp8s", "Tr0ub4dor3xQ7w"):
            self.assertNotIn(secret, p.stdout)
        messages = {f["path"]: f["message"] for f in report["findings"]}
        self.assertIn("'password' is assigned a hardcoded secret", messages["app/db.py"])
        self.assertIn("'NetworkCredential(...)' is given a hardcoded password", messages["src/Db.cs"])

    def test_broken_deep_and_binary_code_is_scanned_without_error(self):
        self.tree({
            "broken.py": "def f(:\n    password = 'Kw9Pz2Lq7RmX4t'\n",
            "deep.js": "const password = 'Zq8wLm2Rt5Yp9x';\nx = " + "[" * 900 + "]" * 900 + ";\n" + "(" * 100000 + "\n",
        })
        with open(os.path.join(self.root, "blob.py"), "wb") as f:
            f.write(b"password = '\x00\xff\xfe'\n" + bytes(range(256)) * 64)
        p, report = self.scan(".")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(sorted((f["path"], f["start_line"]) for f in report["findings"]),
                         [("broken.py", 2), ("deep.js", 1)])
        self.assertEqual(p.stderr, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
