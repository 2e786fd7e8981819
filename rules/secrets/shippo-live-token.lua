return {
  id = "secrets.shippo-live-token",
  title = "Shippo live API token",
  severity = "high",
  tags = { "secrets", "shippo" },
  applies_to = { "*" },
  help = [[A Shippo live API token (`shippo_live_`). It buys shipping labels charged to the account and reads shipments with customers' addresses.

**Fix:** Regenerate the live token in Shippo (*Settings > API*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.goshippo.com/docs/guides_general/authentication/",
    "https://docs.goshippo.com/shippoapi/public-api/",
  },
  pattern = [[\b(shippo_live_[a-f0-9]{40})\b]],
  keywords = { "shippo_live_" },
  entropy = 3.2,
  examples = {
    [[SHIPPO_API_TOKEN=shippo_live_3e94d526f0a7acb68126f926975800056dd3129d]],
    [[  shippo_token: "shippo_live_ce4360d75964fe5c30ba16844f6a57eb3ebf35ef"]],
  },
  negative_examples = {
    [[SHIPPO_API_TOKEN=shippo_test_a7c3e9f1b5d2048c6e8a0f3b7d9c1e5a2b4f6d80]],
    [[SHIPPO_API_TOKEN=shippo_live_4b94d5e9e655b1161864d3df62f8e0ce3868e]],
  },
}
