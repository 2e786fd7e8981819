-- supply-chain.unpinned-include: CI configuration included from another project or URL at a moving version
-- (pipeline model: GitLab includes, Azure template repositories).
return {
  id = "supply-chain.unpinned-include",
  title = "Pipeline includes CI configuration at a moving version",
  severity = "medium",
  tags = { "supply-chain", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
Configuration included from another project or a URL runs as part of this pipeline, with its secrets. A branch
(`ref: main`, no `ref:` at all, which means the project's default branch, a component `@~latest`) or a remote URL
changes under you: whoever can push there changes your pipeline. Reported at each such include. Pin a tag you
trust, or better a full commit SHA. Local files and GitLab's own templates (versioned with the instance) are
not reported. See docs/rules/supply-chain/unpinned-include.md.]],
  references = { "https://docs.gitlab.com/ci/yaml/includes/", "https://docs.gitlab.com/ci/yaml/#includeproject" },
  check = function(doc, ctx)
    local p = doc.root
    for i, inc in ipairs(p.includes or {}) do
      if inc.pinned == "branch" or inc.pinned == "none" then
        local how = inc.pinned == "branch" and "a branch" or "no version (a URL serves whatever it holds now)"
        ctx:report{ at = inc, message = "include '" .. tg.excerpt(inc.ref, 80) .. "' follows " .. how }
      end
    end
  end,
}
