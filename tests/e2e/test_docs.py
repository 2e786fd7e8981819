"""The documentation's examples are executable: every fenced block in README.md and docs/*.md carries a
`<!-- doctest: KIND ... -->` comment on the line before it, and this test does what the kind says. So an example
that stops working, a flag that is documented but gone, or a key the file no longer accepts fails the suite.

Kinds:
  run                       each `tollgate ...` line runs in a copy of fixtures/demo; exit 0 or 1, no error
  output CMD                the block is exactly CMD's stdout, run from the repository's top
  lines-in FILE...          every line of the block is a line of one of the FILEs
  config                    the block is a .tollgate.yaml; `tollgate rules list` accepts it (the file's rule
                            blocks are its `policies/` pack)
  rule / lib NAME           a rule file (validated, and loaded beside the built-in pack) / a library module
  config-errors             the errors that the next `config-error-inputs` block's files give, in order
  config-error-inputs       files separated by `# N` lines
  json-shape FILE           every key of the example exists at the same place in FILE (a real report)
  precommit                 every hook id exists in .pre-commit-hooks.yaml
  skip REASON               not run (the reason says why)
docs/rules/ pages are checked by their fixtures (`tollgate rules test`), not here.
"""
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

from tg import SRC, run

MARKER = re.compile(r"^<!-- doctest: (\S+)(?: (.*?))? -->$")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def doc_files():
    return [os.path.join(SRC, "README.md")] + sorted(glob.glob(os.path.join(SRC, "docs", "*.md")))


def blocks(path):
    """(line, kind, argument, body) of every fenced block; kind is None when no marker precedes it."""
    out = []
    lines = read(path).split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("```"):
            start = i
            m = MARKER.match(lines[i - 1]) if i > 0 else None
            i += 1
            body = []
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            out.append((start + 1, m.group(1) if m else None, (m.group(2) or "") if m else "", "\n".join(body) + "\n"))
        i += 1
    return out


def rel(path):
    return os.path.relpath(path, SRC)


def git_init(root):
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
                    "commit", "-qm", "demo"], cwd=root, check=True)


def key_paths(value, prefix=""):
    """Every key of a JSON value as a path: arrays merge their items' keys under `[]`."""
    out = set()
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(prefix + "." + k)
            out |= key_paths(v, prefix + "." + k)
    elif isinstance(value, list):
        for v in value:
            out |= key_paths(v, prefix + "[]")
    return out


class DocExamplesTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="tollgate-docs-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def test_every_block_is_marked(self):
        unmarked = [f"{rel(p)}:{line}" for p in doc_files() for line, kind, _, _ in blocks(p) if kind is None]
        self.assertEqual(unmarked, [], "fenced blocks without a `<!-- doctest: KIND -->` line before them")
        known = {"run", "output", "lines-in", "config", "rule", "lib", "config-errors", "config-error-inputs",
                 "json-shape", "precommit", "skip"}
        unknown = [f"{rel(p)}:{line}: {kind}" for p in doc_files() for line, kind, _, _ in blocks(p)
                   if kind not in known]
        self.assertEqual(unknown, [])
        skips = [f"{rel(p)}:{line}" for p in doc_files() for line, kind, arg, _ in blocks(p)
                 if kind == "skip" and not arg]
        self.assertEqual(skips, [], "a skipped block says why")

    def test_examples(self):
        ran = 0
        for path in doc_files():
            pack_root = tempfile.mkdtemp(dir=self.tmp)  # this page's rules and configuration
            git_init_needed = True
            expected_errors = None
            for line, kind, arg, body in blocks(path):
                where = f"{rel(path)}:{line}"
                with self.subTest(where=where, kind=kind):
                    if kind == "run":
                        self.check_run(body, where)
                    elif kind == "output":
                        p = run(*shlex.split(arg)[1:], cwd=SRC)
                        self.assertEqual(p.stdout, body, f"{where}: the output of `{arg}` changed")
                    elif kind == "lines-in":
                        have = set()
                        for f in arg.split():
                            have |= set(read(os.path.join(SRC, f)).split("\n"))
                        missing = [l for l in body.rstrip("\n").split("\n") if l not in have]
                        self.assertEqual(missing, [], f"{where}: not in {arg}")
                    elif kind in ("rule", "lib"):
                        self.write_rule(pack_root, kind, arg, body, where)
                    elif kind == "config":
                        if git_init_needed:
                            subprocess.run(["git", "init", "-q"], cwd=pack_root, check=True)
                            git_init_needed = False
                        self.check_config(pack_root, body, where)
                    elif kind == "config-errors":
                        expected_errors = body.rstrip("\n").split("\n")
                    elif kind == "config-error-inputs":
                        expected, expected_errors = expected_errors, None
                        self.assertIsNotNone(expected, f"{where}: no config-errors block before it")
                        self.check_config_errors(body, expected, where)
                    elif kind == "json-shape":
                        with open(os.path.join(SRC, arg), encoding="utf-8") as f:
                            real = key_paths(json.load(f))
                        extra = sorted(key_paths(json.loads(body)) - real)
                        self.assertEqual(extra, [], f"{where}: keys the real report ({arg}) does not have")
                    elif kind == "precommit":
                        hooks = set(re.findall(r"^- id: (\S+)", read(os.path.join(SRC, ".pre-commit-hooks.yaml")), re.M))
                        used = set(re.findall(r"- id: (\S+)", body)) | set(re.findall(r"`(tollgate[a-z-]*)`", body))
                        self.assertTrue(used, where)
                        self.assertLessEqual(used, hooks, where)
                    ran += kind != "skip"
            self.assertIsNone(expected_errors, f"{rel(path)}: a config-errors block without its inputs")
        self.assertGreaterEqual(ran, 12)  # the pages above hold at least this many checked examples

    # --- the kinds -------------------------------------------------------------------------------------------

    def check_run(self, body, where):
        demo = os.path.join(self.tmp, "demo")
        if os.path.exists(demo):
            shutil.rmtree(demo)
        shutil.copytree(os.path.join(SRC, "fixtures", "demo"), demo, symlinks=True)
        # The folders the examples name: infra/ (some Terraform), policy/ (an empty custom pack to start from).
        os.makedirs(os.path.join(demo, "infra"))
        shutil.copy(os.path.join(demo, "terraform", "envs", "dev", "main.tf"), os.path.join(demo, "infra", "main.tf"))
        os.makedirs(os.path.join(demo, "policy"))
        git_init(demo)
        commands = 0
        for text in body.split("\n"):
            text = re.split(r"\s{2,}#", text)[0].strip()
            if not text.startswith("tollgate "):
                continue
            for command in text.split("&&"):
                argv = shlex.split(command)
                self.assertEqual(argv[0], "tollgate", f"{where}: {command}")
                p = run(*argv[1:], cwd=demo)
                self.assertIn(p.returncode, (0, 1), f"{where}: `{command.strip()}` exited {p.returncode}: {p.stderr}")
                self.assertNotIn("error", p.stderr.lower(), f"{where}: `{command.strip()}`")
                commands += 1
        self.assertGreater(commands, 0, where)

    def write_rule(self, pack_root, kind, arg, body, where):
        pack = os.path.join(pack_root, "policies")
        if kind == "lib":
            target = os.path.join(pack, "lib", arg + ".lua")
        else:
            m = re.search(r'\bid = "([a-z-]+)\.([a-z0-9-]+)"', body)
            self.assertIsNotNone(m, f"{where}: a rule example needs an id")
            target = os.path.join(pack, m.group(1), m.group(2) + ".lua")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write(body)
        if kind == "lib":
            return
        p = run("rules", "validate", pack)
        self.assertEqual(p.returncode, 0, f"{where}: {p.stdout}{p.stderr}")
        # Beside the built-in pack: an example must not reuse a built-in id.
        p = run("rules", "list", "--no-config", "--rules", pack)
        self.assertEqual((p.returncode, p.stderr), (0, ""), where)

    def check_config(self, pack_root, body, where):
        with open(os.path.join(pack_root, ".tollgate.yaml"), "w") as f:
            f.write(body)
        for m in re.finditer(r"^rules: \[(.*)\]", body, re.M):
            for folder in m.group(1).split(","):
                os.makedirs(os.path.join(pack_root, folder.strip()), exist_ok=True)
        p = run("rules", "list", cwd=pack_root)
        self.assertEqual((p.returncode, p.stderr), (0, ""), where)

    def check_config_errors(self, body, expected, where):
        files = [f for f in re.split(r"^# \d+\n", body, flags=re.M) if f.strip()]
        self.assertEqual(len(files), len(expected), f"{where}: one error line per file")
        for n, (text, error) in enumerate(zip(files, expected), 1):
            root = os.path.join(self.tmp, f"bad-{n}")
            os.makedirs(root)
            subprocess.run(["git", "init", "-q"], cwd=root, check=True)
            with open(os.path.join(root, ".tollgate.yaml"), "w") as f:
                f.write(text)
            p = run("scan", cwd=root)
            self.assertEqual(p.returncode, 2, f"{where}: file {n}")
            self.assertEqual(p.stderr.split("\n")[0], error, f"{where}: file {n}")


class DocFlagsTest(unittest.TestCase):
    def test_cli_md_documents_exactly_the_flags_help_lists(self):
        helped = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", run("--help").stdout))
        documented = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", read(os.path.join(SRC, "docs", "cli.md"))))
        self.assertEqual(sorted(helped - documented), [], "flags docs/cli.md does not describe")
        self.assertEqual(sorted(documented - helped), [], "flags docs/cli.md describes that tollgate does not have")

    def test_every_documented_configuration_key_is_accepted(self):
        text = read(os.path.join(SRC, "docs", "configuration.md"))
        section = text[text.index("## Keys"):text.index("## Precedence")]
        keys = re.findall(r"^\| `([a-z0-9-]+)` \|", section, re.M)
        self.assertGreaterEqual(len(keys), 11)
        with tempfile.TemporaryDirectory(prefix="tollgate-docs-") as root:
            subprocess.run(["git", "init", "-q"], cwd=root, check=True)
            for key in keys:
                with open(os.path.join(root, ".tollgate.yaml"), "w") as f:
                    f.write(key + ":\n")  # a key with no value is the same as one left out, but must be known
                p = run("rules", "list", cwd=root)
                self.assertEqual((p.returncode, p.stderr), (0, ""), key)


if __name__ == "__main__":
    unittest.main(verbosity=2)
