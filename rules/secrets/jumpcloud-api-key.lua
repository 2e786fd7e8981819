return {
  id = "secrets.jumpcloud-api-key",
  title = "JumpCloud API key",
  severity = "critical",
  tags = { "secrets", "jumpcloud" },
  applies_to = { "*" },
  help = [=[A JumpCloud administrator API key (`x-api-key`). It carries the administrator's role over the whole organization through the v1 and v2 APIs: users, groups, devices, commands run on managed systems, SSO applications and directory integrations.

**Fix:** Generate a new key in the JumpCloud Admin Portal (*account initials > My API Key > Generate New API Key*), which revokes the old one, or delete the service account key; then review Directory Insights for calls made with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://jumpcloud.com/support/jumpcloud-apis",
    "https://docs.jumpcloud.com/api/1.0/index.html",
  },
  pattern = [=[\b(jca_[A-Za-z0-9]{32,48})\b]=],
  keywords = { "jca_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [=[JUMPCLOUD_API_KEY=jca_CQZ2cnpTygYDyNGF21gXKhya53VE9iZ4tmGV]=],
    [=[jumpcloud:
  api_key: "jca_2GfMgb1SNq4vdPK3mL8DeGPXagzru5hlOJNB"]=],
    [=[curl -H 'x-api-key: jca_fPwnv1v3GjE42KxjYtkUyugzrBNk3pGKi1Y4' https://console.jumpcloud.com/api/systemusers]=],
  },
  negative_examples = {
    [=[JUMPCLOUD_API_KEY=jca_Cz5qCCYZUxSH0TBKn9q6]=],
    [=[JUMPCLOUD_API_KEY=${JUMPCLOUD_API_KEY}]=],
    [=[x-api-key: jca_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
  },
}
