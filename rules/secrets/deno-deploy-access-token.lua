return {
  id = "secrets.deno-deploy-access-token",
  title = "Deno Deploy access token",
  severity = "high",
  tags = { "secrets", "deno" },
  applies_to = { "*" },
  help = [[A Deno Deploy access token: a personal token (`ddp_`, used by `deployctl` and `DENO_DEPLOY_TOKEN`) or an organization token (`ddo_`, used with the Deploy and Subhosting REST API). It deploys code, manages projects, domains, environment variables and KV databases.

**Fix:** Delete the token in the Deno Deploy dashboard (account or organization *Access Tokens*) and create a new one; prefer GitHub OIDC for deployments from Actions. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.deno.com/subhosting/api/authentication",
    "https://github.com/denoland/deployctl",
  },
  pattern = [[\b(dd[po]_[A-Za-z0-9]{36})\b]],
  keywords = { "ddp_", "ddo_" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[DENO_DEPLOY_TOKEN=ddp_1V6vvV35yWYzu7pcZhkXpgA0OvbdtTWocJaU]],
    [[const token = "ddo_62M4SAJC3Zo2d82EoPaEsF6vwCCIBHGLGAXy";]],
  },
  negative_examples = {
    [[DENO_DEPLOY_TOKEN=ddp_your_token_here]],
    [[DENO_DEPLOY_TOKEN=ddp_ObKf69uug0]],
  },
}
