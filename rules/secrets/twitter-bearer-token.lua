return {
  id = "secrets.twitter-bearer-token",
  title = "X (Twitter) app-only bearer token",
  severity = "high",
  tags = { "secrets", "twitter" },
  applies_to = { "*" },
  help = [[An X (Twitter) app-only bearer token (OAuth 2.0 application-only authentication). It calls the X API as the app itself: searching posts, reading timelines, users and lists within the app's access level, and consuming the app's paid API quota.

**Fix:** Regenerate the bearer token in the X Developer Console (*your app > Keys and tokens > Bearer Token > Regenerate*), or invalidate it with `POST oauth2/invalidate_token`. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.x.com/fundamentals/authentication/oauth-2-0/bearer-tokens",
    "https://developer.x.com/ja/docs/basics/authentication/api-reference/token",
  },
  pattern = [[(?:^|[^A-Za-z0-9+/%])(A{20,23}[A-Za-z0-9%]{60,160})(?:[^A-Za-z0-9+/%]|$)]],
  keywords = { "aaaaaaaaaaaaaaaaaaaa" },
  entropy = 3.5,
  examples = {
    [[TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAPnVHAAAAAAAi%2BhvAEWuCPNjC3tGDyNJLYYOo7uaDhg4%3Dn1wvE5tRnJI9oZbILYsUQIICS2KX6SpAsLwaWvsHKpY9DCHDWt]],
    [[curl -H 'Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAU1ebAAAAAAAe%2BS6F6VVcDFY4OjCGxYwlUDqo9GDjEf0%3DrdPrwkea43nNk48w1z5r5hMx2glrR6Ggq0wEjq5xHXU8YFbLbn' https://api.x.com/2/tweets/search/recent]],
  },
  negative_examples = {
    [[TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]],
    [[TWITTER_BEARER_TOKEN=${{ secrets.TWITTER_BEARER_TOKEN }}]],
    [[TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAMLhe]],
    [[icon: data:image/x-icon;base64,AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAD/AAAAAAAAAAAAAAAAAAAAlmE59Cx1VTUvoiYJN4tzSyaYyTLjF9WQ2zG7Dy3fhGi3slD8dSLFtux1PaNcCYiVbJbsoU/wAAAP8AAAD/]],
  },
}
