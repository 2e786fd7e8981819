return {
  id = "secrets.backblaze-b2-application-key",
  title = "Backblaze B2 application key",
  severity = "high",
  tags = { "secrets", "backblaze" },
  applies_to = { "*" },
  help = [[The secret of a Backblaze B2 application key. With its key ID it authorizes B2 Native and S3-compatible API calls with the key's capabilities: listing, reading, writing and deleting files in the buckets it covers (all buckets for the master key), and for the master key creating further keys.

**Fix:** Delete the application key in the Backblaze web UI (*App Keys*) or with `b2_delete_key`, create a narrower replacement if still needed, and review the affected buckets for unexpected changes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.backblaze.com/docs/cloud-storage-application-keys",
    "https://b2-sdk-python.readthedocs.io/en/v1.0.2/glossary.html",
  },
  pattern = [[(?:^|[^A-Za-z0-9+/])(K00[0-9][A-Za-z0-9+/]{27})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "K00" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[B2_APPLICATION_KEY=K005XbcLGZdFC3jqrJBpSp+qbz0bvic]],
    [[  key = "K001P9HsnEyFbTD1M6SroKp1IV03Pnl"]],
  },
  negative_examples = {
    [[B2_APPLICATION_KEY_ID=0054aa9865d6f0000000000b0]],
    [[B2_APPLICATION_KEY=K005AgefWmYLqlq47fw5chsM]],
    [[B2_APPLICATION_KEY=${{ secrets.B2_APPLICATION_KEY }}]],
  },
}
