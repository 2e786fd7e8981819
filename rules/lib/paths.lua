-- Library module "paths": repository paths as the rules compare them ('/'-separated, relative to the scan root),
-- for the rules that relate files by folder (docs/rules/lib/paths.md).
local M = {}

-- The folder of a path ("" at the root).
function M.folder(path)
  return path:match("^(.*)/[^/]*$") or ""
end

-- "a/b/../c" -> "a/c", "./a" -> "a": a path without `.` and `..` steps (a `..` above the root is dropped).
function M.normalize(path)
  local parts = {}
  for p in path:gmatch("[^/]+") do
    if p == ".." then
      if #parts > 0 then parts[#parts] = nil end
    elseif p ~= "." then
      parts[#parts + 1] = p
    end
  end
  return table.concat(parts, "/")
end

-- A path relative to folder `dir`, normalized: join("k8s/overlays/prod", "../../base") -> "k8s/base".
function M.join(dir, rel)
  return M.normalize(dir == "" and rel or (dir .. "/" .. rel))
end

return M
