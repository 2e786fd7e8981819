"""What one hostile file can cost (issue 9): the findings limit per file, and the memory of a large Dockerfile.

The files are generated here, never committed: thousands of fake tokens in the GitHub classic PAT shape.
Peak memory is the child's own (getrusage of a fresh Python that runs only that scan): the test process's
RUSAGE_CHILDREN would keep the largest of every scan it ever ran.
"""
import hashlib
import json
import math
import os
import subprocess
import sys
import unittest
from collections import Counter

from tg import BIN, GitRepoCase, TempTreeCase, github_token, run

LIMIT = 10_000  # ScanOptions::max_findings_per_file's default
MESSAGE = "10,000 findings, the limit per file; the rest of this file is not reported"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def entropy(s):
    return -sum(c / len(s) * math.log2(c / len(s)) for c in Counter(s).values())


def fake_tokens(n, salt=""):
    """n distinct synthetic tokens (ghp_, 30 alphanumerics and their checksum) derived from their index, each with the entropy
    the rule asks for (3.5 bits a character; these have about 4.5), so that every one is reported."""
    out = []
    i = 0
    while len(out) < n:
        digest = hashlib.sha256(f"{salt}{i}".encode()).digest() + hashlib.sha256(f"{i}{salt}".encode()).digest()
        token = github_token("".join(ALNUM[b % len(ALNUM)] for b in digest[:30]))
        i += 1
        if entropy(token) >= 4.0:
            out.append(token)
    return out


def sanitized_build():
    """A build with AddressSanitizer multiplies memory: the bounds below are for a plain build."""
    cache = os.path.join(os.path.dirname(BIN), "CMakeCache.txt")
    if os.path.exists(cache):
        with open(cache) as f:
            return "TOLLGATE_SANITIZE:BOOL=ON" in f.read()
    return False


def peak_rss_mib(args, cwd):
    """Runs tollgate in a fresh Python and returns (exit code, the scan's peak RSS in MiB)."""
    code = ("import resource, subprocess, sys\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    p = subprocess.run([sys.executable, "-c", code, BIN, *args], cwd=cwd, capture_output=True, text=True,
                       timeout=120)
    rc, kib = p.stdout.split()
    return int(rc), int(kib) / 1024


