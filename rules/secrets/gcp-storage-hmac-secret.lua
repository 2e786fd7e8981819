return {
  id = "secrets.gcp-storage-hmac-secret",
  title = "Google Cloud Storage HMAC key secret",
  severity = "high",
  tags = { "secrets", "gcp" },
  applies_to = { "*" },
  help = [[The secret of a Cloud Storage HMAC key: a 40-character base64 string that signs Cloud Storage XML API and S3-compatible requests with the Cloud Storage permissions of the service account (or user) that owns the key.

**Fix:** Deactivate and delete the HMAC key (`gcloud storage hmac update ACCESS_ID --deactivate`, then `gcloud storage hmac delete ACCESS_ID`, or *Cloud Storage > Settings > Interoperability*), review the bucket audit logs, and prefer service account impersonation or workload identity over HMAC keys. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://cloud.google.com/storage/docs/authentication/hmackeys",
  },
  pattern = [[(?i)(?:\bgs_secret_access_key|\b(?:gcs|gcp|google|goog)[\w.\-]{0,20}?hmac[\w.\-]{0,20}?(?:secret|key)|\bgcs[\w.\-]{0,20}?secret[_\-.]?(?:access[_\-.]?)?key)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9+/]{40})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "gs_secret_access_key", "gcs", "hmac" },
  entropy = 4.0,
  examples = {
    [[gs_secret_access_key = TLLS20OQm1br+bx4lLJSWOg21YhFG5ou1iB5s0D1]],
    [[GCS_HMAC_SECRET="tj/WAJSaQWjO/Kiikr683+J3pt80LzCks/vA4SbK"]],
    [[  gcs_secret_access_key: h6UP56V3mX88xTXXwKeCPRyPCFL0iSUHSb3qXylg]],
  },
  negative_examples = {
    [[gs_secret_access_key = ${GCS_HMAC_SECRET}]],
    [[GCS_HMAC_SECRET=YbS7BNbDvcMj+sVHBnhNrdHJdzkXDndw]],
    [[secret_access_key = FO4veDKvGT6gmJ9XKiz98nqFgSOBCcPEuSbgwuEo]],
    [[GOOGLE_RECAPTCHA_SECRET_KEY=6LNYOC+djg0oXrwPOEkGF+k4VXUYCsNwVfc9UFGK]],
  },
}
