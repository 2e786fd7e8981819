-- Library module "readiness": lookups the readiness rules share over repo.readiness (docs/readiness.md).
local M = {}

-- The deliverable or design input `name` of a list (repo.readiness.deliverables or .design).
function M.item(list, name)
  for _, i in ipairs(list) do
    if i.name == name then return i end
  end
  return nil
end

-- Whether the deliverable `name` was found (an absent one is deliverable-missing's finding, not the others').
function M.present(r, name)
  local i = M.item(r.deliverables, name)
  return i ~= nil and #i.evidence > 0
end

-- Reports each required item of `list` (deliverables or design inputs) that has no evidence, where it is expected;
-- `what` names them for messages.
function M.report_missing(ctx, list, what)
  for _, i in ipairs(list) do
    if i.required and #i.evidence == 0 then
      ctx:report{ at = M.at(i.expected), message = "no " .. (what[i.name] or i.name) .. " found" }
    end
  end
end

-- A place to report at: an evidence entry ({path=, line=}) or a path alone.
function M.at(e)
  if type(e) == "string" then return { path = e } end
  if e.line and e.line > 0 then return { path = e.path, line = e.line } end
  return { path = e.path }
end

return M
