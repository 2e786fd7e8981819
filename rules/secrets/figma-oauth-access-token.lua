return {
  id = "secrets.figma-oauth-access-token",
  title = "Figma OAuth access token",
  severity = "high",
  tags = { "secrets", "figma" },
  applies_to = { "*" },
  help = [[An access token (`figu_`) that a Figma OAuth app obtained for a user. Sent as a bearer token to the Figma REST API it reads (and, with write scopes, comments on or changes) the files, projects and team libraries the user can reach, within the scopes the user granted, until it expires or is revoked.

**Fix:** Revoke the app's access from the user's Figma account settings (or have the app discard and re-request its tokens), review the files it could reach, and keep OAuth tokens in the app's encrypted token store rather than in files. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.figma.com/docs/rest-api/authentication",
  },
  pattern = [[\b(figu_[A-Za-z0-9_\-]{40,60})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "figu_" },
  keywords_exact = true,
  entropy = 4.0,
  allow = { [[(?:_[a-z]{2,}){3}]] },
  examples = {
    [[FIGMA_ACCESS_TOKEN=figu_HcLrC01nq1uFHJF0_p6lAQ1M11lr8B3iVZAWe4bh]],
    [[  figma_token: "figu_smKEZzHMvffHLmqJUF0ZWA-hSkPrCNLzLUkjJ7J1"]],
  },
  negative_examples = {
    [[FIGMA_ACCESS_TOKEN=figu_NYJBklB1Yo_BafUmhg5-]],
    [[FIGMA_ACCESS_TOKEN=figu_oauth_access_token_for_the_design_sync_job]],
    [[FIGMA_ACCESS_TOKEN=${FIGMA_ACCESS_TOKEN}]],
  },
}
