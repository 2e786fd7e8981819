return {
  id = "secrets.ngrok-authtoken",
  title = "ngrok agent authtoken",
  severity = "high",
  tags = { "secrets", "ngrok" },
  applies_to = { "*" },
  help = [[An ngrok authtoken, the credential the ngrok agent uses to connect to the ngrok service as the account. Anyone holding it can start agents on the account and publish endpoints on its reserved domains (subject to the token's ACLs), exposing arbitrary services under the organization's names.

**Fix:** Delete the authtoken in the ngrok dashboard (*Authtokens*) or with `ngrok api credentials delete ID`, issue one token per agent with ACLs that restrict what it may bind, and keep it in the agent's secret store rather than `ngrok.yml` in a repository. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://ngrok.com/docs/ngrok-agent/config/",
    "https://ngrok.com/docs/guides/site-to-site-connectivity/authtoken-acls",
  },
  pattern = [[(?i)(?:\bngrok[\w.\-]{0,20}?auth_?token["']?[ \t]*(?:=|:)[ \t]*["']?|(?:^|\n)[ \t]*authtoken[ \t]*:[ \t]*["']?|\bngrok(?:\s+config)?\s+(?:add-)?authtoken[ \t]+["']?|--authtoken[= ]["']?)([A-Za-z0-9]{19,30}_[A-Za-z0-9]{19,30})(?:[^A-Za-z0-9_]|$)]],
  keywords = { "ngrok", "authtoken" },
  entropy = 4.0,
  examples = {
    [[NGROK_AUTHTOKEN=29L3sACCdrWYXTIst7z838nEGuy_8GUjNxleRy3WKeTKCE8k0]],
    [[authtoken: 21ew62st0dbwX8zGARx5wLS7EUx_Ly479jAyK21iruJibRC9t]],
    [[ngrok config add-authtoken 2XcoGixJ4sgt1YoxQBfya2VvDI1_w8w7FjhfOjWjAAYH8dckI]],
  },
  negative_examples = {
    [[NGROK_AUTHTOKEN=<TOKEN>]],
    [[NGROK_AUTHTOKEN=${NGROK_AUTHTOKEN}]],
    [[slack_authtoken: 29NRnTdvIHkXHHauKNJYxuynGSH_y3CRLhT7L6R4U36ng5oA6]],
  },
}
