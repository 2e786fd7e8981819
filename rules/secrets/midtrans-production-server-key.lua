return {
  id = "secrets.midtrans-production-server-key",
  title = "Midtrans production server key",
  severity = "critical",
  tags = { "secrets", "midtrans" },
  applies_to = { "*" },
  help = [[A Midtrans production server key (`Mid-server-…`). Sent as the Basic-auth user name on server-side calls, it charges, captures, cancels and refunds real transactions on the merchant account and reads their status.

**Fix:** Ask Midtrans Support to regenerate the production access keys (the keys cannot be changed from the dashboard, *Settings > Access Keys* only displays them) and review recent transactions in the Merchant Administration Portal. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.midtrans.com/reference/authorization",
    "https://docs.midtrans.com/docs/access-keys",
  },
  pattern = [[(?:^|[^A-Za-z0-9_\-])(Mid-server-[A-Za-z0-9_\-]{20,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "Mid-server-" },
  entropy = 3.5,
  examples = {
    [[MIDTRANS_SERVER_KEY=Mid-server-MhAwuTdcupDSm1xWZsa3Pc_Y]],
    [[  midtrans_server_key: "Mid-server-u77J0UOI133ngq-vLQuNfBqK"]],
    [[curl -u 'Mid-server-R97LrEIFTTCvyEjnXMp_oayS:' https://api.midtrans.com/v2/ORDER-101/status]],
  },
  negative_examples = {
    [[MIDTRANS_SERVER_KEY=SB-Mid-server-eWIRHYuc2puIH0CceC3amQTn]],
    [[MIDTRANS_SERVER_KEY=Mid-server-abc123cde456]],
    [[MIDTRANS_SERVER_KEY=${MIDTRANS_SERVER_KEY}]],
    [[MIDTRANS_CLIENT_KEY=Mid-client-u77J0UOI133ngq-vLQuNfBqK]],
  },
}
