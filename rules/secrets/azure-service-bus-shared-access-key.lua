return {
  id = "secrets.azure-service-bus-shared-access-key",
  title = "Azure Service Bus / Event Hubs shared access key",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A Service Bus, Event Hubs or Relay connection string (`Endpoint=sb://NAMESPACE.servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…`). The shared access key signs SAS tokens with the rights of its policy: `Send` and `Listen` read and inject messages or events, and `Manage` (the default `RootManageSharedAccessKey`) also creates and deletes queues, topics and event hubs.

**Fix:** Regenerate the key of the shared access policy (*Namespace > Settings > Shared access policies > Regenerate*, or `az servicebus namespace authorization-rule keys renew` / `az eventhubs namespace authorization-rule keys renew`), and prefer Microsoft Entra ID with managed identities. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
    "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-get-connection-string",
  },
  pattern = [[(?i)Endpoint=sb://[a-z0-9\-]+\.servicebus\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net|cloudapi\.de)/?;[ \t]*SharedAccessKeyName=[^;\s\"']+;[ \t]*SharedAccessKey=([A-Za-z0-9+/]{42,44}={0,2})]],
  keywords = { "servicebus." },
  entropy = 4.0,
  examples = {
    [[SERVICEBUS_CONNECTION_STRING=Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=e30ZhcJahvvz20OOkeQtB7/aeTM/35M2EkapuHZVgZI=]],
    [[  "EventHubConnection": "Endpoint=sb://contoso-telemetry.servicebus.windows.net/;SharedAccessKeyName=send-only;SharedAccessKey=Oc13Pj+GXX5dmJgTxaEK/Y2DUQklcyi2nxI67yqJzgD=;EntityPath=telemetry"]],
  },
  negative_examples = {
    [[SERVICEBUS_CONNECTION_STRING=Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>]],
    [[SERVICEBUS_NAMESPACE=contoso-orders.servicebus.windows.net]],
    [[SERVICEBUS_CONNECTION_STRING=Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}]],
  },
}
