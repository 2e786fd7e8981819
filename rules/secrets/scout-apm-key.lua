return {
  id = "secrets.scout-apm-key",
  title = "Scout APM organization key",
  severity = "medium",
  tags = { "secrets", "scout-apm" },
  applies_to = { "*" },
  help = [[A Scout APM organization key (`SCOUT_KEY`), which the Scout agents use to report traces, metrics and errors for every application of the organization. A holder can send forged or junk monitoring data into the organization's apps, skewing dashboards and alerts and consuming the plan's quota.

**Fix:** Regenerate the organization key in the Scout UI (organization settings) and update the `SCOUT_KEY` config var of every application that reports to it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://scoutapm.com/docs/python/configuration",
    "https://scoutapm.com/docs/node/configuration",
    "https://github.com/scoutapp/standalone_grape_example/blob/master/config/scout_apm.yml",
  },
  pattern = [[(?i:\bscout(?:_apm)?_key)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{20})\b]],
  keywords = { "scout_key", "scout_apm_key" },
  entropy = 3.5,
  examples = {
    [[SCOUT_KEY=Z1EzYWsa8K9hJyd62G4i]],
    [[export SCOUT_KEY="Jt5fmTve817oB2QnYQIS"]],
  },
  negative_examples = {
    [[SCOUT_KEY=00000000000000000000]],
    [[SCOUT_KEY=${SCOUT_KEY}]],
    [[SCOUT_KEY=YOURKEY]],
  },
}
