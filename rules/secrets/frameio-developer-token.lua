return {
  id = "secrets.frameio-developer-token",
  title = "Frame.io developer token",
  severity = "high",
  tags = { "secrets", "frameio" },
  applies_to = { "*" },
  help = [[A Frame.io (legacy API) developer token. It is a long-lived bearer token with the same access as the user who created it, limited by the scopes chosen at creation: reading, uploading and deleting assets, comments and projects in the user's accounts and teams.

**Fix:** Delete the token in the Frame.io developer portal (*developer.frame.io > Tokens*) and create a new one with only the scopes needed. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.frame.io/docs/getting-started/authentication",
    "https://developer.frame.io/platform/v2/authentication",
  },
  pattern = [[\b(fio-u-[A-Za-z0-9_=\-]{64})(?:[^A-Za-z0-9_=\-]|$)]],
  keywords = { "fio-u-" },
  entropy = 4.0,
  examples = {
    [[FRAMEIO_TOKEN=fio-u-ncxubMboCCpBgP-yJBckuep2-5oJDXFLHSVGtbJG3tLN-f2l0DcIpNbxshxEHeaw]],
    [[client = FrameioClient("fio-u-OUUkTWY84gNx30nSOdQ7Va2mUEdevL697t63vYAKhRTaTmT5eS9BXuiGHvYA2RSM")]],
    [[  frameio_token: 'fio-u-6lzUCxevcs3-I9h0pWfI5Ls13jPwqLE2HA6CJieyyQgJYiraFPCfgZIxoP6Ir8S3']],
  },
  negative_examples = {
    [[FRAMEIO_TOKEN=fio-u-5LRG1rhS1KFzp0-knrWnk5SgaRIPVU26dyJ3iArM]],
    [[FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[FRAMEIO_TOKEN=${FRAMEIO_TOKEN}]],
  },
}
