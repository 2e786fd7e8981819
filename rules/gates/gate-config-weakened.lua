-- gates.gate-config-weakened: a change that switches tollgate's own gate off through .tollgate.yaml.
-- Implemented in the engine (engine/gate_change.cc): it compares the configuration with its base version, which
-- only a change scan (--diff REV, --staged) has. This file carries the rule's metadata.
return {
  id = "gates.gate-config-weakened",
  title = "Change weakens tollgate's own configuration",
  severity = "high",
  tags = { "gates", "bypass", "change" },
  applies_to = { "*" },
  native = true,
  help = [[
Reported on a change scan (`--diff REV`, `--staged`) when the change to `.tollgate.yaml` makes the gate pass
more than the base did: a `skip` entry or a narrower `select` that switches off rules the base ran, a
`severity` entry that lowers a rule, `fail-on` raised, an `exclude` pattern added, `max-file-size` or
`max-findings-per-file` lowered, a custom rule pack dropped from `rules`. One finding per setting, naming the
rules it affects. The change is judged by the base's configuration: the file under change cannot switch this
rule off, lower it or suppress it.

Fix: make the change in a pull request of its own that the gate's owners review; in CI, take the
configuration from the target branch (see docs/rules/gates/gate-config-weakened.md).]],
  references = {
    "https://docs.github.com/en/code-security/code-scanning/managing-your-code-scanning-configuration",
    "https://slsa.dev/spec/v1.0/threats",
  },
}
