return {
  id = "secrets.contentstack-management-token",
  title = "Contentstack management token",
  severity = "high",
  tags = { "secrets", "contentstack" },
  applies_to = { "*" },
  help = [[A Contentstack stack management token (`cs` and 24 hexadecimal characters). Together with the stack API key it calls the Content Management API with the permissions chosen at creation, usually read-write: creating, editing, deleting and publishing entries and assets, and changing content types, on the branches it is scoped to.

**Fix:** Delete the token in Contentstack (*Stack settings > Tokens > Management Tokens*) and generate a new one with the narrowest permissions, branches and expiry that work. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens",
    "https://www.contentstack.com/docs/developers/apis/content-management-api/tokens",
  },
  pattern = [[(?i:(?:contentstack[\w.\-]{0,30}?(?:management|mgmt|cma)[\w.\-]{0,20}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*|\bauthorization["']?[ \t]*:[ \t]*)["']?)(cs[0-9a-f]{24})\b]],
  keywords = { "contentstack" },
  entropy = 3.0,
  allow = { [[(?i)(?:^csf72faf222222e222ddd2222b$|^cs1234567890abcdef)]] },
  examples = {
    [[CONTENTSTACK_MANAGEMENT_TOKEN=cs4f36c1816448b383d9ceccfb]],
    [[curl -H 'api_key: blt3bf3a24bea49c0c9' -H 'authorization: cs3bf3a24bea49c0c9e3668575' https://api.contentstack.io/v3/content_types]],
  },
  negative_examples = {
    [[CONTENTSTACK_DELIVERY_TOKEN=cs4f36c1816448b383d9ceccfb]],
    [[CONTENTSTACK_MANAGEMENT_TOKEN=cs1234567890abcdefghijklmnop]],
    [[CONTENTSTACK_MANAGEMENT_TOKEN=cs...]],
    [[CONTENTSTACK_API_KEY=blt4f36c1816448b383]],
  },
}
