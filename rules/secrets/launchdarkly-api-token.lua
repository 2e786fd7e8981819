return {
  id = "secrets.launchdarkly-api-token",
  title = "LaunchDarkly API access token",
  severity = "high",
  tags = { "secrets", "launchdarkly" },
  applies_to = { "*" },
  help = [[A LaunchDarkly REST API access token (`api-`). With its role it reads and changes flags, targeting, environments and members.

**Fix:** Delete or reset the token in LaunchDarkly (*Organization settings > Authorization*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.launchdarkly.com/home/account/api",
    "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys",
  },
  pattern = [[\b(api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "launchdarkly", "ld_api", "ld_access", "ld-api" },
  entropy = 3.2,
  examples = {
    [[LD_API_KEY=api-2be4ecd2-afe7-033f-0593-92b8403f968e]],
    [[  launchdarkly_access_token: "api-7525f75b-6dc1-e297-f2e8-6586ccad0940"]],
  },
  negative_examples = {
    [[gateway_id: api-bc2c0c92-aa12-4039-9bb2-c4d25f56812a]],
    [[LD_API_KEY=api-00000000-0000-0000-0000-000000000000]],
  },
}
