return {
  id = "secrets.nasa-api-key",
  title = "NASA Open APIs key (api.nasa.gov)",
  severity = "low",
  tags = { "secrets", "nasa" },
  applies_to = { "*" },
  help = [=[A personal key for NASA's Open APIs gateway (api.nasa.gov), passed as the `api_key` query parameter. It is tied to the registrant's email address, carries their hourly rate limit, and abuse can get it suspended.

**Fix:** Request a new key at api.nasa.gov (there is no self-service revocation; contact the api.data.gov support to disable the leaked one). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://api.nasa.gov/",
    "https://api.data.gov/docs/developer-manual/",
  },
  pattern = [=[(?i:https?://api\.nasa\.gov)/[^\s"'<>]*?[?&](?i:api_key)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "api.nasa.gov" },
  entropy = 3.0,
  examples = {
    [=[APOD_URL=https://api.nasa.gov/planetary/apod?api_key=I7ccVV9aed8dKlDpTPjv3Axf89FmaaYnVoogxfNX]=],
    [=[fetch("https://api.nasa.gov/neo/rest/v1/feed?start_date=2024-01-01&api_key=UBgGgMXUwm3NVsOGFeYeRaomxGmqDaafYg4mSa1p")]=],
  },
  negative_examples = {
    [=[APOD_URL=https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY]=],
    [=[fetch(`https://api.nasa.gov/planetary/apod?api_key=${NASA_KEY}`)]=],
  },
}
