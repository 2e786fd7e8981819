return {
  id = "secrets.midtrans-sandbox-server-key",
  title = "Midtrans sandbox server key",
  severity = "medium",
  tags = { "secrets", "midtrans" },
  applies_to = { "*" },
  help = [[A Midtrans sandbox server key (`SB-Mid-server-…`). It authenticates server-side calls against the sandbox environment only: test charges, status and refunds with simulated money, plus the sandbox merchant's settings and data.

**Fix:** Ask Midtrans Support to regenerate the sandbox access keys (the dashboard's *Settings > Access Keys* only displays them), and check that no production key was committed alongside. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.midtrans.com/reference/authorization",
    "https://docs.midtrans.com/docs/access-keys",
  },
  pattern = [[\b(SB-Mid-server-[A-Za-z0-9_\-]{20,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "SB-Mid-server-" },
  entropy = 3.5,
  examples = {
    [[MIDTRANS_SERVER_KEY=SB-Mid-server-eWIRHYuc2puIH0CceC3amQTn]],
    [[  server_key: "SB-Mid-server-MhAwuTdcupDSm1xWZsa3Pc_Y"]],
  },
  negative_examples = {
    [[MIDTRANS_SERVER_KEY=SB-Mid-server-abc123cde456]],
    [[MIDTRANS_SERVER_KEY=SB-Mid-server-xxxxxxxxxxxxxxxxxxxxxxxx]],
    [[MIDTRANS_CLIENT_KEY=SB-Mid-client-eWIRHYuc2puIH0CceC3amQTn]],
  },
}
