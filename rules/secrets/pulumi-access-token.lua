return {
  id = "secrets.pulumi-access-token",
  title = "Pulumi access token",
  severity = "high",
  tags = { "secrets", "pulumi" },
  applies_to = { "*" },
  help = [[A Pulumi Cloud access token (personal, team or organization). It reads and updates stacks, their state and encrypted configuration, and Pulumi ESC environments the identity can open.

**Fix:** Delete the token in Pulumi Cloud (Personal/Organization settings > Access tokens). Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
  },
  pattern = [[\b(pul-[a-f0-9]{40})\b]],
  keywords = { "pul-" },
  entropy = 3.0,
  examples = {
    [[PULUMI_ACCESS_TOKEN=pul-d70f5e18151400f7e10014902332f6db40dca5fd]],
    [[  pulumi_token: "pul-f04573862ca8788d40dc1c853e46e4d7e6a2a13c"]],
  },
  negative_examples = {
    [[PULUMI_ACCESS_TOKEN=pul-10b6d8485126f6ce8e2f294019906b76]],
    [[PULUMI_ACCESS_TOKEN=pul-<token>]],
  },
}
