-- security.secrets-inherit: a GitHub job calls a reusable workflow with `secrets: inherit`.
return {
  id = "security.secrets-inherit",
  title = "Reusable workflow receives every secret (secrets: inherit)",
  severity = "low",
  tags = { "security", "github-actions", "secrets" },
  applies_to = { "pipeline" },
  help = [[
`secrets: inherit` hands the called workflow every secret the caller can read (repository, organisation and
environment secrets), whatever it needs. The called workflow then holds credentials it has no use for, and a
change to it (or, for a workflow in another repository, to that repository) can use them.

Medium when the called workflow lives in another repository (`owner/repo/.github/workflows/x.yml@ref`), low for
one in the same repository (`./.github/workflows/x.yml`). Fix: pass the secrets it needs by name
(`secrets: { registry-token: ${{ secrets.REGISTRY_TOKEN }} }`). See docs/rules/security/secrets-inherit.md.]],
  references = {
    "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idsecretsinherit",
    "https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows#passing-inputs-and-secrets-to-a-reusable-workflow",
  },
  check = function(doc, ctx)
    local p = doc.root
    if p.dialect ~= "github-actions" then return end
    for _, job in ipairs(p.jobs) do
      if job.secrets == "inherit" then
        local ref = job.uses and job.uses.ref
        local local_ref = job.uses and job.uses.pinned == "local"
        local what = type(ref) == "string" and ("'" .. tg.excerpt(ref) .. "'") or "the reusable workflow"
        ctx:report{ at = job, key = "secrets", severity = local_ref and "low" or "medium",
          message = "job '" .. tg.excerpt(job.id) .. "' passes every secret to " .. what
            .. (local_ref and "" or " in another repository") .. " (secrets: inherit)" }
      end
    end
  end,
}
