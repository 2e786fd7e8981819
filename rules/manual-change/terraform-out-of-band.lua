-- manual-change.terraform-out-of-band: Terraform changes run by hand instead of by the pipeline.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of CI scripts, shell files, Makefiles, Markdown
return {
  id = "manual-change.terraform-out-of-band",
  title = "Terraform change or state surgery run outside the pipeline",
  severity = "high",
  tags = { "manual-change", "terraform" },
  applies_to = { "shell", "makefile", "markdown" },
  help = [[
Scripts, Makefiles and README code blocks that run `terraform apply -auto-approve`, `apply -target=...`,
`destroy` (or `apply -destroy`), `state rm|mv|push|replace-provider`, `import`, `taint`, `untaint` or
`force-unlock` change real infrastructure or its state from a laptop, with no plan review and no record in
the pipeline. The same commands with OpenTofu (`tofu`) are reported too. In Markdown (READMEs, upgrade guides,
runbooks) they are reported at info: a reader is told to run them, nobody has run them.

Not reported: `plan`, `init`, `validate`, `fmt`, `output`, `show`, `state list|show|pull`, an interactive
`terraform apply` without those flags, CI pipeline files, and Markdown outside fenced shell code blocks.

Fix: make the change in code and let the pipeline plan and apply it; for state moves use `moved`,
`import` and `removed` blocks, which are reviewed like any other change.
See docs/rules/manual-change/terraform-out-of-band.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/cli/commands/apply",
    "https://developer.hashicorp.com/terraform/cli/commands/state",
    "https://developer.hashicorp.com/terraform/language/modules/develop/refactoring",
    "https://developer.hashicorp.com/terraform/language/import",
  },
  check = function(doc, ctx)
    local TOOLS = { terraform = true, tofu = true }
    local STATE_WRITES = { rm = true, mv = true, push = true, ["replace-provider"] = true }
    local ALWAYS = {
      destroy = "terraform destroy deletes infrastructure outside the pipeline",
      import = "terraform import writes to state outside the pipeline; use an import block instead",
      taint = "terraform taint forces a replacement outside the pipeline",
      untaint = "terraform untaint edits state outside the pipeline",
      ["force-unlock"] = "terraform force-unlock removes a state lock by hand",
    }
    -- the subcommand after global options such as -chdir=DIR
    local function subcommand(args)
      for k, a in ipairs(args) do
        if a:sub(1, 1) ~= "-" then return a, k end
      end
    end
    local function has_flag(args, from, names)
      for m = from, #args do
        local a = args[m]:gsub("^%-%-", "-")
        for _, nm in ipairs(names) do
          if a == nm or a:sub(1, #nm + 1) == nm .. "=" then
            local v = a:sub(#nm + 2)
            if nm ~= "-auto-approve" or v == "" or v == "true" then return args[m] end
          end
        end
      end
      return nil
    end

    for _, b in ipairs(sh.script_blocks(doc)) do
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(sh.split_commands(l.text)) do
          if TOOLS[cmd.base] then
            local sub, k = subcommand(cmd.args)
            local msg
            if sub == "apply" then
              if has_flag(cmd.args, k + 1, { "-destroy" }) then
                msg = ALWAYS.destroy
              elseif has_flag(cmd.args, k + 1, { "-target" }) then
                msg = "terraform apply -target applies part of the configuration outside the pipeline"
              elseif has_flag(cmd.args, k + 1, { "-auto-approve" }) then
                msg = "terraform apply -auto-approve changes infrastructure outside the pipeline with no plan review"
              elseif has_flag(cmd.args, k + 1, { "-replace" }) then
                msg = "terraform apply -replace forces a replacement outside the pipeline"
              end
            elseif sub == "state" then
              local op = subcommand({ table.unpack(cmd.args, k + 1) })
              if op and STATE_WRITES[op] then
                msg = "terraform state " .. op .. " edits state outside the pipeline; use a moved/removed block instead"
              end
            elseif sub and ALWAYS[sub] then
              msg = ALWAYS[sub]
            end
            if msg then
              if cmd.base == "tofu" then msg = msg:gsub("^terraform", "tofu") end
              sh.report_command(ctx, doc, l, cmd, msg)
            end
          end
        end
      end
    end
  end,
}
