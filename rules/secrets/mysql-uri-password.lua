return {
  id = "secrets.mysql-uri-password",
  title = "MySQL or MariaDB connection URI with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A MySQL/MariaDB connection URI (`mysql://`, `mysqlx://`, SQLAlchemy `mysql+pymysql://`, `mariadb://`) that carries the account's password. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://dev.mysql.com/doc/refman/8.4/en/connecting-using-uri-or-key-value-pairs.html",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\b(?:mysqlx?|mariadb)(?:\+[a-z0-9]+)?://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "mysql", "mariadb" },
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
    [[DATABASE_URL=mysql://svc_728iu:0ryuJFx2DG47oeKQ5t3W@mysql.internal:3306/shop]],
    [[  url: "mysql://app:587YOpOJqmfS0t%40xEwi@mysql.internal:3306/shop"]],
    [[CONN=mysql://etl:laRTaffG4yRVP6hMPhWyuvdw@mysql.internal:3306/shop]],
  },
  negative_examples = {
    [[DATABASE_URL=mysql://app:${DB_PASSWORD}@mysql.internal:3306/shop]],
    [[DATABASE_URL=mysql://app:<password>@mysql.internal:3306/shop]],
    [[DATABASE_URL=mysql://mysql.internal:3306/shop]],
    [[DATABASE_URL=mysql://app@mysql.internal:3306/shop]],
    [[DATABASE_URL=mysql://root:root@localhost/dev]],
  },
}
