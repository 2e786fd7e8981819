return {
  id = "secrets.hex-personal-access-token",
  title = "Hex personal access token",
  severity = "high",
  tags = { "secrets", "hex" },
  applies_to = { "*" },
  help = [[A Hex personal access token (`hxtp_`). It calls the Hex public API as the user who created it, with that user's permissions: listing and running published projects (whose queries run against the workspace's connected databases), reading run results, and the user, group, collection and data-connection endpoints the user may use.

**Fix:** Revoke the token in Hex (*Settings > API keys*) and create a new one with the shortest expiry that works. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.hex.tech/docs/api/api-overview",
  },
  pattern = [[\b(hxtp_[A-Za-z0-9]{30,100})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "hxtp_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[HEX_API_TOKEN=hxtp_A7vj5ff8xQb3hcqvQd5tAz7lpqYGnRX9QwcrVnbaId8q7n7k]],
    [[  hex_token: "hxtp_jUam5XlOGNVwvcraz9PIGf62vAUu9ETfuSIBmhJXT1Hmor2V"]],
  },
  negative_examples = {
    [[HEX_API_TOKEN=hxtp_...]],
    [[HEX_API_TOKEN=hxtp_Tfi3hDrtHrHu1JZc]],
    [[HEX_API_TOKEN=${HEX_API_TOKEN}]],
  },
}
