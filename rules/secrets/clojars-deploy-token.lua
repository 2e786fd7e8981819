return {
  id = "secrets.clojars-deploy-token",
  title = "Clojars deploy token",
  severity = "critical",
  tags = { "secrets", "clojars" },
  applies_to = { "*" },
  help = [[A Clojars deploy token, used in place of the account password when publishing to the Clojars Maven repository. Unless it was scoped to one group or artifact at creation, it can publish new versions of every library the account can deploy, which is a direct route to a supply-chain compromise of every downstream project.

**Fix:** Disable the token on the Clojars token page (*https://clojars.org/tokens*, **Disable token**) and create a new one, scoped to the single group or artifact the pipeline deploys and with an expiry date. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://github.com/clojars/clojars-web/wiki/Deploy-Tokens",
    "https://github.com/clojars/clojars-web/blob/main/src/clojars/db.clj",
  },
  pattern = [[\b(CLOJARS_[0-9a-f]{60})\b]],
  keywords = { "clojars_" },
  entropy = 3.0,
  examples = {
    [[CLOJARS_PASSWORD=CLOJARS_3b2cb1dffadbb90e07606e10a8e4a6699abf728c5771a851f6ac3245296e]],
    [[    :password "CLOJARS_ef2f03dcaea5ca302cd9f7bedb20d1156da40cfd2ceb03f9e27d8c898818"}]],
    [[  clojars-deploy-token: CLOJARS_c2440e4727d8d29a19f6757ddde40a3a53737099495b88426946ff520282]],
  },
  negative_examples = {
    [[CLOJARS_PASSWORD=CLOJARS_c963f9a85cfd8faab6755a00973fb71ea419137d4b2aff7c]],
    [[CLOJARS_PASSWORD=${{ secrets.CLOJARS_DEPLOY_TOKEN }}]],
    [[CLOJARS_PASSWORD=CLOJARS_9E18A3B43E624A3C3C95284FB83DC364EAB46255749A6397D0DD140F333B]],
  },
}
