"""Helpers for the end-to-end tests: run the real binary on real files in a temp directory."""
import hashlib
import json
import os
import pty
import subprocess
import tempfile
import textwrap
import unittest
import zlib

BIN = os.path.abspath(os.environ.get("TOLLGATE_BIN", "build/tollgate"))
SRC = os.environ.get("TOLLGATE_SOURCE_DIR", os.getcwd())
# The standards' schemas the reports are validated against, kept as test data (see its README.md).
SCHEMAS = os.path.join(SRC, "tests", "data", "schemas")


BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def github_token(body, prefix="ghp_"):
    """A synthetic GitHub token in the documented shape: prefix, 30 base62 characters (`body`), and their CRC-32
    in 6 base62 characters, which secrets.github-* verify. Made by the tests so that no token is committed."""
    assert len(body) == 30
    n = zlib.crc32(body.encode())
    check = ""
    while n:
        n, d = divmod(n, 62)
        check = BASE62[d] + check
    return prefix + body + check.rjust(6, "0")


def run(*args, cwd=None, env=None, timeout=120):
    e = dict(os.environ)
    e.pop("NO_COLOR", None)
    if env:
        e.update(env)
    p = subprocess.run([BIN, *args], cwd=cwd, env=e, capture_output=True, text=True, timeout=timeout)
    return p


def write_tree(root, files):
    """files: {relative path: text}; text is dedented."""
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        mode = "wb" if isinstance(text, bytes) else "w"
        with open(path, mode) as f:
            f.write(text if isinstance(text, bytes) else textwrap.dedent(text).lstrip("\n"))


def tree_digest(root):
    """A digest of every file's path, bytes and mode under root: proves a scan modified nothing."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        for name in sorted(filenames):
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                h.update(("L" + p + os.readlink(p)).encode())
                continue
            st = os.stat(p)
            h.update(p.encode() + str(st.st_mode).encode())
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def scan_json(*args, cwd=None):
    p = run("scan", "--format", "json", *args, cwd=cwd)
    return p, (json.loads(p.stdout) if p.stdout.strip() else None)


class TempTreeCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="tollgate-e2e-")
        self.root = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def tree(self, files):
        write_tree(self.root, files)


def run_on_a_tty(argv, cwd, env=None, tty="stdout"):
    """Runs tollgate with stdout (or stderr) on a pseudo-terminal, so that its terminal checks really pass.
    Returns (exit code, what the terminal got, what the other stream got), both decoded."""
    master, slave = pty.openpty()
    e = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    e.update(env or {})
    other = subprocess.PIPE
    proc = subprocess.Popen([BIN, *argv], cwd=cwd, env=e, stdout=slave if tty == "stdout" else other,
                            stderr=slave if tty == "stderr" else other)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        seen += chunk
    stream = proc.stderr if tty == "stdout" else proc.stdout
    rest = stream.read()
    stream.close()
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, seen.decode("utf-8", "replace"), rest.decode("utf-8", "replace")


class GitRepoCase(TempTreeCase):
    """A temp directory that is a git repository with an author configured."""

    def git(self, *args, check=True):
        return subprocess.run(["git", *args], cwd=self.root, check=check, capture_output=True, text=True)

    def setUp(self):
        super().setUp()
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Ada Tester")
        self.git("config", "user.email", "ada@example.com")
        self.git("config", "commit.gpgsign", "false")

    def commit_all(self, msg):
        self.git("add", "-A")
        self.git("commit", "-qm", msg)
        return self.git("rev-parse", "HEAD").stdout.strip()
