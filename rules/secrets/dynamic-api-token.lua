return {
  id = "secrets.dynamic-api-token",
  title = "Dynamic (dynamic.xyz) API token",
  severity = "high",
  tags = { "secrets", "dynamic" },
  applies_to = { "*" },
  help = [=[A Dynamic (dynamic.xyz) dashboard API token (`dyn_` prefix). It authenticates the admin REST API of one environment with the scopes chosen at creation: reading and managing the environment's users and their wallets, changing authentication and project settings, and, when granted, delegated wallet actions such as message signing.

**Fix:** Delete the token in the Dynamic dashboard (*Developer > API Tokens*) and create a replacement with only the scopes the system needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.dynamic.xyz/docs/api-reference/overview",
    "https://www.dynamic.xyz/docs/overview/developer-dashboard/api-token-permissions",
  },
  pattern = [=[\b(dyn_[A-Za-z0-9]{56})\b]=],
  keywords = { "dyn_" },
  keywords_exact = true,
  entropy = 3.8,
  examples = {
    [=[DYNAMIC_TOKEN=dyn_gvoAwgzPtDZ08r7sEDDGad9uogu4TSXmsd4yTSz5EKRSfs1Ph7GkhZqP]=],
    [=[curl -H 'Authorization: Bearer dyn_5rRDAbg7PKr4HWfQfuaPNGrzEbv6PyrerfaS1rVGsA5C1wmcW2cb9F6y' https://app.dynamicauth.com/api/v0/environments/abc/users]=],
  },
  negative_examples = {
    [=[DYNAMIC_TOKEN=dyn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[DYNAMIC_TOKEN=dyn_gvoAwgzPtDZ08r7sEDDGad9uogu4TSXmsd]=],
    [=[DYNAMIC_TOKEN=${{ secrets.DYNAMIC_TOKEN }}]=],
  },
}
