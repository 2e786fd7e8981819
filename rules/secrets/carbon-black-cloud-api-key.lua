return {
  id = "secrets.carbon-black-cloud-api-key",
  title = "Carbon Black Cloud API key",
  severity = "high",
  tags = { "secrets", "carbon-black" },
  applies_to = { "*" },
  help = [[A Carbon Black Cloud API key, written as `API Secret Key/API ID` in the `X-Auth-Token` header. It acts with the key's access level on the organization's endpoint-protection data: device inventory, alerts, process searches and, for keys whose access level allows it, policy changes, device quarantine and live-response sessions on the endpoints themselves.

**Fix:** Delete or regenerate the key in the Carbon Black Cloud console (*Settings > API Access > API Keys*, then *Generate new API secret* or *Delete* in the key's row). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.carbonblack.com/reference/carbon-black-cloud/authentication/",
    "https://carbon-black-cloud-python-sdk.readthedocs.io/en/latest/authentication/",
  },
  pattern = [[(?i:x-auth-token|carbon[ _.\-]?black|\bcbc)[^\n]{0,60}?\b([A-Z0-9]{24}/[A-Z0-9]{10})\b]],
  keywords = { "x-auth-token", "carbonblack", "carbon_black", "carbon-black", "carbon black", "carbon.black", "cbc" },
  entropy = 3.6,
  allow = { [[^ABCDEFGHIJ]] },
  examples = {
    [[CARBON_BLACK_API_TOKEN=P7IKATJO6NG6G3YHGEI1VUXX/PLUG5NCTWE]],
    [[curl -H 'X-Auth-Token: PEIZD6GAE259WLUH876G5P04/DKOB7620MR' https://defense.conferdeploy.net/appservices/v6/orgs/ABCD1234/devices/_search]],
  },
  negative_examples = {
    [[curl -H 'X-Auth-Token: ABCDEFGHIJKLMNO123456789/ABCD123456' https://defense.conferdeploy.net]],
    [[CBC_API_TOKEN=${CBC_API_SECRET}/${CBC_API_ID}]],
    [[CARBON_BLACK_TOKEN=GCDUMLB3I7APKUD78KTFA7YN/24JAO7]],
  },
}
