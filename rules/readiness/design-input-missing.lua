-- readiness.design-input-missing: a design input the standard requires before production is not written down.
local rd = tg.lib("readiness")
return {
  id = "readiness.design-input-missing",
  title = "Design input for production readiness is missing",
  severity = "low",
  tags = { "readiness" },
  applies_to = { "readiness" },
  scope = "repository",
  help = [[
Before production the standard asks for the design inputs a reviewer and an on-call engineer need: the deployment
view, the components, the failure modes, how secrets are managed, how incidents are answered, and the
environments. They are looked for as documents under `docs/` (or `doc/`, `design/`, `architecture/`, or at the
top) whose names say what they hold (`docs/failure-modes.md`, `architecture/deployment-view.png`), then as
headings of the Markdown there (`## Failure modes`), or exactly where `.tollgate.yaml` maps them
(`readiness.design`).

Fix: write the missing input (a page is enough), or map it to where it lives.
See docs/rules/readiness/design-input-missing.md.]],
  references = { "https://c4model.com/" },
  check = function(repo, ctx)
    local r = repo.readiness
    if r == nil then return end
    rd.report_missing(ctx, r.design, {
      ["deployment-view"] = "deployment view", components = "component description",
      ["failure-modes"] = "failure-mode analysis", ["secrets-management"] = "secrets-management description",
      ["incident-response"] = "incident-response procedure", environments = "environment description",
    })
  end,
}
