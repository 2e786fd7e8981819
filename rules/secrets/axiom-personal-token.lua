return {
  id = "secrets.axiom-personal-token",
  title = "Axiom personal access token",
  severity = "critical",
  tags = { "secrets", "axiom" },
  applies_to = { "*" },
  help = [[An Axiom personal access token (`xapt-`). It acts as the user who created it with full control of the organization: every dataset, query, monitor, API token and user the person can manage.

**Fix:** Delete the token in Axiom (*Profile > Personal tokens*), check the organization's audit log for its use, and prefer a scoped API token for automation. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://axiom.co/docs/reference/tokens",
    "https://github.com/axiomhq/mcp",
  },
  pattern = [[\b(xapt-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "xapt-" },
  entropy = 3.0,
  examples = {
    [[export AXIOM_PERSONAL_TOKEN=xapt-74316c01-cb0a-34d1-fd63-22b239745856]],
    [[  token: "xapt-f15b8942-8ab3-3976-c12a-43128679b770"]],
  },
  negative_examples = {
    [[AXIOM_PERSONAL_TOKEN=xapt-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx]],
    [[AXIOM_PERSONAL_TOKEN=${AXIOM_PERSONAL_TOKEN}]],
    [[AXIOM_PERSONAL_TOKEN=xapt-74316c01cb0a34d1fd6322b239745856]],
  },
}
