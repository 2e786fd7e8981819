"""scan --shard K/N and tollgate merge: N shard reports merged are one scan's report (docs/scale-out.md)."""
import json
import os
import random
import shutil
import unittest

from tg import SRC, TempTreeCase, github_token, run

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class ShardMergeTest(TempTreeCase):
    def setUp(self):
        super().setUp()
        # The demo repository (pipelines, workloads, Terraform environments: the repository rules and models have
        # work to do) and a generated corpus of files of several kinds and sizes, each holding one token of its own.
        self.repo = os.path.join(self.root, "repo")
        shutil.copytree(os.path.join(SRC, "fixtures", "demo"), self.repo)
        rng = random.Random(12)
        self.planted = {}
        kinds = [("k8s/app-{i}.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-{i}\ndata:\n  token: {t}\n"),
                 ("config/svc-{i}.env", "SERVICE=svc{i}\nGITHUB_TOKEN={t}\n"),
                 ("scripts/run-{i}.sh", "#!/bin/sh\n# run {i}\ncurl -H 'Authorization: token {t}' https://api.github.com\n"),
                 ("docs/notes-{i}.md", "# notes {i}\n\nthe token is {t}\n")]
        for i in range(60):
            path, text = kinds[i % len(kinds)]
            token = github_token("".join(rng.choice(BASE62) for _ in range(30)))
            # Sizes from a few bytes to a few KiB, in comments or prose each kind reads without complaint.
            filler = {"yaml": "# filler\n", "env": "# filler\n", "sh": "# filler\n", "md": "filler\n"}
            body = text.format(i=i, t=token) + filler[path.rsplit(".", 1)[1]] * rng.randint(0, 400)
            rel = os.path.join("gen", path.format(i=i))
            os.makedirs(os.path.dirname(os.path.join(self.repo, rel)), exist_ok=True)
            with open(os.path.join(self.repo, rel), "w") as f:
                f.write(body)
            self.planted[rel] = token

    def scan(self, *args):
        return run("scan", ".", "--no-config", *args, cwd=self.repo)

    def shard_reports(self, n):
        paths = []
        for k in range(1, n + 1):
            out = os.path.join(self.root, f"shard-{k}-of-{n}.sarif")
            p = self.scan("--shard", f"{k}/{n}", "-o", f"sarif={out}", "-o", f"json={out}.json")
            self.assertIn(p.returncode, (0, 1), p.stderr)
            paths.append(out)
        return paths

    def test_n_shards_merged_are_one_scan(self):
        whole = os.path.join(self.root, "whole.sarif")
        p = self.scan("-o", f"sarif={whole}", "-o", f"json={whole}.json")
        self.assertEqual(p.returncode, 1, p.stderr)
        with open(whole) as f:
            expected = json.load(f)["runs"][0]
        with open(whole + ".json") as f:
            expected_json = json.load(f)
        self.assertGreater(len(expected["results"]), 60)
        for n in (2, 3, 5):
            with self.subTest(shards=n):
                parts = self.shard_reports(n)
                merged = os.path.join(self.root, f"merged-{n}.sarif")
                m = run("merge", *parts, "-o", f"sarif={merged}", "-o", f"json={merged}.json", cwd=self.root)
                self.assertEqual(m.returncode, 1, m.stderr)
                with open(merged) as f:
                    got = json.load(f)["runs"][0]
                with open(merged + ".json") as f:
                    got_json = json.load(f)
                # The same findings, in the same order, with the same fingerprints; the same rules; the same counts.
                self.assertEqual(got["results"], expected["results"])
                self.assertEqual(got["tool"]["driver"]["rules"], expected["tool"]["driver"]["rules"])
                self.assertEqual(got["properties"], expected["properties"])
                self.assertEqual(got_json["findings"], expected_json["findings"])

    def test_every_file_is_in_exactly_one_shard(self):
        n = 4
        seen = {}
        files = 0
        for k, part in enumerate(self.shard_reports(n), start=1):
            with open(part + ".json") as f:
                report = json.load(f)
            files += report["summary"]["files"]
            for finding in report["findings"]:
                if finding["path"] in self.planted and finding["rule_id"].startswith("secrets.github"):
                    self.assertNotIn(finding["path"], seen, f"{finding['path']} in shards {seen.get(finding['path'])} and {k}")
                    seen[finding["path"]] = k
        self.assertEqual(set(seen), set(self.planted))
        whole = self.scan("--format", "json")
        self.assertEqual(files, json.loads(whole.stdout)["summary"]["files"])
        # Each shard has files: the split is balanced, not all in one.
        self.assertEqual(sorted(set(seen.values())), [1, 2, 3, 4])

    def test_a_shard_is_the_same_on_every_run(self):
        first = self.scan("--shard", "2/3", "--format", "sarif")
        second = self.scan("--shard", "2/3", "--format", "sarif", "--jobs", "1")
        self.assertEqual(first.stdout, second.stdout)

    def test_merge_exit_codes_are_those_of_one_scan(self):
        parts = self.shard_reports(3)
        for fail_on in ("low", "high", "critical"):
            whole = self.scan("--fail-on", fail_on, "--quiet")
            merged = run("merge", *parts, "--fail-on", fail_on, "--quiet", cwd=self.root)
            self.assertEqual(merged.returncode, whole.returncode, fail_on)
        text = run("merge", *parts, cwd=self.root)
        whole_text = self.scan()
        self.assertEqual(text.stdout.splitlines()[-1], whole_text.stdout.splitlines()[-1])

    def test_bad_inputs_and_usage(self):
        junk = os.path.join(self.root, "junk.sarif")
        with open(junk, "w") as f:
            f.write('{"runs": [{"tool": {"driver": {"name": "other-tool"}}}]}')
        p = run("merge", junk, cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("junk.sarif: not a tollgate SARIF report", p.stderr)
        p = run("merge", os.path.join(self.root, "missing.sarif"), cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("cannot read report", p.stderr)
        p = run("merge", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        for bad in ("0/3", "4/3", "3", "a/b", "1/0"):
            p = self.scan("--shard", bad)
            self.assertEqual(p.returncode, 2, bad)
            self.assertIn("--shard takes K/N", p.stderr)
        p = run("scan", "--staged", "--shard", "1/2", cwd=self.repo)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--shard and --staged cannot be combined", p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
