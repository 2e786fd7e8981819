return {
  id = "secrets.calendarific-api-key",
  title = "Calendarific API key",
  severity = "medium",
  tags = { "secrets", "calendarific" },
  applies_to = { "*" },
  help = [=[A Calendarific holiday API key, passed as the `api_key` URL parameter of every `calendarific.com/api/v2` request. Requests made with it count against the account's monthly quota and plan.

**Fix:** Regenerate the key on the Calendarific account page and update the services that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://calendarific.com/api-documentation",
  },
  pattern = [=[(?i:https?://calendarific\.com/api)/[^\s"'<>]*?[?&](?i:api_key)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "calendarific.com" },
  entropy = 3.0,
  allow = { [=[^baa9dc110aa712sd3a9fa2a3dwb6c01d4c875950dc32vs$]=] },
  examples = {
    [=[HOLIDAYS_URL=https://calendarific.com/api/v2/holidays?api_key=07j8inf2855ez554dzngk69inhmrr5b0u50fwx7f&country=US&year=2025]=],
    [=[curl -G 'https://calendarific.com/api/v2/holidays?country=DE&year=2025&api_key=tz9tqtr0pv2etx76hn1doobl9bkf2hv4peiq4ezn']=],
  },
  negative_examples = {
    [=[curl -G https://calendarific.com/api/v2/holidays?api_key=baa9dc110aa712sd3a9fa2a3dwb6c01d4c875950dc32vs]=],
    [=[curl 'https://calendarific.com/api/v2/holidays?country=US&year=2018&api_key=XXXXXXX']=],
    [=[HOLIDAYS_URL=https://calendarific.com/api/v2/holidays?api_key=${CALENDARIFIC_KEY}&country=US]=],
  },
}
