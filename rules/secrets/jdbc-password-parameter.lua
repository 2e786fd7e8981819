return {
  id = "secrets.jdbc-password-parameter",
  title = "JDBC URL with password parameter",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A JDBC connection URL that carries the database password as a parameter (PostgreSQL `?password=`, MySQL Connector/J `&password=`, SQL Server `;password=`): direct database access with that user's rights.

**Fix:** Change the database user's password, check its connection logs, and supply the password through `spring.datasource.password` bound to a secret store (Vault, Kubernetes Secret, cloud secret manager) instead of the URL. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://jdbc.postgresql.org/documentation/use/#connection-parameters",
    "https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties",
    "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-configuration-properties.html",
  },
  pattern = [[(?i)\bjdbc:[a-z0-9]+:[^\s"'<>]*?[?&;:]password=([^&;\s"'<>]{1,128})]],
  keywords = { "jdbc:" },
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
  stopwords = { "example", "placeholder", "changeme", "redacted", "your_password", "yourpassword" },
  examples = {
    [[spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?user=orders&password=Faiigx9tUzFKoJ06IS&ssl=true]],
    [[  url: "jdbc:sqlserver://sql.internal:1433;databaseName=erp;user=erp;password=WAqG9ep2lVJDTcsT;encrypt=true"]],
    [[JDBC_URL=jdbc:mysql://mysql.internal:3306/shop?user=shop&password=N4E24qpIQ3KPA3OXzrcV]],
  },
  negative_examples = {
    [[spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?user=orders&password=${DB_PASSWORD}]],
    [[spring.datasource.url=jdbc:postgresql://db.internal:5432/orders?user=orders]],
    [[url: jdbc:mysql://mysql.internal:3306/shop?user=shop&password=&useSSL=true]],
  },
}
