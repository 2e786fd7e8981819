return {
  id = "secrets.dynatrace-api-token",
  title = "Dynatrace access token",
  severity = "high",
  tags = { "secrets", "dynatrace" },
  applies_to = { "*" },
  help = [[A Dynatrace access token (API token, PaaS token, personal access token). It calls the Dynatrace APIs of the environment with the token's scopes: reading monitoring data, changing settings, downloading OneAgent.

**Fix:** Revoke the token in Dynatrace (*Access tokens*) and create a new one; the public portion identifies it in the audit log. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens-legacy",
    "https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication",
  },
  pattern = [[\b(dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b]],
  keywords = { "dt0" },
  entropy = 3.5,
  examples = {
    [[DT_API_TOKEN=dt0c01.9R0E5XXT391GLKNNSECKUQ3W.PVY9OSW9048BY62K5WYZBHDHSWI21LZTR0SMR72HMVBQO1D7Q4Y8ZJ1FFVVFDZ3U]],
    [[  api_token: "dt0c01.WA58PIWUV0E413MBXPIUTGVD.MJ9ZUH6QW15YWY5TEVREFV8HOJ0WHPPTCWTPWO89BV69730T5O70TNZQCJR6NSBN"]],
  },
  negative_examples = {
    [[DT_API_TOKEN=dt0c01.ST2EY72KQINMH574WMNVI7YN]],
    [[DT_API_TOKEN=dt0c01.A8EI0Z6KA2982RXOL6ABE59S.Q24KMP6RZREJ3TJ5O1LOFZQDNMSXTUL16PLPSXLOJGPHE7W60FVJZZPV8KQHY]],
  },
}
