"""The command line as a new user meets it: command groups, per-command --help, colour, git errors, rules new."""
import os
import unittest

from tg import GitRepoCase, TempTreeCase, run, run_on_a_tty

# Every command of the table in cli/main.cc, by the words that name it.
COMMANDS = ["scan", "git", "baseline create", "rules list", "rules explain", "rules test", "rules validate",
            "rules new"]

# A synthetic token in the Airtable personal access token shape (the built-in fixture's); not a real credential.
AIRTABLE = "patLmkZRovzqJUQpJ.95b077682039dd55c31332341f3511d8093a797db7d0ee00e8c651984baa805d"


class GroupsAndHelpTest(TempTreeCase):
    def test_a_group_alone_is_a_usage_error_that_lists_its_commands(self):
        for group, subs in (("rules", ["list", "explain", "test", "validate", "new"]), ("baseline", ["create"])):
            p = run(group)
            self.assertEqual(p.returncode, 2, group)
            self.assertEqual(p.stdout, "", group)
            self.assertIn(f"'{group}' needs a command", p.stderr)
            self.assertNotIn("unknown command", p.stderr)
            for sub in subs:
                self.assertIn(f"tollgate {group} {sub}", p.stderr)
            self.assertNotIn("tollgate scan", p.stderr)  # the group's commands, not every command

    def test_group_help_goes_to_stdout(self):
        for group in ("rules", "baseline"):
            for flag in ("--help", "-h"):
                p = run(group, flag)
                self.assertEqual(p.returncode, 0, (group, flag, p.stderr))
                self.assertEqual(p.stderr, "")
                self.assertIn(f"Usage: tollgate {group} COMMAND", p.stdout)
                self.assertNotIn("tollgate scan", p.stdout)
        p = run("rules", "--help")
        self.assertIn("tollgate rules test [DIR]", p.stdout)
        self.assertIn("run each rule on its annotated fixtures", p.stdout)  # the one-line summary
        self.assertNotIn("--select", p.stdout)  # flags belong to each command's own help
        self.assertEqual(run("help", "rules").stdout, p.stdout)

    def test_unknown_command_of_a_group(self):
        p = run("rules", "frob")
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown command 'rules frob'", p.stderr)
        self.assertIn("tollgate rules validate", p.stderr)
        p = run("baseline", "frob", "--help")
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown command 'baseline frob'", p.stderr)
        self.assertIn("tollgate baseline create", p.stderr)
        p = run("frob")
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown command 'frob'", p.stderr)

    def test_command_help_shows_that_command_only(self):
        for name in COMMANDS:
            for flag in ("--help", "-h"):
                p = run(*name.split(), flag)
                self.assertEqual(p.returncode, 0, (name, flag, p.stderr))
                self.assertEqual(p.stderr, "")
                self.assertTrue(p.stdout.startswith(f"Usage:\n  tollgate {name}"), (name, p.stdout[:80]))
                for other in COMMANDS:
                    if other != name:
                        self.assertNotIn(f"tollgate {other} ", p.stdout, (name, other))
            self.assertEqual(run("help", *name.split()).stdout, run(*name.split(), "--help").stdout)
        scan = run("scan", "--help").stdout
        for flag in ("--fail-on SEVERITY", "--format FORMAT", "--no-color", "-h, --help"):
            self.assertIn(flag, scan)
        test = run("rules", "test", "-h", "--select", "x").stdout
        self.assertIn("--select ID|TAG", test)
        self.assertNotIn("--fail-on", test)
        # The global help still lists every command with its flags.
        full = run("--help").stdout
        for name in COMMANDS:
            self.assertIn(f"tollgate {name}", full)
        self.assertIn("--decode-base64", full)
        self.assertEqual(run("help").stdout, full)
        p = run("help", "frob")
        self.assertEqual(p.returncode, 2)
        self.assertIn("no command 'frob'", p.stderr)

    def test_help_after_double_dash_is_a_path(self):
        p = run("scan", "--no-config", "--", "--help", cwd=self.root)
        self.assertEqual(p.returncode, 2)  # a path that does not exist, not the help
        self.assertNotIn("Usage:", p.stdout)


