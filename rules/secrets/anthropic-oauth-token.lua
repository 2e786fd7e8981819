return {
  id = "secrets.anthropic-oauth-token",
  title = "Anthropic OAuth token (Claude subscription)",
  severity = "high",
  tags = { "secrets", "anthropic" },
  applies_to = { "*" },
  help = [[An OAuth token of a Claude account: an access token (`sk-ant-oat01-`, such as the one-year token printed by `claude setup-token` for `CLAUDE_CODE_OAUTH_TOKEN`) or a refresh token (`sk-ant-ort01-`). It runs Claude Code and Claude API inference billed to the user's Pro, Max, Team or Enterprise subscription, with the scopes of the login, until it expires or is revoked.

**Fix:** Revoke the token by signing the account out of Claude Code sessions (or from the claude.ai account settings), generate a new one with `claude setup-token` only where it is needed, and store it as a CI secret rather than in files. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://code.claude.com/docs/en/authentication",
  },
  pattern = [[\b(sk-ant-o[ar]t01-[A-Za-z0-9_\-]{60,200})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "sk-ant-oat01-", "sk-ant-ort01-" },
  keywords_exact = true,
  entropy = 4.0,
  allow = { [[(?:_[a-z]{2,}){3}]] },
  examples = {
    [[CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-8lFfyU512xbF0Rl_RYR0iWeK269kUtZnI5LAQcgbcBV8flaUZKDwOseh3d7w4IVHKdFDLeQbTrIJPMIIrntSuF6TsdjmTQUAA]],
    [[  refresh_token: "sk-ant-ort01-FIdiELWuUxi-rN1jMm1lB2pK1zNDKRK0wM8hRoHK7ALRA6EgjSIPKLPOO8rJdvoVJK47pA3BuXnY6B_Uc9JWTw2yAZk7_KqAA"]],
  },
  negative_examples = {
    [[CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...]],
    [[CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-0PM1k_UrYBVyCQwiD5ppPTzUjMuwZV]],
    [[CLAUDE_CODE_OAUTH_TOKEN=${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}]],
    [[CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-token_printed_by_claude_setup_token_goes_here_for_the_ci_runner_job]],
  },
}
