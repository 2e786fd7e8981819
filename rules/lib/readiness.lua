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

-- "the last X (2026-01-02) was 120 days ago; the window is 90 days", "no X is recorded with a date", or nil.
function M.record_gap(records, window, what)
  local last = records[1]
  if last == nil then return "no " .. what .. " is recorded with a date" end
  if last.age_days <= window then return nil end
  return "the last " .. what .. " (" .. last.date .. ") was " .. last.age_days .. " days ago; the window is " ..
    window .. " days"
end

return M
