return {
  id = "secrets.asana-pat",
  title = "Asana personal access token",
  severity = "high",
  tags = { "secrets", "asana" },
  applies_to = { "*" },
  help = [[An Asana personal access token. It calls the Asana API as the user: every task, project and comment the user can see.

**Fix:** Deauthorize the token in Asana (*My settings > Apps > Developer apps / Personal access tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.asana.com/docs/personal-access-token",
    "https://developers.asana.com/docs/authentication",
  },
  pattern = [[(?i:(?:asana)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9]/[0-9]{10,20}(?::[A-Za-z0-9]{32}|/[0-9]{10,20}:[a-f0-9]{32}))\b]],
  keywords = { "asana" },
  entropy = 3.2,
  examples = {
    [[ASANA_ACCESS_TOKEN=2/6523143774915539/4879411455050728:92506c2b7df468a59013212b5770a1bf]],
    [[  asana_pat: "2/4834818584574049/7199379622640598:ff36050e1e8fae0e669758f15aaecfea"]],
  },
  negative_examples = {
    [[ASANA_WORKSPACE_ID=1199876543210987]],
    [[ASANA_ACCESS_TOKEN=2/1234/5678:abc]],
  },
}
