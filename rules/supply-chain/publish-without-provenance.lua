-- supply-chain.publish-without-provenance: a pipeline that publishes artefacts and neither signs them nor
-- attests what they contain (pipeline model, every CI dialect).
local pl = tg.lib("pipeline")

-- Tools that only run inside another tool (goreleaser signs with cosign, attests with syft, from its own
-- configuration): installing them is evidence the step that follows uses them.
local function installs(step, words)
  local ref = step.uses and step.uses.ref:lower() or ""
  for _, w in ipairs(words) do
    if ref:find(w, 1, true) then return true end
  end
  return false
end

return {
  id = "supply-chain.publish-without-provenance",
  title = "Pipeline publishes artefacts without signing them or attesting their contents",
  severity = "medium",
  tags = { "supply-chain", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
The standard asks for published artefacts to be signed (cosign/sigstore, notation, GPG) and to come with an SBOM
or provenance attestation, so that a consumer can verify who built what from which source. Reported once per
pipeline file that publishes (an image push, a package or release upload), at its first publishing job, when no
job of the file signs (medium) or none produces an SBOM or provenance (low). Installing cosign or syft (for a
tool such as goreleaser that signs and attests from its own configuration) counts, and so do GitHub's artifact
attestations and npm provenance (`--provenance`, or trusted publishing with `id-token: write`), which are
Sigstore-signed. Files that include others or
call reusable workflows are not reported. See docs/rules/supply-chain/publish-without-provenance.md.]],
  references = {
    "https://docs.sigstore.dev/cosign/signing/signing_with_containers/",
    "https://slsa.dev/spec/v1.0/provenance",
    "https://docs.github.com/en/actions/security-for-github-actions/using-artifact-attestations",
  },
  check = function(doc, ctx)
    local p = doc.root
    if pl.is_partial(p) then return end
    local first
    local signs, attests = false, false
    for _, job in ipairs(p.jobs) do
      if job.does.publish and first == nil then first = job end
      -- npm trusted publishing (an OIDC token, `id-token: write`) makes signed provenance on its own.
      local perms = job.permissions or p.permissions
      if job.does.publish and tg.type(perms) == "map" and perms["id-token"] == "write" then
        for _, step in ipairs(job.steps) do
          for _, c in ipairs(step.commands) do
            if c.base == "npm" and c.args[1] == "publish" then signs, attests = true, true end
          end
        end
      end
      if job.does.sign then signs = true end
      if job.does.sbom then attests = true end
      for _, step in ipairs(job.steps) do
        if installs(step, { "cosign-installer", "notation" }) then signs = true end
        if installs(step, { "download-syft", "sbom-action", "attest" }) then attests = true end
      end
    end
    if first == nil or (signs and attests) then return end
    local missing = not signs and not attests and "signs them or produces an SBOM or provenance"
      or not signs and "signs them" or "produces an SBOM or provenance attestation"
    ctx:report{ at = first, key = "id", on = "key", severity = not signs and "medium" or "low",
      message = "job '" .. tg.excerpt(first.id) .. "' publishes, but no job of this pipeline " .. missing }
  end,
}
