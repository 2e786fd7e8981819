return {
  id = "secrets.pubnub-secret-key",
  title = "PubNub secret key",
  severity = "high",
  tags = { "secrets", "pubnub" },
  applies_to = { "*" },
  help = [=[The secret key of a PubNub keyset (`sec-c-…`). On a server it signs Access Manager requests, so whoever holds it can grant any client read, write and manage permissions on every channel of the keyset, and administer the keyset's functions.

**Fix:** Regenerate the secret key in the PubNub Admin Portal (*Apps > keyset > Secret key*), or move traffic to a new keyset; the publish and subscribe keys are public and need no rotation. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.pubnub.com/docs/security/access-control/initialize-server-sdk",
    "https://www.pubnub.com/docs/security/access-control/overview",
  },
  pattern = [=[\b(sec-c-[A-Za-z0-9+/]{48})(?:[^A-Za-z0-9+/=_\-]|$)]=],
  keywords = { "sec-c-" },
  entropy = 3.8,
  examples = {
    [=[PUBNUB_SECRET_KEY=sec-c-OTY2ZDM5YTAtMTI1Yi00YmM5LWI3NDQtNDhkMjY3NGJkMDVl]=],
    [=[pubnub:
  secret_key: "sec-c-NTM0OWM5ZjQtYTg4Ni00NjE1LWE4NjUtMjJiZWE3Y2U2ZjRi"]=],
    [=[const pubnub = new PubNub({ subscribeKey: 'sub-c-3c6df168-4bd0-4f36-b1ca-88359d6b95b9', secretKey: 'sec-c-YTg1MGY0YTMtNDAzOC00NjJmLWFlOWItNjRhYmE4MmZmMDU3', userId: 'server' });]=],
  },
  negative_examples = {
    [=[PUBNUB_PUBLISH_KEY=pub-c-a236ef41-08ea-4790-8079-81fe15fe7b78]=],
    [=[PUBNUB_SECRET_KEY=sec-c-bar]=],
    [=[PUBNUB_SECRET_KEY=sec-c-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
  },
}
