return {
  id = "secrets.azure-storage-account-key",
  title = "Azure Storage account key",
  severity = "critical",
  tags = { "secrets", "azure" },
  applies_to = { "*" },
  help = [[One of the two 512-bit access keys of an Azure Storage account. It authorizes every data-plane operation (Shared Key) on all blobs, files, queues and tables of the account and can mint SAS tokens, bypassing Entra ID RBAC.

**Fix:** Rotate the key in the portal (Storage account > Access keys > Rotate key) or with `az storage account keys renew`, update consumers to the other key first, and consider disallowing Shared Key authorization in favour of Entra ID. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
  },
  pattern = [[(?i)(?:AccountName=[a-z0-9]{3,24};[ \t]*AccountKey=|\b(?:azure[_\-]?)?storage[_\-]?(?:account[_\-]?)?(?:access[_\-]?)?key["']?[ \t]*(?:=|:|=>)[ \t]*["']?)([A-Za-z0-9+/]{86}==)]],
  keywords = { "AccountKey=", "storage" },
  entropy = 4.5,
  allow = {
    [[^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==$]],
  },
  examples = {
    [[AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stbillingprod;AccountKey=DuxaeEwKlzdH39r84/lBCTOPchGoGyUCw4oE6zTNiA7Di5KXcROuvqBhozLD8fdgnSD4hcd/c8Ok+fyuRNxdZD==;EndpointSuffix=core.windows.net]],
    [[  storage_account_key = "e9us2KF4jYHtBm0CtdwGhcR19kr4RRJDz5LoR1DMkcf2lZEAoLbgHRQjjFNIz8Uk+g+AUjKqHG6SWeT/Wzc87Z=="]],
    [[export AZURE_STORAGE_KEY=sxc3TSiGDXW84oB1di0Ep3fEiIkYSxNabQYB0W66pGJF0Y/ikkkHz++uVplp5leh4AhUIdsQw80Xd2xTwS3RtO==]],
  },
  negative_examples = {
    [[DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;]],
    [[AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stbillingprod;AccountKey=${STORAGE_KEY}]],
    [[storage_key = bbZGPHxsQ9sX/yzV3kKMSWIOuhUPfVmr5F2t+Y2aXeh7xzO++FKAlm29U/do==]],
  },
}
