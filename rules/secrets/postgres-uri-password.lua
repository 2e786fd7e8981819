return {
  id = "secrets.postgres-uri-password",
  title = "PostgreSQL connection URI with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A PostgreSQL connection URI (libpq, SQLAlchemy `postgresql+psycopg://`, Prisma, Django `DATABASE_URL`) that carries the role's password. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\bpostgres(?:ql)?(?:\+[a-z0-9]+)?://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "postgres" },
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
    [[DATABASE_URL=postgresql://svc_dbaal:fAYwxXk0N2L3wWFA8Fv6@db.internal:5432/app]],
    [[  url: "postgresql://app:keNeJyy6omHWrg%402zid@db.internal:5432/app"]],
    [[CONN=postgresql://etl:cZpkV7rRvIg2zCHoB9N695Si@db.internal:5432/app]],
  },
  negative_examples = {
    [[DATABASE_URL=postgresql://app:${DB_PASSWORD}@db.internal:5432/app]],
    [[DATABASE_URL=postgresql://app:<password>@db.internal:5432/app]],
    [[DATABASE_URL=postgresql://db.internal:5432/app]],
    [[DATABASE_URL=postgresql://app@db.internal:5432/app]],
    [[DATABASE_URL=postgresql://postgres:postgres@localhost/dev]],
  },
}
