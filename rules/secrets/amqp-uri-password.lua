return {
  id = "secrets.amqp-uri-password",
  title = "AMQP (RabbitMQ) connection URI with password",
  severity = "high",
  tags = { "secrets", "generic", "database" },
  applies_to = { "*" },
  help = [[An AMQP 0-9-1 connection URI (`amqp://`, `amqps://`) for RabbitMQ and compatible brokers that carries the user's password; it can publish, consume and often configure the virtual host. It is direct access to the data or messages, bypassing the application.

**Fix:** Change the database user's password (or drop the user) on the server, check its connection and query logs, and have applications read the URL from a secret store or a mounted secret at runtime; prefer IAM / managed-identity authentication where the database offers it. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rabbitmq.com/docs/uri-spec",
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
  },
  pattern = [=[(?i)\bamqps?://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "amqp" },
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
    [[DATABASE_URL=amqps://svc_fhp3e:399PO7lWNX1PHsze9bPX@mq.internal:5672/orders]],
    [[  url: "amqps://app:t86ybud1xoSL7c%4047S5@mq.internal:5672/orders"]],
    [[CONN=amqps://etl:meRnTCjGLSgxrWpbMOZ6dWVx@mq.internal:5672/orders]],
  },
  negative_examples = {
    [[DATABASE_URL=amqps://app:${DB_PASSWORD}@mq.internal:5672/orders]],
    [[DATABASE_URL=amqps://app:<password>@mq.internal:5672/orders]],
    [[DATABASE_URL=amqps://mq.internal:5672/orders]],
    [[DATABASE_URL=amqps://app@mq.internal:5672/orders]],
    [[DATABASE_URL=amqps://guest:guest@localhost/dev]],
  },
}
