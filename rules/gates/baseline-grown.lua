-- gates.baseline-grown: a change that adds findings to tollgate's baseline, so they stop failing the gate.
-- Implemented in the engine (engine/gate_change.cc), on change scans only. This file carries the metadata.
return {
  id = "gates.baseline-grown",
  title = "Change adds findings to the baseline",
  severity = "medium",
  tags = { "gates", "bypass", "change" },
  applies_to = { "*" },
  native = true,
  help = [[
Reported on a change scan (`--diff REV`, `--staged`) when the baseline file the configuration names (or
`--baseline`) gains fingerprints the base version did not have: each accepted finding stops failing the gate.
One finding per baseline file, at its first new entry, with the count and the rules concerned. A new
baseline file counts every entry. Judged by the base's configuration, like gates.gate-config-weakened.

Fix: fix the findings instead; when accepting them is right, do it in a change of its own that the gate's
owners review. See docs/rules/gates/baseline-grown.md.]],
  references = {
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html",
  },
}
