return {
  id = "secrets.trigger-dev-personal-access-token",
  title = "Trigger.dev personal access token",
  severity = "high",
  tags = { "secrets", "triggerdev" },
  applies_to = { "*" },
  help = [=[A Trigger.dev personal access token (`tr_pat_` followed by 40 hexadecimal digits in current tokens, 20 letters and digits in older ones), used by the CLI and in CI (`TRIGGER_ACCESS_TOKEN`) to deploy. It is scoped to the user rather than one environment: it can deploy new task code to every project and environment of every organization the user belongs to, and use the management API on their behalf.

**Fix:** Revoke the token in the Trigger.dev dashboard (*Account > Personal Access Tokens*) and create a new one for the CI job that needs it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://trigger.dev/docs/management/authentication",
    "https://trigger.dev/docs/github-actions",
  },
  pattern = [=[\b(tr_pat_(?:[0-9a-f]{40}|[A-Za-z0-9]{20}))\b]=],
  keywords = { "tr_pat_" },
  keywords_exact = true,
  entropy = 3.3,
  examples = {
    [=[TRIGGER_ACCESS_TOKEN=tr_pat_725db486bad540aa7922a81f6eae17c26b3a2ce9]=],
    [=[npx trigger.dev@latest deploy --env prod  # token tr_pat_MiAc5TAgZFas9NAJO3Z8]=],
  },
  negative_examples = {
    [=[TRIGGER_ACCESS_TOKEN=tr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[TRIGGER_ACCESS_TOKEN=tr_pat_725db486bad5]=],
    [=[TRIGGER_ACCESS_TOKEN=${{ secrets.TRIGGER_ACCESS_TOKEN }}]=],
  },
}
