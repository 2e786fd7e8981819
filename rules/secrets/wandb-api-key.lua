return {
  id = "secrets.wandb-api-key",
  title = "Weights & Biases API key",
  severity = "high",
  tags = { "secrets", "wandb" },
  applies_to = { "*" },
  help = [[A Weights & Biases (W&B) API key. It authenticates the `wandb` SDK and CLI as the user or service account: it reads and writes runs, artifacts (datasets and model weights), reports and registries of every entity and project the account belongs to.

**Fix:** Delete the key in W&B (*User settings > API keys*, or the service account's page) and create a new one; check the audit log of the organization for unexpected artifact downloads. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.wandb.ai/support/models/articles/why-does-my-api-key-fail-with-must-be-40-characters",
  },
  pattern = [[(?i:wandb|weights[_\-]?and[_\-]?biases)[\w.\-]{0,40}?[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([0-9a-f]{40}|[A-Za-z0-9_\-]{84,90})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "wandb", "weights_and_biases", "weights-and-biases", "weightsandbiases" },
  entropy = 3.2,
  examples = {
    [[WANDB_API_KEY=8365664f2ec2a85f45113b4170f47113001c68f1]],
    [[  wandb_api_key: "ja9AMIavmfuHayt3g0ejKZAx8x1z0C78pqq0q0II6QoRtqIqdHV1ap_f_G9GiCSosu3YBKOGdqiIDiMkcTv270"]],
  },
  negative_examples = {
    [=[WANDB_API_KEY=[API-KEY]]=],
    [[WANDB_PROJECT=8365664f2ec2a85f45113b4170f47113001c68]],
    [[WANDB_API_KEY=${{ secrets.WANDB_API_KEY }}]],
  },
}
