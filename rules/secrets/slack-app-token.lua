return {
  id = "secrets.slack-app-token",
  title = "Slack app-level token",
  severity = "high",
  tags = { "secrets", "slack" },
  applies_to = { "*" },
  help = [[A Slack app-level token (`xapp-`). It is used by Socket Mode apps to open the event connection and by the `apps.*` APIs; whoever holds it receives the app's events from every workspace where the app is installed.

**Fix:** Revoke or regenerate the token under *Basic Information > App-Level Tokens* at api.slack.com/apps. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.slack.dev/authentication/tokens",
    "https://docs.slack.dev/apis/events-api/using-socket-mode",
  },
  pattern = [[\b(xapp-[0-9]-A[A-Z0-9]{8,11}-[0-9]{10,13}-[a-f0-9]{64})\b]],
  keywords = { "xapp-" },
  entropy = 3.3,
  examples = {
    [[SLACK_APP_TOKEN=xapp-1-ARZPR00I1FL-6554775236213-ab628445981e6aa73ab97ff35340c8dfcd6ba83af277d0ec0acc31aa624db3d2]],
    [[    app_token: "xapp-1-AZUPS6VMC5B-6729139406223-8ecef1d522905ce58d173636974acc02f5519f25219bf78538cdbd88bfa7320b"]],
  },
  negative_examples = {
    [[SLACK_APP_TOKEN=xapp-1-AVSWKE71NMP-7705872270944-b44f34cbf1d755b5b77f3d24f2617952c7ced0bcf2b78ac2c63273d5ed76a]],
    [[SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-<token>]],
  },
}
