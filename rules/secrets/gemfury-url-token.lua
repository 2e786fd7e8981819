return {
  id = "secrets.gemfury-url-token",
  title = "Gemfury token in a repository URL",
  severity = "high",
  tags = { "secrets", "gemfury" },
  applies_to = { "*" },
  help = [[A Gemfury token written into the user-info part of a `*.fury.io` URL. Gemfury documents this form for pushing packages (`https://USER:TOKEN@push.fury.io/ACCOUNT/`), and package managers are commonly pointed at private repositories the same way. A deploy token downloads every private package of the account; a push or full-access token also uploads packages into it.

**Fix:** Revoke the token in Gemfury (*Settings > Tokens*, or `fury` CLI) and create a new deploy or push token; then configure the package manager with the URL from a secret (for example `PIP_EXTRA_INDEX_URL` set from the CI secret store). Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://gemfury.com/help/upload-packages",
    "https://devcenter.heroku.com/articles/gemfury",
  },
  pattern = [[\bhttps?://(?:[A-Za-z0-9_.\-]+:)?([A-Za-z0-9_\-]{16,64}):?@(?:push|repo|pypi|npm|gem|npm-proxy|maven|composer|nuget|apt|yum|go)\.fury\.io(?:[/:]|\b)]],
  keywords = { "fury.io" },
  entropy = 3.3,
  examples = {
    [[pip install --extra-index-url https://yl9D4kQOKHkPp5PwPVYn:@pypi.fury.io/acme/ acme-core]],
    [[curl -F package=@acme-1.2.0.gem https://acme:nsWiNxVIG9xeivU3aFrJ@push.fury.io/acme/]],
    [[  source: "https://pSS0_L8QpelpNpP5ef6x-Uaj@repo.fury.io/acme/"]],
  },
  negative_examples = {
    [[curl -F package=@pkg.tgz https://USER:TOKEN@push.fury.io/ACCOUNT/]],
    [[PIP_EXTRA_INDEX_URL=https://${FURY_TOKEN}:@pypi.fury.io/acme/]],
    [[source "https://repo.fury.io/acme/"]],
  },
}
