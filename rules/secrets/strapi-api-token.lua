return {
  id = "secrets.strapi-api-token",
  title = "Strapi API token",
  severity = "high",
  tags = { "secrets", "strapi" },
  applies_to = { "*" },
  help = [[A Strapi API token (an access key created under *Settings > API Tokens*). Depending on its type it reads (read-only), reads and writes (full access), or uses the chosen permissions (custom) on every content type of the Content API; an admin-kind token acts with its owner's admin permissions.

**Fix:** Regenerate or delete the token in the Strapi admin panel (*Settings > API Tokens*), and give the replacement the narrowest type and a lifespan. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.strapi.io/cms/features/api-tokens",
    "https://github.com/strapi/strapi/blob/develop/packages/core/admin/server/src/services/api-token.ts",
  },
  pattern = [[(?i:strapi)[^\n]{0,80}?\b([a-f0-9]{256})\b]],
  keywords = { "strapi" },
  entropy = 3.5,
  examples = {
    [[STRAPI_API_TOKEN=03a3373921b223f0726b54c00b19c4c74048b1314c0f9eb27a613833452b0c0f12cf705a7a05ec38dd4b027e17f4bd6462b17a3cfdc689105603fa0833a274523911ddc62573ef0b71c3a86608377145f7353c0765b5cb802c71533845463614ab7b9d37db96645b17ed60667e66b29e91b37c578b7b075d49a1ac62161dddce]],
    [[curl https://strapi.internal.example/api/articles -H 'Authorization: Bearer 6afb2c61daa7c90cc1e5b7807968f78ad75fbd63c96956039419b2f64e66337c6328a6df5dad125217a78388e7998e88671bb47ee83bb514f3f75fdd581dfef5be11b3b1b93eafc4d6af690531df80439082b2a13924405958e2f0febf5c8874a29f1a2887472628ee77d3f440aeef0cf24073f88db0d6a67e38633dfe68e8dc']],
  },
  negative_examples = {
    [[STRAPI_API_TOKEN=${STRAPI_API_TOKEN}]],
    [[STRAPI_API_TOKEN=03a3373921b223f0726b54c00b19c4c74048b1314c0f9eb27a613833452b0c0f12cf705a7a05ec38dd4b027e17f4bd6462b17a3cfdc689105603fa0833a27452]],
    [[API_TOKEN_SALT=tobemodified]],
  },
}
