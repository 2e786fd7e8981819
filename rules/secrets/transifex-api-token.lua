return {
  id = "secrets.transifex-api-token",
  title = "Transifex API token",
  severity = "high",
  tags = { "secrets", "transifex" },
  applies_to = { "*" },
  help = [[A Transifex API token (`1/` followed by 40 hexadecimal characters). It has the rights of the user who generated it in every organization and project the user belongs to: resources, source strings, translations, teams and webhooks, through API v3, the CLI (`TX_TOKEN`, `.transifexrc`) and integrations.

**Fix:** Delete the token in Transifex (*User settings > API token*) and generate a new one, ideally under a dedicated user limited to the projects the integration needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.transifex.com/reference/api-authentication",
    "https://help.transifex.com/en/articles/6248858-generating-an-api-token",
  },
  pattern = [[(?:^|[^A-Za-z0-9_/.\-])(1/[0-9a-f]{40})\b]],
  keywords = { "1/" },
  keywords_exact = true,
  entropy = 3.0,
  allow = { [[(?i)(?:0b4e75552e481aeae813aebad53f3de3fcc67ccd)]] },
  examples = {
    [[TX_TOKEN=1/fd66a83716da897861c66f28b253025959b08cad]],
    [[curl -H 'Authorization: Bearer 1/708ede4ba97e3f5bb0864bc68204824d73316bc7' https://rest.api.transifex.com/organizations]],
  },
  negative_examples = {
    [[TX_TOKEN=1/0b4e75552e481aeae813aebad53f3de3fcc67ccd]],
    [[https://example.org/api/v1/fd66a83716da897861c66f28b253025959b08cad]],
    [[PATH_REF=v1/fd66a83716da897861c66f28b253025959b08cad]],
    [[TX_TOKEN=1/fd66a83716da897861c66f28b25302]],
  },
}
