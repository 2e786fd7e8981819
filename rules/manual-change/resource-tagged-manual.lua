-- manual-change.resource-tagged-manual: a resource whose tags say it was made by hand.
local kProvenanceKeys = { managedby = true, createdby = true, provisionedby = true, deployedby = true, createdwith = true,
  managed = true, owner = true, source = true, creator = true }
local kHandValues = { console = true, manual = true, manually = true, clickops = true, handmade = true, ["hand-made"] = true,
  ["by-hand"] = true, portal = true, ["aws-console"] = true, ["azure-portal"] = true, ["gcp-console"] = true,
  ["cloud-console"] = true, ui = true, human = true }

return {
  id = "manual-change.resource-tagged-manual",
  title = "Resource is tagged as created by hand",
  severity = "medium",
  tags = { "manual-change", "resource" },
  applies_to = { "resource" },
  help = [[
A tag like `ManagedBy = "manual"` or `CreatedBy = "console"` on a resource in infrastructure code means it was
made in the console and imported (or copied) into code with its provenance tag unchanged: either the tag is stale
and misleads whoever reads it in the console, or the resource is still changed by hand beside the code. Reported
for a tag whose name says provenance (`ManagedBy`, `managed-by`, `CreatedBy`, `ProvisionedBy`, `DeployedBy`,
`Creator`, `Source`, `Owner`, any case and separator) and whose value says by hand (`manual`, `manually`,
`console`, `portal`, `clickops`, `handmade`, `ui`, `human`, ...), in Terraform, plans and CloudFormation.

Not reported: unknown values, and other tags with those words (`Description = "created in console"`).

Fix: bring the resource fully under code (`terraform import`, then review) and set the tag to what manages it
(`ManagedBy = "terraform"`). See docs/rules/manual-change/resource-tagged-manual.md.]],
  references = {
    "https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    local tags = item.tags
    if tg.type(tags) ~= "map" then return end
    for k, v in pairs(tags) do
      if type(v) == "string" then
        local key = k:lower():gsub("[^a-z]", "")
        local value = v:lower():gsub("^%s+", ""):gsub("%s+$", ""):gsub("[ _]", "-")
        if kProvenanceKeys[key] and kHandValues[value] then
          ctx:report{ at = tags, key = k,
            message = tg.excerpt(item.address) .. " is tagged " .. tg.excerpt(k, 40) .. " = '" .. tg.excerpt(v, 40)
              .. "', made by hand rather than by this code" }
        end
      end
    end
  end,
}
