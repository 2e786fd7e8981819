return {
  id = "secrets.azure-service-bus-sas-token",
  title = "Azure Service Bus / Event Hubs SAS token",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A shared access signature token (`SharedAccessSignature sr=…&sig=…&se=…&skn=…`) signed with a Service Bus, Event Hubs or Relay shared access key. Until its `se` expiry, which is often set years ahead, it carries the rights of the signing policy on the resource in `sr`: sending and receiving messages or events, and with `Manage` rights administering the entities.

**Fix:** Regenerate the key of the shared access policy named in `skn` (*Namespace or entity > Settings > Shared access policies > Regenerate*), which invalidates every token signed with it, issue short-lived tokens from a trusted service instead, and prefer Microsoft Entra ID with managed identities. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas",
    "https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature",
  },
  pattern = [[\bSharedAccessSignature[ \t]+(?:[A-Za-z]+=[^&\s"'<>;]*&)*?sig=([A-Za-z0-9%+/=]{40,120})(?:[&\s"'<>;]|$)]],
  keywords = { "SharedAccessSignature" },
  entropy = 4.0,
  examples = {
    [[SERVICEBUS_SAS=SharedAccessSignature sr=https%3A%2F%2Fcontoso-orders.servicebus.windows.net%2Forders&sig=4s2pSbx5svPoDQZpFcdYauJcGQNhqsK7Lcs7%2BjxbGrm%3D&se=1893456000&skn=send-only]],
    [[  Authorization: "SharedAccessSignature sig=a0EAFMd63SzqFnzBqM6hHpz0yWXERE44Cu9u5OAFXqf%3D&se=1893456000&skn=RootManageSharedAccessKey&sr=contoso-telemetry.servicebus.windows.net%2Ftelemetry"]],
  },
  negative_examples = {
    [[SERVICEBUS_SAS=SharedAccessSignature sig=<signature-string>&se=<expiry>&skn=<keyName>&sr=<URL-encoded-resourceURI>]],
    [[SERVICEBUS_SAS=SharedAccessSignature sr=contoso-orders.servicebus.windows.net&sig=${SB_SIG}&se=1893456000&skn=send-only]],
    [[SERVICEBUS_SAS=SharedAccessSignature sr=contoso-orders.servicebus.windows.net&sig=abc123&se=1893456000&skn=send-only]],
  },
}
