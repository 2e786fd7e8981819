return {
  id = "secrets.supervisely-api-token",
  title = "Supervisely API token",
  severity = "high",
  tags = { "secrets", "supervisely" },
  applies_to = { "*" },
  help = [[A Supervisely personal API token (128 characters). The `supervisely` SDK and REST API use it to act as the user on the instance: reading, uploading and deleting images, videos, point clouds and their annotations in every team and workspace the user belongs to, and running apps and agents.

**Fix:** Re-generate the token in Supervisely (*Account settings > API Token > re-generate api key*), which revokes the old one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.supervisely.com/getting-started/basics-of-authentication",
    "https://supervisely.readthedocs.io/latest/sdk/supervisely.api.api.Api.html",
  },
  pattern = [[(?i:supervise\.?ly)[^\n]{0,80}?(?i:token|api[_\-]?key)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{128})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "supervisely", "supervise.ly" },
  entropy = 4.5,
  examples = {
    [[SUPERVISELY_API_TOKEN=xo6fsVz5iOFwlFQri0vymJ5Fz1lfvI7btIG6waa9q4yy6Ev1J0QeHOUGhGr7NgmIUbneITAagXsrRRHZuLNRN2XMEBLRXRDt56VtqOIDtZTmFQfiKt75tfWsDlOUqHU3]],
    [[api = sly.Api(server_address="https://app.supervisely.com", token="oXaiJIs9EpH83zvisnKzaXLCZfJjRKNvYpN4trny5iruIBzrUYusvBu9aPENUXwNbUWQdBSmE4zRKfzhBY2ESxIzaXEVjP7OB1AbjJJnhNhZPVIe23ot59ofCtnFd21x")]],
  },
  negative_examples = {
    [[SUPERVISELY_API_TOKEN=4r47N...xaTatb]],
    [[SUPERVISELY_API_TOKEN=bzbSwOF54SsXo2chbSZWIArxRw6uaf8f9wI40bbRqgdNDvf6NQaeI2aeJbJFcFTk]],
    [[SUPERVISELY_API_TOKEN=${API_TOKEN}]],
  },
}
