return {
  id = "secrets.steam-web-api-key",
  title = "Steam Web API key",
  severity = "high",
  tags = { "secrets", "steam" },
  applies_to = { "*" },
  help = [=[A Steam Web API key (user key from steamcommunity.com/dev/apikey, or a Steamworks publisher key). A user key reads Steam Community data on behalf of its owner and is tied to their account; a publisher key reaches protected Steamworks methods (microtransactions, sales data, inventory/economy, user authentication) for every app of the publisher group.

**Fix:** Revoke the key: user keys on the Steam Community *Web API Key* page, publisher keys in Steamworks (*Users & Permissions > Manage Groups*), and issue a new one; lock publisher keys to the servers' IP addresses. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://partner.steamgames.com/doc/webapi_overview/auth",
    "https://steamcommunity.com/dev",
  },
  pattern = [=[(?:(?i:steam[\w.\-]{0,30}?(?:key|token|secret))[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:api\.steampowered\.com/)[^\s\"'<>]*?[?&]key=)([0-9A-F]{32})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "steam" },
  entropy = 3.0,
  examples = {
    [=[STEAM_API_KEY=46A8BE5EA46F0D5C8F150B05D4928327]=],
    [=[  steam_webapi_key: "B4EE358D77CF28C5EB79B5E6A22ED348"]=],
    [=[fetch('https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=9C1E7B03D2A64F58B7E0A1C3D5F79B24&steamids=76561197960435530')]=],
  },
  negative_examples = {
    [=[STEAM_APP_ID=730]=],
    [=[fetch(`https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${STEAM_KEY}&steamids=${id}`)]=],
    [=[STEAM_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]=],
    [=[STEAM_API_KEY=${STEAM_API_KEY}]=],
    [=[STEAM_API_KEY=46A8BE5EA46F0D5C8F150B05D492]=],
  },
}
