return {
  id = "secrets.convex-deploy-key",
  title = "Convex preview or development deploy key",
  severity = "medium",
  tags = { "secrets", "convex" },
  applies_to = { "*" },
  help = [[A Convex preview deploy key (`preview:<team>:<project>|…`) or development deploy key (`dev:<deployment>|…`). Preview keys create and push to preview deployments of the project; development keys push code to, and read and write the data of, a developer's cloud deployment.

**Fix:** Delete the key in the Convex dashboard (*Project settings > Deploy keys*, or the deployment's settings) and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.convex.dev/cli/deploy-key-types",
    "https://docs.convex.dev/management-api/create-deploy-key",
  },
  pattern = [[\b((?:preview:[a-z0-9][a-z0-9\-]{1,62}:[a-z0-9][a-z0-9\-]{1,62}|dev:[a-z0-9][a-z0-9\-]{2,62})\|eyJ[A-Za-z0-9+/_\-]{20,}={0,2})(?:[^A-Za-z0-9+/=_\-]|$)]],
  keywords = { "preview:", "dev:" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[CONVEX_DEPLOY_KEY=preview:acme-team:shop-app|eyJ2MiI6ICIzN2M3MmViYWNkYTBiMjRkMmE1MDQ5N2EzYWYwNTFiNmFkMTZiOThjYWM3MTc0YThhMjliYjdmNDFjYmQxNWQ2In0=]],
    [[  convex_deploy_key: "dev:happy-lynx-215|eyJ2MiI6ICIxYTE4YmY3MzdkOGNiMDk3MjNkMDZmZTY3YzE4ZjBiN2YxMGYzM2NkODM3YjNhYTg3YzhiOGNhYzhiYTEwZGExIn0="]],
  },
  negative_examples = {
    [[{ "deployKey": "dev:happy-animal-123|ey..." }]],
    [[CONVEX_DEPLOY_KEY=prod:qualified-otter-481|eyJ2MiI6ICI0Y2ZmZmVlZTc4MzEyMTNmNTJlNzUzNzBiZjJiNjU5MzJjY2VkNjEwOWU0ZmY0N2VhODM5Y2VlMzE5MTkwNThlIn0=]],
    [[CONVEX_DEPLOY_KEY=${CONVEX_DEPLOY_KEY}]],
  },
}