class FindingsLimitTest(TempTreeCase):
    def scan(self, *args):
        p = run("scan", "--no-config", "--no-progress", "--jobs", "1", "--format", "json", *args, ".",
                cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return p, json.loads(p.stdout)

    def limit_warnings(self, report):
        return [n for n in report["errors"] if "the limit per file" in n["message"]]

    def test_a_file_past_the_limit_reports_the_limit_and_one_warning(self):
        tokens = fake_tokens(LIMIT + 500)
        self.tree({"leak.txt": "".join(f"token = {t}\n" for t in tokens),
                   "other.txt": "".join(f"token = {t}\n" for t in fake_tokens(3, salt="other"))})
        p, report = self.scan()
        per_file = Counter(f["path"] for f in report["findings"])
        self.assertEqual(per_file["leak.txt"], LIMIT)
        self.assertEqual(per_file["other.txt"], 3, "the limit is per file: another file is reported whole")
        self.assertEqual(self.limit_warnings(report),
                         [{"level": "warning", "message": MESSAGE, "path": "leak.txt"}])
        self.assertIn(f"warning: leak.txt: {MESSAGE}", p.stderr)
        # Secrets are reported in the order they were found, which is the file's: the first LIMIT lines.
        lines = sorted(f["start_line"] for f in report["findings"] if f["path"] == "leak.txt")
        self.assertEqual(lines, list(range(1, LIMIT + 1)))

    def test_a_file_at_the_limit_is_reported_whole_without_a_warning(self):
        self.tree({"leak.txt": "".join(f"token = {t}\n" for t in fake_tokens(LIMIT))})
        _, report = self.scan()
        self.assertEqual(len(report["findings"]), LIMIT)
        self.assertEqual(self.limit_warnings(report), [])

    def test_the_limit_counts_findings_after_duplicates_go(self):
        # Each line is both a GitHub token and a secret-named key: the generic rule's finding gives way to the
        # provider's, so the report holds LIMIT token findings, not a mix cut short by the duplicates.
        self.tree({".env": "".join(f"GITHUB_TOKEN_{i}={t}\n" for i, t in enumerate(fake_tokens(LIMIT + 2000)))})
        _, report = self.scan()
        self.assertEqual(Counter(f["rule_id"] for f in report["findings"]),
                         Counter({"secrets.github-classic-pat": LIMIT}))
        self.assertEqual(len(self.limit_warnings(report)), 1)

    def test_sixty_thousand_secrets_cost_what_ten_thousand_do(self):
        # Before the limit each finding was built and kept: 60,000 took about 150 MiB, 300,000 took 650 MiB.
        # Collecting stops at the limit now: about 45 MiB (a tiny scan takes about 20).
        if sanitized_build():
            self.skipTest("memory bounds are for a build without sanitizers")
        self.tree({"leak.txt": "".join(f"token = {t}\n" for t in fake_tokens(60_000))})
        rc, mib = peak_rss_mib(["scan", "--no-config", "--no-progress", "--jobs", "1", "--format", "json", "."],
                               self.root)
        self.assertEqual(rc, 1)
        self.assertLess(mib, 100, f"peak RSS {mib:.0f} MiB")


class FindingsLimitSettingTest(GitRepoCase):
    """--max-findings-per-file and max-findings-per-file: set the limit; 0 lifts it; bad values are usage or
    located configuration errors."""

    def setUp(self):
        super().setUp()
        self.tree({"leak.txt": "".join(f"token = {t}\n" for t in fake_tokens(8))})

    def findings_and_warnings(self, *argv):
        p = run(*argv, "--no-progress", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        report = json.loads(p.stdout)
        return len(report["findings"]), [n["message"] for n in report["errors"]]

    def test_the_flag_sets_the_limit_in_scan_and_in_git_history(self):
        warning = "5 findings, the limit per file; the rest of this file is not reported"
        self.assertEqual(self.findings_and_warnings("scan", "--no-config", "--max-findings-per-file", "5", "."),
                         (5, [warning]))
        self.commit_all("leak")
        self.assertEqual(self.findings_and_warnings("git", "--no-config", "--max-findings-per-file", "5", "."),
                         (5, [warning]))

    def test_the_configuration_sets_it_and_the_flag_wins(self):
        with open(os.path.join(self.root, ".tollgate.yaml"), "w") as f:
            f.write("max-findings-per-file: 3\n")
        self.assertEqual(self.findings_and_warnings("scan", ".")[0], 3)
        self.assertEqual(self.findings_and_warnings("scan", "--max-findings-per-file", "0", "."), (8, []))

    def test_bad_values_are_refused(self):
        for value in ("-1", "many", "4294967296"):
            with self.subTest(value=value):
                p = run("scan", "--no-config", "--max-findings-per-file", value, ".", cwd=self.root)
                self.assertEqual(p.returncode, 2)
                self.assertIn("--max-findings-per-file takes a number of findings, or 0 for no limit", p.stderr)
        with open(os.path.join(self.root, ".tollgate.yaml"), "w") as f:
            f.write("fail-on: low\nmax-findings-per-file: 2MiB\n")
        p = run("scan", ".", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn(".tollgate.yaml:2:24: error: max-findings-per-file: expected a number of findings, or 0 for no "
                      "limit (got a string '2MiB')", p.stdout + p.stderr)


class InputLimitsTest(TempTreeCase):
    """The other bounds on what one input can cost, each reached through the command line (docs/sandbox.md,
    "Limits")."""

    def test_a_line_of_megabytes_is_shown_as_a_window(self):
        # A minified file: one 10 MB line with a token in its middle. Each finding once copied the whole line
        # into its snippet (10 MB in every report format).
        token = fake_tokens(1)[0]
        self.tree({"bundle.min.js": "x" * 5_000_000 + " token = " + token + " " + "y" * 5_000_000 + "\n"})
        p = run("scan", "--no-config", "--no-progress", "--format", "json", ".", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertLess(len(p.stdout), 10_000)
        (f,) = json.loads(p.stdout)["findings"]
        self.assertEqual(f["start_column"], 5_000_010)
        self.assertLess(len(f["snippet"].encode()), 1100)
        self.assertTrue(f["snippet"].startswith("\u2026xxx") and f["snippet"].endswith("yyy\u2026"), f["snippet"][:20])
        self.assertIn(" token = ghp_**** ", f["snippet"])
        text = run("scan", "--no-config", "--no-progress", "--no-color", ".", cwd=self.root).stdout.splitlines()
        line, caret = text[1], text[2]
        self.assertEqual(caret.index("^"), line.index("ghp_****"), "the caret is under the masked token")

    def test_a_billion_laughs_document_costs_linear_time_and_memory(self):
        # Nine levels of nine aliases: 387 million strings when expanded. Aliases share their node.
        lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
        self.tree({"laughs.yaml": "\n".join(lines) + "\n",
                   "k8s/laughs.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n" +
                                      "".join("  " + l + "\n" for l in lines)})
        args = ["scan", "--no-config", "--no-progress", "--format", "json", "."]
        p = run(*args, cwd=self.root, timeout=60)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        if not sanitized_build():
            _, mib = peak_rss_mib(args, self.root)
            self.assertLess(mib, 100, f"peak RSS {mib:.0f} MiB")

    def test_settings_files_and_baselines_past_their_size_are_refused(self):
        self.tree({"a.yaml": "a: 1\n", "big.yaml": "# " + "x" * (1 << 20) + "\n",
                   "pack/gates/big.lua": "-- " + "x" * (1 << 20) + "\n"})
        for argv, says in [
            (["scan", "--config", "big.yaml", "a.yaml"], "larger than 1048576 bytes, the limit for this file"),
            (["scan", "--no-config", "--rules", "pack", "a.yaml"], "larger than 1048576 bytes, the limit for this file"),
        ]:
            with self.subTest(argv=argv):
                p = run(*argv, cwd=self.root, timeout=30)
                self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
                self.assertIn(says, p.stdout + p.stderr)
        # The baseline's limit is 256 MiB: a sparse file says so without writing it.
        with open(os.path.join(self.root, "baseline.json"), "wb") as f:
            f.truncate((256 << 20) + 1)
        p = run("scan", "--no-config", "--baseline", "baseline.json", "a.yaml", cwd=self.root, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("larger than 268435456 bytes, the limit for this file", p.stdout + p.stderr)

    def test_a_file_of_millions_of_tiny_values_is_read_as_text(self):
        # 2.1 million one-byte values: a tree of about 350 MB before the node limit (16 MiB of them took 2 GB,
        # the same shape in a Dockerfile 4 GB). Past the limit the file is a parse error and its lines are
        # still checked: the token after the array is found.
        token = fake_tokens(1)[0]
        values = "[" + "1," * 2_100_000 + "1]\n"
        self.tree({"values.json": values + f'"token": "{token}"\n', "small.json": '{"a": 1}\n',
                   "Dockerfile": "FROM alpine@sha256:" + "0" * 64 + "\n" + "USER\n" * 2_100_000})
        args = ["scan", "--no-config", "--no-progress", "--format", "json", "."]
        p = run(*args, cwd=self.root, timeout=120)
        self.assertEqual(p.returncode, 1, p.stderr)
        findings = json.loads(p.stdout)["findings"]
        said = "values in one file, the limit; read as text"
        self.assertEqual(sorted((f["path"], f["rule_id"]) for f in findings if said in f["message"]),
                         [("Dockerfile", "config.parse-error"), ("values.json", "config.parse-error")])
        self.assertIn(("values.json", 2), [(f["path"], f["start_line"]) for f in findings
                                           if f["rule_id"].startswith("secrets.")])
        if not sanitized_build():
            _, mib = peak_rss_mib(args, self.root)
            self.assertLess(mib, 600, f"peak RSS {mib:.0f} MiB")

    def test_a_file_past_max_file_size_is_skipped_with_a_warning(self):
        self.tree({"big.yaml": "a: " + "x" * 3000 + "\n", "small.yaml": "b: 1\n"})
        p = run("scan", "--no-config", "--no-progress", "--format", "json", "--max-file-size", "2KB", ".",
                cwd=self.root)
        report = json.loads(p.stdout)
        self.assertEqual(report["errors"], [{"level": "warning", "path": "big.yaml",
                                             "message": "file larger than 2000 bytes, not scanned"}])
        self.assertEqual(report["summary"]["files"], 1)


class DockerfileMemoryTest(TempTreeCase):
    def test_a_large_dockerfile_costs_under_2400_bytes_an_instruction(self):
        # 2.2 KB an instruction before issue 9 (158 times the file), 1.6 KB since: what the scan's peak RSS grows
        # by from a one-line Dockerfile to 150,000 `ENV Kn=v` lines, per line. Since workload rules run, the scan
        # also builds the Dockerfile's workload item, which holds every ENV (about 540 bytes each): 2.15 KB. Since
        # the programs link jemalloc with transparent huge pages, RSS counts memory in 2 MiB pages: 2.32 KB.
        if sanitized_build():
            self.skipTest("memory bounds are for a build without sanitizers")
        args = ["scan", "--no-config", "--no-progress", "--jobs", "1", "--format", "json", "."]
        self.tree({"Dockerfile": "FROM alpine\nENV K=v\n"})
        _, small = peak_rss_mib(args, self.root)
        n = 150_000
        self.tree({"Dockerfile": "FROM alpine\n" + "".join(f"ENV K{i}=v\n" for i in range(n))})
        rc, large = peak_rss_mib(args, self.root)
        self.assertEqual(rc, 1)  # the unpinned image
        per_line = (large - small) * 1024 * 1024 / n
        self.assertLess(per_line, 2400, f"{per_line:.0f} bytes per instruction ({small:.0f} -> {large:.0f} MiB)")


if __name__ == "__main__":
    unittest.main()
