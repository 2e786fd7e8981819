return {
  id = "secrets.npm-access-token",
  title = "npm access token",
  severity = "critical",
  tags = { "secrets", "npm" },
  applies_to = { "*" },
  help = [[An npm access token (`npm_`): a legacy publish/automation token or a granular access token. With publish rights it releases new versions of every package its owner maintains.

**Fix:** Revoke the token (`npm token revoke <id>` or *Access Tokens* on npmjs.com), check the owned packages for unexpected versions, and move CI publishing to trusted publishing (OIDC). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.npmjs.com/about-access-tokens",
    "https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/",
    "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
  },
  pattern = [[\b(npm_[A-Za-z0-9]{36})\b]],
  keywords = { "npm_" },
  entropy = 3.5,
  checksum = "github-crc32",
  examples = {
    [[//registry.npmjs.org/:_authToken=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]],
    [[NPM_TOKEN=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]],
  },
  negative_examples = {
    [[//registry.npmjs.org/:_authToken=${NPM_TOKEN}]],
    [[NPM_TOKEN=npm_7lUXjrmqGpVUCVnFBDlwz90vCYP09jOb5]],
    [[NPM_TOKEN=npm_1N6v89EoZ2cMZy3mVRUe8aKIvj4K0J3CjhIf]],  -- the checksum does not match
  },
}
