return {
  id = "secrets.composer-http-basic-password",
  title = "Password in Composer http-basic credentials",
  severity = "high",
  tags = { "secrets", "generic", "composer-auth" },
  applies_to = { "*" },
  help = [[The password (often a private Packagist, Satis, Nexus, Artifactory or Magento Marketplace access key) that Composer sends with HTTP basic authentication to a private package repository. It downloads the organization's private packages and, on some repository managers, publishes to them.

**Fix:** Revoke or regenerate the credential on the package repository, then supply it at run time: `composer config --auth http-basic.<host> "$USER" "$PASSWORD"` with variables from the CI secret store, or a `COMPOSER_AUTH` variable defined as a secret; keep `auth.json` out of the repository (`.gitignore`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic",
    "https://getcomposer.org/doc/03-cli.md#composer-auth",
  },
  -- Composer authentication documentation: http-basic credentials set with 'composer config [--global|--auth] http-
  -- basic.<host> <username> <password>' or as {"http-basic": {"<host>": {"username": ..., "password": ...}}} in
  -- auth.json or COMPOSER_AUTH. In the JSON form only the first host of an http-basic object is matched. Values that
  -- start with $ (variables) are not reported.
  pattern = [[(?:\bconfig[ \t]+(?:-{1,2}[a-z]+[ \t]+)*http-basic\.[^\s]+[ \t]+[\"']?[^\s\"']+[\"']?[ \t]+[\"']?|\\?\"http-basic\\?\"[ \t]*:[ \t]*\{\s*\\?\"[^\"\\]+\\?\"[ \t]*:[ \t]*\{[^{}]*?\\?\"password\\?\"[ \t]*:[ \t]*\\?\")([^\s\"'\\$]{6,})]],
  keywords = { "http-basic" },
  entropy = 3.0,
  allow = {
    [[(?i)^(?:password|passwd|secret|secret-key|my-secret-password\d*|private-key|token)$]],
  },
  examples = {
    [[composer config --global http-basic.repo.acme.io deploy PBnMbvjvh.!ViB0v^^YoDt]],
    [[export COMPOSER_AUTH='{"http-basic":{"repo.magento.com":{"username":"3f1c0e2a","password":"CN-pB3C.Odi2^.fWYMq^BnnO1YrlzO3i"}}}']],
  },
  negative_examples = {
    [[composer config --global http-basic.repo.acme.io "$COMPOSER_USER" "$COMPOSER_PASSWORD"]],
    [[export COMPOSER_AUTH='{"http-basic":{"repo.magento.com":{"username":"public-key","password":"secret-key"}}}']],
    [[composer config --global http-basic.repo.acme.io deploy ${{ secrets.COMPOSER_PASSWORD }}]],
  },
}
