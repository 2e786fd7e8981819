return {
  id = "secrets.appwrite-api-key",
  title = "Appwrite API key",
  severity = "high",
  tags = { "secrets", "appwrite" },
  applies_to = { "*" },
  help = [[An Appwrite project API key (`standard_`) used by the server SDKs and the CLI. It has the scopes granted at creation: typically reading and writing the project's users, databases, documents, storage files and functions, bypassing document permissions.

**Fix:** Delete the key in the Appwrite Console (*Overview > Integration > API keys*) and create a new one with only the scopes needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://appwrite.io/docs/advanced/platform/api-keys",
    "https://appwrite.io/docs/advanced/security/api-keys",
  },
  pattern = [[\b(standard_[0-9a-f]{256})\b]],
  keywords = { "standard_" },
  entropy = 3.0,
  examples = {
    [[APPWRITE_API_KEY=standard_8ae15950a747d83e12495757187e2325caa7c82ef643eae86ced05d6b3c9b725fe5fa9d8a69968caf83905efe17db0b9237d0fe3f053af5ea46293c107157ca78565252efec31de6e0e13b128778bad37190dc9acc61ca35b75297341e85aea72231d0ce9bcf6032082f294edfb6345cc50ece533b3999759de0328977c0ac3d]],
    [[  appwrite_api_key: "standard_62c936e299607325f6ed19481866233e642a150e4f2b1128e3bcc9c0e37f511f60d36f7a1ec11270cfb845333dce51d7a08d5283d903567bf4a53b5df6643e1a90f8a4c39bfb5352046f0c0ed7f771cd641902e58d97ff1f8d9947c810e3862f07cbe3973e58f7e7e3aa46dfd044a603560a7f514a54608150041a160a95c80e"]],
  },
  negative_examples = {
    [[APPWRITE_API_KEY=standard_...your_api_key...]],
    [[APPWRITE_API_KEY=standard_c228922e055ce2d6f613d5f2aede36aef2f414b39232b2e6025dbde9941ac37c]],
  },
}
