"""docs/scale-out.md's examples, run: the Kubernetes Indexed Job's scan and merge scripts (with its folders moved
into a temporary directory and local repositories for the list), the GitLab `parallel:` jobs' commands and the
GitHub Actions matrix's, each with the variables its CI system sets. A change that breaks a documented recipe
fails here."""
import json
import os
import re
import subprocess
import tempfile
import unittest

from tg import BIN, SRC, github_token

DOC = os.path.join(SRC, "docs", "scale-out.md")


def doc_blocks(lang):
    with open(DOC) as f:
        text = f.read()
    return re.findall(r"```" + lang + r"\n(.*?)```", text, re.S)


def sh(script, cwd, env):
    e = dict(os.environ)
    e.update(env)
    return subprocess.run(["sh", "-c", script], cwd=cwd, env=e, capture_output=True, text=True, timeout=300)


class ScaleOutDocsTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="tollgate-scale-out-")
        self.tmp = self._tmp.name
        # `tollgate` on PATH, as in the recipes.
        self.bin_dir = os.path.join(self.tmp, "bin")
        os.makedirs(self.bin_dir)
        os.symlink(BIN, os.path.join(self.bin_dir, "tollgate"))
        self.env = {"PATH": self.bin_dir + os.pathsep + os.environ["PATH"]}

    def tearDown(self):
        self._tmp.cleanup()

    def make_repo(self, path, files):
        os.makedirs(path)
        for rel, text in files.items():
            full = os.path.join(path, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w") as f:
                f.write(text)
        for cmd in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"],
                    ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "init"]):
            subprocess.run(cmd, cwd=path, check=True, capture_output=True)

    def test_kubernetes_indexed_job_scans_its_share_of_the_list_and_the_merge_joins_them(self):
        yaml_text = "\n".join(doc_blocks("yaml"))
        scan_script = re.search(r"name: scan\n.*?args:\n\s+- \|\n(.*?)\n\s+resources:", yaml_text, re.S).group(1)
        merge_cmd = re.search(r"name: merge\n.*?args:\n\s+- (tollgate merge .*?)\n", yaml_text, re.S).group(1)
        completions = int(re.search(r"completions: (\d+)", yaml_text).group(1))
        # The pod's folders, moved under the temporary directory.
        root = self.tmp
        def local(s):
            return s.replace("/work", root + "/work").replace("/reports", root + "/reports").replace("/config", root + "/config")
        os.makedirs(root + "/reports")
        os.makedirs(root + "/config")
        tokens = {}
        urls = []
        for i, name in enumerate(["network", "clusters", "api", "ledger", "billing"]):
            token = github_token(("%02dAbCdEfGhIjKlMnOpQrStUvWxYz0123" % i)[:30])
            tokens[name] = token
            self.make_repo(os.path.join(root, "origin", name), {
                "deploy/values.yaml": f"image: registry.example.com/{name}:1.0\nrelease: {name}\n",
                "ci/notes.md": f"# {name}\n\nGITHUB_TOKEN={token}\n",
            })
            urls.append("file://" + os.path.join(root, "origin", name))
        with open(root + "/config/repositories.txt", "w") as f:
            f.write("\n".join(urls) + "\n")
        for index in range(completions):
            p = sh(local(scan_script), root, {**self.env, "JOB_COMPLETION_INDEX": str(index)})
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertTrue(os.path.exists(f"{root}/reports/index-{index}.sarif"))
            subprocess.run(["rm", "-rf", root + "/work"], check=True)  # each pod starts empty
        p = sh(local(merge_cmd), root, self.env)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(root + "/reports/tollgate.json") as f:
            merged = json.load(f)
        found = {f["path"] for f in merged["findings"] if f["rule_id"] == "secrets.github-classic-pat"}
        # Every repository once, scanned by exactly one index, its paths starting with its name.
        self.assertEqual(found, {f"{name}/ci/notes.md" for name in tokens})
        self.assertEqual(merged["summary"]["files"], 2 * len(tokens))
        self.assertNotIn(list(tokens.values())[0], json.dumps(merged))

    def scanned_repo(self):
        repo = os.path.join(self.tmp, "repo")
        files = {f"k8s/app-{i}.yaml": f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a{i}\ndata:\n  k: v{i}\n"
                 for i in range(12)}
        files["config/app.env"] = "GITHUB_TOKEN=" + github_token("Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0") + "\n"
        self.make_repo(repo, files)
        return repo

    def test_gitlab_parallel_jobs_and_their_merge(self):
        yaml_text = [b for b in doc_blocks("yaml") if "parallel:" in b][0]
        shard_cmd = re.search(r"parallel: (\d+)\n\s+script:\n\s+- (.*?)\n", yaml_text, re.S)
        total, shard_line = int(shard_cmd.group(1)), shard_cmd.group(2)
        merge_line = re.search(r"- (tollgate merge .*?)\n", yaml_text).group(1)
        repo = self.scanned_repo()
        for k in range(1, total + 1):
            p = sh(shard_line, repo, {**self.env, "CI_NODE_INDEX": str(k), "CI_NODE_TOTAL": str(total)})
            self.assertEqual(p.returncode, 0, p.stderr)
        p = sh(merge_line, repo, self.env)
        self.assertEqual(p.returncode, 1, p.stderr)  # the planted token: the merge job is the gate
        self.assertIn("Gate failed", p.stdout)
        with open(os.path.join(repo, "tollgate.sarif")) as f:
            results = json.load(f)["runs"][0]["results"]
        whole = subprocess.run([BIN, "scan", ".", "--format", "sarif"], cwd=repo, capture_output=True, text=True)
        self.assertEqual(results, json.loads(whole.stdout)["runs"][0]["results"])
        self.assertTrue(os.path.exists(os.path.join(repo, "tollgate.xml")))

    def test_github_matrix_commands(self):
        workflow = [b for b in doc_blocks("yaml") if "matrix:" in b][0]
        shards = re.search(r"shard: \[([\d, ]+)\]", workflow).group(1).split(", ")
        scan_line = re.search(r"run: (tollgate scan .*?)\n", workflow).group(1)
        merge_block = re.search(r"name: Merge\n\s+run: \|\n(.*?)\n\s+- uses", workflow, re.S).group(1)
        repo = self.scanned_repo()
        for k in shards:
            p = sh(scan_line.replace("${{ matrix.shard }}", k), repo, self.env)
            self.assertEqual(p.returncode, 0, p.stderr)
        summary = os.path.join(self.tmp, "summary.md")
        github_env = os.path.join(self.tmp, "github_env")
        p = sh(merge_block, repo, {**self.env, "GITHUB_STEP_SUMMARY": summary, "GITHUB_ENV": github_env})
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(github_env) as f:
            self.assertEqual(f.read(), "status=1\n")
        with open(summary) as f:
            self.assertIn("secrets.github-classic-pat", f.read())
        self.assertTrue(os.path.exists(os.path.join(repo, "tollgate.sarif")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
