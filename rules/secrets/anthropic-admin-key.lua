return {
  id = "secrets.anthropic-admin-key",
  title = "Anthropic Admin API key",
  severity = "critical",
  tags = { "secrets", "anthropic" },
  applies_to = { "*" },
  help = [[An Anthropic Admin API key (`sk-ant-admin01-`). It manages the organization: members, invites, workspaces and API keys.

**Fix:** Delete the admin key in the Anthropic Console (*Settings > Admin keys*) and review organization members and keys. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.anthropic.com/en/api/administration-api",
    "https://docs.anthropic.com/en/api/getting-started",
  },
  pattern = [[\b(sk-ant-admin01-[A-Za-z0-9_\-]{93}AA)(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-ant-admin" },
  entropy = 4.0,
  examples = {
    [[ANTHROPIC_ADMIN_KEY=sk-ant-admin01-LbT4wIjbovW2MTQvHiPwKTK5YwXbELZpTMbdgIHfG9dv8jkIutyXZ5qVE0saukXlJ2eoGLf_SqIAwjDqkJ7p6EHwyhEhIAA]],
    [[  admin_key: "sk-ant-admin01-51Ns3yJsUzgVEsQjFRBWS1A_3fk81UQoXBAg8iHCpC2nMbFwNpKie7WR32TIXHnL-rutKuDxnWvk2WUrpsVVNiQTWeyhUAA"]],
  },
  negative_examples = {
    [[ANTHROPIC_ADMIN_KEY=sk-ant-admin01-...]],
    [[ANTHROPIC_ADMIN_KEY=sk-ant-admin01-zO9k516fKnVgtVU8DPtUI8peEA13l-Xxj_bku09AA7KcD63UxjEodAYNQQIC2E_GrNv3uvo2l1H7EtmiQq5VRRPsTfuB]],
  },
}
