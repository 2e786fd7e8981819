return {
  id = "secrets.figma-pat",
  title = "Figma personal access token",
  severity = "high",
  tags = { "secrets", "figma" },
  applies_to = { "*" },
  help = [[A Figma personal access token (`figd_`). It calls the Figma REST API as the user with its scopes: reading files, comments and projects the user can access.

**Fix:** Revoke the token in Figma (*Settings > Security > Personal access tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.figma.com/developers/api#access-tokens",
    "https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens",
  },
  pattern = [[\b(figd_[A-Za-z0-9_\-]{40,60})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "figd_" },
  entropy = 3.8,
  examples = {
    [[FIGMA_TOKEN=figd_JVquEfepFC-OBDmba6ei8xTul9SMWobbaU17x0eE]],
    [[curl -H 'X-Figma-Token: figd_Bh2u4RVWnI84D0due3c1asaXDWfFLjVNXlSyCnw_' https://api.figma.com/v1/me]],
  },
  negative_examples = {
    [[FIGMA_TOKEN=figd_abc]],
    [[FIGMA_TOKEN=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}
