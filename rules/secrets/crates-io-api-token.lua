return {
  id = "secrets.crates-io-api-token",
  title = "crates.io API token",
  severity = "critical",
  tags = { "secrets", "crates-io" },
  applies_to = { "*" },
  help = [[A crates.io API token (`cio…`). Within its scopes it publishes new versions of the owner's crates, yanks versions and changes owners.

**Fix:** Revoke the token on crates.io (*Account settings > API Tokens*) and check the crates for unexpected versions; prefer trusted publishing. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://doc.rust-lang.org/cargo/reference/publishing.html",
    "https://crates.io/settings/tokens",
  },
  pattern = [[\b(cio[A-Za-z0-9]{32})\b]],
  keywords = { "cio" },
  entropy = 3.5,
  examples = {
    [[CARGO_REGISTRY_TOKEN=cioCqV75RTcNeczT6TXTFOET2gtfYuqFHQL]],
    [[token = "cioG7r9WXaE6sLJag5ChVOTIS7wo7U5aQmr"]],
  },
  negative_examples = {
    [[CARGO_REGISTRY_TOKEN=cios5ppIR2egMVmHUEZouwtrV7LYZOOl]],
    [[social_ciofunctionalities_are_many_in_text_xx]],
  },
}
