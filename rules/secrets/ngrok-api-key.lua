return {
  id = "secrets.ngrok-api-key",
  title = "ngrok API key",
  severity = "high",
  tags = { "secrets", "ngrok" },
  applies_to = { "*" },
  help = [[An ngrok API key, which authenticates calls to the ngrok REST API (and `ngrok api …`). It manages the account's resources: reserved domains and addresses, endpoints and traffic policies, IP restrictions, and the authtokens and other credentials themselves.

**Fix:** Delete the API key in the ngrok dashboard (*API keys*) or with `ngrok api api-keys delete ID`, create a replacement owned by a bot user, and review the account's credentials and domains for changes. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://ngrok.com/docs/ngrok-agent/config/",
    "https://ngrok.com/docs/agent/cli-api/",
  },
  pattern = [[(?i)(?:\bngrok[\w.\-]{0,20}?api_?key["']?[ \t]*(?:=|:)[ \t]*["']?|(?:^|\n)[ \t]*api_key[ \t]*:[ \t]*["']?|\bngrok\s+api\s.*?--api-key[= ]["']?)([A-Za-z0-9]{19,30}_[A-Za-z0-9]{19,30})(?:[^A-Za-z0-9_]|$)]],
  keywords = { "ngrok", "api_key" },
  entropy = 4.0,
  examples = {
    [[NGROK_API_KEY=2Kx8Wb5FgxKlVCpLIKBJsNGV3Iq_Enb9sN4Uj6lfsjhhp0REn]],
    [[ngrok api endpoints list --api-key 2SQtfKwd309iOo2xh9wbIGdMHM6_YxxBbU2D3HrSCrIfQqzYV]],
    [[  api_key: 2uoE1jXt7oWx2yFbdIkvtH76VMi_qrqdb7PMAzJicA9AYLLig]],
  },
  negative_examples = {
    [[NGROK_API_KEY=<API_KEY>]],
    [[NGROK_API_KEY=${{ secrets.NGROK_API_KEY }}]],
    [[NGROK_AUTHTOKEN=2sWA9M0G6ti2J0fF4pQfnDMFNFY_vkSsApmgnLWJfArh4NKe3]],
  },
}
