return {
  id = "secrets.flutterwave-secret-key",
  title = "Flutterwave live secret key",
  severity = "critical",
  tags = { "secrets", "flutterwave" },
  applies_to = { "*" },
  help = [[A Flutterwave live secret key (`FLWSECK-…-X`). It authorises server calls on the merchant account: charges, transfers, refunds.

**Fix:** Regenerate the API keys in the Flutterwave Dashboard (*Settings > API*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.flutterwave.com/docs/authentication",
    "https://developer.flutterwave.com/docs/api-keys",
  },
  pattern = [[\b(FLWSECK-[A-Za-z0-9]{32}-X)\b]],
  keywords = { "FLWSECK-" },
  entropy = 3.5,
  examples = {
    [[FLW_SECRET_KEY=FLWSECK-9f3113b1a2d8fe25204ad613b9a79ad6-X]],
    [[  flutterwave_secret: "FLWSECK-c344ea0e359409513be327fa12d006fc-X"]],
  },
  negative_examples = {
    [[FLW_SECRET_KEY=FLWSECK_TEST-4c2e9b7a1f0d3e5c8b6a9f2e1d0c3b4a-X]],
    [[FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X]],
  },
}
