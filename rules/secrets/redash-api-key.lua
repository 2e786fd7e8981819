return {
  id = "secrets.redash-api-key",
  title = "Redash API key",
  severity = "high",
  tags = { "secrets", "redash" },
  applies_to = { "*" },
  help = [=[A Redash API key (40 letters and digits), sent as `Authorization: Key …` or `?api_key=`. A user API key has all the permissions of its user: it runs queries against every data source the user's groups can reach and reads, edits and deletes queries, dashboards and alerts; a query API key reads that query's results.

**Fix:** Regenerate the user's key on their Redash profile page (*Settings > Account > API Key*) or the query's key from the query menu, and prefer query keys for embedding. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://redash.io/help/user-guide/integrations-and-api/api/",
    "https://github.com/getredash/redash/blob/master/redash/models/users.py",
  },
  pattern = [=[(?:(?i:redash[\w.\-]{0,30}?(?:api[_\-]?key|token)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:redash)[^\s\"']{0,200}?[?&]api_key=)([A-Za-z0-9]{40})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "redash" },
  entropy = 4.0,
  examples = {
    [=[REDASH_API_KEY=6hIhWQBf0cGE8kejONwduzba4LzY6sPHFkJKx8dI]=],
    [=[curl 'https://redash.example.org/api/queries/42/results.json?api_key=nIDXFuZgOebhytZquuh8983UwlZnhtG3oD1rSESI']=],
  },
  negative_examples = {
    [=[REDASH_API_KEY=${REDASH_API_KEY}]=],
    [=[curl 'https://redash.example.org/api/queries/42/results.json?api_key=<api_key>']=],
    [=[REDASH_API_KEY=6hIhWQBf0cGE8kejONwduzba4LzY6sP]=],
    [=[REDASH_COOKIE_SECRET=6hIhWQBf0cGE8kejONwduzba4LzY6sPHFkJKx8dI]=],
    [=[REDASH_SECRET_KEY=nIDXFuZgOebhytZquuh8983UwlZnhtG3oD1rSESI]=],
  },
}
