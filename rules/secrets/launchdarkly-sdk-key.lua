return {
  id = "secrets.launchdarkly-sdk-key",
  title = "LaunchDarkly server-side SDK key",
  severity = "medium",
  tags = { "secrets", "launchdarkly" },
  applies_to = { "*" },
  help = [[A LaunchDarkly server-side SDK key (`sdk-`). It downloads every flag's full rules and segment membership for one environment.

**Fix:** Reset the SDK key for the environment (*Project settings > Environments*), with an expiry for the old key during rollout. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.launchdarkly.com/home/account/api",
    "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys",
  },
  pattern = [[\b(sdk-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "launchdarkly", "ld_sdk", "ld-sdk", "ldclient" },
  entropy = 3.2,
  examples = {
    [[LD_SDK_KEY=sdk-8e43bbde-3187-330d-ef3a-c88659cef79d]],
    [[  launchdarkly_sdk_key: "sdk-89fb2eed-bcce-5fd6-4d14-bc97f4b73cc8"]],
  },
  negative_examples = {
    [[LD_MOBILE_KEY=mob-8c1e4d2f-3b6a-4e9c-a7d5-0f2b8e6c4a91]],
    [[LD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000]],
  },
}
