"""SARIF as GitHub's code scanning upload checks it: Microsoft's SARIF Multitool validates the golden SARIF files
and real scans' output with the SARIF rules and the GitHub ingestion rules (--rule-kind "Sarif;Gh"); any error
or warning fails the test, with the tool's own messages.

The Multitool is a test-only tool pinned in tests/tools/package-lock.json and installed by
`scripts/setup.sh --tests` (which `make test` runs). When it is missing these tests fail: they are part of the
suite, not an optional extra.
"""
import glob
import json
import os
import re
import shlex
import subprocess
import tempfile
import unittest

from tg import SRC, TempTreeCase, run

TOOLS = os.path.join(SRC, "tests", "tools")
INSTALL_HINT = "install it with `bash scripts/setup.sh --tests` (make test runs it)"

# SARIF2006 (UrisShouldBeReachable) fetches every helpUri and informationUri over HTTP. It reports at level note,
# which --level "Error;Warning" drops anyway, but it still makes the requests: on a machine without network access
# each one waits for a DNS time-out (a demo scan took 50 s instead of 3 s), and with network access the outcome
# would depend on remote servers. Disabling it loses nothing that this test reports and keeps it offline.
CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />
  </Properties>
</Properties>
"""

_multitool = None


def multitool():
    """The Multitool executable: the package's documented entry point, require('@microsoft/sarif-multitool'),
    is the path of the executable for this platform. Raises AssertionError with a hint when it is not installed."""
    global _multitool
    if _multitool:
        return _multitool
    if not os.path.isdir(os.path.join(TOOLS, "node_modules", "@microsoft", "sarif-multitool")):
        raise AssertionError(f"the SARIF Multitool is not installed in {TOOLS}/node_modules: {INSTALL_HINT}")
    p = subprocess.run(["node", "-p", "require('@microsoft/sarif-multitool')"], cwd=TOOLS, capture_output=True,
                       text=True, timeout=60)
    path = p.stdout.strip()
    if p.returncode != 0 or not os.path.isfile(path):
        raise AssertionError(f"cannot find the SARIF Multitool executable ({p.stderr.strip() or path}): {INSTALL_HINT}")
    if not os.access(path, os.X_OK):
        raise AssertionError(f"{path} is not executable: {INSTALL_HINT}")
    _multitool = path
    return path


def effective_level(result, rules):
    """SARIF §3.27.10: a result without 'level' takes its rule's defaultConfiguration.level, else 'warning'."""
    if "level" in result:
        return result["level"]
    index = result.get("ruleIndex", -1)
    if 0 <= index < len(rules):
        return rules[index].get("defaultConfiguration", {}).get("level", "warning")
    return "warning"


def is_expected_notification(n):
    """The one notification CONFIG causes: its warning that SARIF2006 was disabled on purpose."""
    return (n.get("descriptor", {}).get("id") == "WRN999.RuleExplicitlyDisabled"
            and "'SARIF2006'" in n.get("message", {}).get("text", ""))


def validate(paths):
    """Runs `validate` on the SARIF files at paths in one invocation. Returns a list of problems, each a line of
    text; empty when the tool ran on every file and reported no error or warning."""
    for path in paths:
        if not os.path.isfile(path):
            return [f"{path}: no such file (nothing to validate)"]
    with tempfile.TemporaryDirectory(prefix="tollgate-multitool-") as tmp:
        log = os.path.join(tmp, "validation.sarif")
        config = os.path.join(tmp, "config.xml")
        with open(config, "w", encoding="utf-8") as f:
            f.write(CONFIG)
        # Its list-valued options are ';'-separated; a one-item list is rejected as "bad format", so --log names
        # two items. The executable is run directly: the package's npx wrapper passes arguments through a shell,
        # which would split "Sarif;Gh" at the ';'.
        cmd = [multitool(), "validate", "--config", config, "--rule-kind", "Sarif;Gh", "--level", "Error;Warning",
               "--output", log, "--log", "ForceOverwrite;PrettyPrint", *paths]
        # The Multitool is a .NET program. .NET aborts at start when it finds no libicu, which Debian names by its
        # ABI version (libicu72, libicu76, ...). Invariant globalization needs no libicu on any release, and
        # validating JSON needs no culture data, so the test sets it rather than pinning a libicu package.
        env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1", DOTNET_CLI_TELEMETRY_OPTOUT="1")
        p = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=600)
        console = (p.stdout + p.stderr).strip()
        where = f"\n$ {shlex.join(cmd)}\n{console}"
        # It exits 0 when it ran, whatever it found; non-zero means it did not run (a bad option, a crash).
        if p.returncode != 0:
            return [f"the SARIF Multitool exited {p.returncode}" + where]
        # A path it cannot read is skipped in silence, so the count of files scanned must match.
        m = re.search(r"Done\. (\d+) files? scanned", console)
        if not m or int(m.group(1)) != len(paths):
            return [f"the SARIF Multitool did not report scanning all {len(paths)} file(s)" + where]
        try:
            with open(log, encoding="utf-8-sig") as f:
                report = json.load(f)
        except (OSError, ValueError) as e:
            return [f"the SARIF Multitool wrote no readable log ({e})" + where]
        if not report.get("runs"):
            return ["the SARIF Multitool's log has no run" + where]

    problems = []
    for run_ in report.get("runs", []):
        rules = run_.get("tool", {}).get("driver", {}).get("rules", [])
        for inv in run_.get("invocations", []):
            if inv.get("executionSuccessful") is False:
                problems.append("the SARIF Multitool's run was not successful")
            for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
                if is_expected_notification(n) or n.get("level", "warning") not in ("error", "warning"):
                    continue
                problems.append("tool notification: " + json.dumps(n.get("message", n)))
        for r in run_.get("results", []):
            if r.get("kind", "fail") == "fail" and effective_level(r, rules) in ("error", "warning"):
                problems.append(f"{effective_level(r, rules)} {r.get('ruleId')}: {json.dumps(r.get('message'))}")
    if problems:
        # The log holds message ids and arguments; the console has the same results as readable text.
        problems.append("the SARIF Multitool said:" + where)
    return problems


