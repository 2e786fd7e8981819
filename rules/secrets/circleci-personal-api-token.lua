return {
  id = "secrets.circleci-personal-api-token",
  title = "CircleCI personal API token",
  severity = "high",
  tags = { "secrets", "circleci" },
  applies_to = { "*" },
  help = [[A CircleCI personal API token. It acts as the user on the CircleCI API for every project the user follows: trigger pipelines, read and write project environment variables and contexts, manage SSH keys.

**Fix:** Delete the token under User settings > Personal API tokens and review the organization's audit log. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://circleci.com/docs/managing-api-tokens/",
    "https://circleci.com/docs/api-developers-guide/#add-an-api-token",
  },
  pattern = [[\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})\b]],
  keywords = { "CCIPAT_" },
  entropy = 3.5,
  examples = {
    [[CIRCLECI_TOKEN=CCIPAT_6helynMdDGDUVw94jySIsk_98887937affd71cdb746ac35246680b226df7419]],
    [[  circle-token: "CCIPAT_ngg3WXI5JDsBEbjCQ9oQv1_6052fe8d02de7df03fd2ccd27a201f6d9cd6161b"]],
  },
  negative_examples = {
    [[CIRCLECI_TOKEN=CCIPAT_c4GjkSIBFtFcvx71kwzkcO_5755fc22fa1fe44dd366]],
    [[CIRCLECI_TOKEN=CCIPAT_<token>]],
  },
}
