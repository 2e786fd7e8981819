return {
  id = "secrets.jwt",
  title = "JSON Web Token",
  severity = "medium",
  tags = { "secrets", "generic", "jwt" },
  applies_to = { "*" },
  help = [[A bearer token: whoever presents it is treated as its subject until `exp`. Service-role keys (Supabase), API gateway keys and machine identities are often JWTs with expiries years away.

**Fix:** Invalidate the token at its issuer: rotate the signing key or secret (which invalidates every token it signed), or revoke the session or key if the issuer supports it; for long-lived service keys (e.g. Supabase `service_role`) rotate the project's JWT secret. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://www.rfc-editor.org/rfc/rfc7519",
    "https://www.rfc-editor.org/rfc/rfc7515#section-7.1",
  },
  pattern = [[\b(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "eyJ" },
  entropy = 4.0,
  allow = {
    [[SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$]],
  },
  examples = {
    [[SERVICE_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtd2V4eWNvdzMiLCJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuYWNtZS5pbyIsImF1ZCI6ImJpbGxpbmctYXBpIiwiaWF0IjoxNzY0MjMwNDAwLCJleHAiOjE3OTU3NjY0MDAsImp0aSI6IjM3YmU5MmYxYTk4ZDEwZjgifQ.eFP1eaio4TOig9NBiIlHWcmAvcW52_sBKAM2OTGJyET]],
    [[Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtdWltOXFxNGYiLCJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuYWNtZS5pbyIsImF1ZCI6ImJpbGxpbmctYXBpIiwiaWF0IjoxNzY0MjMwNDAwLCJleHAiOjE3OTU3NjY0MDAsImp0aSI6IjYyMDAwYzIzMjg0ODIwNTIifQ.Blne-wEnevQsRB-fjSZk6E4ECwA9lzYr_J07FbL74kqfhaf16e17JhNDHcPBwopIxgz2QMoqBgiXO1a9mFkBsTjoEX82aEcuXZ1nEgYTF9go5y4iy20pURwqyWfLvCy4NKmQCCOVEKsSjsBXePx0lSD-kkmjhLjmTvV3sOf66i1UqOICkOX_L83jdjnvt1DBvX9Ly3jYddesPsdZkMK396yY6o-uG_GkHH_-0vFPGnfrzizsZDPvE_Fqf74Gv1jTfALBOnnpvLD8fFFzQbE24eGeHgPJZHXVlR2yhg7_nfHJ3YtyGi9ipDs9wZNZLdz4asbEpIBfwsZNexnLlBXv--]],
    [[  supabase_service_role_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtNjB4enh2bzYiLCJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuYWNtZS5pbyIsImF1ZCI6ImJpbGxpbmctYXBpIiwiaWF0IjoxNzY0MjMwNDAwLCJleHAiOjE3OTU3NjY0MDAsImp0aSI6Ijg2OTgyZmJiMmIzNzU4OTUifQ.XJQqwBhMtXqXILyCQU9kVg3EC-lMbjSyf0dyacOHkC8"]],
  },
  negative_examples = {
    [[token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c]],
    [[token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi...]],
    [[token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMteDkyY3dkeTMiLCJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuYWNtZS5pbyIsImF1ZCI6ImJpbGxpbmctYXBpIiwiaWF0IjoxNzY0MjMwNDAwLCJleHAiOjE3OTU3NjY0MDAsImp0aSI6IjRlM2UxM2E4NTAwNjg0YTIifQ.abc]],
    [[token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.]],
  },
}