class ColorTest(TempTreeCase):
    def setUp(self):
        super().setUp()
        self.tree({"app.env": f"AIRTABLE_TOKEN={AIRTABLE}\n"})

    def scan_on_a_tty(self, env_changes, *flags):
        """Runs a scan with stdout on a pseudo-terminal, so the terminal test in the binary really passes."""
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
        env.update(env_changes)
        code, out, err = run_on_a_tty(["scan", "--no-config", "--no-progress", "--select", "secrets.airtable-pat", *flags,
                                       "."], cwd=self.root, env=env)
        self.assertEqual(code, 1, err)
        self.assertIn("secrets.airtable-pat", out)
        return "\x1b[" in out

    def test_colour_on_a_terminal_unless_told_otherwise(self):
        self.assertTrue(self.scan_on_a_tty({"TERM": "xterm"}))
        # https://no-color.org: only a NO_COLOR that is set and not empty turns colour off.
        self.assertTrue(self.scan_on_a_tty({"TERM": "xterm", "NO_COLOR": ""}))
        self.assertFalse(self.scan_on_a_tty({"TERM": "xterm", "NO_COLOR": "1"}))
        self.assertFalse(self.scan_on_a_tty({"TERM": "xterm", "NO_COLOR": "0"}))
        self.assertFalse(self.scan_on_a_tty({"TERM": "dumb"}))
        self.assertFalse(self.scan_on_a_tty({"TERM": "xterm"}, "--no-color"))

    def test_no_colour_into_a_pipe(self):
        p = run("scan", "--no-config", "--select", "secrets.airtable-pat", ".", cwd=self.root, env={"TERM": "xterm"})
        self.assertEqual(p.returncode, 1)
        self.assertIn("secrets.airtable-pat", p.stdout)
        self.assertNotIn("\x1b[", p.stdout)


