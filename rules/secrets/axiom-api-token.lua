return {
  id = "secrets.axiom-api-token",
  title = "Axiom API token",
  severity = "high",
  tags = { "secrets", "axiom" },
  applies_to = { "*" },
  help = [[An Axiom API token (`xaat-`). Depending on the permissions chosen at creation it ingests into, queries or manages the datasets it was granted, and with advanced permissions it can also manage monitors, notifiers and other organization resources.

**Fix:** Delete the token in Axiom (*Settings > API tokens*) and create a replacement with only the datasets and actions it needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://axiom.co/docs/reference/tokens",
  },
  pattern = [[\b(xaat-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "xaat-" },
  entropy = 3.0,
  examples = {
    [[AXIOM_TOKEN=xaat-28abc70e-91ef-a4c9-284c-b0f07586926f]],
    [[  axiom_token: "xaat-863fae3b-340e-e74d-7caf-35f7b606ecdd"]],
  },
  negative_examples = {
    [[AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx]],
    [[AXIOM_TOKEN=${{ secrets.AXIOM_TOKEN }}]],
    [[AXIOM_TOKEN=xaat-28abc70e-91ef-a4c9-284c-b0f075]],
  },
}
