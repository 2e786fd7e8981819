return {
  id = "secrets.wompi-production-private-key",
  title = "Wompi production private key",
  severity = "critical",
  tags = { "secrets", "wompi" },
  applies_to = { "*" },
  help = [[A Wompi production private key (`prv_prod_…`). Sent as a bearer token, it authenticates server-side calls for the merchant in production: creating and querying real transactions, payment links, payment sources and voids.

**Fix:** Regenerate the merchant keys in the Wompi merchant dashboard (*Desarrolladores*, private key rotation) and review recent transactions and payment links. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.wompi.co/en/docs/panama/ambientes-y-llaves/",
    "https://docs.wompi.co/docs/en-us/ambientes-y-llaves",
  },
  pattern = [[\b(prv_prod_[A-Za-z0-9]{28,40})\b]],
  keywords = { "prv_prod_" },
  entropy = 3.5,
  allow = { [[^prv_prod_434092Xa65F54dd6a181D1f87DFa03CzS$]] },
  examples = {
    [[WOMPI_PRIVATE_KEY=prv_prod_zs0UTkAVF1H96xncjpTkcy1PvN7WRZay]],
    [[headers = {'Authorization': 'Bearer prv_prod_9lMo6HsOUANeO3KvVar8DPONq27Fp2Zh'}]],
  },
  negative_examples = {
    [[WOMPI_PUBLIC_KEY=pub_prod_7bipmL6YeL2CuzGgasT90l9dRk3ghL4e]],
    [[WOMPI_PRIVATE_KEY=prv_prod_434092Xa65F54dd6a181D1f87DFa03CzS]],
    [[WOMPI_PRIVATE_KEY=prv_prod_DEFGHIJ]],
  },
}
