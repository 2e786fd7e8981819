-- security.secret-echoed-to-log: a CI script prints a secret to the job log (pipeline model, every CI dialect).
local PRINT = { echo = true, printf = true, ["write-host"] = true, ["write-output"] = true }

-- Parts of a variable's name that make it a secret, and endings that make it something about one (its file,
-- its id, its URL), upper-cased.
local SECRET_WORDS = { "PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "PRIVATE_KEY", "ACCESS_KEY",
  "CREDENTIAL", "AUTH_KEY", "SIGNING_KEY", "DEPLOY_KEY", "SSH_KEY", "GPG_KEY", "PAT" }
local NOT_SECRET_ENDINGS = { "_FILE", "_PATH", "_URL", "_URI", "_ID", "_NAME", "_USER", "_USERNAME", "_HOST",
  "_ENDPOINT", "_TYPE", "_LENGTH", "_EXPIRY", "_EXPIRES", "_EXPIRES_AT", "_HEADER", "_VERSION", "_ENABLED", "_DIR",
  "_LOCATION", "_ARN", "_REGION", "_SET", "_PRESENT", "_EXISTS", "_KEY_ID", "_SCOPE", "_SCOPES", "_PREFIX" }

local function secret_named(name)
  local n = name:upper()
  for _, e in ipairs(NOT_SECRET_ENDINGS) do
    if #n > #e and n:sub(-#e) == e then return false end
  end
  for _, w in ipairs(SECRET_WORDS) do
    if w == "PAT" then
      if n == "PAT" or n:sub(-4) == "_PAT" or n:sub(1, 4) == "PAT_" then return true end
    elseif n:find(w, 1, true) then
      return true
    end
  end
  return false
end

-- The first secret reference in an argument: `${{ secrets.X }}` (GitHub), `$(X)` (Azure macros), `$X` or `${X}`
-- (shell variables, as GitLab, Bitbucket and Jenkins pass secrets) of a secret-named variable.
local function secret_ref(s)
  local gh = s:match("%${{%s*secrets%.([%w_%-]+)%s*}}")
  if gh then return "secrets." .. gh end
  for name in s:gmatch("%$%(([%w_%.]+)%)") do
    if secret_named(name:gsub("%.", "_")) then return "$(" .. name .. ")" end
  end
  for name in s:gmatch("%${([%a_][%w_]*)}") do
    if secret_named(name) then return "${" .. name .. "}" end
  end
  for name in s:gmatch("%$([%a_][%w_]*)") do
    if secret_named(name) then return "$" .. name end
  end
  return nil
end

return {
  id = "security.secret-echoed-to-log",
  title = "CI script prints a secret to the job log",
  severity = "high",
  tags = { "security", "pipeline", "secrets" },
  applies_to = { "pipeline" },
  help = [[
`echo` or `printf` of a secret writes it to the job log. CI systems mask the exact value of the secrets they know,
but not a secret they were not told about, not a transformed one (base64, JSON, split over lines, one character
at a time), and not once the log is copied elsewhere; a log lives longer and is read by more people than the
secret store.

Reported at an `echo`, `printf`, `Write-Host` or `Write-Output` whose arguments hold a secret reference:
`${{ secrets.X }}` (GitHub), `$(Name)` (Azure) or `$NAME` / `${NAME}` (the shell, as GitLab, Bitbucket and Jenkins
pass secrets) whose name says secret (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL, ...,
not `_FILE`, `_ID`, `_URL`, `_USER` and other names of things about a secret), when the output goes to the log.
Not reported: output piped to a command (`echo "$TOKEN" | docker login --password-stdin`) or redirected to a
file (`>> "$GITHUB_ENV"`, `> key.pem`), GitHub's `::add-mask::` command, `${#TOKEN}` (the length).
Fix: do not print it; pass it to the tool on stdin or through a file with restricted permissions.
See docs/rules/security/secret-echoed-to-log.md.]],
  references = {
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow",
    "https://docs.gitlab.com/ci/variables/#mask-a-cicd-variable",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/set-secret-variables",
  },
  check = function(doc, ctx)
    local seen = {}
    for _, job in ipairs(doc.root.jobs) do
      for _, step in ipairs(job.steps) do
        for _, cmd in ipairs(step.commands) do
          local base = type(cmd.base) == "string" and cmd.base:lower() or ""
          if PRINT[base] and cmd.op ~= "|" then
            local words, redirected, masked = {}, false, false
            for _, a in ipairs(cmd.args) do
              if type(a) == "string" then
                if a:match("^%d?>") or a:match("^&>") then redirected = true end
                if a:find("::add-mask::", 1, true) or a:find("##vso[task.setvariable", 1, true) then masked = true end
                words[#words + 1] = a
              end
            end
            local ref = not redirected and not masked and secret_ref(table.concat(words, " "))
            if ref then
              local s = tg.span(cmd)
              local k = s.line .. ":" .. s.col .. ":" .. tostring(cmd.text)
              if not seen[k] then
                seen[k] = true
                ctx:report{ at = cmd,
                  message = "'" .. tg.excerpt(cmd.name, 20) .. "' prints " .. tg.excerpt(ref, 60)
                    .. " to the job log in job '" .. tg.excerpt(job.id) .. "'" }
              end
            end
          end
        end
      end
    end
  end,
}
