-- manual-change.kubectl-out-of-band: live edits of a production cluster from scripts, Makefiles and runbooks.
local sh = tg.lib("shell") -- rules/lib/shell.lua: the commands of shell files, Makefiles, Markdown
-- kubectl subcommands that change live objects without going through the manifests in the repository.
local KUBECTL = { edit = true, patch = true, scale = true, set = true, annotate = true, label = true,
  delete = true, replace = true, autoscale = true, ["rollout"] = true }
-- rollout subcommands that change something (status and history only read)
local ROLLOUT = { undo = true, restart = true, pause = true, resume = true }
return {
  id = "manual-change.kubectl-out-of-band",
  title = "Production cluster changed by hand with kubectl or helm",
  severity = "high",
  tags = { "manual-change", "kubernetes" },
  applies_to = { "shell", "makefile", "markdown" },
  help = [[
`kubectl edit|patch|scale|set|annotate|label|delete|replace|autoscale`, `kubectl rollout undo|restart|pause|resume`
and `helm rollback|uninstall` change live objects directly: the manifests in the repository no longer describe
production, the next deploy silently reverts the change, and nothing records who did it. Reported in shell
scripts and Makefiles when the command names production (`--context prod`, `-n production`,
`--kube-context prd-eu`); in Markdown (runbooks, READMEs) at info, since a reader is told to run it. CI pipeline
files are not reported (the pipeline is where changes belong). See docs/rules/manual-change/kubectl-out-of-band.md.]],
  references = {
    "https://kubernetes.io/docs/concepts/overview/working-with-objects/object-management/",
    "https://helm.sh/docs/helm/helm_rollback/",
  },
  check = function(doc, ctx)
    for _, b in ipairs(sh.script_blocks(doc)) do
      for _, l in ipairs(b.lines) do
        for _, cmd in ipairs(sh.split_commands(l.text)) do
          local what
          local words = {}
          for _, a in ipairs(cmd.args) do
            if a:sub(1, 1) ~= "-" then words[#words + 1] = a end
          end
          if cmd.base == "kubectl" or cmd.base == "oc" then
            -- the first word that is a subcommand (global options such as --context x come first)
            for i, w in ipairs(words) do
              if KUBECTL[w] then
                if w ~= "rollout" or ROLLOUT[words[i + 1]] then what = "kubectl " .. w end
                break
              end
            end
          elseif cmd.base == "helm" then
            for _, w in ipairs(words) do
              if w == "rollback" or w == "uninstall" or w == "delete" then what = "helm " .. w break end
            end
          end
          if what then
            local prod = false
            for _, a in ipairs(cmd.args) do
              if tg.tier(a:match("=(.*)$") or a) == "production" then prod = true end
            end
            if prod then
              sh.report_command(ctx, doc, l, cmd,
                what .. " changes the production cluster by hand; the manifests in the repository no longer describe it")
            end
          end
        end
      end
    end
  end,
}
