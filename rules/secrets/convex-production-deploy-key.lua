return {
  id = "secrets.convex-production-deploy-key",
  title = "Convex production deploy key",
  severity = "high",
  tags = { "secrets", "convex" },
  applies_to = { "*" },
  help = [[A Convex production deploy key (`prod:<deployment>|…`), normally set as `CONVEX_DEPLOY_KEY` in a build pipeline. It lets the `convex` CLI push functions and schema to the project's production deployment and, with them, read and write all production data.

**Fix:** Delete the key in the Convex dashboard (*Project settings > Deploy keys* of the production deployment), generate a new one for the build pipeline, and check the deployment history for pushes you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.convex.dev/cli/deploy-key-types",
  },
  pattern = [[\b(prod:[a-z0-9][a-z0-9\-]{2,62}\|eyJ[A-Za-z0-9+/_\-]{20,}={0,2})(?:[^A-Za-z0-9+/=_\-]|$)]],
  keywords = { "prod:" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[CONVEX_DEPLOY_KEY='prod:qualified-otter-481|eyJ2MiI6ICI0Y2ZmZmVlZTc4MzEyMTNmNTJlNzUzNzBiZjJiNjU5MzJjY2VkNjEwOWU0ZmY0N2VhODM5Y2VlMzE5MTkwNThlIn0=']],
    [[  convex_deploy_key: "prod:brave-heron-907|eyJ2MiI6ICIwYWM0MjkzNDNjZDBjZTYwZjBmMWQ1ZmI0MTA3Y2EyMTEwMWJiYmE4MWY3ZmQ3MWI5MGNjNzBkYjJmOGNjNGRjIn0="]],
  },
  negative_examples = {
    [[CONVEX_DEPLOY_KEY=prod:qualified-jaguar-123|eyJ2...0=]],
    [[CONVEX_DEPLOY_KEY='key goes here']],
    [[CONVEX_DEPLOY_KEY=${{ secrets.CONVEX_DEPLOY_KEY }}]],
  },
}
