return {
  id = "secrets.hex-workspace-token",
  title = "Hex workspace token",
  severity = "high",
  tags = { "secrets", "hex" },
  applies_to = { "*" },
  help = [[A Hex workspace token (`hxtw_`). Created by a workspace admin, it can be set never to expire and carries the scopes chosen at creation: running and reading projects, and managing users, groups, collections and data connections of the workspace.

**Fix:** Revoke the token in Hex (*Settings > API keys > Workspace tokens*) and create a new one with only the scopes needed and an expiry. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.hex.tech/docs/api/api-overview",
  },
  pattern = [[\b(hxtw_[A-Za-z0-9]{30,100})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "hxtw_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[HEX_WORKSPACE_TOKEN=hxtw_ay7v2h5iPXba9aaKmk1K1Pg8XCejiikfvVYyQwU13wTWS16a]],
    [[curl -H "Authorization: Bearer hxtw_DUuAx9CTcv5Dfqxw2Rkf65IWkqwx19PY6PMcbKfSlnv5NpUD" https://app.hex.tech/api/v1/projects]],
  },
  negative_examples = {
    [[HEX_WORKSPACE_TOKEN=hxtw_x]],
    [[HEX_WORKSPACE_TOKEN=hxtw_lo3WwUIU4ohE9dgE0fMF]],
    [[HEX_WORKSPACE_TOKEN=${{ secrets.HEX_WORKSPACE_TOKEN }}]],
  },
}
