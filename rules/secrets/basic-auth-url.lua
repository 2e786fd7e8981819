return {
  id = "secrets.basic-auth-url",
  title = "URL with embedded credentials",
  severity = "high",
  tags = { "secrets", "generic", "url" },
  applies_to = { "*" },
  help = [[A username and password written into a URL's userinfo (HTTP Basic authentication, Git over HTTPS, FTP, SMTP, LDAP…). The password is a full login for that service, and URLs are copied into logs, shell history, proxies and error messages.

**Fix:** Change the password (or revoke the token used as a password) at the service, then pass credentials through the tool's credential helper, a `.netrc` outside the repository, or environment variables injected from a secret store. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1",
    "https://www.rfc-editor.org/rfc/rfc7617",
  },
  pattern = [=[(?i)\b(?:https?|ftps?|sftp|git|ssh|svn|smtps?|ldaps?|wss?)://[^\s:@/?#\"'<>]+:([^\s:@/?#\"'<>]{1,128})@[A-Za-z0-9\[]]=],
  keywords = { "://" },
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
  },
  -- RFC 2606 documentation hosts: credentials in examples such as https://user:pass@example.com are not secrets.
  allow_context = { [[(?i)://[^\s:@/]+:[^\s@/]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)\b]] },
  stopwords = { "example", "placeholder", "changeme", "redacted", "your_password", "yourpassword" },
  examples = {
    [[PIP_INDEX_URL=https://ci-reader:qQMjTH9OzHmlXMi8mk@nexus.acme.internal/repository/pypi/simple]],
    [[git remote add origin https://deploy-bot:6QIFPp1MHGhK%21TpCSOY@git.acme.internal/platform/infra.git]],
    [[  smtp_url: "smtps://alerts%40acme.io:oFfiBeEypEQI8FFH@smtp.mailgun.org:465"]],
  },
  negative_examples = {
    [[const url = new URL("https://abc:k9Zq2Lr8Xw@example.com/path");]],
    [[git clone https://${GIT_USER}:${GIT_TOKEN}@git.acme.internal/platform/infra.git]],
    [[url: https://user:<password>@nexus.acme.internal/]],
    [[url: https://user:***@nexus.acme.internal/]],
    [[url: https://user:@nexus.acme.internal/]],
    [[ssh://git@github.com/acme/infra.git]],
    [[url: https://user:password@nexus.acme.internal/]],
    [[http://localhost:8080/health]],
    [[url = f"https://{user}:{password}@nexus.acme.internal/simple"]],
  },
}
