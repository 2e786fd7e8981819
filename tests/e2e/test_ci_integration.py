"""The CI integrations and their documentation.

(a) scripts/ci/github-action.sh, the steps of the GitHub Action (action.yml), run outside GitHub on a small git
    repository with planted findings: the runner's files (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_PATH,
    RUNNER_TEMP) are temporary files, and tollgate is the binary under test on PATH (the `build: false` input),
    or a fake action checkout with a cached or `make`-built binary.
(b) scripts/ci/gitlab.sh, the GitLab CI job's script, the same way.
(c) action.yml, ci/gitlab/tollgate.gitlab-ci.yml, the Dockerfile, the scripts and the pipelines that
    docs/ci-integration.md shows pass tollgate's own rules (--no-config), and each of those checks is shown to fail
    on a variant that breaks a rule; the Dockerfile's runtime stage has every library the binary needs.
(d) every `tollgate ...` command in docs/getting-started.md, docs/ci-integration.md, docs/pre-commit.md and
    docs/docker.md names a command tollgate has, with flags and format names its help lists.
"""
import fnmatch
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET

from tg import BIN, SRC, GitRepoCase, run, write_tree

GITHUB_SCRIPT = os.path.join(SRC, "scripts", "ci", "github-action.sh")
GITLAB_SCRIPT = os.path.join(SRC, "scripts", "ci", "gitlab.sh")
ACTION = os.path.join(SRC, "action.yml")
TEMPLATE = os.path.join(SRC, "ci", "gitlab", "tollgate.gitlab-ci.yml")
DOCKERFILE = os.path.join(SRC, "Dockerfile")
DOCS = [os.path.join(SRC, "docs", name) for name in
        ("getting-started.md", "ci-integration.md", "pre-commit.md", "docker.md")]

# A repository with a medium and a low finding, nothing higher: fail-on low and medium fail, high and critical pass.
PLANTED = {"Dockerfile": "FROM alpine\nRUN echo built\n"}
PLANTED_RULES = {"supply-chain.unpinned-image", "security.image-runs-as-root"}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def system_path():
    """PATH without any folder that holds a `tollgate`, so that the tests decide which one is found."""
    dirs = [d for d in os.environ.get("PATH", "/usr/bin:/bin").split(os.pathsep)
            if d and not os.path.exists(os.path.join(d, "tollgate"))]
    return os.pathsep.join(dirs)


def help_lists_markdown():
    return re.search(r"^\s*--format\s.*\bmarkdown\b", run("scan", "--help").stdout, re.M) is not None


def outputs(path):
    """The name=value lines of a $GITHUB_OUTPUT file."""
    out = {}
    if os.path.exists(path):
        for line in read(path).splitlines():
            name, _, value = line.partition("=")
            out[name] = value
    return out


class CiCase(GitRepoCase):
    """A git repository with planted findings, committed, and a folder of runner files beside it."""

    def setUp(self):
        super().setUp()
        self.tree(PLANTED)
        self.commit_all("planted")
        self._runner = tempfile.TemporaryDirectory(prefix="tollgate-runner-")
        self.runner = self._runner.name
        self.bin = os.path.join(self.runner, "bin")
        os.makedirs(self.bin)
        os.symlink(BIN, os.path.join(self.bin, "tollgate"))

    def tearDown(self):
        self._runner.cleanup()
        super().tearDown()

    def script(self, script, *args, env=None, path=None):
        e = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "TOLLGATE_", "CI_", "RUNNER_"))}
        e.pop("NO_COLOR", None)
        e["PATH"] = (path if path is not None else self.bin) + os.pathsep + system_path()
        e.update(env or {})
        return subprocess.run(["bash", script, *args], cwd=self.root, env=e, capture_output=True, text=True,
                              timeout=300)

    def write(self, rel, text):
        write_tree(self.root, {rel: text})

    def pull_request(self):
        """The repository as a pull request's checkout: main (fail-on low) on a remote that is not fetched yet, and
        a branch that raises fail-on to critical, checked out."""
        self.write(".tollgate.yaml", "fail-on: low\n")
        self.commit_all("policy")
        remote = os.path.join(self.runner, "origin.git")
        subprocess.run(["git", "clone", "-q", "--bare", self.root, remote], check=True)
        self.git("remote", "add", "origin", remote)
        self.git("checkout", "-q", "-b", "loosen")
        self.write(".tollgate.yaml", "fail-on: critical\n")
        self.commit_all("loosen the gate")


