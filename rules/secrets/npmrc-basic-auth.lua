return {
  id = "secrets.npmrc-basic-auth",
  title = "Base64 credentials in an .npmrc _auth or _password",
  severity = "high",
  tags = { "secrets", "generic", "npmrc" },
  applies_to = { "*" },
  help = [[Basic-authentication credentials for a package registry: `_auth` is base64 of `username:password`, `_password` is the base64 of the password that goes with `username`. Base64 is an encoding, not a protection: decoding it gives the registry account's password or API key (Artifactory, Nexus and Azure Artifacts commonly use this form), which reads private packages and can often publish.

**Fix:** Change the password or revoke the API key on the registry (decode the value to see which account it is), then write the line with a reference that npm expands at run time (`//registry.host/:_password=${NPM_PASSWORD_B64}`), supplied by the CI secret store, or switch to a scoped `_authToken`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    "https://docs.npmjs.com/cli/v10/using-npm/config#_auth",
  },
  -- npmrc reference, auth-related configuration: _auth = base64(username:password), _password = base64(password),
  -- optionally scoped to a registry. The value must be padded base64 of 8 characters or more; ${...} references are
  -- not reported.
  pattern = [[(?:^|[\s\"'])(?://[^\s=]+?:)?_(?:auth|password)[ \t]*=[ \t]*[\"']?((?:[A-Za-z0-9+/]{4}){2,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)(?:[\"'\s\\;]|$)]],
  keywords = { "_auth=", "_auth =", "_password=", "_password =" },
  entropy = 3.3,
  allow = {
    [[^dXNlcm5hbWU6cGFzc3dvcmQ=$]],
    [[^cGFzc3dvcmQ=$]],
  },
  examples = {
    [[//npm.acme.io/repository/npm-group/:_auth=YnVpbGRlcjpwWUZxb0VINVNiM1FhOHM1VHZqeA==]],
    [[//acme.pkgs.visualstudio.com/_packaging/feed/npm/registry/:_password="NjNxM0NpMTdtR1lTSDVRYk1p"]],
  },
  negative_examples = {
    [[//npm.acme.io/:_auth=${NPM_AUTH}]],
    [[//npm.acme.io/:_password=${NPM_PASSWORD_B64}]],
    [[_auth=dXNlcm5hbWU6cGFzc3dvcmQ=]],
    [[//npm.acme.io/:_authToken=${NPM_TOKEN}]],
  },
}
