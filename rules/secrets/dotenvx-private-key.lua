return {
  id = "secrets.dotenvx-private-key",
  title = "dotenvx private decryption key",
  severity = "critical",
  tags = { "secrets", "dotenv" },
  applies_to = { "*" },
  help = [=[A dotenvx private key (`DOTENV_PRIVATE_KEY` or `DOTENV_PRIVATE_KEY_<ENVIRONMENT>`, 64 hexadecimal characters, secp256k1), normally kept in `.env.keys`. It decrypts every `encrypted:` value of the matching `.env` file, which dotenvx encourages committing.

**Fix:** Generate a new key pair and re-encrypt the `.env` file (`dotenvx rotate`, or decrypt and encrypt again), then rotate every secret of that file, since the old ciphertext stays in history. Keep `.env.keys` out of version control (`.gitignore`) or use dotenvx's armored keys. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://dotenvx.com/docs/env-keys-file",
    "https://dotenvx.com/docs/learn/private-keys/introduction",
  },
  pattern = [=[\bDOTENV_PRIVATE_KEY(?:_[A-Z0-9_]{1,40})?[\"']?[ \t]*(?:=|:)[ \t]*[\"']?([0-9a-f]{64})(?:[^0-9A-Za-z]|$)]=],
  keywords = { "dotenv_private_key" },
  entropy = 3.0,
  examples = {
    [=[DOTENV_PRIVATE_KEY_PRODUCTION="a2de65cbec7b5c86e219e601283c0ebff42093d8e5359e64ea014f3889176e48"]=],
    [=[  "DOTENV_PRIVATE_KEY": "e06bce0f9b5928876e3c48db3d3ea0b41ada16e25589909cfc6346655d34d7b0",]=],
  },
  negative_examples = {
    [=[DOTENV_PUBLIC_KEY="03bc3e5e3784a59f9f93c93682e9283de731d3b1b9d439c4dd218bf96307291c89"]=],
    [=[DOTENV_PRIVATE_KEY="39af2340d2083f158c639e64611de6693f195b0e"]=],
    [=[DOTENV_PRIVATE_KEY="${DOTENV_PRIVATE_KEY}"]=],
  },
}
