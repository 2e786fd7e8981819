return {
  id = "secrets.mapbox-secret-token",
  title = "Mapbox secret access token",
  severity = "high",
  tags = { "secrets", "mapbox" },
  applies_to = { "*" },
  help = [[A Mapbox secret access token (`sk.`). Unlike public `pk.` tokens it carries secret scopes, for example uploading tilesets, managing styles and creating other tokens.

**Fix:** Delete the token in the Mapbox account (*Access tokens*) and create a new one with minimal scopes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.mapbox.com/accounts/guides/tokens/",
    "https://docs.mapbox.com/api/accounts/tokens/",
  },
  pattern = [[\b(sk\.eyJ[A-Za-z0-9_\-]{20,300}\.[A-Za-z0-9_\-]{20,40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk.eyJ" },
  entropy = 4.0,
  examples = {
    [[MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoir9odHr29595jDzodQkHA6JSSHE1KgFSDaHpeb3znJuAmvTr7Xk.4-WApI1KH0tWiz7oQq4hPz]],
    [[  mapbox_downloads_token: "sk.eyJ1IjoiBoB4-HAKhWBZbpNXjEFYv6BshKVEqBbT19PgsGIPt6gD1BB8IB.GckxYxYAkUBMAL4D6H_iVC"]],
  },
  negative_examples = {
    [[MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJja3Rlc3QxMjM0NTY3ODkwIn0.Xq2Lm9Nb4Vc7Kz1Pw8Ry3T]],
    [[MAPBOX_SECRET_TOKEN=sk.eyJ...]],
  },
}
