return {
  id = "secrets.magic-secret-key",
  title = "Magic (magic.link) secret API key",
  severity = "high",
  tags = { "secrets", "magic" },
  applies_to = { "*" },
  help = [=[The secret API key of a Magic (magic.link) application, used by the Magic Admin SDKs (`MAGIC_SECRET_KEY`). It validates DID tokens and calls the admin API: reading users' metadata (email, phone, wallet addresses), logging users out and managing the app's users.

**Fix:** Roll the secret key in the Magic Dashboard (*app > API Keys*), update the backend with the new key and retire the old one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://github.com/magiclabs/magic-admin-python",
    "https://pypi.org/project/magic-admin/",
  },
  pattern = [=[(?i:magic)[^\n]{0,60}?\b(sk_(?:live|test)_[0-9A-Fa-f]{16,23})\b]=],
  keywords = { "magic" },
  entropy = 2.9,
  examples = {
    [=[MAGIC_SECRET_KEY=sk_live_1DFBC62A43C00E6E]=],
    [=[  magic_api_secret_key: "sk_live_C55E1D9ECFCF9809"]=],
    [=[magic = Magic(api_secret_key='sk_test_00CFBE3307864788')]=],
  },
  negative_examples = {
    [=[MAGIC_PUBLISHABLE_KEY=pk_live_69324E4E5282C285]=],
    [=[MAGIC_SECRET_KEY=sk_live_...]=],
    [=[STRIPE_SECRET_KEY=sk_live_F99853EFD43CEF0A]=],
  },
}
