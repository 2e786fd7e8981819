return {
  id = "secrets.azure-sas-token",
  title = "Azure shared access signature (SAS) token",
  severity = "high",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[A signed URL query string that grants the permissions in `sp=` on an Azure Storage resource until the expiry in `se=`, to anyone who has the URL; account SAS can span every service of the account. Ad-hoc SAS signed with the account key cannot be revoked individually.

**Fix:** Rotate the storage account key that signed the SAS (or revoke the user delegation keys / delete the stored access policy it references); prefer short-lived user delegation SAS created at runtime. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview",
    "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas",
  },
  pattern = [[(?i)(?:\bsv=\d{4}-\d{2}-\d{2}[^\s\"'<>]*?&se=|\bse=[^&\s\"'<>]+[^\s\"'<>]*?&sv=\d{4}-\d{2}-\d{2})[^\s\"'<>]*?&sig=([A-Za-z0-9%+/=]{40,120})]],
  keywords = { "sig=" },
  entropy = 4.0,
  examples = {
    [[BACKUP_URL=https://stbackups.blob.core.windows.net/db?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=97MqYARfg7xVaUg2MaBG7j1d95QrUImQILLUpbpR%2Bbz5%3D]],
    [[  sas_url: "https://stlogs.blob.core.windows.net/app/logs.tar?sp=r&st=2026-11-01T09:00:00Z&se=2026-12-31T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=qLEQYeSMmkfBWiM32n8XwCeRxfa8pKuSW3axRVhOD%3D"]],
  },
  negative_examples = {
    [[https://stbackups.blob.core.windows.net/db?sv=2022-11-02&se=2027-06-30&sig=<signature>]],
    [[https://stbackups.blob.core.windows.net/db?sv=2022-11-02&se=2027-06-30&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]],
    [[https://example.com/cb?state=abc&sig=Vi9Ay1C2TUJl0BsJglR3vk7rtaRvzMrEzXZfrdzKBfP]],
  },
}
