return {
  id = "secrets.amplitude-secret-key",
  title = "Amplitude secret key",
  severity = "high",
  tags = { "secrets", "amplitude" },
  applies_to = { "*" },
  help = [[An Amplitude project secret key. Paired with the project's API key as HTTP Basic credentials it calls the Export API and Dashboard REST API, reading the project's raw events, user data and charts. (The API key itself is sent by browser SDKs and is not reported: the rule requires `secret` in the variable name.)

**Fix:** Generate a new secret key for the project in Amplitude (*Settings > Projects > your project > API keys*) and delete the old one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://amplitude.com/docs/apis/authentication",
  },
  pattern = [[(?i:(?:amplitude)[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "amplitude" },
  entropy = 3.2,
  examples = {
    [[AMPLITUDE_SECRET_KEY=4a59045789713e99f0d6f6805ba530cc]],
    [[  amplitude_secret: "1c0d29fc89aebfd0ab5850d537a1914f"]],
  },
  negative_examples = {
    [[AMPLITUDE_API_KEY=4a59045789713e99f0d6f6805ba530cc]],
    [[AMPLITUDE_SECRET_KEY={secret_key}]],
    [[AMPLITUDE_SECRET_KEY=${{ secrets.AMPLITUDE_SECRET_KEY }}]],
  },
}