class GitHubActionScriptTest(CiCase):
    def github(self, *args, env=None, path=None):
        self.summary = os.path.join(self.runner, "step-summary.md")
        self.output = os.path.join(self.runner, "github-output")
        self.github_path = os.path.join(self.runner, "github-path")
        for f in (self.summary, self.output, self.github_path):
            open(f, "w").close()
        e = {"GITHUB_STEP_SUMMARY": self.summary, "GITHUB_OUTPUT": self.output, "GITHUB_PATH": self.github_path,
             "RUNNER_TEMP": os.path.join(self.runner, "temp"), "TOLLGATE_BUILD": "false"}
        e.update(env or {})
        return self.script(GITHUB_SCRIPT, *args, env=e, path=path)

    def test_findings_at_or_above_fail_on_exit_1_with_sarif_summary_and_outputs(self):
        p = self.github()
        self.assertEqual(p.returncode, 1, p.stderr)
        out = outputs(self.output)
        self.assertEqual(out.get("exit-code"), "1")
        sarif = out.get("sarif")
        self.assertTrue(sarif and sarif.startswith(os.path.join(self.runner, "temp")), out)
        with open(sarif, encoding="utf-8") as f:
            report = json.load(f)
        results = report["runs"][0]["results"]
        self.assertEqual({r["ruleId"] for r in results}, PLANTED_RULES)
        self.assertEqual({r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results},
                         {"Dockerfile"})
        summary = read(self.summary)
        for rule in PLANTED_RULES:
            self.assertIn(rule, summary)
        self.assertEqual(out.get("report-format"), "markdown" if help_lists_markdown() else "text")
        self.assertIn(read(out["report"]).strip(), summary, "the summary holds the whole report")
        # The log has the text report.
        self.assertIn("Dockerfile:1:6: medium[supply-chain.unpinned-image]", p.stdout)

    def test_fail_on_above_every_finding_exits_0_and_still_reports(self):
        p = self.github(env={"TOLLGATE_FAIL_ON": "critical"})
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(outputs(self.output).get("exit-code"), "0")
        self.assertIn("supply-chain.unpinned-image", read(self.summary))
        p = self.github(env={"TOLLGATE_FAIL_ON": "medium"})
        self.assertEqual(p.returncode, 1, p.stderr)

    def test_a_bad_configuration_exits_2_and_the_summary_says_why(self):
        self.write("bad.yaml", "fail-on: high\nfial-on: low\n")
        p = self.github(env={"TOLLGATE_CONFIG": "bad.yaml"})
        self.assertEqual(p.returncode, 2, p.stderr)
        out = outputs(self.output)
        self.assertEqual(out.get("exit-code"), "2")
        self.assertNotIn("sarif", out, "no SARIF is written when the configuration stops the run")
        summary = read(self.summary)
        self.assertIn("stopped with an error (exit 2)", summary)
        self.assertIn("unknown key 'fial-on'", summary)

    def test_a_tollgate_without_markdown_gives_its_text_report_in_a_code_block(self):
        wrapper = os.path.join(self.runner, "text-only")
        os.makedirs(wrapper)
        with open(os.path.join(wrapper, "tollgate"), "w") as f:
            f.write('#!/bin/sh\nif [ "$1" = scan ] && [ "$2" = --help ]; then\n'
                    f'  "{BIN}" scan --help | sed "s/markdown/-/g"; exit 0\nfi\nexec "{BIN}" "$@"\n')
        os.chmod(os.path.join(wrapper, "tollgate"), 0o755)
        p = self.github(path=wrapper)
        self.assertEqual(p.returncode, 1, p.stderr)
        out = outputs(self.output)
        self.assertEqual(out.get("report-format"), "text")
        self.assertTrue(out["report"].endswith(".txt"))
        summary = read(self.summary)
        self.assertIn("### tollgate: 2 findings (1 medium, 1 low) in 1 file\n", summary)
        self.assertIn("```text\nDockerfile:1:6: low[security.image-runs-as-root]", summary)
        self.assertTrue(summary.rstrip().endswith("```"), summary[-200:])

    def test_scan_step_exits_0_with_the_code_as_output_and_finish_exits_with_it(self):
        p = self.github("scan")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(outputs(self.output).get("exit-code"), "1")
        for code in ("0", "1", "2"):
            p = self.github("finish", env={"TOLLGATE_EXIT_CODE": code})
            self.assertEqual(p.returncode, int(code))
        p = self.github("finish", env={"TOLLGATE_EXIT_CODE": ""})
        self.assertEqual(p.returncode, 2)
        self.assertIn("no exit code", p.stderr)

    def test_args_are_split_with_quotes_and_never_run(self):
        p = self.github(env={"TOLLGATE_ARGS": "--skip supply-chain.unpinned-image --skip 'security.image-runs-as-root'"})
        self.assertEqual(p.returncode, 0, p.stderr)
        marker = os.path.join(self.runner, "pwned")
        p = self.github(env={"TOLLGATE_ARGS": f"--skip \"$(touch {marker})\" --skip `touch {marker}`"})
        self.assertFalse(os.path.exists(marker), "an argument was run as a command")
        self.assertEqual(p.returncode, 2, p.stderr)  # '$(touch ...)' names no rule
        p = self.github(env={"TOLLGATE_ARGS": "--skip 'unbalanced"})
        self.assertEqual(p.returncode, 2)
        self.assertIn("cannot split", p.stderr)

    def test_without_tollgate_on_path_build_false_exits_2(self):
        empty = os.path.join(self.runner, "empty")
        os.makedirs(empty)
        p = self.github(path=empty)
        self.assertEqual(p.returncode, 2)
        self.assertIn("tollgate is not on PATH", p.stderr)
        p = self.github(path=empty, env={"TOLLGATE_BUILD": "maybe"})
        self.assertEqual(p.returncode, 2)
        self.assertIn("build must be true or false", p.stderr)

    def fake_action(self, built):
        """An action checkout whose `make build` links the binary under test into build/ and says so."""
        action = os.path.join(self.runner, "action")
        os.makedirs(os.path.join(action, "src"))
        with open(os.path.join(action, "src", "main.cc"), "w") as f:
            f.write("int main() {}\n")
        with open(os.path.join(action, "Makefile"), "w") as f:
            f.write(f"build:\n\tmkdir -p build && ln -sf {BIN} build/tollgate && echo make-build-ran\n")
        if built:
            os.makedirs(os.path.join(action, "build"))
            os.symlink(BIN, os.path.join(action, "build", "tollgate"))
        return action

    def test_build_true_uses_the_cached_binary_and_puts_it_on_path(self):
        action = self.fake_action(built=True)
        empty = os.path.join(self.runner, "empty")
        os.makedirs(empty)
        p = self.github(path=empty, env={"TOLLGATE_BUILD": "true", "GITHUB_ACTION_PATH": action})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertNotIn("make-build-ran", p.stdout + p.stderr)
        self.assertIn("restored from the cache", p.stdout)
        self.assertEqual(read(self.github_path).split(), [os.path.join(action, "build")])

    def test_build_true_runs_make_build_when_the_cache_has_nothing(self):
        action = self.fake_action(built=False)
        empty = os.path.join(self.runner, "empty")
        os.makedirs(empty)
        p = self.github(path=empty, env={"TOLLGATE_BUILD": "true", "GITHUB_ACTION_PATH": action})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("make-build-ran", p.stderr)
        self.assertEqual(read(self.github_path).split(), [os.path.join(action, "build")])

    def test_cache_key_follows_the_action_source_not_its_build(self):
        action = self.fake_action(built=True)
        env = {"GITHUB_ACTION_PATH": action, "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64"}

        def key():
            p = self.github("cache-key", env=env)
            self.assertEqual(p.returncode, 0, p.stderr)
            out = outputs(self.output)
            self.assertEqual(out["dir"], os.path.join(action, "build", "tollgate"))
            return out["key"]

        first = key()
        self.assertRegex(first, r"^tollgate-build-Linux-X64-[a-z]*[0-9.]*-[0-9a-f]{32}$")
        self.assertEqual(key(), first)
        with open(os.path.join(action, "build", "object.o"), "w") as f:
            f.write("a build product\n")
        self.assertEqual(key(), first, "the build folder is not part of the key")
        with open(os.path.join(action, "src", "main.cc"), "a") as f:
            f.write("// a change\n")
        self.assertNotEqual(key(), first, "a source change is a new key")

    def test_config_from_base_reads_the_base_branch_configuration(self):
        self.pull_request()
        env = {"GITHUB_BASE_REF": "main"}
        p = self.github(env=env)
        self.assertEqual(p.returncode, 0, "without config-from-base the pull request's configuration applies")
        p = self.github(env={**env, "TOLLGATE_FAIL_ON": "low"})
        self.assertEqual(p.returncode, 1, "a fail-on input overrides the configuration")
        p = self.github(env={**env, "TOLLGATE_CONFIG_FROM_BASE": "true"})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("as the branch 'main' has it", p.stderr)
        self.assertEqual(self.git("status", "--porcelain").stdout, "", "the base configuration is removed")
        self.assertFalse(os.path.exists(os.path.join(self.root, ".tollgate.base-branch.yaml")))
        # Not a pull request: the checkout's configuration.
        p = self.github(env={"TOLLGATE_CONFIG_FROM_BASE": "true"})
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_config_from_base_without_a_file_there_means_the_defaults(self):
        self.pull_request()
        self.git("checkout", "-q", "main")
        self.git("rm", "-q", ".tollgate.yaml")
        self.commit_all("no policy")
        self.git("push", "-q", "origin", "main")
        self.git("checkout", "-q", "loosen")
        p = self.github(env={"GITHUB_BASE_REF": "main", "TOLLGATE_CONFIG_FROM_BASE": "true"})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("has no .tollgate.yaml; the defaults apply", p.stderr)


