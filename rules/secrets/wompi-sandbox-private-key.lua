return {
  id = "secrets.wompi-sandbox-private-key",
  title = "Wompi sandbox private key",
  severity = "medium",
  tags = { "secrets", "wompi" },
  applies_to = { "*" },
  help = [[A Wompi sandbox private key (`prv_test_…`). It authenticates server-side calls against the Wompi sandbox for the merchant: test transactions only, no real money.

**Fix:** Regenerate the merchant keys in the Wompi merchant dashboard (*Desarrolladores*), and check that the production key of the same merchant was not committed next to it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.wompi.co/en/docs/panama/ambientes-y-llaves/",
    "https://docs.wompi.co/docs/en-us/ambientes-y-llaves",
  },
  pattern = [[\b(prv_test_[A-Za-z0-9]{28,40})\b]],
  keywords = { "prv_test_" },
  entropy = 3.5,
  examples = {
    [[WOMPI_PRIVATE_KEY=prv_test_7bipmL6YeL2CuzGgasT90l9dRk3ghL4e]],
    [[  private_key: prv_test_JHaxDPKlElk1fHcdbfZeYLe7TeOWYo01]],
  },
  negative_examples = {
    [[WOMPI_PUBLIC_KEY=pub_test_IkGVcZd362Sk0qZdqVxNzzOZvGdEflMW]],
    [[WOMPI_PRIVATE_KEY=prv_test_HIJKLMN]],
    [[WOMPI_PRIVATE_KEY=${WOMPI_PRIVATE_KEY}]],
  },
}
