return {
  id = "secrets.gcp-service-account-key",
  title = "Google Cloud service account key file",
  severity = "critical",
  tags = { "secrets", "gcp" },
  applies_to = { "*" },
  help = [[The JSON key file downloaded for a service account. Its `private_key` signs OAuth assertions, so whoever holds the file acts as the service account, with every IAM role it holds on projects, folders or the organization, until the key is deleted. User-managed keys do not expire by default.

**Fix:** Delete the key (`gcloud iam service-accounts keys delete KEY_ID --iam-account=SA_EMAIL` or IAM console > Service accounts > Keys), check Cloud Audit Logs for its use, and prefer Workload Identity Federation or attached service accounts over key files; consider the `iam.disableServiceAccountKeyCreation` organization policy. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://cloud.google.com/iam/docs/keys-create-delete",
    "https://cloud.google.com/iam/docs/service-account-creds#key-types",
    "https://google.aip.dev/auth/4112",
  },
  pattern = [[(?s)"type"[ \t]*:[ \t]*"service_account".{0,600}?"private_key"[ \t]*:[ \t]*"(-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\]{200,}?-----END PRIVATE KEY-----(?:\\n)?)"]],
  keywords = { "service_account" },
  entropy = 4.0,
  examples = {
    [[{"type": "service_account", "project_id": "billing-prod-4821", "private_key_id": "392155f31a774ae70e7221839c0426576882c3d3", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASChj7TeT/H2xI9/X38Ax9W8mm7LB8iaWSkHqPlhfDPj8QIFwPdAqnUlJG1x/4qqLtP\nxdLPGFPopV+DLmiOF/4Yh1pTlZsugccyywKLr/unzHOUpc6OFjaCklGlROF/HYS2\ndn4r3Q+/uk5PTzc/WPghBO/tDed8E63zYcoPyQ4U707jZl0Lsh4V30fqCR/vXqag\n1l6hkWCiSIEy+xDJVoBKnKiFPGm4Bj7PLLk5Wm25HP/YuyuvNxqJ+z+G5s6SOa+O\nVIknkwC9JDz3f4aLymRjP+/NWaI+d/sxuAwCAMvvq7Z5EEtBWQSJbn5CtvvlSXc+\nH1uKdF9tde+7se+wfMfpwrOJeQrArr=\n-----END PRIVATE KEY-----\n", "client_email": "deployer@billing-prod-4821.iam.gserviceaccount.com"}]],
    [[{
  "type": "service_account",
  "project_id": "data-lake-7731",
  "private_key_id": "38edca240641ceee4a289868c4e444595b47d497",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCoTN4y6KPE7FbNWJRss8sCmKagL2dvTrhTAXAKI0NCbUXdumYGZn6ssBfZg4XGaBQ\nNPqMHzIZ5aDfXdjAd5idVPV5McQszMv/u2INzYDqJNqIzyJ+k60gwApc/c8uiDrQ\nn4qi4PnwwsZinQywZyHR02r/bZvVtQO+OG8cZOnpk1DLmGD7V1r6tOoCdpbxtqSi\nseTWJa6n6x6v7lj5VMiFJPGiOWMmRSv2mJRZEytvcAWJ5X/Twmfbt7nlkm1Sgwtc\nSME9wdJMX9di0k+ai4VAOvbieeMeGlLNpCM+qHo4k2JqqoJhyBsOiwY5G8WJk474\nmGAnHFuuOubPSVeF3wUMT6cMCKOYMU=\n-----END PRIVATE KEY-----\n",
  "client_email": "etl@data-lake-7731.iam.gserviceaccount.com"
}]],
  },
  negative_examples = {
    [[{"type": "service_account", "project_id": "demo", "private_key": "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"}]],
    [[{"type": "authorized_user", "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com", "refresh_token": "${REFRESH}"}]],
    [[{"type": "service_account", "project_id": "demo", "private_key": ""}]],
  },
}
