return {
  id = "secrets.tenable-api-secret-key",
  title = "Tenable API secret key",
  severity = "high",
  tags = { "secrets", "tenable" },
  applies_to = { "*" },
  help = [=[The secret half of a Tenable API key pair (Tenable Vulnerability Management / Tenable.io `X-ApiKeys`, or Tenable Security Center `x-apikey`). With the access key it acts as the user who generated it: reads scan results and asset inventories, and launches or changes scans within the user's role.

**Fix:** Regenerate the user's API keys in Tenable (*My Account > API Keys > Generate*, or an administrator on the user's page), which replaces the old pair; Tenable Security Center keys can also be deleted. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.tenable.com/vulnerability-management/best-practices/security/Content/APIKeys.htm",
    "https://docs.tenable.com/security-center/api_best_practices/Content/APIKeyAuthorization.htm",
  },
  pattern = [=[(?i:(?:accesskey=[a-f0-9]{64};[ \t]*secretkey=|tenable[\w.\-]{0,30}?secret[\w.\-]{0,12}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?))([a-f0-9]{64})\b]=],
  keywords = { "secretkey=", "tenable" },
  entropy = 3.2,
  examples = {
    [=[curl -H 'X-ApiKeys: accessKey=cb79f6602bf9247e07949b563f0b53a9e1f210b54f8cc973e7997104a58e39b0; secretKey=0090c6d8d8ff797af6c43d20cf698707170240a1bcd8c6b6ba8e6bbb0164c415;' https://cloud.tenable.com/scans]=],
    [=[TENABLE_SECRET_KEY=06c8077e083ef663955ff053b37ec77e6bc4e8636240e1a1cad31c4b0f78c55e]=],
    [=[tenable:
  tenable_secret_key: "22cd0c0513523fbe892a56ce2748152ac76e5e75ea8a20dd8c8f82f5800ebcca"]=],
  },
  negative_examples = {
    [=[TENABLE_ACCESS_KEY=fa8c19af45e42b822549f86bb72394cb7cfb0c1f6590d35b053f265bd7d5639a]=],
    [=[X-ApiKeys: accessKey=${TIO_ACCESS_KEY}; secretKey=${TIO_SECRET_KEY}]=],
    [=[TENABLE_SECRET_KEY=1c47b4998e893f91edb4bd0cd1eb7c5b74ff577e]=],
  },
}