class GitLabScriptTest(CiCase):
    def gitlab(self, env=None, path=None):
        e = {"CI_PROJECT_DIR": self.root}
        e.update(env or {})
        return self.script(GITLAB_SCRIPT, env=e, path=path)

    def test_findings_exit_1_with_junit_and_sarif_in_the_project_folder(self):
        p = self.gitlab()
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("Dockerfile:1:6: medium[supply-chain.unpinned-image]", p.stdout)
        junit = ET.parse(os.path.join(self.root, "tollgate-junit.xml")).getroot()
        self.assertEqual(junit.tag, "testsuites")
        self.assertEqual(int(junit.get("failures")), 2)
        failed = {case.find("failure").get("type") for case in junit.iter("testcase") if case.find("failure") is not None}
        self.assertEqual(failed, PLANTED_RULES)
        with open(os.path.join(self.root, "tollgate.sarif"), encoding="utf-8") as f:
            sarif = json.load(f)
        self.assertEqual({r["ruleId"] for r in sarif["runs"][0]["results"]}, PLANTED_RULES)

    def test_fail_on_above_every_finding_exits_0_and_reports_are_still_written(self):
        p = self.gitlab(env={"TOLLGATE_FAIL_ON": "high"})
        self.assertEqual(p.returncode, 0, p.stderr)
        ET.parse(os.path.join(self.root, "tollgate-junit.xml"))
        self.assertTrue(os.path.getsize(os.path.join(self.root, "tollgate.sarif")) > 0)

    def test_a_bad_configuration_exits_2(self):
        self.write("bad.yaml", "fial-on: low\n")
        p = self.gitlab(env={"TOLLGATE_CONFIG": "bad.yaml"})
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown key 'fial-on'", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.root, "tollgate-junit.xml")))

    def test_stale_reports_are_removed_before_the_scan(self):
        for name in ("tollgate-junit.xml", "tollgate.sarif"):
            self.write(name, "from an earlier run\n")
        self.write("bad.yaml", "fial-on: low\n")
        p = self.gitlab(env={"TOLLGATE_CONFIG": "bad.yaml"})
        self.assertEqual(p.returncode, 2)
        self.assertFalse(os.path.exists(os.path.join(self.root, "tollgate.sarif")))

    def test_reports_go_to_the_report_dir_and_args_apply(self):
        reports = os.path.join(self.runner, "reports")
        p = self.gitlab(env={"TOLLGATE_REPORT_DIR": reports, "TOLLGATE_ARGS": "--select 'supply-chain'"})
        self.assertEqual(p.returncode, 1, p.stderr)
        junit = ET.parse(os.path.join(reports, "tollgate-junit.xml")).getroot()
        self.assertEqual(int(junit.get("failures")), 1)

    def test_without_tollgate_on_path_exits_2(self):
        empty = os.path.join(self.runner, "empty")
        os.makedirs(empty)
        p = self.gitlab(path=empty)
        self.assertEqual(p.returncode, 2)
        self.assertIn("TOLLGATE_IMAGE", p.stderr)

    def test_config_from_target_reads_the_target_branch_configuration(self):
        self.pull_request()
        env = {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
        self.assertEqual(self.gitlab(env=env).returncode, 0)
        p = self.gitlab(env={**env, "TOLLGATE_CONFIG_FROM_TARGET": "true"})
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(self.git("status", "--porcelain", "--untracked-files=no").stdout, "")
        self.assertFalse(os.path.exists(os.path.join(self.root, ".tollgate.base-branch.yaml")))

    @unittest.skipUnless(hasattr(os, "geteuid") and os.geteuid() == 0, "needs root to give the checkout to another user")
    def test_a_checkout_owned_by_another_user_works_in_git_modes(self):
        for dirpath, dirnames, filenames in os.walk(self.root):
            for name in dirnames + filenames + [""]:
                os.lchown(os.path.join(dirpath, name), 65534, 65534)
        p = self.gitlab(env={"TOLLGATE_ARGS": "--diff HEAD"})
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)  # nothing changed since HEAD
        self.assertNotIn("dubious", p.stdout + p.stderr)
        # Without the job's declaration git refuses the repository (the check above is not vacuous).
        p = self.gitlab(env={"TOLLGATE_ARGS": "--diff HEAD", "CI_PROJECT_DIR": "", "TOLLGATE_REPORT_DIR": self.runner})
        self.assertEqual(p.returncode, 2)


