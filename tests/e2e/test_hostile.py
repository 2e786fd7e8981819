"""Hostile inputs a pull request controls (issue 9): its configuration, baseline and rule packs. Each case once
hung or exhausted memory; now each is a located error and exit 2, within seconds."""
import os
import unittest

from tg import TempTreeCase, run

SECRET_RULE = '''
return { id = "secrets.empty-match", title = "Empty match", severity = "high", tags = { "secrets" },
  applies_to = { "*" }, help = [[x]], pattern = [[(x*)]], keywords = { "a" },
  examples = { "xa", "xxa" }, negative_examples = { "b" } }
'''


class NotARegularFileTest(TempTreeCase):
    def test_devices_and_pipes_are_refused_not_read(self):
        self.tree({"a.yaml": "a: 1\n", "pack/config/.keep": ""})
        os.symlink("/dev/zero", os.path.join(self.root, "pack/config/zero.lua"))
        os.mkfifo(os.path.join(self.root, "fifo.yaml"))
        cases = [
            (["scan", "--config", "/dev/zero"], "cannot read configuration: not a regular file"),
            (["scan", "--config", "fifo.yaml"], "cannot read configuration: not a regular file"),
            (["scan", "--no-config", "--baseline", "/dev/zero", "a.yaml"], "cannot use baseline: not a regular file"),
            (["scan", "--no-config", "--rules", "pack", "a.yaml"], "cannot read the rule file: not a regular file"),
        ]
        for argv, says in cases:
            with self.subTest(argv=argv):
                p = run(*argv, cwd=self.root, timeout=30)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertIn(says, p.stdout + p.stderr)
        with open(os.path.join(self.root, ".tollgate.yaml"), "w") as f:
            f.write("baseline: /dev/zero\n")
        p = run("scan", "a.yaml", cwd=self.root, timeout=30)
        self.assertEqual(p.returncode, 2)
        self.assertIn("not a regular file", p.stdout)


class EmptyMatchPatternTest(TempTreeCase):
    def test_a_pattern_that_matches_empty_is_refused_at_load_everywhere(self):
        self.tree({"pack/secrets/empty-match.lua": SECRET_RULE, "a.txt": "a" * 1000 + "\n"})
        for argv in (["rules", "validate", "pack"], ["scan", "--no-config", "--rules", "pack", "a.txt"],
                     ["rules", "test", "pack"]):
            with self.subTest(argv=argv):
                p = run(*argv, cwd=self.root, timeout=30)
                self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
                self.assertIn("matches the empty string", p.stdout + p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
