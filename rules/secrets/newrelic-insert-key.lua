return {
  id = "secrets.newrelic-insert-key",
  title = "New Relic Insights insert key",
  severity = "medium",
  tags = { "secrets", "newrelic" },
  applies_to = { "*" },
  help = [[A New Relic Insights insert key (`NRII-`), used by the Event API and older integrations to write custom events.

**Fix:** Delete or rotate the key in New Relic (*API keys* UI or NerdGraph `apiAccessDeleteKeys`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
    "https://docs.newrelic.com/docs/data-apis/ingest-apis/event-api/introduction-event-api/",
  },
  pattern = [[\b(NRII-[A-Za-z0-9_\-]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "NRII-" },
  entropy = 3.5,
  examples = {
    [[NEW_RELIC_INSERT_KEY=NRII-joYlvEAJTU4haVw21Ffgud8gwe7UCQ6m]],
    [[  insert_key: "NRII-cPRw2k0PDpmibVE4Cnxv-PfwGuESGS73"]],
  },
  negative_examples = {
    [[NEW_RELIC_INSERT_KEY=NRII-BL6n8ubjTykUSvHilc-iOOBzrsOUN]],
  },
}
