return {
  id = "secrets.statsig-server-secret",
  title = "Statsig server secret key",
  severity = "high",
  tags = { "secrets", "statsig" },
  applies_to = { "*" },
  help = [[A Statsig server secret key (`secret-`). Server SDKs use it to download the full configuration of the project (gate, experiment and dynamic-config definitions with their targeting conditions) and to log events; the console documents it as never to be exposed in client code.

**Fix:** Rotate the key in the Statsig console (*Project Settings > Environments & Keys*) and revoke the old one once servers use the new key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.statsig.com/access-management/api-keys",
    "https://docs.statsig.com/api-reference/keys/create-key",
  },
  pattern = [[(?i:statsig)[^\n]{0,60}?\b(secret-[A-Za-z0-9]{30,50})\b]],
  keywords = { "statsig" },
  entropy = 3.5,
  examples = {
    [[STATSIG_SERVER_SECRET=secret-zOYx7AP6cFlyh1O0xW2QuxGkFDxAwhT1ya8Az5rTJRK]],
    [[await Statsig.initialize('secret-MpXsn0gp6JessHNPlcSYGBy8Xmn3Fe6z2PiFwOoZTvA');]],
  },
  negative_examples = {
    [[STATSIG_SERVER_SECRET=secret-123]],
    [[STATSIG_CLIENT_KEY=client-zOYx7AP6cFlyh1O0xW2QuxGkFDxAwhT1ya8Az5rTJRK]],
    [[STATSIG_SERVER_SECRET=${{ secrets.STATSIG_SERVER_SECRET }}]],
  },
}
