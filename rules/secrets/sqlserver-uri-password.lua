return {
  id = "secrets.sqlserver-uri-password",
  title = "SQL Server connection URL with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A SQL Server connection URL (`sqlserver://` as used by the Go driver and Prisma, `mssql://` as used by Node drivers) that carries the login's password. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://github.com/microsoft/go-mssqldb#connection-parameters-and-dsn",
    "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\b(?:mssql|sqlserver)://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "mssql", "sqlserver" },
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
    [[DATABASE_URL=sqlserver://svc_nkjqp:yKIZDqeoci4xv0aWjzeB@sql.internal:1433?database=erp]],
    [[  url: "sqlserver://app:n4zGm2DLsE1C6n%404Kcs@sql.internal:1433?database=erp"]],
    [[CONN=sqlserver://etl:bubGPxSts1BQUmnfY5MgW5bz@sql.internal:1433?database=erp]],
  },
  negative_examples = {
    [[DATABASE_URL=sqlserver://app:${DB_PASSWORD}@sql.internal:1433?database=erp]],
    [[DATABASE_URL=sqlserver://app:<password>@sql.internal:1433?database=erp]],
    [[DATABASE_URL=sqlserver://sql.internal:1433?database=erp]],
    [[DATABASE_URL=sqlserver://app@sql.internal:1433?database=erp]],
    [[DATABASE_URL=sqlserver://sa:sa@localhost/dev]],
  },
}
