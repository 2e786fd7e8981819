return {
  id = "secrets.tencent-cloud-secret-id",
  title = "Tencent Cloud SecretId",
  severity = "high",
  tags = { "secrets", "tencent" },
  applies_to = { "*" },
  help = [[The identifier half of a Tencent Cloud API key pair (SecretId/SecretKey) of a root account or CAM user. The matching SecretKey signs TencentCloud API requests with every permission of that identity, and the two values are almost always stored side by side, so a committed SecretId usually means the pair has leaked.

**Fix:** Disable and delete the key pair in the Tencent Cloud console (*Cloud Access Management > Access Key > API Keys*), check CloudAudit for calls made with it, and prefer CAM roles or temporary credentials (STS) for workloads. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.tencentcloud.com/document/api/1042/34427",
    "https://www.tencentcloud.com/document/product/214/1526",
  },
  pattern = [[\b(AKID[A-Za-z0-9]{32})\b]],
  keywords = { "AKID" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[TENCENTCLOUD_SECRET_ID=AKID70fNRK1JbW3pmxLkPyc0Ww2jtYAz2sgQ]],
    [[  secret_id: "AKIDCSZrBYc6M8g4FX63Nrh3x10JMt5vRFlP"]],
  },
  negative_examples = {
    [[TENCENTCLOUD_SECRET_ID=AKIDNvFWsEMiUrIeMffIU86q]],
    [[TENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[TENCENTCLOUD_SECRET_ID=${{ secrets.TENCENTCLOUD_SECRET_ID }}]],
  },
}
