return {
  id = "secrets.onfido-api-token",
  title = "Onfido API token",
  severity = "high",
  tags = { "secrets", "onfido" },
  applies_to = { "*" },
  help = [=[An Onfido API token (`api_live…` for production, `api_sandbox…` for the sandbox). A live token reads and creates applicants, their identity documents, selfies and check results, and starts billed checks.

**Fix:** Delete the token in the Onfido Dashboard (*Developers > Tokens*) and create a replacement; Onfido recommends rotating live tokens when someone with access leaves. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.onfido.com/guide/get-started-integrating/",
    "https://support.onfido.com/hc/en-us/articles/7470586990109-Sandbox-check-result-predefined-response",
  },
  pattern = [=[(?i:onfido)[^\n]{0,80}?\b(api_(?:live|sandbox)[A-Za-z0-9_.\-]{24,200})(?:[^A-Za-z0-9_.\-]|$)]=],
  keywords = { "onfido" },
  entropy = 3.5,
  examples = {
    [=[ONFIDO_API_TOKEN=api_live.XM9J5G1pjuz.2cc0sjt9ok-h1K2OoDjJ-7_9K9sBvan_]=],
    [=[onfido = Onfido::API.new(api_token: "api_sandbox.FYcOoMM5Sv_.sYykPX7o8VvV3kLs1BlZcJXM5_dpeW8l")]=],
  },
  negative_examples = {
    [=[API_TOKEN=api_live.XM9J5G1pjuz.2cc0sjt9ok-h1K2OoDjJ-7_9K9sBvan_]=],
    [=[ONFIDO_API_TOKEN=api_live_rfiqojOW4f]=],
    [=[ONFIDO_API_TOKEN=api_sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
  },
}
