return {
  id = "secrets.age-secret-key",
  title = "age secret key",
  severity = "critical",
  tags = { "secrets", "private-key", "age" },
  applies_to = { "*" },
  help = [[An X25519 identity of the age file-encryption tool, commonly the key that decrypts SOPS-encrypted secrets files. Whoever holds it decrypts every file and secret encrypted to its recipient, including past ones.

**Fix:** Generate a new identity (`age-keygen`), re-encrypt every file to the new recipient (`sops updatekeys` / `sops rotate`), remove the old recipient, and rotate the secrets those files contain, since they must be assumed read. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://age-encryption.org/v1",
    "https://github.com/getsops/sops#encrypting-using-age",
  },
  pattern = [[\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b]],
  keywords = { "AGE-SECRET-KEY-1" },
  entropy = 3.5,
  examples = {
    [[# created: 2026-11-27T10:00:00Z
# public key: age14cxm8slf3qszsat2jceck0kfhdgl9j99n6jejzzdfr0rxn66nwm6jrmvep
AGE-SECRET-KEY-104WJ8Y06UL5D6YV20K2FKUUA6EGXT8KCFN8A4Z0X4D5WDCLUTE0RCLZ2T9]],
    [[SOPS_AGE_KEY=AGE-SECRET-KEY-1AFLTWQFS4MV9DHPWFGRAJE0JWYXCRNCV6PS0SJTK4SF75E4QV4T0CUF5FQ]],
  },
  negative_examples = {
    [[recipient: age1p3pc2kkslnxqn2hwgvluelzt3cw5w2ym4e3jjwjw9e6c642uqg8szekfpa]],
    [[SOPS_AGE_KEY=AGE-SECRET-KEY-1<your-key>]],
    [[AGE-SECRET-KEY-16YEV7TLK489NLGJ228CCC2WHE8RUPY5J5EL6XF0P]],
  },
}
