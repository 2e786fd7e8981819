return {
  id = "secrets.circleci-project-api-token",
  title = "CircleCI project API token",
  severity = "medium",
  tags = { "secrets", "circleci" },
  applies_to = { "*" },
  help = [[A CircleCI project API token, scoped to one project with *Status*, *Read Only* or *Admin* access (admin can trigger builds and manage the project's settings).

**Fix:** Delete the token under Project settings > API permissions. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://circleci.com/docs/managing-api-tokens/",
    "https://circleci.com/docs/api-developers-guide/#add-an-api-token",
  },
  pattern = [[\b(CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})\b]],
  keywords = { "CCIPRJ_" },
  entropy = 3.5,
  examples = {
    [[CIRCLE_PROJECT_TOKEN=CCIPRJ_Ubiy6t4D37chdwqeWNGJDu_1952cc95185a97b71a89c4402cb6efc149bdfeb4]],
    [[  token: "CCIPRJ_ynlAGmKoMDtx0O58ASL0Hu_af85c452cc2fa134c9c0a877ab60abc292f29412"]],
  },
  negative_examples = {
    [[CIRCLE_PROJECT_TOKEN=CCIPRJ_cbWmmbZNXA_ed483ab9d1c884224cc0e3c4b53690608c3d9118]],
    [[CIRCLE_PROJECT_TOKEN=CCIPRJ_<token>]],
  },
}
