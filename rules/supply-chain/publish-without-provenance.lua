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
  scope = "repository",
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
  -- A repository rule so that it judges a file, not a pipeline: a Bitbucket file holds one pipeline per branch,
  -- tag and custom run (an item each), and they share their steps.
  check = function(repo, ctx)
    local files, order = {}, {}
    for _, doc in ipairs(repo:documents("pipeline")) do
      local f = files[doc.path]
      if f == nil then
        f = { signs = false, attests = false, partial = false }
        files[doc.path] = f
        order[#order + 1] = doc.path
      end
      local p = doc.root
      if pl.is_partial(p) then f.partial = true end
      for _, job in ipairs(p.jobs) do
        if job.does.publish and f.first == nil then f.first = job end
        -- npm trusted publishing (an OIDC token, `id-token: write`) makes signed provenance on its own.
        local perms = job.permissions or p.permissions
        if job.does.publish and tg.type(perms) == "map" and perms["id-token"] == "write" then
          for _, step in ipairs(job.steps) do
            for _, c in ipairs(step.commands) do
              if c.base == "npm" and c.args[1] == "publish" then f.signs, f.attests = true, true end
            end
          end
        end
        if job.does.sign then f.signs = true end
        if job.does.sbom then f.attests = true end
        for _, step in ipairs(job.steps) do
          if installs(step, { "cosign-installer", "notation" }) then f.signs = true end
          if installs(step, { "download-syft", "sbom-action", "attest" }) then f.attests = true end
        end
      end
    end
    for _, path in ipairs(order) do
      local f = files[path]
      if f.first ~= nil and not f.partial and not (f.signs and f.attests) then
        local missing = not f.signs and not f.attests and "signs them or produces an SBOM or provenance"
          or not f.signs and "signs them" or "produces an SBOM or provenance attestation"
        ctx:report{ at = f.first, key = "id", on = "key", severity = not f.signs and "medium" or "low",
          message = "job '" .. tg.excerpt(f.first.id) .. "' publishes, but no job of this file " .. missing }
      end
    end
  end,
}
