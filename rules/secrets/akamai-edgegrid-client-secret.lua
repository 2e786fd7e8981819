return {
  id = "secrets.akamai-edgegrid-client-secret",
  title = "Akamai EdgeGrid client secret",
  severity = "critical",
  tags = { "secrets", "akamai" },
  applies_to = { "*" },
  help = [[The client secret of an Akamai API client, stored with its host, access token and client token in an `.edgerc` section. It signs EdgeGrid (EG1-HMAC-SHA256) requests with the API client's permissions, which for a quick client equal its creator's: property and edge configurations, cache purges, Edge DNS zones, security (WAF) configurations and certificates.

**Fix:** Rotate the credential of the API client in Akamai Control Center (*Identity & access > API clients > the client > Credentials*: create a new credential, then deactivate and delete the old one), and review the client's activity. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials",
    "https://techdocs.akamai.com/developer/docs/authenticate-with-edgegrid",
  },
  pattern = [=[(?s)\bclient_secret[ \t]*=[ \t]*([A-Za-z0-9+/]{43}=)[ \t]*\r?\n[^\[]{0,400}?=[ \t]*akab-[a-z0-9]]=],
  keywords = { "akab-" },
  entropy = 4.0,
  examples = {
    [[client_secret = u+hYyQ0JbXRGPP1/ZCOE49OLPl3ReZpMz17QWvmCKCR=
host = akab-gim816qierl9yw9t-kle2njp3z563zu1y.luna.akamaiapis.net
access_token = akab-hbqm0uuvgaa52khb-h2rpy6m8e0jo9xt1
client_token = akab-8dj5v37jfrn2r45b-t7ixx042hnyo6sax]],
    [[client_secret = 0jw8jBxyNv/4ldZOqcV5Fvq6+xwhYrmREfpiTL9M/rI=
host = akab-kle2njp3z563zu1y-hbqm0uuvgaa52khb.luna.akamaiapis.net
access_token = akab-h2rpy6m8e0jo9xt1-8dj5v37jfrn2r45b
client_token = akab-t7ixx042hnyo6sax-n3qoehmvqka29mon
max-body = 131072]],
  },
  negative_examples = {
    [[client_secret = xxxx
host = xxxx.luna.akamaiapis.net
access_token = xxxx
client_token = xxxx]],
    [[client_secret = 7GnLbX92ZOrNjrgqP2Pq/7EasUoJ2GaYPnZoHAOgu/z=

[other]
host = akab-3yod2vetx1x1xrlg.luna.akamaiapis.net]],
    [[client_secret = k3DgbZ5vyRUohb0OzWkraUbjjaKhYAggjbwSm0sJh9f=]],
  },
}
