"""Helpers for the end-to-end tests: run the real binary on real files in a temp directory."""
import hashlib
import json
import os
import subprocess
import tempfile
import textwrap
import unittest

BIN = os.path.abspath(os.environ.get("TOLLGATE_BIN", "build/tollgate"))
SRC = os.environ.get("TOLLGATE_SOURCE_DIR", os.getcwd())
# The standards' schemas the reports are validated against, kept as test data (see its README.md).
SCHEMAS = os.path.join(SRC, "tests", "data", "schemas")


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
