"""Secret masking end to end: a secret on a reported line is masked in every format, whichever rule reports the
line, whether or not the secret rules run, and whether their own finding is suppressed."""
import json
import os
import random
import string
import tempfile
import textwrap
import unittest

from tg import GitRepoCase, TempTreeCase, github_token, run


def fake_github_token(seed):
    # Made here rather than written out, so that no token-shaped literal is committed again: the documented shape
    # of a classic PAT (ghp_, 30 random alphanumerics and their checksum) from a fixed seed.
    rnd = random.Random(seed)
    return github_token("".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(30)))


TOKEN = fake_github_token("tollgate e2e masking")
MASK = "ghp_****"
FORMATS = ("text", "json", "sarif", "junit")

# The three ways issue 8 found a token leaking through a rule that is not a secrets rule.
GITLAB_CI = f"""
    stages: [deploy]
    deploy:
      stage: deploy
      script:
        - curl -H "Authorization: token {TOKEN}" https://api.github.com || true
    """
DOCKERFILE = f"""
    FROM alpine:latest # {TOKEN}
    RUN echo hi
    """
# The parser stops on the token's line; the JSON parser also quotes 20 bytes from there in its message.
BROKEN_YAML = f"""
    a: 1
    b: x: {TOKEN}
    """
BROKEN_JSON = f"""
    {{"a": 1, "b": {TOKEN}}}
    """
REPRODUCTIONS = {
    ".gitlab-ci.yml": ("readiness.silent-failure", GITLAB_CI),
    "Dockerfile": ("supply-chain.unpinned-image", DOCKERFILE),
    "broken/app.yaml": ("config.parse-error", BROKEN_YAML),
    "broken/settings.json": ("config.parse-error", BROKEN_JSON),
}


class MaskingCase(TempTreeCase):
    def setUp(self):
        super().setUp()
        self._out = tempfile.TemporaryDirectory(prefix="tollgate-e2e-reports-")
        self.addCleanup(self._out.cleanup)

    def reports(self, *args, command="scan", cwd=None):
        """Runs tollgate with every format written to its own file (-o FORMAT=FILE); suppressed findings are
        listed too where the command can. Returns the process and {format: report}."""
        argv = ["--no-color", "--no-progress", "--include-suppressed"] if command == "scan" else ["--no-color", "--no-progress"]
        for fmt in FORMATS:
            argv += ["-o", f"{fmt}={os.path.join(self._out.name, 'report.' + fmt)}"]
        p = run(command, *argv, *args, cwd=cwd or self.root)
        self.assertIn(p.returncode, (0, 1), p.stdout + p.stderr)
        out = {}
        for fmt in FORMATS:
            with open(os.path.join(self._out.name, "report." + fmt), encoding="utf-8") as f:
                out[fmt] = f.read()
        return p, out

    def assert_masked(self, p, reports, rule_ids):
        for fmt, text in reports.items():
            self.assertNotIn(TOKEN, text, f"{fmt} report leaks the token")
            self.assertNotIn(TOKEN[4:20], text, f"{fmt} report leaks part of the token")
        self.assertNotIn(TOKEN, p.stdout + p.stderr)
        findings = json.loads(reports["json"])["findings"]
        got = {f["rule_id"] for f in findings}
        for rule_id in rule_ids:
            self.assertIn(rule_id, got)
            for f in findings:
                if f["rule_id"] == rule_id:
                    self.assertIn(MASK, f["snippet"], f"{rule_id} snippet is not masked: {f['snippet']!r}")
        return findings


