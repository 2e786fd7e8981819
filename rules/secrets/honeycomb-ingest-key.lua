return {
  id = "secrets.honeycomb-ingest-key",
  title = "Honeycomb ingest key",
  severity = "medium",
  tags = { "secrets", "honeycomb" },
  applies_to = { "*" },
  help = [[A Honeycomb ingest key (`hcaik_` / `hcxik_`). It sends events and traces into an environment and can create datasets.

**Fix:** Disable or delete the key in Honeycomb (*Environment settings > API Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.honeycomb.io/configure/environments/manage-api-keys/",
    "https://docs.honeycomb.io/get-started/best-practices/api-keys/",
  },
  pattern = [[\b(hc[ax]ik_[a-z0-9]{58})\b]],
  keywords = { "hcaik_", "hcxik_" },
  entropy = 3.5,
  examples = {
    [[HONEYCOMB_API_KEY=hcaik_h6xt6512oxit2wuaai042harjf0hfkjqs050nkymfsrzu9iyog90fdqc6m]],
    [[  x-honeycomb-team: hcaik_30mszn537vvz3hv4uful7nzk22va29kw0m7ikytx8r0g1mvq3pegadxps2]],
  },
  negative_examples = {
    [[HONEYCOMB_API_KEY=hcaik_5ywonf4n46knanw1ilxwjatxq9kkjisfaw76v36ysv8j71f66pc7nz0]],
  },
}
