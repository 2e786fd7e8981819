return {
  id = "secrets.alibaba-cloud-access-key-secret",
  title = "Alibaba Cloud AccessKey secret",
  severity = "critical",
  tags = { "secrets", "alibaba" },
  applies_to = { "*" },
  help = [[The secret half of an Alibaba Cloud AccessKey pair of a RAM user or the root account. With the AccessKey ID (`LTAI…`) it signs API requests with every permission of that identity, until the pair is disabled.

**Fix:** Disable and delete the AccessKey pair in the RAM console (*Identities > Users > the user > AccessKey*), check ActionTrail for calls made with it, and prefer RAM roles and STS tokens for workloads. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair",
    "https://www.alibabacloud.com/help/en/sdk/developer-reference/v2-manage-access-credentials",
  },
  pattern = [[(?i)(?:\b(?:alibaba|aliyun|alicloud)[\w.\-]{0,30}?(?:secret|access[_\-.]?key[_\-.]?secret)|\baccess[_\-.]?key[_\-.]?secret)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{30})(?:[^A-Za-z0-9]|$)]],
  keywords = { "alibaba", "aliyun", "alicloud", "accesskeysecret", "access_key_secret", "access-key-secret", "access.key.secret" },
  entropy = 3.8,
  examples = {
    [[ALIBABA_CLOUD_ACCESS_KEY_SECRET=NetxaH0aSkKVeKyj40eQk1rOch2l9o]],
    [[  access_key_secret: "fjFb9Bg0BmOUPv8bBJlhGx5bGwbiD4"]],
    [[config.accessKeySecret = "yioPCH7zctoWXfmYMJHnGZ1E3jVxrz";]],
  },
  negative_examples = {
    [[ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}]],
    [[ALIBABA_CLOUD_ACCESS_KEY_SECRET=WudV0oGboJnnEHoFyrcHYkaY]],
    [[client_secret = CMAlh0tNNCawLkiTrzKBy6YtPXs01N]],
  },
}
