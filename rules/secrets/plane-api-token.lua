return {
  id = "secrets.plane-api-token",
  title = "Plane API token",
  severity = "high",
  tags = { "secrets", "plane" },
  applies_to = { "*" },
  help = [=[A Plane API token (`plane_api_…`), a personal access token or a workspace service token. It reads and changes the projects, work items, cycles, modules and pages the token's user can reach.

**Fix:** Delete the token in Plane (*Profile settings > Personal access tokens*, or the workspace's *API tokens*) and create a replacement with an expiry date; on self-hosted Plane, review the instance's API activity. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developers.plane.so/api-reference/introduction",
    "https://docs.plane.so/api-reference/introduction",
  },
  pattern = [=[\b(plane_api_[0-9a-f]{32})\b]=],
  keywords = { "plane_api_" },
  entropy = 3.0,
  examples = {
    [=[PLANE_API_KEY=plane_api_865b07fc3d859fb7ecb3ec5b421508a9]=],
    [=[curl -H "X-API-Key: plane_api_4e48c69738122e372526d25e3a4bfb7d" https://api.plane.so/api/v1/users/me/]=],
  },
  negative_examples = {
    [=[X-API-Key: plane_api_<token>]=],
    [=[PLANE_API_KEY=plane_api_cf7b87944a07afb66910]=],
    [=[PLANE_API_KEY=plane_api_KZOEyGJzsWaUqwm1Mqhbj51nHx37McgY]=],
  },
}
