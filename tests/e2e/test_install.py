"""cmake --install and cpack -G DEB from the build under test: the binary, the manual page and the bash, zsh and
fish completions, each written by the binary from its command table; the completions complete, the manual page
renders without a warning, and the .deb holds them all."""
import glob
import os
import re
import subprocess
import tempfile
import unittest

from tg import BIN, run

BUILD = os.environ.get("TOLLGATE_BUILD_DIR", os.path.dirname(BIN))


def commands_in_help():
    """The commands `tollgate --help` lists ("scan", "rules test", ...)."""
    out = run("--help").stdout
    return re.findall(r"^  tollgate ([a-z]+(?: [a-z]+)?)\b", out, re.M)


class InstallTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory(prefix="tollgate-install-")
        cls.prefix = os.path.join(cls._tmp.name, "prefix")
        p = subprocess.run(["cmake", "--install", BUILD, "--prefix", cls.prefix], capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        cls.files = {os.path.relpath(os.path.join(d, f), cls.prefix)
                     for d, _, fs in os.walk(cls.prefix) for f in fs}

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def path(self, rel):
        return os.path.join(self.prefix, rel)

    def test_what_is_installed(self):
        self.assertEqual(self.files, {
            "bin/tollgate", "share/man/man1/tollgate.1", "share/bash-completion/completions/tollgate",
            "share/zsh/vendor-completions/_tollgate", "share/fish/vendor_completions.d/tollgate.fish"})
        p = subprocess.run([self.path("bin/tollgate"), "--version"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0)
        self.assertRegex(p.stdout, r"^tollgate \d+\.\d+\.\d+")

    def test_the_manual_page_renders_and_names_every_command_and_flag(self):
        page = self.path("share/man/man1/tollgate.1")
        p = subprocess.run(["groff", "-man", "-Tutf8", "-ww", page], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stderr, "")
        text = re.sub(r".\x08", "", p.stdout)  # overstrike bold and underline
        for command in commands_in_help():
            self.assertIn("tollgate " + command, text)
        for flag in set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", run("scan", "--help").stdout)) - {"--help"}:
            self.assertIn(flag, text.replace("\u2010", "-"))
        self.assertIn("EXIT STATUS", text)

    def bash_complete(self, *words):
        script = self.path("share/bash-completion/completions/tollgate")
        line = " ".join(f"'{w}'" for w in words)
        p = subprocess.run(["bash", "-c", f"source '{script}'; COMP_WORDS=(tollgate {line}); "
                            "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _tollgate; printf '%s\\n' \"${COMPREPLY[@]}\""],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        return [w for w in p.stdout.split("\n") if w]

    def test_bash_completes_commands_flags_and_values(self):
        self.assertEqual(self.bash_complete("sc"), ["scan"])
        self.assertEqual(sorted(self.bash_complete("")), sorted(set(c.split()[0] for c in commands_in_help()) |
                                                               {"help", "--help", "--version"}))
        self.assertEqual(self.bash_complete("rules", "te"), ["test"])
        self.assertEqual(self.bash_complete("scan", "--format", ""), ["text", "json", "sarif", "junit", "markdown", "html"])
        # Each command's own formats: readiness writes SARIF but no JUnit, drift neither, `rules list` text or JSON.
        self.assertEqual(self.bash_complete("readiness", "--format", ""), ["text", "json", "markdown", "sarif"])
        self.assertEqual(self.bash_complete("drift", "envs", "--format", ""), ["text", "json", "markdown"])
        self.assertEqual(self.bash_complete("rules", "list", "--format", ""), ["text", "json"])
        self.assertEqual(self.bash_complete("drift", "--fail-on", "c"), ["critical"])
        self.assertEqual(self.bash_complete("scan", "src", "--fail-on", "h"), ["high"])
        self.assertEqual(self.bash_complete("scan", "--format", "json", "--sha"), ["--shard"])
        self.assertEqual(self.bash_complete("merge", "--fo"), ["--format"])
        self.assertEqual(self.bash_complete("rules", "test", "pack", "--se"), ["--select"])

    def test_fish_completes_and_zsh_reads_its_script(self):
        fish = self.path("share/fish/vendor_completions.d/tollgate.fish")
        def fish_complete(line):
            p = subprocess.run(["fish", "--no-config", "-c", f"source '{fish}'; complete -C '{line}'"],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            return [l.split("\t")[0] for l in p.stdout.splitlines()]
        self.assertIn("scan", fish_complete("tollgate sc"))
        self.assertIn("--shard", fish_complete("tollgate scan --sh"))
        self.assertEqual(fish_complete("tollgate scan --format "), ["html", "json", "junit", "markdown", "sarif", "text"])
        self.assertEqual(fish_complete("tollgate readiness --format "), ["json", "markdown", "sarif", "text"])
        self.assertIn("test", fish_complete("tollgate rules te"))
        zsh = self.path("share/zsh/vendor-completions/_tollgate")
        p = subprocess.run(["zsh", "-n", zsh], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(zsh) as f:
            body = f.read()
        self.assertTrue(body.startswith("#compdef tollgate\n"))
        for command in commands_in_help():
            self.assertIn(f"'{command}')", body)

    def test_the_deb_holds_the_binary_the_manual_and_the_completions(self):
        out = os.path.join(self._tmp.name, "deb")
        p = subprocess.run(["cpack", "-G", "DEB", "-B", out], cwd=BUILD, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        [deb] = glob.glob(os.path.join(out, "tollgate_*_*.deb"))
        listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True).stdout
        for rel in self.files:
            self.assertIn("./usr/" + rel, listing)
        fields = subprocess.run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends"], capture_output=True,
                                text=True, check=True).stdout
        self.assertIn("Package: tollgate", fields)
        self.assertIn("Depends: libc6 (>= 2.34), git", fields)
        # The packaged binary runs (stripped, but whole).
        extracted = os.path.join(self._tmp.name, "extracted")
        subprocess.run(["dpkg-deb", "-x", deb, extracted], check=True)
        p = subprocess.run([os.path.join(extracted, "usr/bin/tollgate"), "rules", "list"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("secrets.github-classic-pat", p.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
