return {
  id = "secrets.mongodb-uri-password",
  title = "MongoDB connection string with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[A MongoDB connection string (`mongodb://` or `mongodb+srv://`, including Atlas SRV strings) that carries the database user's password. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\bmongodb(?:\+srv)?://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "mongodb" },
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
    [[DATABASE_URL=mongodb+srv://svc_x8df8:U7tFcauq8wgT41jegZYR@cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
    [[  url: "mongodb+srv://app:0DthTDR4qdckzN%40kIQ2@cluster0.ab1cd.mongodb.net/prod?retryWrites=true"]],
    [[CONN=mongodb+srv://etl:1p9f9m3b1L1Q7U9UZuZMxHFA@cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
  },
  negative_examples = {
    [[DATABASE_URL=mongodb+srv://app:${DB_PASSWORD}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
    [[DATABASE_URL=mongodb+srv://app:<password>@cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
    [[DATABASE_URL=mongodb+srv://cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
    [[DATABASE_URL=mongodb+srv://app@cluster0.ab1cd.mongodb.net/prod?retryWrites=true]],
    [[DATABASE_URL=mongodb+srv://mongo:mongo@localhost/dev]],
  },
}
