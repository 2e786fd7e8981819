return {
  id = "secrets.github-app-installation-token-jwt",
  title = "GitHub App installation token (stateless format)",
  severity = "high",
  tags = { "secrets", "github" },
  applies_to = { "*" },
  help = [[A GitHub App installation access token in the stateless format GitHub started issuing in April 2026 (`ghs_`, the app id, `_` and a GitHub-signed JWT, about 520 characters), including the Actions `GITHUB_TOKEN`. Until it expires (an hour for app installations) it has the app's permissions on the repositories of the installation: it can push code, open and merge pull requests, and read secrets-adjacent data such as workflow logs.

**Fix:** Revoke the token with `DELETE /installation/token` (authenticated with the token itself) or wait for its expiry, review the installation's audit log, and rotate the app's private key if the app's credentials were exposed with it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app",
    "https://github.blog/changelog/2026-05-15-github-app-installation-tokens-per-request-override-header/",
  },
  pattern = [[\b(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "ghs_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[GITHUB_TOKEN=ghs_8963725_eyJhbGciOiAiUlMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpaWQiOiA0MjMyNjc0NCwgImFpZCI6IDY1NjYzNjksICJleHAiOiAxNzc3Nzc3Nzc4LCAiciI6ICJoVnNRMUpWMkp0bHZycmloWHRzeHJ5TjhRZkV6amJpMVVtcXVYd0tzUWJIcTNxSTl6bHZ0d2dJOXE2ZHdGTXFRM2FYdEp4aDV4V0xJbEVLNmxxMWZQQ3RUaERiSElBMGdldHMxTUxYbFpPSHhMeU5odzVKMDV1RVRrcUZLOWhWUFMwQVViZ3FXM092dDd6SkZobElaZjVHdjVodHR5RVdaQVA3QUJyNjhqY0h5Z3N5Qzh6dlYifQ.MOkY9HA-F_2lNJyroQhM6JhzQTguc-jiJDyJduik2jzYi7fNPDgFrg0LbK0t5XCIo_d0hEHv-jiBTGbKoJK_LF]],
    [[  installation_token: "ghs_9132176_eyJhbGciOiAiUlMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpaWQiOiA0NTgzMjU3NiwgImFpZCI6IDE0ODQ2MjksICJleHAiOiAxNzc3Nzc3Nzc5LCAiciI6ICIzaUVhUDI1N0ZwM04xQ09LUGd3MmxlTWd2Y0EycjVFanZNQmJLRDM5WUpUUExKenpnRFA4NmFvNkFPbUlwdGJGSXFHSVU5VjFYWHdSV0p2UmZGZGZSSXlkVjhaWFR1Y20yWVJVQ3o1U0Y5VEVSOFFON0pWMG5uRElKRkxCTk5XZlJmWm1zNHJHM1hld2lPRlJ2c2JmbkRCNHcwSlFISkVBWkFKWWZBaEZOTFdYSVNEM2g1SHEifQ.w3U3aWqceRtF4wUxuoNpBKrWqW7WCnG73GA_pUTX9CykBvctHXFCmFjw_eK8PK6dxtWItPCH21_ME-j2eWFIMB"]],
  },
  negative_examples = {
    [[GITHUB_TOKEN=ghs_APPID_JWT]],
    [[GITHUB_TOKEN=ghs_123456_eyJ...]],
    [[GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}]],
  },
}
