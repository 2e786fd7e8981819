return {
  id = "secrets.square-sandbox-application-secret",
  title = "Square Sandbox application secret",
  severity = "medium",
  tags = { "secrets", "square" },
  applies_to = { "*" },
  help = [[The Sandbox application secret (OAuth client secret, `sandbox-sq0csb-`) of a Square application. With the Sandbox application ID it exchanges authorization codes and refresh tokens for OAuth access tokens to the Sandbox test accounts that authorized the application. It reaches test data only, but it is the application's credential in that environment.

**Fix:** Replace the secret in the Square Developer Console (the application's *OAuth* page with *Sandbox* selected), then update the integration that uses it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    "https://developer.squareup.com/docs/oauth-api/walkthrough",
  },
  pattern = [[\b(sandbox-sq0csb-[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sandbox-sq0csb-" },
  entropy = 3.8,
  examples = {
    [[SQUARE_APPLICATION_SECRET=sandbox-sq0csb-nrom6z71JtbnLXTq-5UG6IGIDKLrwLpMtVjxHq29reY]],
    [[  client_secret: "sandbox-sq0csb-XNFOdNUfKMEwl6s-WJ4TbiKX_BMErpYW0kFsjYNjuGk"]],
  },
  negative_examples = {
    [[SQUARE_APPLICATION_SECRET=sandbox-sq0csb-xxxxxxxxxxxxx]],
    [[SQUARE_APPLICATION_SECRET=sandbox-sq0csb-GEHo0MW7sXEOeQbBjffiA-ng8uJPBL]],
    [[SQUARE_APPLICATION_ID=sandbox-sq0idb-R_p5TVbgmPQ7yzm0DvJjOQ]],
  },
}
