return {
  id = "secrets.mongodb-atlas-private-key",
  title = "MongoDB Atlas API private key",
  severity = "high",
  tags = { "secrets", "mongodb" },
  applies_to = { "*" },
  help = [[The private half of a MongoDB Atlas programmatic API key. With its 8-character public key it calls the Atlas Administration API with the key's organization or project roles: create clusters and database users, change network access, download backups.

**Fix:** Delete the API key in Atlas (Organization > Access Manager > API Keys), review the organization's activity feed, and restrict replacements with an IP access list. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.mongodb.com/docs/atlas/configure-api-access/#programmatic-access-to-service-api",
    "https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs#authentication",
  },
  pattern = [[(?i)(?:\b(?:mongodb[_\-]?)?atlas[\w.\-]{0,20}private[_\-]?key)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "atlas" },
  entropy = 3.0,
  examples = {
    [[MONGODB_ATLAS_PRIVATE_KEY=67212c65-e670-46d6-b5ac-ba69f5d86e8e]],
    [[provider "mongodbatlas" {
  public_key  = "wwxcgamb"
  atlas_private_key = "bf8392f7-731a-476d-a224-abaf0f99bb99"
}]],
  },
  negative_examples = {
    [[MONGODB_ATLAS_PRIVATE_KEY=${ATLAS_PRIVATE_KEY}]],
    [[MONGODB_ATLAS_PROJECT_ID=e1ba346dbb28dcbdd72f120d]],
    [[atlas_org_id: c72def31-5cb6-416c-af5e-fc1eb1bc7577]],
  },
}
