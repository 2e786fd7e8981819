return {
  id = "secrets.unkey-root-key",
  title = "Unkey root key",
  severity = "high",
  tags = { "secrets", "unkey" },
  applies_to = { "*" },
  help = [[An Unkey root key, the credential a backend uses to call the Unkey API. Depending on its permissions it creates, reads, updates and deletes the API keys an application issues to its own customers, verifies keys, changes rate limits and identities, and may decrypt stored keys: enough to mint working keys for the protected API or to cut off every customer.

**Fix:** In the Unkey dashboard (*Settings > Root Keys*, actions menu) rotate the root key with the grace period *Revoke immediately*, or delete it and create a replacement with only the permissions the service needs; then review the audit log for keys it created or changed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.unkey.com/docs/platform/root-keys/overview",
    "https://www.unkey.com/docs/security/overview",
  },
  -- Unkey documents root keys as UNKEY_ROOT_KEY=unkey_...; the random part is matched as 16 to 64 letters and digits
  -- since the documentation does not give its length.
  pattern = [[\b(unkey_[A-Za-z0-9]{16,64})\b]],
  keywords = { "unkey_" },
  keywords_exact = true,
  entropy = 3.8,
  allow = {
    [[^unkey_(?:test|root|api|key|keys|project|workspace|webserver|config)]],
  },
  examples = {
    [[UNKEY_ROOT_KEY=unkey_cvWfpjdHZ65biyJnDzC0Uapd]],
    [[const unkey = new Unkey({ rootKey: "unkey_0lWUzW2OKcjKsScjesKVxUyg" });]],
  },
  negative_examples = {
    [[UNKEY_ROOT_KEY=unkey_...]],
    [[UNKEY_ROOT_KEY=${UNKEY_ROOT_KEY}]],
    [[def unkey_webserver():]],
    [[unkey_project_id = req.Msg.UnkeyProjectID]],
  },
}
