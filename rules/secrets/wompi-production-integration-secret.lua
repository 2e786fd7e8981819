return {
  id = "secrets.wompi-production-integration-secret",
  title = "Wompi production events or integrity secret",
  severity = "high",
  tags = { "secrets", "wompi" },
  applies_to = { "*" },
  help = [[A Wompi production integration secret: the events secret (`prod_events_…`), which signs the webhook events Wompi sends, or the integrity secret (`prod_integrity_…`), which signs the amount and reference of a checkout. With it, anyone can forge a webhook that the merchant's server accepts as a paid transaction, or sign a checkout with an altered amount.

**Fix:** Regenerate the secrets in the Wompi merchant dashboard (*Desarrolladores > Secretos para integración técnica*) and update the webhook and checkout signing code with the new values. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.wompi.co/en/docs/panama/ambientes-y-llaves/",
    "https://docs.wompi.co/en/docs/colombia/eventos/",
  },
  pattern = [[\b(prod_(?:events|integrity)_[A-Za-z0-9]{28,40})\b]],
  keywords = { "prod_events_", "prod_integrity_" },
  entropy = 3.5,
  allow = { [[^prod_events_Y49rL5FGw4vTeiUaZaJ957hlpezdPQ0r$]], [[^prod_integrity_ep4b3kSYJg2bWHwL7ulhPCDvaiyGDW7V$]] },
  examples = {
    [[WOMPI_EVENTS_SECRET=prod_events_IkGVcZd362Sk0qZdqVxNzzOZvGdEflMW]],
    [[WOMPI_INTEGRITY_SECRET=prod_integrity_Z6TiCftTqd5gnbOcLisvMlu6pafMCYyY]],
  },
  negative_examples = {
    [[WOMPI_EVENTS_SECRET=test_events_IkGVcZd362Sk0qZdqVxNzzOZvGdEflMW]],
    [[WOMPI_EVENTS_SECRET=prod_events_Y49rL5FGw4vTeiUaZaJ957hlpezdPQ0r]],
    [[WOMPI_INTEGRITY_SECRET=prod_integrity_iPUgQ469adB6qvbG]],
  },
}
