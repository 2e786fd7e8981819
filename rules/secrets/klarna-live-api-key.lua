return {
  id = "secrets.klarna-live-api-key",
  title = "Klarna live API key",
  severity = "critical",
  tags = { "secrets", "klarna" },
  applies_to = { "*" },
  help = [[A Klarna API key for production (`klarna_live_api_…`). Sent as the `Authorization: Basic` credential, it transacts on the merchant's online store (MID): creating payment sessions and orders, capturing, refunding and cancelling them, and reading order and customer data.

**Fix:** Disable the credential in the Klarna Merchant Portal (*Settings > API credentials*), or through the credentials API for partner accounts, create a new one, and review captures and refunds made since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.klarna.com/api/authentication/",
    "https://docs.klarna.com/klarna-network-distribution/manage-partners/integration-setup-and-notifications/account-credentials",
  },
  pattern = [[\b(klarna_live_api_[A-Za-z0-9_\-]{20,300}={0,2})(?:[^A-Za-z0-9_\-=]|$)]],
  keywords = { "klarna_live_api_" },
  entropy = 3.5,
  allow = { [[(?i)(?:\.\.\.|\[\.\.\.\])]] },
  allow_context = { [=[\[\.\.\.\]]=] },
  examples = {
    [[KLARNA_API_KEY=klarna_live_api_oBL_q6_qgQHFS7ByPBowSAJSqACl680yADndbumzyYkTTpPC3zlvhpAB97NAqPT3t7rITH3X]],
    [[  klarna_api_key: "klarna_live_api_aElcV-P_e-Itf9ArVkEAjFR87fPa9RAt7zgjwVFNGnvWZOsOxta4d5r9fJgzxVw-YdIeQPPG"]],
  },
  negative_examples = {
    [[KLARNA_API_KEY=klarna_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVjKnIqeC[...]Uybz0]],
    [[KLARNA_CLIENT_ID=klarna_live_client_oBL_q6_qgQHFS7ByPBowSAJSqACl680yADndbumzyYkTTpPC3zlvhpAB97NAq]],
    [[KLARNA_API_KEY=klarna_live_api_<random>]],
  },
}
