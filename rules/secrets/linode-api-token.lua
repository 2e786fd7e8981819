return {
  id = "secrets.linode-api-token",
  title = "Linode (Akamai) API token",
  severity = "critical",
  tags = { "secrets", "linode", "akamai" },
  applies_to = { "*" },
  help = [[A Linode (Akamai Cloud Computing) personal access token. With read/write scopes it manages Linodes, LKE clusters, Object Storage keys, NodeBalancers, DNS and account settings.

**Fix:** Revoke the token in Cloud Manager (profile > API Tokens) and review the account's event log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens",
    "https://techdocs.akamai.com/cloud-computing/docs/manage-personal-access-tokens",
  },
  pattern = [[(?i)(?:\blinode[\w.\-]{0,20}(?:token|pat|api[_\-]?key))["']?[ \t]*(?:=|:|=>)[ \t]*["']?([a-f0-9]{64})\b]],
  keywords = { "linode" },
  entropy = 3.0,
  examples = {
    [[LINODE_TOKEN=75b7dfaf7f7a3b400fbce104f5e9f5beef1326518ae61d2a2c06fcccb8c75fc7]],
    [[provider "linode" {
  linode_token = "62f241bc0f63430c7b96be473abc4ffcdb086fbaaee05534f61c414a808204d3"
}]],
    [[export LINODE_CLI_TOKEN=c15d4d72d5c685e868c1de6be8d04a78e662fae94b5340978c9aaefe321715c3]],
  },
  negative_examples = {
    [[LINODE_TOKEN=$LINODE_TOKEN]],
    [[linode_token = d76bd63ac623a16971378f33bedf342ea7b43e06]],
    [[commit: 73f1d1c43c55bea1b6485d920233dedc249f1e03cea1f06d990d94785659be57]],
    [[  linode_image: linode/ubuntu24.04@sha256:2e08a8ca593d769017e33d8b32415b053ded25166725e3f555782489c512fa91]],
  },
}
