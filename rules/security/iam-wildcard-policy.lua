-- security.iam-wildcard-policy: an IAM policy that allows every action on every resource (administrator access).
local res = tg.lib("resource")

local function has_star(list)
  if tg.type(list) ~= "seq" then return nil end
  for i, v in ipairs(list) do
    if v == "*" then return i end
  end
  return nil
end

-- Google project, folder and organization IAM grants: the primitive roles that give everything.
local kGoogleGrants = {
  google_project_iam_member = true, google_project_iam_binding = true,
  google_folder_iam_member = true, google_folder_iam_binding = true,
  google_organization_iam_member = true, google_organization_iam_binding = true,
}
local kEverything = { ["roles/owner"] = true, ["roles/editor"] = true }
local kAnyone = { allUsers = true, allAuthenticatedUsers = true }

local function google_grant(item, ctx)
  local a = item.attributes
  if tg.type(a) ~= "map" or not kEverything[a.role] then return end
  local members = a.members
  if a.member ~= nil then
    if kAnyone[a.member] then
      ctx:report{ at = a, key = "member",
        message = tg.excerpt(item.address) .. " grants " .. a.role .. " to " .. a.member }
    end
  elseif tg.type(members) == "seq" then
    for i, m in ipairs(members) do
      if kAnyone[m] then
        ctx:report{ at = members, key = i,
          message = tg.excerpt(item.address) .. " grants " .. a.role .. " to " .. m }
        return
      end
    end
  end
end

return {
  id = "security.iam-wildcard-policy",
  title = "IAM policy allows every action on every resource",
  severity = "high",
  tags = { "security", "iam", "resource" },
  applies_to = { "resource" },
  help = [[
A policy statement with `Effect: Allow`, `Action: "*"` and `Resource: "*"` grants full administrator rights: whoever
holds the role, user or group can read every secret, delete every database and rewrite IAM itself. Reported at
the action of each such statement in `aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`,
`aws_iam_group_policy`, `aws_iam_role` `inline_policy`, `aws_ssoadmin_permission_set_inline_policy` (IAM Identity
Center permission sets), `data "aws_iam_policy_document"` statements, and
CloudFormation `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy` and the `Policies` of roles, users and groups. The
policy may be a JSON string, a heredoc or `jsonencode(...)`.

Not reported: statements that name actions (`s3:*`) or resources, `Deny` statements, policies that cannot be read
(`file(...)`, a data source's `.json` in configuration: the data source itself is checked), and unknown values.
Trust policies (`assume_role_policy`) grant no permissions and are not read.

On Google Cloud, the equivalent is reported: `roles/owner` or `roles/editor` granted to `allUsers` or
`allAuthenticatedUsers` by a project, folder or organization IAM member or binding.

Fix: grant the actions the workload calls on the resources it touches; for break-glass administrators use the
AWS managed `AdministratorAccess` policy on a role guarded by MFA and reviewed separately.
See docs/rules/security/iam-wildcard-policy.md.]],
  references = {
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document",
    "https://cloud.google.com/iam/docs/understanding-roles#basic",
  },
  check = function(doc, ctx)
    local item = doc.root
    if kGoogleGrants[item.type] then return google_grant(item, ctx) end
    local statements = item.policy_statements
    if tg.type(statements) ~= "seq" then return end
    for _, st in ipairs(statements) do
      if tg.type(st) == "map" then
        local effect = res.known(st.effect)
        local action = has_star(st.actions)
        if type(effect) == "string" and effect:lower() == "allow" and action and has_star(st.resources) then
          ctx:report{ at = st.actions, key = action,
            message = tg.excerpt(item.address) .. " allows every action on every resource (Action \"*\", Resource \"*\")" }
        end
      end
    end
  end,
}
