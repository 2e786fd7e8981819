return {
  id = "secrets.intercom-access-token",
  title = "Intercom access token",
  severity = "high",
  tags = { "secrets", "intercom" },
  applies_to = { "*" },
  help = [[An Intercom access token. It calls the Intercom API for the workspace: contacts (customer personal data), conversations, articles.

**Fix:** Regenerate the token in the Intercom Developer Hub (*app > Authentication*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication",
    "https://developers.intercom.com/docs/references/rest-api/api.intercom.io/",
  },
  pattern = [[\b(dG9rO[A-Za-z0-9+/]{50,70}={0,2})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "intercom" },
  entropy = 4.0,
  examples = {
    [[INTERCOM_ACCESS_TOKEN=dG9rOjOvuo8eGZvwWV2a9EcFWVV+Fr3iRFu3VXbNT+qurIK3iW0wT4BjL540=]],
    [[  intercom_token: "dG9rOjpPDayDnVm+e2/9xsHryky0dlA6NtXnjm4+4FJ7ub5YRxQgcY8FPZfd="]],
  },
  negative_examples = {
    [[INTERCOM_APP_ID=x7k2m9pq]],
    [[INTERCOM_ACCESS_TOKEN=dG9rOg==]],
  },
}
