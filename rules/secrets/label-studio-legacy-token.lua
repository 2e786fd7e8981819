return {
  id = "secrets.label-studio-legacy-token",
  title = "Label Studio legacy access token",
  severity = "high",
  tags = { "secrets", "label-studio" },
  applies_to = { "*" },
  help = [[A Label Studio legacy access token (API key), sent as `Authorization: Token <token>`. It does not expire and acts as the user on the Label Studio instance: importing and exporting tasks and annotations, changing projects and labeling configurations, and managing storage connections the user can reach. (Personal access tokens are JWTs and are reported by `secrets.jwt`.)

**Fix:** Reset the legacy token in Label Studio (*Account & Settings > Legacy Token*), or disable legacy tokens for the organization and move to personal access tokens. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://labelstud.io/guide/access_tokens",
    "https://labelstud.io/guide/api.html",
  },
  pattern = [[(?i:label[_\-]?studio)[^\n]{0,60}?(?i:api[_\-]?key|token)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?:Token[ \t]+)?([0-9a-f]{40})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "labelstudio", "label_studio", "label-studio", "label studio" },
  entropy = 3.2,
  examples = {
    [[LABEL_STUDIO_API_KEY=4bfcc9028e523104c5766d01e3fabe4d74f668b0]],
    [[ls = LabelStudio(base_url="https://ls.acme.io", api_key="d2d83f4b1b4946ea793b2d70af4080307ba63c6f")]],
  },
  negative_examples = {
    [[LABEL_STUDIO_API_KEY=replace_me]],
    [[LABEL_STUDIO_API_KEY=18b7616790028ddd8d14217474e6bc2d]],
    [[LABEL_STUDIO_API_KEY=${LABEL_STUDIO_API_KEY}]],
  },
}
