return {
  id = "secrets.alibaba-access-key-id",
  title = "Alibaba Cloud AccessKey ID",
  severity = "high",
  tags = { "secrets", "alibaba" },
  applies_to = { "*" },
  help = [[The identifier half of an Alibaba Cloud AccessKey pair for a RAM user or the root account. The matching AccessKey secret (30 characters) signs API calls with the user's permissions; the two are nearly always stored together.

**Fix:** Disable and delete the AccessKey pair in the RAM console (Users > the user > AccessKey), check ActionTrail, and prefer STS tokens or RAM roles. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
    "https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-access-credentials",
  },
  pattern = [[\b(LTAI[A-Za-z0-9]{12,20})\b]],
  keywords = { "LTAI" },
  entropy = 3.5,
  examples = {
    [[ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tieE90RZ4SIqHO1TKse]],
    [[  access_key = "LTAIFOwr24nS4OIPrymM"]],
  },
  negative_examples = {
    [[ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************]],
    [[id: LTAIuQPkkVSd]],
    [[LTAIxxxxxxxxxxxxxxxxxxxx]],
  },
}
