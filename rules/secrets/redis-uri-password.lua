return {
  id = "secrets.redis-uri-password",
  title = "Redis connection URI with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A Redis connection URI (`redis://` or TLS `rediss://`, with an ACL user or the empty user of `requirepass`) that carries the password. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.iana.org/assignments/uri-schemes/prov/redis",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\brediss?://[^\s:@/?#\"'<>]*:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "redis" },
  entropy = 1.5,
  allow = {
    [[^\$]],
    [[^\{\{]],
    [[^\{[^{}]*\}$]],
    [[^%(?:\([A-Za-z_]+\))?s$]],
    [[^%[A-Za-z_][A-Za-z0-9_]*%$]],
    [[^\*+$]],
    [[^(?:x+|X+|\.+|_+)$]],
    [[^\d{1,5}$]],
    [[(?i)^(?:pass|password|passwd|pwd|secret|token|changeme|user|username|dbpass|db_password|test|mypassword)$]],
    [[(?i)^(?:postgres|root|admin|guest|mysql|redis|rabbitmq|sa|mongo|default)$]],
  },
  -- RFC 2606 documentation hosts: credentials in examples such as https://user:pass@example.com are not secrets.
  allow_context = { [[(?i)://[^\s:@/]+:[^\s@/]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)\b]] },
  stopwords = { "example", "placeholder", "changeme", "redacted", "your_password", "yourpassword" },
  examples = {
    [[DATABASE_URL=rediss://svc_e9p2r:IWSrg4L2AcD7zkfJJZbk@cache.internal:6379/0]],
    [[  url: "rediss://:jW2KCxE0LRWZY8%40JLQW@cache.internal:6379/0"]],
    [[CONN=rediss://etl:eVcW9PBLYtwOav4Sp0edumM5@cache.internal:6379/0]],
  },
  negative_examples = {
    [[DATABASE_URL=rediss://app:${DB_PASSWORD}@cache.internal:6379/0]],
    [[DATABASE_URL=rediss://app:<password>@cache.internal:6379/0]],
    [[DATABASE_URL=rediss://cache.internal:6379/0]],
    [[DATABASE_URL=rediss://app@cache.internal:6379/0]],
    [[DATABASE_URL=rediss://default:default@localhost/dev]],
  },
}
