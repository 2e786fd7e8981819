return {
  id = "secrets.logzio-token",
  title = "Logz.io shipping or API token",
  severity = "medium",
  tags = { "secrets", "logzio" },
  applies_to = { "*" },
  help = [[A Logz.io log shipping token (32 letters) or API token (UUID). Shipping tokens send logs into the account; API tokens query and manage it.

**Fix:** Delete the token in Logz.io (*Settings > Manage tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.logz.io/docs/user-guide/admin/authentication-tokens/data-shipping-tokens/",
    "https://docs.logz.io/docs/user-guide/admin/authentication-tokens/api-tokens/",
  },
  pattern = [[(?i:(?:logz[_\-.]?io)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "logzio", "logz_io", "logz-io", "logz.io" },
  entropy = 3.5,
  examples = {
    [[LOGZIO_TOKEN=izktcGQxnnpjgHqSgRyiDYDJHdZOJOaN]],
    [[  logzio_shipping_token: "tcHHrKqoDXawoZqcPqGKovYKiIBGZJtf"]],
  },
  negative_examples = {
    [[LOGZIO_LISTENER=listener.logz.io]],
    [[LOGZIO_TOKEN=zPgmWsOCTYruoiyQaoyuEdSGFnimN]],
  },
}
