return {
  id = "secrets.private-packagist-read-only-token",
  title = "Private Packagist read-only organization token",
  severity = "medium",
  tags = { "secrets", "packagist" },
  applies_to = { "*" },
  help = [=[A Private Packagist organization authentication token with read-only access (`packagist_ort_…`). It installs, with Composer, every private and mirrored package the token was given, source code included.

**Fix:** Delete the token on the organization's *Settings > Authentication Tokens* page in Private Packagist and create a replacement restricted to the packages the job needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://packagist.com/docs/composer-authentication",
    "https://github.com/packagist/private-packagist-docs/blob/main/docs/composer-authentication.md",
  },
  pattern = [=[\b(packagist_ort_[0-9a-f]{68})\b]=],
  keywords = { "packagist_ort_" },
  entropy = 3.0,
  examples = {
    [=[COMPOSER_AUTH='{"http-basic": {"repo.packagist.com": {"username": "token", "password": "packagist_ort_c783a30cc0d136dcab10fd4207b0d43edca8894437c3119a31bd99865d9329cd79e6"}}}']=],
    [=[        "repo.packagist.com": { "username": "token", "password": "packagist_ort_75dcc89c9ebf1d32477c904384ff16f1e16b4eea9db4bef0f5b84d21484fdd17783f" }]=],
  },
  negative_examples = {
    [=[COMPOSER_AUTH='{"http-basic": {"repo.packagist.com": {"username": "token", "password": "TOKEN_HERE"}}}']=],
    [=["password": "packagist_ort_d98c3085b688af94e78ae38a8f39fa06933ab3b359bc81eb2edd55541eb5"]=],
    [=["password": "b4cbc9b730ae60fdcc427d2ed977a489d2ad5544996008bdc0363cd537f2"]=],
  },
}