class OtherRulesTest(MaskingCase):
    def test_each_reproduction_is_masked_in_every_format(self):
        for path, (rule_id, text) in REPRODUCTIONS.items():
            with self.subTest(path=path):
                self.tree({path: text})
                p, reports = self.reports(path)
                self.assert_masked(p, reports, [rule_id])

    def test_masked_when_the_secret_rules_are_not_selected(self):
        self.tree({path: text for path, (_, text) in REPRODUCTIONS.items()})
        for select in ("supply-chain", "readiness", "config"):
            with self.subTest(select=select):
                p, reports = self.reports("--select", select, ".")
                findings = json.loads(reports["json"])["findings"]
                self.assertFalse(any(f["rule_id"].startswith("secrets.") for f in findings))
                rule_ids = [r for r, _ in REPRODUCTIONS.values() if r.startswith(select + ".")]
                self.assert_masked(p, reports, rule_ids)

    def test_masked_when_the_secret_finding_is_suppressed(self):
        self.tree({"Dockerfile": f"""
            # tollgate:ignore[secrets] a revoked token kept as a test vector
            FROM alpine:latest # {TOKEN}
            """})
        p, reports = self.reports(".")
        findings = self.assert_masked(p, reports, ["supply-chain.unpinned-image"])
        secret = [f for f in findings if f["rule_id"].startswith("secrets.")]
        self.assertTrue(secret and all(f["suppressed"] for f in secret), findings)

    def test_masked_when_the_secret_finding_is_baselined(self):
        self.tree({"Dockerfile": DOCKERFILE})
        baseline = os.path.join(self._out.name, "baseline.json")
        b = run("baseline", "create", ".", "--select", "secrets", "--output", baseline, "--no-progress", cwd=self.root)
        self.assertEqual(b.returncode, 0, b.stdout + b.stderr)
        p, reports = self.reports("--baseline", baseline, ".")
        self.assert_masked(p, reports, ["supply-chain.unpinned-image"])

    def test_show_secrets_shows_the_token_and_keeps_every_fingerprint(self):
        self.tree({path: text for path, (_, text) in REPRODUCTIONS.items()})
        _, masked = self.reports(".")
        p, shown = self.reports("--show-secrets", ".")
        for fmt, text in shown.items():
            self.assertIn(TOKEN, text, f"{fmt} report hides the token under --show-secrets")
        prints = lambda r: sorted((f["rule_id"], f["path"], f["fingerprint"]) for f in json.loads(r)["findings"])
        self.assertEqual(prints(masked["json"]), prints(shown["json"]))
        for f in json.loads(shown["json"])["findings"]:
            if f["rule_id"] in ("readiness.silent-failure", "supply-chain.unpinned-image"):
                self.assertIn(TOKEN, f["snippet"])

    def test_fingerprints_do_not_depend_on_rule_selection(self):
        self.tree({path: text for path, (_, text) in REPRODUCTIONS.items()})
        _, everything = self.reports(".")
        _, chosen = self.reports("--select", "supply-chain", "--select", "readiness", "--select", "config", ".")
        chosen_families = ("supply-chain.", "readiness.", "config.")
        prints = lambda r: {(f["rule_id"], f["path"], f["fingerprint"]) for f in json.loads(r)["findings"]
                            if f["rule_id"].startswith(chosen_families)}
        self.assertEqual(prints(everything["json"]), prints(chosen["json"]))


class RepositoryRuleTest(MaskingCase):
    # A custom repository rule quoting one file's value in a finding on another file, with a related location: the
    # values are secrets only the generic check knows (a secret-named key), and that rule is not selected.
    RULE = """
        return {
          id = "drift.password-parity",
          title = "Environments differ in a password",
          severity = "medium",
          tags = { "drift" },
          applies_to = { "dotenv" },
          scope = "repository",
          help = [[Test rule.]],
          check = function(repo, ctx)
            local by_path = {}
            for _, d in ipairs(repo:documents("dotenv")) do by_path[d.path] = d end
            local prod, staging = by_path["prod.env"], by_path["staging.env"]
            if not (prod and staging) then return end
            local theirs = tg.text(tg.get(staging.root, "DB_PASSWORD"))
            ctx:report{ at = prod.root, key = "DB_PASSWORD", message = "DB_PASSWORD differs from staging's " .. theirs,
                        related = { { at = staging.root, key = "DB_PASSWORD", message = "staging has " .. theirs } } }
          end,
        }
        """

    def test_repository_findings_and_related_messages_are_masked(self):
        prod, staging = "Prod7hQ2xLm9Vw4Z", "Stag3kP8rTn5Yq1W"
        self.tree({"prod.env": f"DB_PASSWORD={prod}\n", "staging.env": f"DB_PASSWORD={staging}\n"})
        pack = os.path.join(self._out.name, "pack")
        os.makedirs(os.path.join(pack, "drift"))
        with open(os.path.join(pack, "drift", "password-parity.lua"), "w") as f:
            f.write(textwrap.dedent(self.RULE))
        for select in ("drift", "drift.password-parity"):
            with self.subTest(select=select):
                p, reports = self.reports("--rules", pack, "--select", select, ".")
                [f] = json.loads(reports["json"])["findings"]
                self.assertEqual(f["snippet"], "DB_PASSWORD=Prod****")
                self.assertEqual(f["message"], "DB_PASSWORD differs from staging's Stag****")
                self.assertEqual(f["related"][0]["message"], "staging has Stag****")
                for fmt, text in reports.items():
                    self.assertNotIn(prod, text, fmt)
                    self.assertNotIn(staging, text, fmt)


