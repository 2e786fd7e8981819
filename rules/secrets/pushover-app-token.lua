return {
  id = "secrets.pushover-app-token",
  title = "Pushover application API token",
  severity = "medium",
  tags = { "secrets", "pushover" },
  applies_to = { "*" },
  help = [=[The API token of a Pushover application. It sends notifications, as that application, to any Pushover user or group key it is given, and uses the application's monthly message quota.

**Fix:** Pushover tokens cannot be rotated in place: create a new application on pushover.net (*Your Applications > Create an Application/API Token*), move the integration to its token and delete the old application. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://pushover.net/api",
    "https://support.pushover.net/i175-how-do-i-get-an-api-or-application-token",
  },
  pattern = [=[(?i:(?:pushover|pover)[\w.\-]{0,30}?(?:token|app[_\-]?key|api[_\-]?key)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([A-Za-z0-9]{30})\b]=],
  keywords = { "pushover", "pover" },
  entropy = 3.6,
  examples = {
    [=[PUSHOVER_APP_TOKEN=au2WiKwNSGtSsrrHuHUexitscCcIUb]=],
    [=[  pushover_api_token: "a0HOheMfNwlUMbGLLHrNg3SC3uwq0f"]=],
    [=[pushover.token = 'aWCIg2FufAJDKe2j8T8WyQmc2YLrbX']=],
  },
  negative_examples = {
    [=[PUSHOVER_USER_KEY=uhD2Zn8ayoKCjnorSKWKL3TY6uuyoN]=],
    [=[PUSHOVER_APP_TOKEN=aRJJyYBQTL4CW2eEvGTV0]=],
    [=[PUSHOVER_TOKEN=${PUSHOVER_TOKEN}]=],
  },
}