class MultitoolTest(TempTreeCase):
    def assertValid(self, paths):
        problems = validate(paths)
        if problems:
            self.fail("the SARIF Multitool reported problems:\n" + "\n".join(problems))

    def scan_sarif(self, name, *args, cwd=None, expect=1):
        out = os.path.join(self.root, name)
        p = run("scan", *args, "--format", "sarif", "--output", out, cwd=cwd or self.root)
        self.assertEqual(p.returncode, expect, p.stderr)
        with open(out, encoding="utf-8") as f:
            return out, json.load(f)

    def test_the_check_sees_a_broken_file(self):
        # Guards the harness itself: a result without its required 'message' must come back as an error.
        with open(os.path.join(SRC, "fixtures", "golden", "report.sarif"), encoding="utf-8") as f:
            doc = json.load(f)
        self.assertTrue(doc["runs"][0]["results"])
        del doc["runs"][0]["results"][0]["message"]
        broken = os.path.join(self.root, "broken.sarif")
        with open(broken, "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2)
        problems = validate([broken])
        self.assertTrue(any("JSON1002" in p for p in problems), "\n".join(problems) or "no problem reported")

    def test_golden_sarif_files(self):
        golden = sorted(glob.glob(os.path.join(SRC, "fixtures", "golden", "*.sarif")))
        self.assertGreaterEqual(len(golden), 2, golden)
        self.assertValid(golden)

    def test_scan_of_the_demo_repository(self):
        demo = os.path.join(SRC, "fixtures", "demo")
        path, doc = self.scan_sarif("demo.sarif", demo, cwd=demo)
        self.assertGreater(len(doc["runs"][0]["results"]), 10)
        self.assertValid([path])

    def test_scan_with_suppressions_baseline_and_errors(self):
        # A finding in the baseline, a new one, one silenced in source with a reason, a silencing comment
        # without a reason, a file that does not parse, and a path that does not exist: every optional part
        # of tollgate's SARIF (baselineState, suppressions, toolExecutionNotifications) is filled in.
        self.tree({
            "app/Dockerfile": "FROM golang:latest AS build\nRUN go build ./...\n",
            "app/deploy.env": "export AWS_ACCESS_KEY_ID=AKIACQTJKSZPRFK5CKNC\n",
        })
        p = run("baseline", "create", "app", "--output", "base.json", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.tree({
            "app/Dockerfile": (
                "FROM golang:latest AS build\nRUN go build ./...\n\n"
                "# tollgate:ignore[supply-chain.unpinned-image] mirrored and pinned by the platform registry\n"
                "FROM ubuntu AS tools\n\n"
                "FROM debian AS runtime\n"
                "# tollgate:ignore[supply-chain.unpinned-image]\n"
                "FROM alpine AS extra\n"),
            "app/broken.yaml": "a: [1, 2\nb: 3\n",
        })
        path, doc = self.scan_sarif("full.sarif", "app", "does-not-exist", "--baseline", "base.json",
                                    "--include-suppressed", expect=2)
        run_ = doc["runs"][0]
        results = run_["results"]
        self.assertEqual({r.get("baselineState") for r in results}, {"new", "unchanged"})
        self.assertTrue(any(r.get("suppressions") for r in results))
        self.assertTrue(run_["invocations"][0]["toolExecutionNotifications"])
        self.assertValid([path])


if __name__ == "__main__":
    unittest.main(verbosity=2)
