return {
  id = "secrets.ecwid-secret-token",
  title = "Ecwid secret access token",
  severity = "high",
  tags = { "secrets", "ecwid" },
  applies_to = { "*" },
  help = [[An Ecwid REST API secret access token (`secret_token`) for one app in one store. It does not expire and works with every endpoint the app's access scopes allow, typically reading and changing products, orders and customer data. (The `public_` token is meant for storefront code and is not reported.)

**Fix:** Uninstall and reinstall the app in the store, or for a custom app ask Ecwid support to reissue its tokens (*Ecwid admin > Develop apps > Details* shows the current ones). Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://docs.ecwid.com/develop-apps/app-settings",
    "https://api-docs.ecwid.com/reference/access-tokens",
  },
  pattern = [[\b(secret_[A-Za-z0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "secret_" },
  keywords_exact = true,
  entropy = 4.2,
  examples = {
    [[ECWID_SECRET_TOKEN=secret_wsBh8pM8aD2kDJ9sYmhiAEJbHr36M7qZ]],
    [[  secret_token: "secret_B44mJ48P3M5gaAWk94M9zBPqvOFYGArw"]],
  },
  negative_examples = {
    [[ECWID_PUBLIC_TOKEN=public_OWxsK7aa9Iniypmn0ia4EMGrRyxIOGuN]],
    [[ECWID_SECRET_TOKEN=secret_9517fce15fcbcabe2486118c4bc2075c]],
    [[ECWID_SECRET_TOKEN=secret_GkxH6q161sXk0EgmQWAA]],
  },
}
