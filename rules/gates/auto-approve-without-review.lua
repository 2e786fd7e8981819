-- gates.auto-approve-without-review: terraform apply -auto-approve with no saved plan and no approval gate in
-- CI (pipeline model).
local pl = tg.lib("pipeline")
local APPLY = { terraform = true, tofu = true, terragrunt = true }
-- Options whose value may follow as the next word (`-var name=value`, `-target aws_s3_bucket.x`): that word is
-- no plan file.
local TAKES_VALUE = { ["-var"] = true, ["-var-file"] = true, ["-target"] = true, ["-replace"] = true,
  ["-lock-timeout"] = true, ["-parallelism"] = true, ["-state"] = true, ["-state-out"] = true, ["-backup"] = true,
  ["--var"] = true, ["--var-file"] = true, ["--target"] = true, ["--replace"] = true }
return {
  id = "gates.auto-approve-without-review",
  title = "Terraform apply -auto-approve runs with no reviewed plan",
  severity = "medium",
  tags = { "gates", "pipeline", "terraform" },
  applies_to = { "pipeline" },
  help = [[
`terraform apply -auto-approve` without a saved plan file plans and applies in one go: nobody sees what it will
change before it does. Reported at the command in a job that no person approves (no environment gate, manual
job or input) and that is not a trial run (a job that runs tests, or is named for acceptance, integration or
preview runs, applies to throwaway infrastructure). Applying a plan file made by an earlier `terraform plan -out` (`terraform apply tfplan`) is not
reported, nor is an apply in a gated job. See docs/rules/gates/auto-approve-without-review.md.]],
  references = { "https://developer.hashicorp.com/terraform/cli/commands/apply#apply-options" },
  check = function(doc, ctx)
    for _, job in ipairs(doc.root.jobs) do
      if job.gate == nil and not pl.is_trial(job) then
        for _, step in ipairs(job.steps) do
          for _, c in ipairs(step.commands) do
            if APPLY[c.base] then
              local applying, auto, plan_file, value_next = false, false, false, false
              for _, a in ipairs(c.args) do
                if value_next then value_next = false
                elseif a == "apply" or a == "destroy" then applying = true
                elseif a == "-auto-approve" or a == "--auto-approve" or a == "-auto-approve=true" then auto = true
                elseif TAKES_VALUE[a] then value_next = true
                elseif applying and a:sub(1, 1) ~= "-" then plan_file = true
                end
              end
              if applying and auto and not plan_file then
                ctx:report{ at = c, message = tg.excerpt(c.base, 20) .. " applies with -auto-approve and no saved plan, in a job nobody approves" }
              end
            end
          end
        end
      end
    end
  end,
}
