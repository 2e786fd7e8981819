return {
  id = "secrets.kaggle-api-key",
  title = "Kaggle API key",
  severity = "high",
  tags = { "secrets", "kaggle" },
  applies_to = { "*" },
  help = [[A Kaggle legacy API key, the `key` of `kaggle.json` (or `KAGGLE_KEY`), used with the account's username by the `kaggle` CLI and `kagglehub`. It acts as the user: downloading competition and private datasets, creating and versioning datasets and models, pushing and running notebooks, and submitting to competitions.

**Fix:** Expire the key in Kaggle (*Settings > API > Expire API Token*) and create a new token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://github.com/Kaggle/kaggle-api/blob/main/docs/README.md",
    "https://github.com/Kaggle/kagglehub/blob/main/README.md",
  },
  pattern = [[(?:(?i:kaggle)[\w.\-]{0,30}?(?i:key|token)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|"username"[ \t]*:[ \t]*"[A-Za-z0-9_\-.]{1,64}"[ \t]*,[ \t]*"key"[ \t]*:[ \t]*")([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "kaggle", "\"username\"" },
  entropy = 3.2,
  examples = {
    [[KAGGLE_KEY=b6818e6bda5c1c7b903e3fd9de4554af]],
    [[{"username":"datadinosaur","key":"e72d8894a32ff5c230c94e87e6c1eb86"}]],
  },
  negative_examples = {
    [[KAGGLE_KEY=xxxxxxxxxxxxxx]],
    [[KAGGLE_KEY=118ab70edb22f93a0114991a]],
    [[{"username":"datadinosaur","key":"de5fddfc2d1cf53186e61c8d9e7c80a"}]],
    [[KAGGLE_KEY=${KAGGLE_KEY}]],
  },
}
