return {
  id = "secrets.hexpm-api-key",
  title = "Hex.pm API key",
  severity = "critical",
  tags = { "secrets", "hexpm" },
  applies_to = { "*" },
  help = [[A Hex.pm API key, used by `mix hex.publish`, `rebar3 hex` and CI (as `HEX_API_KEY`) to act on hex.pm as the user or organization that owns it. A key with write permission publishes and retires package versions of every package its owner maintains, and organization keys read private packages.

**Fix:** Revoke the key on hex.pm (*Dashboard > Keys*, or `mix hex.user key revoke NAME`) and generate a replacement with only the permissions the job needs. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://hexdocs.pm/hex/Mix.Tasks.Hex.Config.html",
    "https://github.com/hexpm/hexpm/blob/main/lib/hexpm/accounts/auth.ex",
  },
  pattern = [[(?i:\bhex(?:pm)?[_\-.]?(?:api|org|organization|repo|write|read|publish)?[_\-.]?(?:key|token|secret))["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32})\b]],
  keywords = { "hexpm", "hex_", "hex-", "hex.", "hexapi", "hexorg", "hexrepo", "hexkey", "hextoken", "hexsecret" },
  entropy = 3.0,
  examples = {
    [[HEX_API_KEY=2dc778520518f496ef288202f87ccdda]],
    [[  HEXPM_API_KEY: "b6a8a508f6e6bab42e70ab237c2b8194"]],
    [[mix hex.config api_key aa330028463d94cb1d47f5b04d8cc9aa && export HEX_ORG_KEY=9c8bab2359775ee8c436edfcd821a3a6]],
  },
  negative_examples = {
    [[HEX_API_KEY=${{ secrets.HEX_API_KEY }}]],
    [[HEX_COLOR_KEY=ff00ff]],
    [[HEX_API_KEY=88619e59bca5d3bae164db4f48b0feb160e64ba8]],
  },
}
