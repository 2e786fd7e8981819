return {
  id = "secrets.tencent-cloud-secret-key",
  title = "Tencent Cloud SecretKey",
  severity = "critical",
  tags = { "secrets", "tencent" },
  applies_to = { "*" },
  help = [[The private half of a Tencent Cloud API key pair. It signs TencentCloud API requests (TC3-HMAC-SHA256) with every permission of the root account or CAM user that owns the SecretId, until the key is disabled.

**Fix:** Disable and delete the key pair in the Tencent Cloud console (*Cloud Access Management > Access Key > API Keys*), check CloudAudit for calls made with it, and prefer CAM roles or temporary credentials (STS) for workloads. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.tencentcloud.com/document/api/1042/34427",
    "https://www.tencentcloud.com/document/product/214/1526",
  },
  pattern = [[(?i)\b(?:tencent|qcloud|tccli)[\w.\-]{0,30}?secret[_\-.]?key["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{32})(?:[^A-Za-z0-9]|$)]],
  keywords = { "tencent", "qcloud", "tccli" },
  entropy = 3.8,
  examples = {
    [[TENCENTCLOUD_SECRET_KEY=IGeHRaRm6HWRxyq1WTDwAEPKLQFwUewL]],
    [[  tencentcloud_secret_key: "124V0mokwd6bc4GR19KbiJDhRKnPDjRd"]],
    [[qcloud.secretKey = "2NScRv9nQyaQPaYEfla5wG3t87xST1yH"]],
  },
  negative_examples = {
    [[TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}]],
    [[TENCENTCLOUD_SECRET_KEY=tG63yFfkvZnsxRBBmZGdoyqt94Tp]],
    [[secret_key = VdOP6abWcYqkIG3Urn6j8Jp7jufzfxX8]],
  },
}
