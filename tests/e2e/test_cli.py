"""The command line as a new user meets it: command groups and per-command --help."""
import os
import unittest

from tg import TempTreeCase, run

# Every command of the table in cli/main.cc, by the words that name it.
COMMANDS = ["scan", "git", "baseline create", "rules list", "rules explain", "rules test", "rules validate",
            "rules new"]


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


if __name__ == "__main__":
    unittest.main(verbosity=2)
