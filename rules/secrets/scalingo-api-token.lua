return {
  id = "secrets.scalingo-api-token",
  title = "Scalingo API token",
  severity = "critical",
  tags = { "secrets", "scalingo" },
  applies_to = { "*" },
  help = [=[A Scalingo API token (`tk-us-…`). It is exchanged for a bearer token that manages the user's applications on Scalingo: deployments, environment variables (with their secrets), add-ons and databases, collaborators and one-off containers.

**Fix:** Delete the token (`DELETE https://auth.scalingo.com/v1/tokens/{id}` or the dashboard's *Profile > API tokens*) and create a replacement; review the applications' events and environment variables for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.scalingo.com/tokens",
  },
  pattern = [=[\b(tk-us-[A-Za-z0-9]{48})\b]=],
  keywords = { "tk-us-" },
  entropy = 3.5,
  examples = {
    [=[SCALINGO_API_TOKEN=tk-us-AxLyDF9E2JOmIo2qxIgzVaE2pk2jmVIVfFKtt1pENd3oLjnh]=],
    [=[  scalingo_token: "tk-us-DvlhgJmJh6qSOxQHZFeqppQgWFM5OQvVK2Y8GknYnOwW0bcB"]=],
  },
  negative_examples = {
    [=[SCALINGO_API_TOKEN=tk-us-30Pu5boAU5tpkog4wk8t7JrCbgmkfx]=],
    [=[SCALINGO_API_TOKEN=tk-us-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[SCALINGO_API_TOKEN=$SCALINGO_API_TOKEN]=],
  },
}
