-- gates.suppression-added: a change that adds a tollgate:ignore comment.
-- Implemented in the engine (engine/gate_change.cc), on change scans only. This file carries the metadata.
return {
  id = "gates.suppression-added",
  title = "Change adds an inline suppression",
  severity = "low",
  tags = { "gates", "bypass", "change" },
  applies_to = { "*" },
  native = true,
  help = [[
Reported on a change scan (`--diff REV`, `--staged`) for each `tollgate:ignore[...] reason` comment that the
changed file has and its base version does not (compared by rule ids and reason, so moving code is not a new
suppression). The suppression may be right; the point is that a reviewer sees it. Inline suppressions do not
apply to this finding, and the configuration under change cannot switch it off.

Fix: nothing when the reason holds and a reviewer agrees; otherwise fix the finding the comment hides.
See docs/rules/gates/suppression-added.md.]],
  references = {
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html",
  },
}
