return {
  id = "secrets.cloudflare-tunnel-token",
  title = "Cloudflare Tunnel token",
  severity = "high",
  tags = { "secrets", "cloudflare" },
  applies_to = { "*" },
  help = [[The token of a remotely-managed Cloudflare Tunnel: base64 of a small JSON document holding the account tag (`a`), the tunnel ID (`t`) and the tunnel secret (`s`). Cloudflare's documentation is explicit that anyone with the token can run the tunnel: an attacker's `cloudflared` joins as a replica and receives part of the traffic for the tunnel's public hostnames and private networks.

**Fix:** Rotate the token in the Cloudflare dashboard (*Networking > Tunnels > the tunnel > Rotate token*, or the API), reinstall every replica with the new value (existing connectors stay up until restarted), and pass it from the secret store (`TUNNEL_TOKEN` from a secret, a Kubernetes Secret, `--token-file`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developers.cloudflare.com/tunnel/advanced/tunnel-tokens/",
    "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/",
  },
  -- Cloudflare documents the token as a string of the form eyJhIjoi... (base64 of {"a":"<account tag>","t":"<tunnel
  -- id>","s":"<secret>"}, cloudflared's TunnelToken). A full token is about 180 characters; 120 to 400 base64
  -- characters are accepted. It is not a JWT (no dots).
  pattern = [[\b(eyJhIjoi[A-Za-z0-9+/]{120,400}={0,2})(?:[^A-Za-z0-9+/=.]|$)]],
  keywords = { "eyJhIjoi" },
  keywords_exact = true,
  entropy = 4.5,
  examples = {
    [[TUNNEL_TOKEN=eyJhIjoiMzllNGNhYTA5MjE3YzhmODI1NDg3Y2Q3NDhiYjlkMmUiLCJ0IjoiNjkzZjgwMjYtMjlkYi00M2ZkLThkZTUtOTk2NzI5YTMyZTJjIiwicyI6ImdidUswakxaVjcxamVTcG5uL0ZPSWRJTHI4cnBPdWdqdTA5WjBjNGFBbVE9In0=]],
    [[sudo cloudflared service install eyJhIjoiMjY5ZTUwMmE4NTk2MzQ3NTNkNjI0MzQ1YWJjZjk2ODIiLCJ0IjoiYzI3MTgwZmUtOTFlMy00YTMwLTllNmQtM2Y2ZmFlYTM1ZTg1IiwicyI6IkNBM1hnVVZCN012MHNTMUMrcnJTaFdnRDZiRU4wbWlRcEkyYXN2ZTZ6VkE9In0=]],
  },
  negative_examples = {
    [[The token value is of the form eyJhIjoiNWFiNGU5Z...]],
    [[TUNNEL_TOKEN=${CLOUDFLARE_TUNNEL_TOKEN}]],
    [[command: tunnel --no-autoupdate run --token-file /run/secrets/tunnel]],
  },
}
