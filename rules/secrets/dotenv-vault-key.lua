return {
  id = "secrets.dotenv-vault-key",
  title = "Dotenv Vault decryption key (DOTENV_KEY)",
  severity = "critical",
  tags = { "secrets", "dotenv" },
  applies_to = { "*" },
  help = [=[A `DOTENV_KEY` of dotenv-vault/dotenvx (`dotenv://:key_…@…/vault/.env.vault?environment=…`). Its `key_` part decrypts one environment of the `.env.vault` file, which is meant to be committed, so the key gives every secret of that environment to whoever reads both.

**Fix:** Rotate the key (`npx dotenv-vault rotatekey <environment>` or re-encrypt with dotenvx), rebuild and commit the new `.env.vault`, and rotate the secrets of that environment, since the old vault file stays in history. The `DOTENV_KEY` format is deprecated; consider moving to dotenvx's public-key encryption. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://dotenvx.com/docs/dotenv-key",
    "https://dotenvx.com/docs/env-keys-file-deprecated",
  },
  pattern = [=[\bdotenv://[^\s:@/]*:(key_[0-9a-f]{64})@]=],
  keywords = { "dotenv://" },
  entropy = 3.0,
  examples = {
    [=[DOTENV_KEY="dotenv://:key_059c2909652ce5da7ecba9bddc0bdd9355d53de56419137c3be59a25c247b91c@dotenvx.com/vault/.env.vault?environment=production"]=],
    [=[DOTENV_KEY_DEVELOPMENT="dotenv://:key_350be5779ddb7b22144116e6c09d59103b3c23d5446aa1cc17479d360f2e2bec@dotenv.org/vault/.env.vault?environment=development"]=],
  },
  negative_examples = {
    [=[DOTENV_KEY="dotenv://:key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@dotenvx.com/vault/.env.vault?environment=production"]=],
    [=[DOTENV_KEY="dotenv://:key_98778abbe59bd3cd363dbd39c5182b50298ad7c8@dotenvx.com/vault/.env.vault?environment=production"]=],
    [=[DOTENV_KEY=${DOTENV_KEY}]=],
  },
}
