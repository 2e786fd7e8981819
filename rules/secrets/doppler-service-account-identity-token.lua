return {
  id = "secrets.doppler-service-account-identity-token",
  title = "Doppler service account identity token",
  severity = "high",
  tags = { "secrets", "doppler" },
  applies_to = { "*" },
  help = [[A short-lived Doppler service account identity token (`dp.said.…`), obtained through identity federation (OIDC) for a service account. Until it expires it reads, and depending on the service account's role changes, the secrets of every project and config the service account can reach.

**Fix:** Revoke the token through the Doppler API's auth revoke endpoint (or let it expire), review the service account's activity in the workplace logs, and restrict the service account identity's trusted OIDC issuer and subject claims to the CI contexts that need it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.doppler.com/docs/Auth-token-formats",
  },
  pattern = [[\b(dp\.said\.[A-Za-z0-9]{40,44})\b]],
  keywords = { "dp.said." },
  entropy = 4.0,
  examples = {
    [[DOPPLER_TOKEN=dp.said.tu1LLeGgR70noykStbodubGJWGkbmmlpRJIZxgcaxNX]],
    [[  token: "dp.said.rwB21IhtHV5N3HVt1ZUcBEjzXq69zdnFJ5ZpdbYPsH2B"]],
  },
  negative_examples = {
    [[DOPPLER_TOKEN=dp.said.4wUiMS2xU720LZaHxwYoJjiMuDmooq]],
    [[DOPPLER_TOKEN=dp.said.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[DOPPLER_TOKEN=${{ secrets.DOPPLER_TOKEN }}]],
  },
}
