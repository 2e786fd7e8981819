-- supply-chain.tls-verification-disabled: a CI script or an image build downloads or pushes with TLS certificate
-- verification turned off (pipeline model and Dockerfiles; the detection is rules/lib/shell.lua's).
local sh = tg.lib("shell")
local df = tg.lib("dockerfile")
return {
  id = "supply-chain.tls-verification-disabled",
  title = "TLS certificate verification turned off",
  severity = "medium",
  tags = { "supply-chain", "pipeline", "dockerfile" },
  applies_to = { "pipeline", "dockerfile" },
  help = [[
Turning off certificate verification lets anyone on the network path (a proxy, a compromised resolver, a
neighbour on the runner's network) answer in the server's place: the build then installs, runs or ships what
they send, or hands them the credentials it sends.

Reported in pipeline scripts (every CI dialect) and Dockerfile RUN instructions: `curl -k` / `--insecure` (also
in a cluster such as `-fsSLk`), `wget --no-check-certificate`, `pip install --trusted-host`,
`npm|yarn|pnpm config set strict-ssl false` or `--strict-ssl=false`, `git -c http.sslVerify=false` and
`git config http.sslVerify false`, `kubectl|helm --insecure-skip-tls-verify`, `podman|buildah|skopeo
--tls-verify=false`, kaniko `--skip-tls-verify` and `--skip-tls-verify-pull`; and
`NODE_TLS_REJECT_UNAUTHORIZED=0`, `GIT_SSL_NO_VERIFY=1`, `PYTHONHTTPSVERIFY=0` set as a command prefix, with
`export`, in the pipeline's, a job's or a step's variables, or by a Dockerfile `ENV`.
Fix: trust the right certificate authority instead (`curl --cacert`, `pip --cert`, `npm config set cafile`,
`git config http.sslCAInfo`, `NODE_EXTRA_CA_CERTS`). See docs/rules/supply-chain/tls-verification-disabled.md.]],
  references = {
    "https://curl.se/docs/manpage.html#-k",
    "https://www.gnu.org/software/wget/manual/wget.html#HTTPS-_0028SSL_002fTLS_0029-Options",
    "https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host",
    "https://docs.npmjs.com/cli/v10/using-npm/config#strict-ssl",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
    "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
  },
  check = function(doc, ctx)
    local function message(what) return tg.excerpt(what) .. " turns off TLS certificate verification" end
    if doc.kind == "dockerfile" then
      -- a Dockerfile past the parser's limits is read as text: no instructions
      if tg.type(doc.root) ~= "seq" then return end
      df.each_run(doc, function(ins, cmds)
        for _, c in ipairs(cmds) do
          local hit = sh.tls_verification_off(c)
          if hit then ctx:report{ at = ins, message = "RUN: " .. message(hit) } break end
        end
      end)
      for _, ins in ipairs(doc.root) do
        if tg.type(ins) == "map" and ins.instruction == "ENV" and tg.type(ins.vars) == "map" then
          for name, value in pairs(ins.vars) do
            local hit = sh.tls_off_assignment(name, value)
            if hit then ctx:report{ at = ins, message = "ENV " .. message(hit) } end
          end
        end
      end
      return
    end
    local seen = {}
    local function env(e)
      if e == nil or tg.type(e) ~= "map" then return end
      for name, value in pairs(e) do
        local hit = sh.tls_off_assignment(name, value)
        local s = hit and tg.key_span(e, name)
        if hit and not seen[s.line .. ":" .. s.col] then
          seen[s.line .. ":" .. s.col] = true
          ctx:report{ at = e, key = name, on = "key", message = message(hit) }
        end
      end
    end
    local p = doc.root
    env(p.env)
    for _, job in ipairs(p.jobs) do
      env(job.env)
      for _, step in ipairs(job.steps) do
        env(step.env)
        for _, cmd in ipairs(step.commands) do
          local hit = sh.tls_verification_off(cmd)
          if hit then
            local s = tg.span(cmd)
            local k = s.line .. ":" .. s.col .. ":" .. tostring(cmd.text)
            if not seen[k] then
              seen[k] = true
              ctx:report{ at = cmd, message = "'" .. tg.excerpt(cmd.name, 40) .. "': " .. message(hit) }
            end
          end
        end
      end
    end
  end,
}
