return {
  id = "secrets.pinata-api-secret",
  title = "Pinata API secret",
  severity = "high",
  tags = { "secrets", "pinata" },
  applies_to = { "*" },
  help = [=[The secret half of a Pinata API key pair (`pinata_api_secret` / `pinata_secret_api_key`, 64 hexadecimal digits), used with the public key id in the `pinata_api_key` header. With the key's permissions (admin keys have all of them) it uploads, pins, unpins and deletes files on the account's IPFS storage and manages gateways and keys.

**Fix:** Revoke the key in the Pinata app (*API Keys > Revoke*), create a scoped replacement, and prefer the JWT issued with it kept server-side. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.pinata.cloud/account-management/api-keys",
    "https://docs.pinata.cloud/api-reference",
  },
  pattern = [=[(?i:pinata[\w.\-]{0,20}?secret[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "pinata" },
  entropy = 3.2,
  examples = {
    [=[PINATA_API_SECRET=40537474ada1088cbb63a5d4c472f97b23ea6933caa6c86725329e84a5d8c750]=],
    [=[  pinata_secret_api_key: "0f460b6573297f34156a5506aac5d5a7f23134ce6d91a69d3ca4016d09770299"]=],
  },
  negative_examples = {
    [=[PINATA_API_KEY=b72541a1c2d8107f52c2]=],
    [=[PINATA_API_SECRET=0000000000000000000000000000000000000000000000000000000000000000]=],
    [=[PINATA_API_SECRET=${PINATA_API_SECRET}]=],
  },
}
