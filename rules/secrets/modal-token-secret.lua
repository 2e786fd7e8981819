return {
  id = "secrets.modal-token-secret",
  title = "Modal token secret",
  severity = "high",
  tags = { "secrets", "modal" },
  applies_to = { "*" },
  help = [[The secret half (`as-…`) of a Modal API token; the other half is the token id (`ak-…`). Together they authenticate the `modal` CLI and SDKs to the workspace: deploying and running functions on Modal's compute billed to the workspace, and using the workspace's stored Secrets, volumes and apps.

**Fix:** Revoke the token in the Modal dashboard (*Settings > API Tokens*), create a new one with `modal token new` or in the dashboard, and check the workspace's apps and usage for activity you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://modal.com/docs/reference/modal.config",
    "https://modal.com/docs/reference/cli/token",
  },
  pattern = [[(?i:modal[\w.\-]{0,40}?|token[_\-]secret)[\"']?[ \t]*(?:=|:=|:|=>|[ \t])[ \t]*[\"']?(as-[A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "modal", "token_secret", "token-secret" },
  entropy = 3.5,
  examples = {
    [[MODAL_TOKEN_SECRET=as-JrPBpxdb1MMCKXD7AhgGw5]],
    [[token_secret = "as-MDFIfCcwCIoCOP9yasWpQB"]],
  },
  negative_examples = {
    [[token_secret = "as-12345..."]],
    [[MODAL_TOKEN_ID=ak-78RcEgjPQ436hIQD7YdQMX]],
    [[MODAL_TOKEN_SECRET=as-YOUR_TOKEN_SECRET_HERE]],
  },
}
