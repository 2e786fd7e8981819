return {
  id = "secrets.dub-api-key",
  title = "Dub API key",
  severity = "high",
  tags = { "secrets", "dub" },
  applies_to = { "*" },
  help = [=[A Dub secret API key (`dub_…`) of one workspace. It creates, edits and deletes short links, domains and tags and reads the workspace's click and conversion analytics, within the permissions chosen for the key.

**Fix:** Delete the key in the Dub workspace (*Settings > API Keys*), create a replacement with only the permissions needed, and check links and domains for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://dub.co/docs/api-reference/tokens",
    "https://dub.co/docs/api-reference/introduction",
    "https://github.com/dubinc/dub/blob/main/packages/utils/src/functions/nanoid.ts",
  },
  pattern = [=[\b(dub_[A-Za-z0-9]{24})\b]=],
  keywords = { "dub_" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [=[DUB_API_KEY=dub_WuZ7KaxHu6n3VlIxg7Ni9Wsn]=],
    [=[const dub = new Dub({ token: "dub_dZQxYMkT7RaPLORV2YiDPs8F" });]=],
  },
  negative_examples = {
    [=[DUB_API_KEY=dub_xxxxxxxx]=],
    [=[NEXT_PUBLIC_DUB_KEY=dub_publishable_s0WuiGxJOUz0GeI1s8jTMxhQ]=],
    [=[DUB_API_KEY=dub_WuZ7KaxHu6n3VlIx]=],
  },
}
