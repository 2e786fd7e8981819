return {
  id = "secrets.socket-api-token",
  title = "Socket.dev API token",
  severity = "high",
  tags = { "secrets", "socket" },
  applies_to = { "*" },
  help = [[A Socket.dev organization API token. It is used by the Socket CLI, GitHub App integrations and the REST API, with the scopes chosen at creation: creating and reading full scans and reports, changing repositories, triage decisions and security policy of the organization.

**Fix:** Delete the token in the Socket dashboard (*Settings > API Tokens*) and create a new one with only the scopes the pipeline needs. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.socket.dev/reference/authentication",
    "https://docs.socket.dev/docs/create-socket-api-key-for-cicd",
    "https://github.com/SocketDev/socket-sdk-js",
  },
  pattern = [[\b(sktsec_[A-Za-z0-9_\-]{40,48}_api)\b]],
  keywords = { "sktsec_" },
  entropy = 3.5,
  allow = { [[^sktsec_t_--RAN5U4ivauy4w37-6aoKyYPDt5ZbaT5JBVMqiwKo_api$]] },
  examples = {
    [[SOCKET_SECURITY_API_KEY=sktsec_q5vufGgQuE39bEQX9XG_8lT_rk0WAxCKW4m5yeor4boo_api]],
    [[socket scan create --api-token sktsec_ccw0PF83jKyrKSiE3TUPMtD5wybOeNGImnUtZL42wiqN_api .]],
    [[  socket_api_token: "sktsec_VJjpRQAxUdv6y-H6VDI-9SNoVQkl0PaGz93VNk804P_api"]],
  },
  negative_examples = {
    [[const SOCKET_PUBLIC_API_KEY = 'sktsec_t_--RAN5U4ivauy4w37-6aoKyYPDt5ZbaT5JBVMqiwKo_api']],
    [[SOCKET_SECURITY_API_KEY=sktsec_placeholder_value_for_tests_api]],
    [[SOCKET_SECURITY_API_KEY=sktsec_GswRrm7l5G788efGMZ9A_api]],
  },
}
