return {
  id = "secrets.langfuse-secret-key",
  title = "Langfuse secret key",
  severity = "high",
  tags = { "secrets", "langfuse" },
  applies_to = { "*" },
  help = [[A Langfuse project (or organization) secret API key (`sk-lf-…`). Paired with the public key (`pk-lf-…`) it authenticates to the Langfuse API: it can read every trace, prompt, completion and score recorded in the project (often containing user input and model output) and write or delete project data.

**Fix:** Create a new key pair in Langfuse (*Project Settings > API Keys*), switch the application to it and delete the old key; deleting a key invalidates it immediately. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://langfuse.com/faq/all/lost-secret-key",
    "https://langfuse.com/docs/integrations/api",
    "https://github.com/langfuse/langfuse/blob/main/packages/shared/src/server/auth/apiKeys.ts",
  },
  pattern = [[\b(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b]],
  keywords = { "sk-lf-" },
  entropy = 3.0,
  examples = {
    [[LANGFUSE_SECRET_KEY=sk-lf-50f0faf0-daa9-4073-846c-977432c47ca4]],
    [[  secret_key: "sk-lf-66f2dcdc-cbdc-47ba-8180-3f8c72f2cc57"]],
  },
  negative_examples = {
    [[LANGFUSE_PUBLIC_KEY=pk-lf-11989808-e055-44c8-bb08-3e1c4118b871]],
    [[LANGFUSE_SECRET_KEY=sk-lf-...]],
    [[LANGFUSE_SECRET_KEY=sk-lf-00000000-0000-0000-0000-000000000000]],
  },
}
