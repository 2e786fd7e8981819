return {
  id = "secrets.azure-function-key",
  title = "Azure Functions access key",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[An Azure Functions access key passed as the `code` query parameter of a function URL or in the `x-functions-key` header. A function key calls one HTTP-triggered function, a host key calls every function of the app, and the master key (`_master`) also reaches the runtime's admin endpoints.

**Fix:** Renew the key in the Azure portal (*Function App > Functions > App keys* or the function's *Function keys*) or with `az functionapp keys set` / `az functionapp function keys set`, and put the function behind App Service authentication or API Management rather than a shared key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to",
  },
  pattern = [[(?i)(?:\bhttps?://[a-z0-9\-]+\.azurewebsites\.net/api/[^\s?"'#]*\?(?:[^\s"'#]*&)?code=|\bx-functions-key["']?[ \t]*(?::|=)[ \t]*["']?)([A-Za-z0-9_\-/+]{40,100}(?:={0,2}|(?:%3D){0,2}))]],
  keywords = { "azurewebsites.net", "x-functions-key" },
  entropy = 4.0,
  examples = {
    [[ORDERS_WEBHOOK=https://contoso-orders.azurewebsites.net/api/ProcessOrder?code=ZGysnfBc0JEjyCfj7AsZQehcei21PD5ME13XWNzwdRysfSQJKW63cP==]],
    [[curl -H 'x-functions-key: W39z76EvksvP6ZVz5VOHMroKH0ZqDLMkSVrWBnHzF2b7WLP2-iD0SJ==' https://contoso-orders.azurewebsites.net/api/ProcessOrder]],
  },
  negative_examples = {
    [[ORDERS_WEBHOOK=https://contoso-orders.azurewebsites.net/api/ProcessOrder?code=<your-function-key>]],
    [[ORDERS_WEBHOOK=https://contoso-orders.azurewebsites.net/api/ProcessOrder]],
    [[curl -H 'x-functions-key: ${FUNCTION_KEY}' https://contoso-orders.azurewebsites.net/api/ProcessOrder]],
  },
}
