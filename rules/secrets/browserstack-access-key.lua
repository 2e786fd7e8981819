return {
  id = "secrets.browserstack-access-key",
  title = "BrowserStack access key",
  severity = "high",
  tags = { "secrets", "browserstack" },
  applies_to = { "*" },
  help = [[A BrowserStack access key, the password half of the username and access-key pair used by Automate, App Automate, Percy and BrowserStack Local and by the REST APIs. It runs sessions on the account's plan, opens Local tunnels into the network it runs in, and reads session videos, screenshots, logs and uploaded app builds.

**Fix:** Reset the access key (account *Settings*, or the documented recycle-key API call), then update every CI secret and local configuration that uses it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.browserstack.com/docs/iaam/security/manage-access-keys",
    "https://www.browserstack.com/docs/automate-turboscale/api-reference/key",
    "https://github.com/browserstack/webdriverio-appium-app-browserstack/pull/8",
  },
  pattern = [[(?i:browserstack[\w.\-]{0,30}?(?:key|pass\w*))\w*["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{20})\b]],
  keywords = { "browserstack" },
  entropy = 3.5,
  examples = {
    [[BROWSERSTACK_ACCESS_KEY=AfGKdkVQH74UGSTE1LVp]],
    [[  browserstack.key: "mB1hjmp2R0nZPbp6Efn6"]],
  },
  negative_examples = {
    [[BROWSERSTACK_ACCESS_KEY=BROWSERSTACK_ACC_KEY]],
    [[BROWSERSTACK_ACCESS_KEY=${{ secrets.BROWSERSTACK_ACCESS_KEY }}]],
    [[BROWSERSTACK_USERNAME=jdoe_AfGKdkVQH74UGSTE]],
  },
}
