return {
  id = "secrets.duo-secret-key",
  title = "Duo application secret key",
  severity = "high",
  tags = { "secrets", "duo" },
  applies_to = { "*" },
  help = [=[The secret key (`skey`) of a Duo application (Admin API, Auth API, Accounts API or a Web SDK / Universal Prompt integration). With the integration key and API hostname it signs API requests: for an Admin API application that means managing users, phones, bypass codes and integrations; for an Auth API or SDK application, driving or forging the second-factor step of the protected service.

**Fix:** Rotate the secret key in the Duo Admin Panel (*Applications > application > Reset Secret Key*), or delete the application and create a new one; then review the administrator and authentication logs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://duo.com/docs/adminapi",
    "https://duo.com/docs/authapi",
  },
  pattern = [=[(?i:(?:\b|_)duo(?:[_\-.]|secret|skey|security|client|api|admin|auth|web|universal)[\w.\-]{0,30}?(?:skey|secret|client[_\-]?secret)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([A-Za-z0-9]{40})\b]=],
  keywords = { "duo" },
  entropy = 3.8,
  examples = {
    [=[DUO_SKEY=LZzWJQWDy2FMU6HFX1mhMpGQWxD8Fl3mpijGx105]=],
    [=[  duo_secret_key: "ohpXrCboCEsWUWGtE1aUjAvCAJImb3hqDwgVMP8a"]=],
    [=[duo-secret-key: OLsTnNm0NXJri8uglIoIFCgVJflQzMdVY3BcVFgd]=],
  },
  negative_examples = {
    [=[DUO_IKEY=DI15K3ZFXJAK4EZ91EXF]=],
    [=[DUO_SKEY=3RKUT2Ii7MoWPZP2cPhR]=],
    [=[DUO_SECRET_KEY=${DUO_SECRET_KEY}]=],
  },
}
