return {
  id = "secrets.azure-cosmosdb-key",
  title = "Azure Cosmos DB account key",
  severity = "critical",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A primary or secondary key of an Azure Cosmos DB account. Read-write keys give full administrative access to every database, container and item of the account.

**Fix:** Regenerate the key (Cosmos DB account > Keys > Regenerate, or `az cosmosdb keys regenerate`) after moving consumers to the other key, and prefer Entra ID RBAC with managed identities; consider `disableLocalAuth`. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data",
    "https://learn.microsoft.com/en-us/azure/cosmos-db/database-security",
  },
  pattern = [[(?i)(?:AccountEndpoint=https://[a-z0-9\-]+\.documents\.azure\.com(?::\d+)?/?;[ \t]*AccountKey=|\bcosmos(?:db)?[\w.\-]{0,30}key["']?[ \t]*(?:=|:|=>)[ \t]*["']?)([A-Za-z0-9+/]{86}==)]],
  keywords = { "documents.azure.com", "cosmos" },
  entropy = 4.5,
  allow = {
    [[^C2y6yDjf5/R\+ob0N8A7Cgv30VRDJIWEHLM\+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==$]],
  },
  examples = {
    [[COSMOS_CONNECTION=AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=ykYIkETlf0TEM1LHvdHrbujfeDqKnp4GpxOQA7nqCYuX2CNetYxfqRJ9ZNUn7wutHjXzuCWf4lYA9Mq0gjPYmY==;]],
    [[  "CosmosDbPrimaryKey": "a29m2t4BzoJAPRCbciqnxeh+6RCtU8/CwV8Gc8Oe73REQZ3abVOxRNCPAJ3GswrRXOlk/VxT9BXmtvSIg2k172=="]],
    [[cosmos_key = G/DJcbCZUBtRKjBMFOa4nKaAH9NXb8wVe7cXkz2AhSATAaoxuWLv8wC2hdFAnruKO541MR4x8UfyjI6U+AhneT==]],
  },
  negative_examples = {
    [[AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==]],
    [[cosmos_key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="]],
    [[COSMOS_CONNECTION=AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/cosmos)]],
  },
}
