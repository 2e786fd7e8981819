return {
  id = "secrets.mollie-live-api-key",
  title = "Mollie live API key",
  severity = "critical",
  tags = { "secrets", "mollie" },
  applies_to = { "*" },
  help = [[A Mollie live API key (`live_…`) of a website profile. It calls the Mollie payments API for real transactions: creating payments, issuing refunds, reading payments, customers and mandates, and whatever else the key's permissions allow.

**Fix:** Regenerate the key in the Mollie Web App (*Developers > API access tokens*) and update the integration; check refunds and payments created since the key was exposed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mollie.com/reference/authentication",
    "https://help.mollie.com/hc/en-us/articles/115000328205-Where-can-I-find-the-API-key-",
  },
  pattern = [[(?i:mollie)[\w.\-]{0,40}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?(live_[A-Za-z0-9]{30})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "mollie" },
  entropy = 3.5,
  examples = {
    [[MOLLIE_API_KEY=live_qgEkzXNUJmri9lFrmUhdOpnUy0fyJQ]],
    [[  mollie_live_key: "live_kLikxSbgmZ8sKUs880FkFx2tKA307x"]],
  },
  negative_examples = {
    [[MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[MOLLIE_API_KEY=live_qgEkzXNUJmri9lFrmUhdOpnUy0fy]],
    [[API_KEY=live_qgEkzXNUJmri9lFrmUhdOpnUy0fyJQ]],
  },
}
