return {
  id = "secrets.getstream-api-secret",
  title = "Stream (getstream.io) API secret",
  severity = "high",
  tags = { "secrets", "getstream" },
  applies_to = { "*" },
  help = [=[The API secret of a Stream (getstream.io) app, used by the server SDKs for Chat, Video, Activity Feeds and Moderation. It signs server tokens and user tokens, so whoever holds it has full server-side access to the app: every channel, message, call and feed, and the ability to log in as any user while bypassing client-side permissions.

**Fix:** Generate a new secret for the app in the Stream Dashboard (*app > Overview > API keys*, add a new key pair or rotate the secret) and delete the exposed one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://getstream.io/chat/docs/node/stream_api_and_client_integration/",
    "https://getstream.io/docs/platform/backend-sdks/",
  },
  pattern = [=[(?i:(?:getstream|stream[_\-.]?(?:io|chat|feeds?|video)?[_\-.]?(?:api|app)?[_\-.]?secret)[\w.\-]{0,30}?(?:secret)?[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([a-z0-9]{48,80})\b]=],
  keywords = { "getstream", "stream_api_secret", "stream_secret", "streamsecret", "streamapisecret", "stream-api-secret", "stream_chat_secret", "stream_app_secret", "stream_video_secret", "stream_feeds_secret" },
  entropy = 3.6,
  examples = {
    [=[STREAM_API_SECRET=0tb12ofpzsb4hcc7j2iz8wv9hmj3fh08f38u3nzi6n8ixp4gouvxy4vyrb7xmo8i]=],
    [=[  getstream_secret: "ed8vjdg2efrwk0ekrfiqhvngtpxu1g80y7z9vhz2dkqiiliau0j8f0k1bex3rual"]=],
    [=[stream_chat_secret = '2czhbyd5vzsjktqzrvoguxznsslpea4rl1rrih7cc1ijcrmue5ef3vkxkuw16vyv']=],
  },
  negative_examples = {
    [=[STREAM_API_KEY=tiqjhohe6w2v]=],
    [=[STREAM_API_SECRET=ejx4l6s8fh0z4a0ks2kv9xiqd7faoqv6]=],
    [=[STREAM_API_SECRET=${STREAM_API_SECRET}]=],
  },
}