def scan_clean(test, *paths, cwd=SRC):
    p = run("scan", *paths, "--no-config", "--no-color", cwd=cwd)
    test.assertEqual((p.returncode, p.stderr), (0, ""), p.stdout)
    test.assertRegex(p.stdout, r"^no findings in \d+ files?\n$")
    return p


def scan_finds(test, root, rule):
    p = run("scan", ".", "--no-config", "--no-color", "--format", "json", cwd=root)
    test.assertEqual(p.returncode, 1, p.stdout + p.stderr)
    test.assertIn(rule, {f["rule_id"] for f in json.loads(p.stdout)["findings"]})


def fenced_blocks(path):
    """(info string, body) of every fenced block of a Markdown file."""
    return re.findall(r"^```([^\n`]*)\n(.*?)^```", read(path), re.M | re.S)


class OwnRulesTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="tollgate-own-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def variant(self, name, text):
        root = tempfile.mkdtemp(dir=self.tmp)
        write_tree(root, {name: text})
        return root

    def test_action_yml_follows_the_rules(self):
        scan_clean(self, "action.yml")
        text = read(ACTION)
        uses = re.findall(r"^\s*uses: (\S+)(.*)$", text, re.M)
        self.assertGreaterEqual(len(uses), 3)
        for ref, comment in uses:
            self.assertRegex(ref, r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
            self.assertRegex(comment, r"^ # v\d+\.\d+\.\d+$", "the version the SHA stands for, in a comment")
        # The check above reads action.yml as a pipeline: a tag instead of a SHA is reported.
        broken = re.sub(r"(actions/cache/restore@)[0-9a-f]{40}", r"\1v5.0.1", text)
        scan_finds(self, self.variant("action.yml", broken), "supply-chain.unpinned-action")

    def test_gitlab_template_follows_the_rules(self):
        scan_clean(self, "ci/gitlab/tollgate.gitlab-ci.yml")
        # Only `.gitlab-ci.yml` (and YAML under .gitlab/ci/) is read as a GitLab pipeline: scan a copy so named.
        text = read(TEMPLATE)
        scan_clean(self, ".", cwd=self.variant(".gitlab-ci.yml", text))
        broken = text.replace("  interruptible: true\n", "  interruptible: true\n  allow_failure: true\n")
        self.assertNotEqual(broken, text)
        scan_finds(self, self.variant(".gitlab-ci.yml", broken), "gates.security-step-can-fail")

    def test_gitlab_template_matches_the_script_and_the_image(self):
        text = read(TEMPLATE)
        script = read(GITLAB_SCRIPT)
        self.assertIn("- tollgate-gitlab\n", text)
        self.assertIn("/usr/local/bin/tollgate-gitlab", read(DOCKERFILE))
        for name in ("tollgate.sarif", "tollgate-junit.xml"):
            self.assertIn(f"      - {name}\n", text)
            self.assertIn(f"/{name}\n", script)
        self.assertIn("      junit: tollgate-junit.xml\n", text)
        for var in re.findall(r"^  (TOLLGATE_[A-Z_]+):", text, re.M):
            if var != "TOLLGATE_IMAGE":
                self.assertIn("${" + var, script, f"{var} is a template variable the script does not read")

    def test_dockerfile_follows_the_rules(self):
        scan_clean(self, "Dockerfile")
        text = read(DOCKERFILE)
        scan_finds(self, self.variant("Dockerfile", text.replace("USER 10001\n", "")), "security.image-runs-as-root")
        scan_finds(self, self.variant("Dockerfile", text.replace('"git=${GIT_VERSION}"', "git")),
                   "supply-chain.unpinned-package")

    def test_dockerfile_builds_what_the_makefile_builds_and_copies_what_exists(self):
        text = read(DOCKERFILE)
        self.assertRegex(read(os.path.join(SRC, "Makefile")), r"(?m)^BUILD_DIR \?= build$")
        self.assertIn("COPY --from=build /src/build/tollgate /usr/local/bin/tollgate\n", text)
        self.assertRegex(text, r'(?m)^ENTRYPOINT \["tollgate"\]$')
        self.assertRegex(text, r"(?m)^WORKDIR /src$")
        ignored = [l.strip().rstrip("/") for l in read(os.path.join(SRC, ".dockerignore")).splitlines()
                   if l.strip() and not l.startswith("#")]
        copied = re.findall(r"(?m)^COPY --chmod=\d+ (.+) /usr/local/share/tollgate/ci/$", text)[0].split()
        for rel in copied + ["CMakeLists.txt", "Makefile", "package.json", "package-lock.json", ".npmrc",
                             "scripts/setup.sh", "rules", "fuzz", "bench", "cli", "engine"]:
            self.assertTrue(os.path.exists(os.path.join(SRC, rel)), rel)
            self.assertFalse(any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(rel.split("/")[0], pat)
                                 for pat in ignored), f"{rel} is left out of the build context")
        self.assertIn("ln -s /usr/local/share/tollgate/ci/gitlab.sh /usr/local/bin/tollgate-gitlab", text)

    @unittest.skipUnless(shutil.which("ldd") and shutil.which("dpkg"), "needs ldd and dpkg")
    def test_the_runtime_stage_has_every_library_the_binary_needs(self):
        # The runtime stage installs git only and relies on libc6, which debian:bookworm-slim has: every shared
        # library the binary loads must come from libc6.
        p = subprocess.run(["ldd", BIN], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        libs = re.findall(r"(/\S+\.so[.\d]*) \(0x", p.stdout)
        self.assertTrue(libs, p.stdout)
        if any(re.search(r"/lib[atu]san\.so|/libubsan\.so", lib) for lib in libs):
            self.skipTest("a sanitizer build; the Dockerfile builds the release binary")
        for lib in libs:
            owner = subprocess.run(["dpkg", "-S", os.path.realpath(lib)], capture_output=True, text=True)
            if owner.returncode != 0:
                owner = subprocess.run(["dpkg", "-S", lib], capture_output=True, text=True)
            self.assertEqual(owner.returncode, 0, f"{lib}: no Debian package owns it")
            self.assertRegex(owner.stdout, r"^libc6(:\w+)?: ", f"{lib} needs a package the image does not install")

    def test_ci_scripts_follow_the_rules(self):
        scan_clean(self, "scripts/ci")
        text = read(GITLAB_SCRIPT)
        broken = text.replace('tollgate "${args[@]}" || status=$?', 'make build || true\ntollgate "${args[@]}" || status=$?')
        self.assertNotEqual(broken, text)
        scan_finds(self, self.variant("gitlab.sh", broken), "readiness.silent-failure")

    def test_the_new_pages_pass_the_rules_that_read_documentation(self):
        # Markdown's shell blocks and tollgate:ignore comments are read too: the pages must not warn or find.
        scan_clean(self, *(os.path.relpath(p, SRC) for p in DOCS), ".dockerignore")

    def recipes(self):
        """The pipelines docs/ci-integration.md shows, as files of the names their CI systems read."""
        files = {}
        for _, body in fenced_blocks(os.path.join(SRC, "docs", "ci-integration.md")):
            if body.startswith("# .github/workflows/"):
                files[".github/workflows/tollgate.yml"] = body.replace("<owner>/tollgate@<ref>",
                                                                       "example/tollgate@" + "0" * 40)
            elif body.startswith("include:"):
                files[".gitlab-ci.yml"] = body.replace("<digest>", "0" * 64)
            elif body.startswith("tollgate-secrets:"):
                files[".gitlab/ci/tollgate-secrets.yml"] = body
            elif body.startswith("// Jenkinsfile"):
                files["Jenkinsfile"] = body
            elif body.startswith("# azure-pipelines.yml"):
                files["azure-pipelines.yml"] = body
        self.assertEqual(len(files), 5, sorted(files))
        return files

    def test_the_documented_pipelines_follow_the_rules(self):
        files = self.recipes()
        root = tempfile.mkdtemp(dir=self.tmp)
        write_tree(root, files)
        p = scan_clean(self, ".", cwd=root)
        self.assertIn("in 5 files", p.stdout)
        # The workflow is read as one: without its permissions, it is reported.
        workflow = files[".github/workflows/tollgate.yml"]
        broken = re.sub(r"(?m)^permissions:\n  contents: read\n", "", workflow)
        broken = re.sub(r"(?m)^    permissions:\n(      .*\n)+", "", broken)
        self.assertNotEqual(broken, workflow)
        scan_finds(self, self.variant(".github/workflows/tollgate.yml", broken), "security.workflow-default-permissions")

    def test_action_inputs_are_used_and_documented(self):
        text = read(ACTION)
        section = text[text.index("\ninputs:\n"):text.index("\noutputs:\n")]
        inputs = re.findall(r"(?m)^  ([a-z-]+):$", section)
        self.assertEqual(inputs, ["path", "fail-on", "config", "config-from-base", "args", "sarif-category",
                                  "upload-sarif", "build"])
        steps = text[text.index("\nruns:\n"):]
        doc = read(os.path.join(SRC, "docs", "ci-integration.md"))
        for name in inputs:
            self.assertIn("inputs." + name, steps, f"input {name} is not used")
            self.assertRegex(doc, r"(?m)^\| `" + re.escape(name) + r"` \|", f"input {name} is not documented")


# --- (d) the documentation's commands ---------------------------------------------------------------------------

COMMAND = re.compile(r"(?<![\w./:@-])tollgate (?=[a-z-])")


def commands_in(text):
    """Each `tollgate ...` command in a piece of Markdown: in fenced blocks (after YAML list dashes, `run:`,
    `sh '`, a `docker run ... IMAGE` prefix) and in inline code, up to a shell operator, a comment or the end of
    a quoted script."""
    pieces = []
    for _, body in re.findall(r"^```([^\n`]*)\n(.*?)^```", text, re.M | re.S):
        pieces += body.split("\n")
    prose = re.sub(r"^```[^\n]*\n.*?^```", "", text, flags=re.M | re.S)
    pieces += re.findall(r"`([^`\n]+)`", prose)
    found = []
    for piece in pieces:
        for m in COMMAND.finditer(piece):
            rest = piece[m.end():]
            if re.match(r"[^\s]*[./:$]", rest):  # `docker tag tollgate registry.example.com/...`: an image, not a command
                continue
            lexer = shlex.shlex(rest, posix=True, punctuation_chars=";&|<>")
            lexer.whitespace_split = True
            lexer.commenters = "#"
            words = []
            try:
                for word in lexer:
                    if word in (";", "&&", "||", "|", "&", ">", ">>", "<", "2>"):
                        break
                    words.append(word)
            except ValueError:  # the closing quote of `sh '...'` or of a YAML string: drop it and read again
                words = shlex.split(rest.rstrip().rstrip("'\""), comments=True)
            found.append(words)
    return found


class DocCommandsTest(unittest.TestCase):
    help_cache = {}

    def help_of(self, command):
        if command not in self.help_cache:
            p = run(*command, "--help")
            self.help_cache[command] = p if p.returncode == 0 else None
        return self.help_cache[command]

    def check(self, words, where):
        self.assertTrue(words, where)
        if words[0] in ("--version", "--help", "-h"):
            self.assertEqual(run(words[0]).returncode, 0, where)
            return
        groups = ("rules", "baseline", "snapshot")
        command = tuple(words[:2]) if words[0] in groups and len(words) > 1 else (words[0],)
        h = self.help_of(command)
        self.assertIsNotNone(h, f"{where}: `tollgate {' '.join(command)}` is not a command")
        help_text = h.stdout
        formats = set()
        m = re.search(r"^\s*--format FORMAT\s+(.*)$", help_text, re.M)
        if m:
            formats = set(re.findall(r"\b([a-z]+)\b", m.group(1).split("(")[0])) - {"or"}
        args = words[len(command):]
        for i, word in enumerate(args):
            if word.startswith("--"):
                flag = word.split("=")[0]
                self.assertRegex(help_text, r"(?m)^\s*(-\w, )?" + re.escape(flag) + r"\b",
                                 f"{where}: `{flag}` is not a flag of `tollgate {' '.join(command)}`")
            elif re.fullmatch(r"-\w", word):
                self.assertRegex(help_text, r"(?m)^\s*" + re.escape(word) + r"[ ,]",
                                 f"{where}: `{word}` is not a flag of `tollgate {' '.join(command)}`")
            value = args[i + 1] if i + 1 < len(args) else ""
            if word == "--format":
                self.assertIn(value, formats, f"{where}: format '{value}'")
            elif word == "-o":
                self.assertIn(value.split("=")[0], formats, f"{where}: format of '-o {value}'")
            elif word == "--fail-on":
                self.assertIn(value, ("critical", "high", "medium", "low", "info"), where)

    def test_the_extraction_finds_commands_where_the_docs_write_them(self):
        sample = ("```sh\ntollgate scan .   # a comment\n```\n"
                  "```yaml\n    - run: tollgate scan --diff origin/main && echo done\n```\n"
                  "```groovy\n        sh 'tollgate scan . -o junit=x.xml'\n```\n"
                  "```sh\ndocker run --rm -v \"$PWD:/src\" tollgate rules explain supply-chain.unpinned-image\n```\n"
                  "```sh\ndocker tag tollgate registry.example.com/platform/tollgate:0.1.0\n```\n"
                  "Run `tollgate baseline create` first; the image tollgate:0.1.0 and tollgate-gitlab are not commands.\n")
        self.assertEqual(commands_in(sample), [
            ["scan", "."], ["scan", "--diff", "origin/main"], ["scan", ".", "-o", "junit=x.xml"],
            ["rules", "explain", "supply-chain.unpinned-image"], ["baseline", "create"]])

    def test_the_check_rejects_what_tollgate_does_not_have(self):
        for words in (["scan", "--no-such-flag"], ["scan", "--format", "yaml"], ["scan", "-o", "pdf=x"],
                      ["frobnicate"], ["rules", "explain", "--fail-on", "x"], ["scan", "--fail-on", "urgent"]):
            with self.assertRaises(AssertionError, msg=str(words)):
                self.check(words, "sample")

    def test_every_documented_command_parses(self):
        total = 0
        for path in DOCS:
            found = commands_in(read(path))
            self.assertTrue(found, f"{path}: no tollgate command found")
            for words in found:
                with self.subTest(doc=os.path.basename(path), command=" ".join(words)):
                    self.check(words, f"{os.path.relpath(path, SRC)}: tollgate {' '.join(words)}")
                total += 1
        self.assertGreaterEqual(total, 20)


if __name__ == "__main__":
    unittest.main(verbosity=2)
