return {
  id = "secrets.trigger-dev-secret-key",
  title = "Trigger.dev secret API key",
  severity = "high",
  tags = { "secrets", "triggerdev" },
  applies_to = { "*" },
  help = [=[A Trigger.dev environment secret key (`tr_dev_`, `tr_stg_`, `tr_prod_` or `tr_preview_`, optionally followed by `sk_` for additional named keys, then 20 to 24 letters and digits), the value of `TRIGGER_SECRET_KEY`. It authenticates backend calls to one project environment: triggering and batch-triggering tasks, reading, replaying and cancelling runs with their payloads and outputs, and managing schedules and environment variables, within the key's scopes.

**Fix:** Regenerate the key on the project's *API keys* page in the Trigger.dev dashboard (or revoke the named key) and update the services that trigger tasks. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://trigger.dev/docs/apikeys",
    "https://github.com/triggerdotdev/trigger.dev/blob/main/apps/webapp/app/utils/apiKeys.ts",
  },
  pattern = [=[\b(tr_(?:dev|stg|prod|preview)_(?:sk_)?[A-Za-z0-9]{20,24})\b]=],
  keywords = { "tr_dev_", "tr_stg_", "tr_prod_", "tr_preview_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [=[TRIGGER_SECRET_KEY=tr_prod_TG0RVeQ2adn4KstZKNnHv7ov]=],
    [=[configure({ secretKey: "tr_dev_sk_Sha9QoWIZNIMJvg9w2tT6T8n" });]=],
    [=[TRIGGER_SECRET_KEY=tr_stg_cehA9dLMjnC0SvelRIho]=],
  },
  negative_examples = {
    [=[TRIGGER_SECRET_KEY=tr_dev_your_shared_key_here]=],
    [=[TRIGGER_SECRET_KEY=tr_dev_xxxxxxxxxxxxxxxxxxxx]=],
    [=[TRIGGER_SECRET_KEY=tr_prod_TG0RVeQ2adn4]=],
    [=[TRIGGER_SECRET_KEY=${{ secrets.TRIGGER_SECRET_KEY }}]=],
  },
}
