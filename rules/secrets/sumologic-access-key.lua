return {
  id = "secrets.sumologic-access-key",
  title = "Sumo Logic access key",
  severity = "high",
  tags = { "secrets", "sumologic" },
  applies_to = { "*" },
  help = [[The secret of a Sumo Logic access key pair. With the access id it calls the Sumo Logic APIs as the owning user: searching logs, managing collectors, content and users within their role.

**Fix:** Delete the access key in Sumo Logic (*Preferences > My Access Keys*, or *Administration > Security > Access Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://help.sumologic.com/docs/manage/security/access-keys/",
    "https://help.sumologic.com/docs/api/getting-started/",
  },
  pattern = [[(?i:(?:sumo)[\w.\-]{0,30}?(?:key)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{64})\b]],
  keywords = { "sumo" },
  entropy = 4.0,
  examples = {
    [[SUMOLOGIC_ACCESSKEY=yrq4u5pGML98GXfJkY5iTNfErxE7bJd7LC4GPLxIOCnjA6mgRMHOWBMs7Rz2fZKT]],
    [[  sumo_access_key: "rCqdZFkFxFJHvmMqEMkAXKHHVmzR78na3l48o8LMARVGO0TErzbrKnjnWgM4baam"]],
  },
  negative_examples = {
    [[SUMOLOGIC_ACCESSID=suAb3Cd4Ef5Gh6]],
    [[SUMOLOGIC_ACCESSKEY=1QQI11LY70uHZvKQythNjLnu1ik4IMTEvTGOU7D1eAp0LQ5Ko2F7TT6ZhchQh]],
  },
}
