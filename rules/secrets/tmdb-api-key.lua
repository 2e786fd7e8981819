return {
  id = "secrets.tmdb-api-key",
  title = "TMDB (The Movie Database) v3 API key",
  severity = "medium",
  tags = { "secrets", "tmdb" },
  applies_to = { "*" },
  help = [[A The Movie Database (TMDB) v3 API key, sent as the `api_key` query parameter. It reads the catalog under the owner's account and terms of use, and with a user session it can rate titles and edit that user's lists; abuse counts against the owner's rate limits and can get the key suspended. (The v4 read access token is a JWT and is reported by `secrets.jwt`.)

**Fix:** Regenerate the key in TMDB (*Settings > API*). Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://developer.themoviedb.org/docs",
    "https://developer.themoviedb.org/docs/authentication-application",
  },
  pattern = [[(?:(?i:(?:tmdb|themoviedb|moviedb)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:themoviedb\.org/[^\s\"'<>]{0,120}?[?&]api_key=))([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "tmdb", "themoviedb", "moviedb" },
  entropy = 3.0,
  examples = {
    [[TMDB_API_KEY=a5b38c96e20280baaad396737459d30b]],
    [[curl 'https://api.themoviedb.org/3/movie/550?api_key=d791744cf29d6e4ffdf1cf4fa0d95b44']],
  },
  negative_examples = {
    [[TMDB_API_KEY=94370a4b2a5e7b9e2744ddc4]],
    [[TMDB_API_KEY=<your_api_key>]],
    [[TMDB_API_KEY=${TMDB_API_KEY}]],
  },
}
