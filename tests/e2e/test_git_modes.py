"""Git modes end to end on real repositories: --staged, --diff, `tollgate git`, and the pre-commit hook."""
import json
import os
import shutil
import subprocess
import unittest

from tg import BIN, GitRepoCase, SRC, github_token, run

# Synthetic token in the documented GitHub classic PAT shape (ghp_, 30 alphanumerics, their checksum); not real.
TOKEN = github_token("Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0")


class StagedAndDiffTest(GitRepoCase):
    def test_staged_scans_the_index_not_the_work_tree(self):
        self.tree({"README.md": "# app\n"})
        self.commit_all("init")
        self.tree({"deploy.env": f"GITHUB_TOKEN={TOKEN}\n"})
        self.git("add", "deploy.env")
        # The work tree no longer has the token, the index still does: the commit would add it.
        self.tree({"deploy.env": "GITHUB_TOKEN=${GITHUB_TOKEN}\n"})
        p = run("scan", "--staged", "--select", "secrets", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        findings = json.loads(p.stdout)["findings"]
        self.assertEqual([f["path"] for f in findings], ["deploy.env"])
        self.assertNotIn(TOKEN, p.stdout)
        # Nothing staged that matters: clean.
        self.git("reset", "-q", "deploy.env")
        p = run("scan", "--staged", "--select", "secrets", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout)

    def test_diff_scans_only_changed_files(self):
        self.tree({"old.env": f"GITHUB_TOKEN={TOKEN}\n", "app.yaml": "a: 1\n"})
        base = self.commit_all("init")
        self.tree({"new.env": f"TOKEN={TOKEN}\n"})
        p = run("scan", "--diff", base, "--select", "secrets", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual([f["path"] for f in json.loads(p.stdout)["findings"]], ["new.env"])
        p = run("scan", "--diff", "no-such-revision", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("git", p.stdout + p.stderr)

    def test_git_modes_outside_a_repository_are_errors(self):
        shutil.rmtree(os.path.join(self.root, ".git"))
        self.assertEqual(run("scan", "--staged", cwd=self.root).returncode, 2)
        self.assertEqual(run("git", cwd=self.root).returncode, 2)


class HistoryTest(GitRepoCase):
    def test_history_reports_first_appearance_once(self):
        self.tree({"app/config.env": f"GITHUB_TOKEN={TOKEN}\n"})
        first = self.commit_all("add config")
        self.tree({"app/copy.env": f"GITHUB_TOKEN={TOKEN}\n", "app/other.txt": "hello\n"})
        self.commit_all("copy")  # the same blob again: not scanned twice
        self.git("rm", "-q", "app/config.env", "app/copy.env")
        self.commit_all("remove")  # gone from the tree, still in history
        p = run("git", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        findings = json.loads(p.stdout)["findings"]
        self.assertEqual(len(findings), 1)
        f = findings[0]
        self.assertEqual(f["path"], "app/config.env")
        self.assertEqual(f["commit"], first)
        self.assertEqual(f["author"], "Ada Tester <ada@example.com>")
        self.assertNotIn(TOKEN, p.stdout)
        self.assertEqual(f["rule_id"], "secrets.github-classic-pat")
        # --since looks only at later commits: the copy made there is what they added.
        p = run("git", "--since", first, "--format", "json", cwd=self.root)
        self.assertEqual([f["path"] for f in json.loads(p.stdout)["findings"]], ["app/copy.env"])


@unittest.skipUnless(shutil.which("pre-commit"), "pre-commit is not installed")
class PreCommitHookTest(GitRepoCase):
    def test_hook_blocks_a_commit_that_adds_a_secret(self):
        src_head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=SRC, capture_output=True, text=True)
        if src_head.returncode != 0:
            self.skipTest("the tollgate source tree is not a git checkout")
        hooks_committed = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", ".pre-commit-hooks.yaml"], cwd=SRC)
        if hooks_committed.returncode != 0:
            self.skipTest(".pre-commit-hooks.yaml has uncommitted changes; pre-commit reads the committed one")
        self.tree({".pre-commit-config.yaml": f"""
            repos:
              - repo: {SRC}
                rev: {src_head.stdout.strip()}
                hooks:
                  - id: tollgate
            """, "README.md": "# app\n"})
        env = dict(os.environ)
        env["PATH"] = os.path.dirname(os.path.abspath(BIN)) + os.pathsep + env["PATH"]
        env["PRE_COMMIT_HOME"] = os.path.join(self.root, ".cache-pre-commit")
        env.pop("NO_COLOR", None)
        with open(os.path.join(self.root, ".git/info/exclude"), "a") as f:
            f.write(".cache-pre-commit/\n")
        inst = subprocess.run(["pre-commit", "install"], cwd=self.root, env=env, capture_output=True, text=True)
        self.assertEqual(inst.returncode, 0, inst.stdout + inst.stderr)
        self.git("add", "-A")
        ok = subprocess.run(["git", "commit", "-qm", "clean"], cwd=self.root, env=env, capture_output=True, text=True)
        self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
        self.tree({"deploy.env": f"GITHUB_TOKEN={TOKEN}\n"})
        self.git("add", "deploy.env")
        bad = subprocess.run(["git", "commit", "-qm", "leak"], cwd=self.root, env=env, capture_output=True, text=True)
        self.assertNotEqual(bad.returncode, 0, bad.stdout + bad.stderr)
        self.assertIn("deploy.env", bad.stdout + bad.stderr)
        self.assertNotIn(TOKEN, bad.stdout + bad.stderr)
        log = self.git("log", "--format=%s").stdout.split()
        self.assertEqual(log, ["clean"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
