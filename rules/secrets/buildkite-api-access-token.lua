return {
  id = "secrets.buildkite-api-access-token",
  title = "Buildkite API access token",
  severity = "high",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite API access token (user access token) in the format issued since March 2023: `bkua_`, a short shard identifier, a dot and 40 hexadecimal characters. It calls the REST and GraphQL APIs as the user, within the token's scopes and organization: it reads build logs and artifacts, triggers and cancels builds, and can change pipelines.

**Fix:** Revoke the token on the Buildkite *Personal Settings > API Access Tokens* page (organization admins can also revoke it from the API Access Audit page), and create a replacement with the narrowest scopes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/platform/security/tokens",
    "https://buildkite.com/docs/apis/managing-api-tokens",
  },
  pattern = [[\b(bkua_[A-Za-z0-9]{2,16}\.[a-f0-9]{40})\b]],
  keywords = { "bkua_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[BUILDKITE_API_TOKEN=bkua_MTA.d050fb7eeab8b36ca1dbb2fc21c4fae5bfbc3bce]],
    [[  api_token: "bkua_MjE.37195c2dae931476dc73818e5cde256fb579ee2d"]],
  },
  negative_examples = {
    [[BUILDKITE_API_TOKEN=bkua_MTA.bb810d52fd7d16fd66ef9c30afd48f]],
    [[BUILDKITE_API_TOKEN=bkua_MTA.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[BUILDKITE_API_TOKEN=${{ secrets.BUILDKITE_API_TOKEN }}]],
  },
}
