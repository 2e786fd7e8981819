return {
  id = "secrets.easypost-api-key",
  title = "EasyPost production API key",
  severity = "high",
  tags = { "secrets", "easypost" },
  applies_to = { "*" },
  help = [[An EasyPost production API key (`EZAK`). It buys postage charged to the account and reads shipments and addresses.

**Fix:** Disable the key and create a new one in EasyPost (*Account settings > API keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.easypost.com/docs/authentication",
    "https://support.easypost.com/hc/en-us/articles/360044353091",
  },
  pattern = [[\b(EZAK[a-f0-9]{54})\b]],
  keywords = { "EZAK" },
  entropy = 3.2,
  examples = {
    [[EASYPOST_API_KEY=EZAKbd0debebe43da0011d8c6bc51d452ee75a6dbdb058d53677e163b3]],
    [[  easypost_key: "EZAK84a9f041f29c096c67c2057000e0ade6ad737ea4fb32c5ecbbdf80"]],
  },
  negative_examples = {
    [[EASYPOST_API_KEY=EZTK3c9a1e7f5b2d4086c8e0a2f4b6d8c1e3a5f7b9d0e2c4a6f8b1d3]],
    [[EASYPOST_API_KEY=EZAK81a7709677d62e4ba38d62b722bfc88c45b7037dc0423ac01a8]],
  },
}
