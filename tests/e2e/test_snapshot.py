"""Signed snapshots end to end: keys made by the real openssl, `snapshot create` and `snapshot verify` on real trees,
their exit codes and reports, and what a tampered, re-keyed or broken snapshot gives."""
import json
import os
import subprocess
import unittest

from tg import SCHEMAS, TempTreeCase, run, tree_digest

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 3
"""

SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
spec:
  ports:
    - port: 80
"""

MAIN_TF = """\
variable "env" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${var.env}"
}
"""


def read_json(path):
    with open(path) as f:
        return json.load(f)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


class SnapshotTest(TempTreeCase):
    def setUp(self):
        super().setUp()
        self.tree({
            "repo/k8s/app.yaml": DEPLOYMENT + "---\n" + SERVICE,
            "repo/terraform/main.tf": MAIN_TF,
            "repo/scripts/deploy.sh": "#!/bin/sh\nset -eu\nkubectl apply -f k8s/\n",
            "repo/.env": "LOG_LEVEL=info\n",
        })
        for name in ("key", "other"):
            openssl("genpkey", "-algorithm", "ed25519", "-out", name + ".pem", cwd=self.root)
            openssl("pkey", "-in", name + ".pem", "-pubout", "-out", name + ".pub", cwd=self.root)

    def path(self, rel):
        return os.path.join(self.root, rel)

    def create(self, *extra):
        return run("snapshot", "create", "repo", "--key", "key.pem", "--output", "snap.json", *extra, cwd=self.root)

    def verify(self, *extra, snapshot="snap.json", pubkey="key.pub"):
        return run("snapshot", "verify", "repo", "--snapshot", snapshot, "--pubkey", pubkey, "--no-color", *extra,
                   cwd=self.root)

    def test_an_unchanged_or_only_reformatted_tree_verifies(self):
        before = tree_digest(self.path("repo"))
        p = self.create()
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("snapshot of 6 objects in 4 files written to snap.json", p.stderr)
        self.assertEqual(tree_digest(self.path("repo")), before, "snapshot create changed the tree")
        # The same tree and key give the same bytes: no timestamp, and Ed25519 signatures are deterministic.
        first = read_bytes(self.path("snap.json"))
        self.create()
        self.assertEqual(read_bytes(self.path("snap.json")), first)
        p = self.verify()
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("no findings in 4 files", p.stdout)
        # Comments, indentation, quoting, key order and an expression's layout are not changes.
        self.tree({
            "repo/k8s/app.yaml": "# owned by the shop team\nkind: Deployment\napiVersion: 'apps/v1'\n"
                                 "metadata: {namespace: shop, name: api}\nspec:\n    replicas: 3\n---\n" + SERVICE,
            "repo/terraform/main.tf": MAIN_TF.replace("type = string", "# the stage\n  type    =    string"),
            "repo/scripts/deploy.sh": "#!/bin/sh   \r\nset -eu\r\n\r\nkubectl apply -f k8s/\r\n",
        })
        p = self.verify()
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_each_added_removed_or_changed_object_is_a_finding(self):
        self.assertEqual(self.create().returncode, 0)
        self.tree({
            "repo/k8s/app.yaml": DEPLOYMENT.replace("replicas: 3", "replicas: 1") + "---\n"
                                 "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\n  namespace: shop\n",
            "repo/terraform/main.tf": MAIN_TF + '\nresource "aws_sqs_queue" "jobs" {}\n',
            "repo/NOTES.md": "# notes\n",
        })
        os.remove(self.path("repo/.env"))
        p = self.verify("--format", "sarif", "--output", "drift.sarif", "-o", "json=drift.json")
        self.assertEqual(p.returncode, 1, p.stderr)
        sarif = read_json(self.path("drift.sarif"))
        results = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                    r["locations"][0]["physicalLocation"].get("region", {}).get("startLine", 0),
                    r["baselineState"], r["message"]["text"]) for r in sarif["runs"][0]["results"]]
        self.assertEqual(results, [
            (".env", 0, "absent", "file removed since the snapshot"),
            ("NOTES.md", 1, "new", "file added since the snapshot"),
            ("k8s/app.yaml", 0, "absent", "'Service/shop/api' (line 9 then) removed since the snapshot"),
            ("k8s/app.yaml", 1, "updated", "'Deployment/shop/api' changed since the snapshot"),
            ("k8s/app.yaml", 9, "new", "'ConfigMap/shop/flags' added since the snapshot"),
            ("terraform/main.tf", 9, "new", "'resource.aws_sqs_queue.jobs' added since the snapshot"),
        ])
        self.assertEqual({r["ruleId"] for r in sarif["runs"][0]["results"]}, {"drift.snapshot-changed"})
        self.assertEqual(sarif["runs"][0]["tool"]["driver"]["rules"][0]["id"], "drift.snapshot-changed")
        v = subprocess.run(["/usr/bin/python3", "-c", (
            "import json,sys,jsonschema\n"
            "jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\n"),
            os.path.join(SCHEMAS, "sarif-schema-2.1.0.json"), self.path("drift.sarif")], capture_output=True, text=True)
        self.assertEqual(v.returncode, 0, v.stderr)
        findings = read_json(self.path("drift.json"))["findings"]
        self.assertEqual(sorted(f["baseline_state"] for f in findings), ["absent", "absent", "new", "new", "new", "updated"])
        self.assertTrue(all(f["severity"] == "high" and f["snippet"] == "" for f in findings))
        p = self.verify()
        self.assertIn("k8s/app.yaml:1:1: high[drift.snapshot-changed] 'Deployment/shop/api' changed since the snapshot",
                      p.stdout)
        self.assertIn(".env: high[drift.snapshot-changed] file removed since the snapshot", p.stdout)

    def test_a_tampered_re_keyed_or_broken_snapshot_is_exit_2_with_the_reason(self):
        self.assertEqual(self.create().returncode, 0)
        text = read_bytes(self.path("snap.json")).decode()
        snap = json.loads(text)

        def verify_variant(name, content, pubkey="key.pub"):
            mode = "wb" if isinstance(content, bytes) else "w"
            with open(self.path(name), mode) as f:
                f.write(content)
            p = self.verify(snapshot=name, pubkey=pubkey)
            self.assertEqual(p.returncode, 2, name + ": " + p.stdout + p.stderr)
            self.assertEqual(p.stdout, "", name)
            self.assertNotIn("Traceback", p.stderr)
            return p.stderr

        changed = json.loads(text)
        changed["objects"][0]["sha256"] = "0" * 64
        self.assertIn("tollgate: error: t1.json: the signature does not match: the snapshot was changed after it was "
                      "signed", verify_variant("t1.json", json.dumps(changed)))
        dropped = json.loads(text)
        dropped["objects"].pop()
        self.assertIn("the signature does not match", verify_variant("t2.json", json.dumps(dropped)))
        self.assertIn("t3.json: the snapshot was signed by key sha256:", verify_variant("t3.json", text, pubkey="other.pub"))
        self.assertIn("not a snapshot: invalid JSON at byte", verify_variant("t4.json", text[: len(text) // 2]))
        self.assertIn("not a snapshot: invalid JSON at byte 1", verify_variant("t5.json", b"\xff\xfe\x00binary"))
        self.assertIn("not a snapshot: no \"format\"", verify_variant("t6.json", "{}"))
        unsigned = dict(snap)
        del unsigned["signature"]
        self.assertIn("malformed snapshot: signature must be", verify_variant("t7.json", json.dumps(unsigned)))
        self.assertIn("unsupported snapshot version", verify_variant("t8.json", json.dumps(dict(snap, version=2))))
        # The key's faults name the key file.
        self.assertIn("tollgate: error: key.pem: not a PEM public key", verify_variant("t9.json", text, pubkey="key.pem"))
        # Re-indented, with its keys in another order, it is the same snapshot.
        with open(self.path("pretty.json"), "w") as f:
            json.dump(snap, f, indent=8, sort_keys=True)
        p = self.verify(snapshot="pretty.json")
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_create_refuses_unusable_keys_and_leaves_an_existing_snapshot_alone(self):
        self.assertEqual(self.create().returncode, 0)
        before = read_bytes(self.path("snap.json"))
        openssl("genpkey", "-algorithm", "ed25519", "-aes256", "-pass", "pass:hunter2", "-out", "enc.pem", cwd=self.root)
        openssl("genpkey", "-algorithm", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ec.pem", cwd=self.root)
        for key, reason in (("enc.pem", "enc.pem: an encrypted private key"),
                            ("ec.pem", "ec.pem: not an Ed25519 key (its type is id-ecPublicKey)"),
                            ("key.pub", "key.pub: not a PEM private key"),
                            ("missing.pem", "cannot read key missing.pem")):
            p = run("snapshot", "create", "repo", "--key", key, "--output", "snap.json", cwd=self.root)
            self.assertEqual(p.returncode, 2, key)
            self.assertIn(reason, p.stderr)
        self.assertEqual(read_bytes(self.path("snap.json")), before)
        self.assertEqual(sorted(n for n in os.listdir(self.root) if n.startswith(".snap")), [], "temporary files left")
        p = run("snapshot", "create", "repo", "--key", "key.pem", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("snapshot create needs --key KEY.pem and --output SNAP.json", p.stderr)
        p = run("snapshot", "create", "repo", "other", "--key", "key.pem", "--output", "x.json", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("snapshot commands take one PATH (got 2)", p.stderr)

    def test_hostile_files_are_objects_like_any_other(self):
        self.tree({
            "repo/blob.bin": b"\x00\x01\x02" * 1000,
            b"repo/bad-\xff-name.yaml".decode("utf-8", "surrogateescape"): "a: 1\n",
            "repo/deep.yaml": "a: " + "[" * 5000 + "]" * 5000 + "\n",
            "repo/bomb.yaml": "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
                for i in range(9)),
        })
        os.symlink(".", self.path("repo/loop"))
        p = self.create()
        self.assertEqual(p.returncode, 0, p.stderr)
        snap = read_json(self.path("snap.json"))
        paths = {o["path"] for o in snap["objects"]}
        self.assertIn("bad-\\xFF-name.yaml", paths)
        self.assertIn("blob.bin", paths)
        self.assertEqual(self.verify().returncode, 0)
        with open(self.path("repo/blob.bin"), "ab") as f:
            f.write(b"\x00")
        p = self.verify()
        self.assertEqual(p.returncode, 1)
        self.assertIn("blob.bin:1:1: high[drift.snapshot-changed] file changed since the snapshot", p.stdout)

    def test_the_rule_is_listed_and_never_runs_in_a_scan(self):
        p = run("rules", "list", cwd=self.root)
        self.assertIn("drift.snapshot-changed", p.stdout)
        p = run("scan", "repo", "--select", "drift.snapshot-changed", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(json.loads(p.stdout)["findings"], [])


if __name__ == "__main__":
    unittest.main()
