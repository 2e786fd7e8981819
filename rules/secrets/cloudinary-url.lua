return {
  id = "secrets.cloudinary-url",
  title = "Cloudinary API environment variable with API secret",
  severity = "high",
  tags = { "secrets", "cloudinary" },
  applies_to = { "*" },
  help = [[The Cloudinary API environment variable (`CLOUDINARY_URL`), which packs the product environment's API key, API secret and cloud name into one `cloudinary://` URL. The API secret signs Upload and Admin API calls: uploading, overwriting and deleting media, changing upload presets and transformations, and reading usage.

**Fix:** Generate a new API key in the Cloudinary Console (*Settings > API Keys*), switch the applications to it, then disable and delete the leaked key. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://cloudinary.com/documentation/developer_onboarding_faq_find_credentials",
    "https://cloudinary.com/documentation/cloudinary_sdks",
  },
  pattern = [[\bcloudinary://[0-9]{6,20}:([A-Za-z0-9_\-]{20,40})@[A-Za-z0-9_\-]+]],
  keywords = { "cloudinary://" },
  entropy = 3.5,
  examples = {
    [[CLOUDINARY_URL=cloudinary://133034529610747:3OOY0NeHcFwAFqOT-9I3982n5Ic@acme-media]],
    [[  url: "cloudinary://103032584877181:9nMJKSfluLq9bTDq-yW2ViVZCcF@acme-media"]],
  },
  negative_examples = {
    [[CLOUDINARY_URL=cloudinary://<your_api_key>:<your_api_secret>@acme-media]],
    [[CLOUDINARY_URL=cloudinary://123456789012345:${CLOUDINARY_API_SECRET}@acme-media]],
    [[CLOUDINARY_URL=cloudinary://123456789012345:Xq7pL2@acme-media]],
  },
}
