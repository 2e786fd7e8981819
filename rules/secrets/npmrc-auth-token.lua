return {
  id = "secrets.npmrc-auth-token",
  title = "Registry token in an .npmrc _authToken",
  severity = "high",
  tags = { "secrets", "generic", "npmrc" },
  applies_to = { "*" },
  help = [[The bearer token npm, pnpm and Yarn 1 send to a package registry (a private npm registry, GitHub Packages, GitLab, Artifactory, Nexus, Azure Artifacts, Verdaccio). It reads private packages and, for a publish-capable token, publishes new versions of them. npm's own `npm_` tokens are reported by `secrets.npm-access-token` instead.

**Fix:** Revoke the token in the registry that issued it (the host in the key names it), then write the line with a reference that npm expands at run time (`//registry.host/:_authToken=${NPM_TOKEN}`) and provide the variable from the CI secret store; do not commit a user `.npmrc`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    "https://docs.npmjs.com/cli/v10/using-npm/config#_authtoken",
  },
  -- npmrc reference, auth-related configuration: _authToken, usually scoped to a registry (//host/path/:_authToken).
  -- Values with ${...} are expanded by npm and not reported; npm_ tokens are left to secrets.npm-access-token. The
  -- value must be 16 characters or more.
  pattern = [[(?:^|[\s\"'])(?://[^\s=]+?:)?_authToken(?:[ \t]*=[ \t]*|[ \t]+)[\"']?([A-Za-z0-9._~+/=:\-]{16,})]],
  keywords = { "_authToken" },
  entropy = 3.5,
  allow = {
    [[^npm_[A-Za-z0-9]{36}$]],
  },
  examples = {
    [[//npm.acme.io/repository/npm-private/:_authToken=40XCgIIIdqeorDa986Vu6Acj0o4I45gn3NhJ0iMA]],
    [[RUN echo "//gitlab.acme.io/api/v4/projects/42/packages/npm/:_authToken=G0KmhDhed5r_CHzd8Hq4QAadNT6MCpqbjq4xYMiKjwHvfln1x_Np34hcDpJUUCVK" > .npmrc]],
  },
  negative_examples = {
    [[//npm.acme.io/:_authToken=${NPM_TOKEN}]],
    [[//npm.acme.io/:_authToken=]],
    [[//registry.npmjs.org/:_authToken=npm_fqRQuYN4Rj41KcP7s6uu0Yot7KCksiTRw2af]],
    [[_authToken=xxxxxxxxxxxxxxxxxxxx]],
  },
}
