return {
  id = "secrets.blockfrost-project-id",
  title = "Blockfrost project ID",
  severity = "medium",
  tags = { "secrets", "blockfrost" },
  applies_to = { "*" },
  help = [=[A Blockfrost project ID, the token sent in the `project_id` header to the Blockfrost Cardano and IPFS APIs. Its network prefix (`mainnet`, `preprod`, `preview`, `ipfs`…) is followed by the secret part. Whoever holds it can spend the project's request quota, submit transactions through it and, for IPFS projects, add and pin content on the account.

**Fix:** Delete the project or regenerate its key in the Blockfrost dashboard and update the services that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.blockfrost.dev/overview/making-first-call",
    "https://www.blockfrost.dev/api/blockfrost-io-api-documentation",
  },
  pattern = [=[\b((?:mainnet|preprod|preview|testnet|ipfs)[A-Za-z0-9]{32})\b]=],
  keywords = { "mainnet", "preprod", "preview", "testnet", "ipfs" },
  keywords_exact = true,
  entropy = 3.8,
  allow = { [=[^(?:mainnet|preprod|preview|testnet|ipfs)[A-Za-z]+$]=] },
  examples = {
    [=[BLOCKFROST_PROJECT_ID=mainnettWtLdawAss9yWnQiDHAVlwnY0XVOY37h]=],
    [=[curl -H 'project_id: preprod0E2KwNw1CtVenfXVvbBT56oCGGReHZtk' https://cardano-preprod.blockfrost.io/api/v0/blocks/latest]=],
    [=[ipfs_project_id: "ipfs79j42zb6L6bLEUwUBSsGnMzyLJZoZ68i"]=],
  },
  negative_examples = {
    [=[BLOCKFROST_PROJECT_ID=mainnetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]=],
    [=[BLOCKFROST_PROJECT_ID=mainnettWtLdawAss9yWnQiDHAV]=],
    [=[previewImageThumbnailGeneratorIsEnabled: true]=],
    [=[BLOCKFROST_PROJECT_ID=${BLOCKFROST_PROJECT_ID}]=],
  },
}
