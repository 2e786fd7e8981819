return {
  id = "secrets.particle-access-token",
  title = "Particle access token",
  severity = "high",
  tags = { "secrets", "particle" },
  applies_to = { "*" },
  help = [=[A Particle Cloud API access token (40 hexadecimal digits), created with `particle token create`, in the console or through `/oauth/token`. A user token gives access to the account and all of its devices: calling functions and reading variables on them, publishing and reading events, flashing new firmware over the air, and, for product and organization members, managing the fleet. Tokens can be created with no expiry.

**Fix:** Revoke the token (`particle token revoke <token>` or `DELETE /v1/access_tokens/current`) and create a new one, preferably an API user token scoped to the product or organization and to the endpoints the integration needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.particle.io/reference/cloud-apis/access-tokens/",
    "https://docs.particle.io/reference/cloud-apis/api/",
  },
  pattern = [=[(?:(?i:particle[\w.\-]{0,30}?token[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|api\.particle\.io/[^\s\"']*[?&]access_token=|(?i:api\.particle\.io)[^\n]{0,200}?Bearer[ \t]+)([0-9a-f]{40})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "particle" },
  entropy = 3.2,
  allow = { [=[^(?:254406f79c1999af65a7df4388971354f85cfee9|b5b901e8760164e134199bc2c3dd1d228acf2d90)$]=] },
  examples = {
    [=[PARTICLE_ACCESS_TOKEN=e8621f1e90da87906404968b3b7821c280b9b8c5]=],
    [=[curl https://api.particle.io/v1/devices -H "Authorization: Bearer fbb7bb2bceb074c7b72e35033434f98df3c8c7cb"]=],
    [=[curl "https://api.particle.io/v1/devices/events?access_token=6e32b1f9f97c5f84bd5f01658408a118da54b6f9"]=],
  },
  negative_examples = {
    [=[PARTICLE_ACCESS_TOKEN=254406f79c1999af65a7df4388971354f85cfee9]=],
    [=[PARTICLE_ACCESS_TOKEN=${PARTICLE_ACCESS_TOKEN}]=],
    [=[curl https://api.particle.io/v1/devices/0123456789abcdef01234567/wakeup -d access_token=<token>]=],
    [=[PARTICLE_DEVICE_ID=e8621f1e90da87906404968b]=],
  },
}