class ManyFindingsTest(MaskingCase):
    def test_masked_the_same_on_one_thread_and_on_two(self):
        # Over 4,000 model-item findings, checked on one thread and on two: every image line carries the token,
        # each finding showing one is masked, and each report is the same either way.
        containers = "".join(f"        - name: c{i}\n          image: nginx:latest # {TOKEN}\n" for i in range(60))
        deployment = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web{n}\nspec:\n  template:\n"
                      "    spec:\n      containers:\n")
        self.tree({f"k8s/web{n}.yaml": deployment.format(n=n) + containers for n in range(20)})
        runs = {}
        for jobs in ("1", "2"):
            p, reports = self.reports("--jobs", jobs, ".")
            findings = self.assert_masked(p, reports, ["supply-chain.unpinned-image"])
            self.assertGreater(len(findings), 4000)
            runs[jobs] = reports
        self.assertEqual(runs["1"], runs["2"])


class CaretTest(MaskingCase):
    def block(self, text, rule_id):
        """The snippet and caret lines of the text report's block for rule_id."""
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if f"[{rule_id}]" in line:
                return lines[i + 1], lines[i + 2]
        self.fail(f"no {rule_id} block in:\n{text}")

    @staticmethod
    def underline(snippet, start, width):
        """The caret line under snippet[start:start + width]: the gutter ("  1 | ") as blanks ending in '|'."""
        gutter = snippet.index("| ") + 2
        return " " * (gutter - 2) + "| " + " " * (start - gutter) + "^" + "~" * (width - 1)

    def test_caret_covers_exactly_the_masked_secret(self):
        self.tree({"deploy.env": f"GITHUB_TOKEN={TOKEN} # ünïcödé after\n"})
        p, reports = self.reports("--select", "secrets", ".")
        snippet, caret = self.block(reports["text"], "secrets.github-classic-pat")
        self.assertEqual(snippet, f"  1 | GITHUB_TOKEN={MASK} # ünïcödé after")
        self.assertEqual(caret, self.underline(snippet, snippet.index(MASK), len(MASK)))

    def test_caret_under_a_masked_value_in_a_unicode_line(self):
        self.tree({"Dockerfile": f"FROM alpine:latest # é {TOKEN} ü\n"})
        p, reports = self.reports(".")
        snippet, caret = self.block(reports["text"], "secrets.github-classic-pat")
        self.assertEqual(snippet, f"  1 | FROM alpine:latest # é {MASK} ü")
        self.assertEqual(caret, self.underline(snippet, snippet.index(MASK), len(MASK)))
        # The unpinned image's span is the image reference: so is its underline, no wider.
        snippet, caret = self.block(reports["text"], "supply-chain.unpinned-image")
        self.assertEqual(caret, self.underline(snippet, snippet.index("alpine:latest"), len("alpine:latest")))


class GitModesTest(MaskingCase, GitRepoCase):
    def test_staged_mode_masks_other_rules_findings(self):
        self.tree({path: text for path, (_, text) in REPRODUCTIONS.items()})
        self.git("add", "-A")
        for select in ((), ("--select", "supply-chain", "--select", "readiness", "--select", "config")):
            with self.subTest(select=select):
                p, reports = self.reports("--staged", *select)
                self.assert_masked(p, reports, [r for r, _ in REPRODUCTIONS.values()])

    def test_history_mode_masks_other_rules_findings(self):
        self.tree({path: text for path, (_, text) in REPRODUCTIONS.items()})
        self.git("add", "-A")
        self.git("commit", "-qm", "add a token")
        self.git("rm", "-rq", ".")
        self.git("commit", "-qm", "remove it")
        others = ["--select", "supply-chain", "--select", "readiness", "--select", "config"]
        # `tollgate git` runs the secret rules unless --select says otherwise.
        for select, rule_ids in (((), ["secrets.github-classic-pat"]),
                                 (others, [r for r, _ in REPRODUCTIONS.values()]),
                                 (["--select", "secrets", *others], [r for r, _ in REPRODUCTIONS.values()])):
            with self.subTest(select=select):
                p, reports = self.reports(*select, command="git")
                self.assert_masked(p, reports, rule_ids)


if __name__ == "__main__":
    unittest.main(verbosity=2)