class GitErrorTest(GitRepoCase):
    def setUp(self):
        super().setUp()
        self.tree({"README.md": "# app\n"})
        self.commit_all("init")

    def git_error_lines(self, *args):
        """What git itself says, line by line, for the command tollgate runs: the message to be kept."""
        p = self.git(*args, check=False)
        self.assertNotEqual(p.returncode, 0)
        return [line for line in p.stderr.splitlines() if line]

    def assert_kept(self, text, lines, prefix):
        self.assertNotIn("\ufffd", text)  # no line break turned into a replacement character
        self.assertIn(prefix + lines[0] + "\n", text)
        for line in lines[1:]:
            self.assertIn("\n    " + line + "\n", text)  # continuation lines indented under the first

    def test_a_multi_line_git_error_keeps_its_lines(self):
        lines = self.git_error_lines("log", "no-such-rev..HEAD")
        self.assertGreater(len(lines), 1, "git's message for an unknown range should have hints")
        p = run("git", "--since", "no-such-rev", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assert_kept(p.stdout, lines, "error: git: ")  # the text report
        p = run("git", "--since", "no-such-rev", "--format", "json", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assert_kept(p.stderr, lines, "tollgate: error: git: ")  # stderr, when no text report is shown

    def test_diff_against_a_missing_revision(self):
        lines = self.git_error_lines("diff", "--name-only", "nonexistent-rev", "--")
        p = run("scan", "--diff", "nonexistent-rev", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assert_kept(p.stdout, lines, "error: git: ")
        self.assertIn("nonexistent-rev", p.stdout)


class NotARepositoryTest(TempTreeCase):
    def test_git_outside_a_repository(self):
        env = {"GIT_CEILING_DIRECTORIES": os.path.dirname(self.root)}  # no repository above the temp folder either
        p = run("git", cwd=self.root, env=env)
        self.assertEqual(p.returncode, 2)
        self.assertIn("error: git: fatal: not a git repository", p.stdout)
        self.assertNotIn("\ufffd", p.stdout)


class RulesNewTest(TempTreeCase):
    def fake_source_tree(self, project="tollgate"):
        self.tree({"CMakeLists.txt": f"cmake_minimum_required(VERSION 3.20)\nproject({project} VERSION 0.1.0 LANGUAGES CXX)\n",
                   "rules/gates/existing.lua": "return {}\n",
                   "fixtures/rules/gates/existing/a.yaml": "a: 1\n"})

    def files(self):
        out = []
        for dirpath, _, names in os.walk(self.root):
            out += [os.path.relpath(os.path.join(dirpath, n), self.root) for n in names]
        return sorted(out)

    def test_refuses_without_dir_outside_the_source_tree(self):
        p = run("rules", "new", "gates", "my-check", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("--dir DIR", p.stderr)
        self.assertEqual(self.files(), [])
        # Folders named like the source tree's are not enough: its CMakeLists.txt must declare project(tollgate).
        self.fake_source_tree(project="myapp")
        before = self.files()
        p = run("rules", "new", "gates", "my-check", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertEqual(self.files(), before)

    def test_builtin_layout_in_the_source_tree(self):
        self.fake_source_tree()
        p = run("rules", "new", "gates", "my-check", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        for rel in ("rules/gates/my-check.lua", "fixtures/rules/gates/my-check/example.yaml",
                    "docs/rules/gates/my-check.md"):
            self.assertTrue(os.path.isfile(os.path.join(self.root, rel)), rel)
            self.assertIn("created " + rel, p.stdout)

    def test_never_overwrites_a_fixture_or_doc(self):
        self.tree({"pack/gates/my-check/example.yaml": "mine\n"})
        p = run("rules", "new", "gates", "my-check", "--dir", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("pack/gates/my-check/example.yaml already exists", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.root, "pack/gates/my-check.lua")))
        with open(os.path.join(self.root, "pack/gates/my-check/example.yaml")) as f:
            self.assertEqual(f.read(), "mine\n")

        self.fake_source_tree()
        self.tree({"docs/rules/gates/other.md": "my notes\n"})
        p = run("rules", "new", "gates", "other", cwd=self.root)
        self.assertEqual(p.returncode, 2)
        self.assertIn("docs/rules/gates/other.md already exists", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.root, "rules/gates/other.lua")))
        self.assertFalse(os.path.exists(os.path.join(self.root, "fixtures/rules/gates/other")))
        with open(os.path.join(self.root, "docs/rules/gates/other.md")) as f:
            self.assertEqual(f.read(), "my notes\n")

    def test_secret_rule_is_declarative_and_passes_out_of_the_box(self):
        p = run("rules", "new", "secrets", "acme-token", "--dir", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(self.root, "pack/secrets/acme-token.lua")) as f:
            lua = f.read()
        self.assertIn("pattern = [[", lua)
        self.assertIn("keywords = {", lua)
        self.assertNotIn("check", lua)
        with open(os.path.join(self.root, "pack/secrets/acme-token/example.env")) as f:
            fixture = f.read()
        self.assertIn("# ruleid: secrets.acme-token\n", fixture)
        self.assertIn("# ok: secrets.acme-token\n", fixture)
        p = run("rules", "validate", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("1 rules valid, 0 errors", p.stdout)
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("PASS secrets.acme-token", p.stdout)
        self.assertTrue(p.stdout.rstrip().endswith("1 passed, 0 failed"))
        # The fixture is really checked: drop the positive case's annotation and the test fails.
        fx = os.path.join(self.root, "pack/secrets/acme-token/example.env")
        with open(fx, "w") as f:
            f.write(fixture.replace("# ruleid: secrets.acme-token\n", ""))
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stdout)
        # A scan with the pack finds the example token.
        p = run("scan", "--no-config", "--rules", "pack", "--select", "secrets.acme-token", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)

    def test_lua_rule_passes_test_and_validate(self):
        p = run("rules", "new", "resilience", "my-check", "--dir", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(run("rules", "validate", "pack", cwd=self.root).returncode, 0)
        p = run("rules", "test", "pack", cwd=self.root)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("PASS resilience.my-check", p.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
