return {
  id = "secrets.sqlserver-connection-string-password",
  title = "SQL Server (ADO.NET) connection string with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A SQL Server / Azure SQL connection string in ADO.NET keyword syntax (also used by ODBC, OLE DB and .NET configuration files) that carries a SQL login's password: direct access to the database with that login's rights.

**Fix:** Change the SQL login's password (`ALTER LOGIN … WITH PASSWORD`), review the audit log, and move applications to managed identities / Entra ID authentication or read the connection string from Key Vault. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax",
  },
  -- Unbounded within the line (`+`, `*?`) rather than {1,200} and {0,300}: RE2 unrolls a counted repetition, and
  -- those two made a 7,000-instruction program that took 8 ms to compile, paid by every pre-commit run whose
  -- files hold "Password=".
  pattern = [[(?i)\b(?:Server|Data Source|Address|Addr)=[^;\r\n]+;[^\r\n]*?\b(?:Password|Pwd)=([^;\s"'<>]{1,128})]],
  keywords = { "Password=", "Pwd=" },
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
    [["DefaultConnection": "Server=tcp:erp-sql.database.windows.net,1433;Initial Catalog=erp;User ID=erp_app;Password=Z4bLuIgFKR3edOTiJi!;Encrypt=True;"]],
    [[ConnectionStrings__Main=Data Source=sql01.corp.local;Initial Catalog=Billing;User Id=billing;Pwd=ElPw0fXnBpz1tIAo;TrustServerCertificate=True]],
  },
  negative_examples = {
    [["DefaultConnection": "Server=tcp:erp-sql.database.windows.net,1433;Initial Catalog=erp;Authentication=Active Directory Default;"]],
    [["DefaultConnection": "Server=.;Database=erp;User ID=sa;Password=${SQL_PASSWORD};"]],
    [["DefaultConnection": "Server=.;Database=erp;Integrated Security=True;Password=;"]],
    [[Server=.;Database=erp;User ID=app;Password=<password>;]],
  },
}
