return {
  id = "secrets.gcp-storage-hmac-access-id",
  title = "Google Cloud Storage HMAC key access ID",
  severity = "high",
  tags = { "secrets", "gcp" },
  applies_to = { "*" },
  help = [[The access ID of a Cloud Storage HMAC key that belongs to a service account. With its 40-character secret, which is almost always stored next to it, it signs Cloud Storage XML API and S3-compatible requests with all the Cloud Storage permissions of the service account.

**Fix:** Deactivate and delete the HMAC key (`gcloud storage hmac update ACCESS_ID --deactivate`, then `gcloud storage hmac delete ACCESS_ID`, or *Cloud Storage > Settings > Interoperability*), review the bucket audit logs, and prefer service account impersonation or workload identity over HMAC keys. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://cloud.google.com/storage/docs/authentication/hmackeys",
    "https://cloud.google.com/sdk/gcloud/reference/storage/hmac/describe",
  },
  pattern = [[\b(GOOG[A-Z0-9]{57})\b]],
  keywords = { "GOOG" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[gs_access_key_id = GOOG1E5791JDYHTI4KM9YRSCQ4O87TWM22L6PC7FBHGOOG313UQQE4GP7O7UQ]],
    [[  access_id: "GOOG1ERX0VVMZIQ0O7CT626S2R2L52Q20XHBHLLWPFHI9MRZE8M61L8TP1V4B"]],
  },
  negative_examples = {
    [[gcloud storage hmac describe GOOG56JBMFZX6PMPTQ62VD2]],
    [[gs_access_key_id = GOOG7b8jyxbcdpc0ab0mjsfa4aex390g8kpuonu1t1nuzwfbo0joika6qynwl]],
    [[gs_access_key_id = ${GCS_HMAC_ACCESS_ID}]],
  },
}
