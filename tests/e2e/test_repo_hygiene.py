"""A clone alone passes its tests: no file of the repository may reach into the team's shared folder, which sits
beside the checkout on the developers' machines and not beside a user's clone.

Checked: every file git tracks, plus new files it does not ignore yet, except tests/data/ (test data with its
own provenance notes). Markdown is documentation text: its prose may name the folder, but its code (fenced blocks,
`inline code`) and link targets may not, since a reader runs or follows those.
"""
import os
import re
import subprocess
import unittest

from tg import SRC

# The patterns are assembled from pieces so that this file does not match them itself.
DOTS = "." * 2
NAME = "sha" + "red"
PATTERNS = [
    # The folder as a relative path from the checkout (with / or \ after the two dots), alone or as a prefix.
    re.compile(re.escape(DOTS) + r"[/\\]" + NAME + r"(?![\w-])"),
    # The same path joined from quoted pieces, as os.path.join() or std::filesystem's operator/ would build it.
    re.compile(r"""["']""" + re.escape(DOTS) + r"""["']\s*[,/+]\s*["']""" + NAME + r"""["']"""),
    # The folder's schema copies, by their relative path.
    re.compile(NAME + r"/schemas\b"),
    # The variable that used to carry the folder's path to the tests.
    re.compile("TOLLGATE_" + NAME.upper()),
    # The folder's absolute path on the developers' machines.
    re.compile(r"/work/" + NAME + r"\b"),
]

EXEMPT_DIRS = ("tests/data/",)

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK_TARGET = re.compile(r"\]\(([^)\s]*)")


def repository_files():
    """Paths relative to SRC: tracked files and untracked ones that are not ignored. Outside a git work tree
    (an unpacked archive), every file but build output, node_modules and .git."""
    p = subprocess.run(["git", "-C", SRC, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                       capture_output=True, text=True)
    if p.returncode == 0:
        return sorted({f for f in p.stdout.split("\0") if f})
    files = []
    for dirpath, dirnames, filenames in os.walk(SRC):
        dirnames[:] = sorted(d for d in dirnames if d not in (".git", "node_modules") and not d.startswith("build"))
        files += [os.path.relpath(os.path.join(dirpath, n), SRC) for n in sorted(filenames)]
    return files


def checked_parts(path, text):
    """(line number, text) pairs of the file that are checked: every line, or in Markdown the code and links."""
    if not path.endswith(".md"):
        return list(enumerate(text.splitlines(), 1))
    parts, fenced = [], False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            parts.append((number, line))
        elif fenced:
            parts.append((number, line))
        else:
            parts += [(number, m.group(2)) for m in INLINE_CODE.finditer(line)]
            parts += [(number, m.group(1)) for m in LINK_TARGET.finditer(line)]
    return parts


def mentions(path, text):
    return [f"{path}:{number}: {part.strip()}" for number, part in checked_parts(path, text)
            if any(p.search(part) for p in PATTERNS)]


class RepoHygieneTest(unittest.TestCase):
    def test_patterns_catch_the_ways_the_folder_was_named(self):
        for sample in (DOTS + "/" + NAME + "/schemas/junit.xsd",
                       "${CMAKE_SOURCE_DIR}/" + DOTS + "/" + NAME,
                       'os.path.join(SRC, "' + DOTS + '", "' + NAME + '")',
                       'fs::path(dir) / "' + DOTS + '" / "' + NAME + '"',
                       'os.path.join(x, "' + NAME + '/schemas/sarif-schema-2.1.0.json")',
                       "-DTOLLGATE_" + NAME.upper() + "_DIR=x",
                       "cat /work/" + NAME + "/DESIGN.md"):
            self.assertTrue(any(p.search(sample) for p in PATTERNS), sample)
        for sample in ("uses: ./.github/workflows/" + NAME + ".yml", "std::" + NAME + "_ptr<Node>",
                       "write(outside / \"" + NAME + "/policy.yaml\");", DOTS + "/" + NAME + "-config"):
            self.assertFalse(any(p.search(sample) for p in PATTERNS), sample)

    def test_markdown_prose_is_free_but_code_and_links_are_checked(self):
        folder = DOTS + "/" + NAME
        self.assertEqual(mentions("docs/x.md", f"The team keeps notes in {folder} on its machines.\n"), [])
        self.assertEqual(len(mentions("docs/x.md", f"Run `cat {folder}/DESIGN.md` first.\n")), 1)
        self.assertEqual(len(mentions("docs/x.md", f"See [the design]({folder}/DESIGN.md).\n")), 1)
        self.assertEqual(len(mentions("docs/x.md", f"```sh\nls {folder}\n```\n")), 1)
        self.assertEqual(len(mentions("tests/x.py", f"# {folder}\n")), 1)

    def test_no_file_reaches_into_the_shared_folder(self):
        files = repository_files()
        self.assertIn("CMakeLists.txt", files)
        found = []
        for path in files:
            if path.startswith(EXEMPT_DIRS):
                continue
            full = os.path.join(SRC, path)
            if not os.path.isfile(full) or os.path.islink(full):
                continue
            with open(full, "rb") as f:
                data = f.read()
            if b"\0" in data:
                continue  # binary
            found += mentions(path, data.decode("utf-8", errors="replace"))
        self.assertEqual(found, [], "files that reach into the shared folder beside the checkout, which a clone "
                                    "does not have; keep what the tests need under tests/data/:\n" + "\n".join(found))


if __name__ == "__main__":
    unittest.main(verbosity=2)
