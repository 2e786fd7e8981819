-- secrets.generic-literal-assignment: a key that names a secret is given a literal value.
return {
  id = "secrets.generic-literal-assignment",
  title = "Secret-named key is assigned a hardcoded literal value",
  severity = "high",
  tags = { "secrets", "generic", "config" },
  applies_to = { "terraform", "terraform-vars", "kubernetes", "helm-values", "kustomization", "cloudformation",
    "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines", "docker-compose", "dockerfile",
    "dotenv", "ansible", "generic-yaml", "generic-json" },
  help = [[
A key whose last word names a secret (`password`, `passwd`, `pwd`, `passphrase`, `secret`, `token`,
`api_key`/`apikey`, `access_key`, `secret_key`, `private_key`, `client_secret`, `credentials`, `auth`, ...,
in any snake, camel, kebab or dotted case) is assigned a literal string in a structured file: YAML, JSON,
Terraform, dotenv, Dockerfile `ENV`/`ARG`, CI variables, a Kubernetes `env` entry (`name:` + `value:`),
a Terraform `variable` default. The value is masked in every report.

Not reported: keys that name a secret rather than hold one (`token_url`, `password_policy`, `secret_name`,
`secretRef`, `*_file`, `*_path`, `*_id` except `secret_id`, ...), references (`${{ secrets.X }}`,
`${VAR}`, `var.x`, `{{ .Values.x }}`, `secretKeyRef`), values shorter than 6 characters, values with
spaces, paths and URLs, and placeholders (`changeme`, `<password>`, `xxx`, `TODO`, `example`, `dummy`,
`redacted`, one repeated character, an env-var name, ...).

Fix: read the value from a secret store (CI secrets, Kubernetes Secrets via `secretKeyRef`, Vault, a cloud
secret manager, a generated `random_password`), rotate the exposed credential, and remove it from history.
See docs/rules/secrets/generic-literal-assignment.md.]],
  references = {
    "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/798.html",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
  },
  check = function(doc, ctx)
    -- Secret nouns a key may end with.
    local NOUNS = { password = true, passwd = true, pwd = true, passphrase = true, pass = true,
      secret = true, token = true, apikey = true, credential = true, credentials = true, creds = true,
      auth = true, passcode = true, pat = false }
    -- "<qualifier> key" names a key that is a secret.
    local KEY_QUALIFIERS = { api = true, access = true, secret = true, private = true, signing = true,
      encryption = true, master = true, client = true, auth = true, ssh = true, sas = true, account = false }
    -- Trailing words that keep the meaning of the noun before them ("password_value").
    local NEUTRAL = { value = true, val = true, str = true, string = true, plain = true, plaintext = true,
      raw = true, b64 = true, base64 = true, hex = true, data = true }
    local GENERIC_VALUES = { password = true, secret = true, token = true, postgres = true, admin = true,
      root = true, guest = true, mysql = true, redis = true, changeit = true, test = true, testing = true,
      example = true, sample = true, dummy = true, none = true, null = true, undefined = true, ["true"] = true,
      ["false"] = true, placeholder = true, redacted = true, default = true, required = true, optional = true,
      enabled = true, disabled = true, masked = true, hidden = true, secretvalue = true, mypassword = true,
      yourpassword = true, password123 = true }
    local PLACEHOLDER_PARTS = { "changeme", "change_me", "change-me", "replaceme", "replace_me", "replace-me",
      "redacted", "placeholder", "example", "dummy", "xxxx", "****", "....", "todo", "tbd", "fixme",
      "insert_", "insert-", "your_", "your-", "yourtoken", "yoursecret", "notasecret", "not-a-secret",
      "not_a_secret" }

    local function key_words(k)
      local s = tostring(k):gsub("(%l)(%u)", "%1_%2"):gsub("(%u)(%u%l)", "%1_%2")
      local out = {}
      for w in s:lower():gmatch("[%a%d]+") do out[#out + 1] = w end
      return out
    end

    -- Does this key name a secret value (not a setting about one)?
    local function secret_key(k)
      if type(k) ~= "string" or #k > 80 then return false end
      local w = key_words(k)
      local n = #w
      while n > 1 and NEUTRAL[w[n]] do n = n - 1 end
      if n == 0 then return false end
      local last, prev = w[n], w[n - 1]
      if last == "id" and prev == "secret" then return true end
      if last == "key" and prev and KEY_QUALIFIERS[prev] then return true end
      if last == "apikey" or last == "accesskey" or last == "secretkey" or last == "privatekey" then return true end
      if last == "pass" then return n > 1 end -- "db_pass", not a bare "pass"
      if last == "token" and prev == "csrf" then return false end
      return NOUNS[last] == true
    end

    local function placeholder(v, key)
      local lv = v:lower()
      local alnum = lv:gsub("[^%w]", "")
      if GENERIC_VALUES[alnum] then return true end
      if alnum == "" then return true end
      if v:match("^<.*>$") or v:match("^%[.*%]$") or v:match("^%%.*%%$") then return true end
      if lv:match("^(.)%1*$") then return true end
      for _, p in ipairs(PLACEHOLDER_PARTS) do
        if lv:find(p, 1, true) then return true end
      end
      -- the value repeats the key ("DB_PASSWORD: db-password")
      local kw = table.concat(key_words(key), "")
      if alnum == kw then return true end
      return false
    end

    local function reference_like(v)
      if v:match("^%$%(.+%)$") or v:match("^%$%{.+%}$") or v:match("^#%{.+%}#?$") or v:match("^%(%(.+%)%)$") then
        return true
      end
      if v:match("^@Microsoft%.KeyVault") or v:match("^arn:aws") or v:match("^ENC%[") or v:match("^%$ANSIBLE_VAULT")
          or v:match("^vault:") or v:match("^ref%+") or v:match("^op://") or v:match("^sops:")
          or v:match("^projects/[^/]+/secrets/") or v:match("^secret://") or v:match("^awssm:") then
        return true
      end
      if v:match("^[%a][%w+.-]*://") and not v:match("^[%a][%w+.-]*://[^/@%s]+:[^/@%s]+@") then return true end
      if v:match("^[./~]") or v:match("^[A-Za-z]:\\") then return true end
      if v:match("^[A-Z_][A-Z0-9_]*$") and v:find("_", 1, true) then return true end -- an env-var name
      return false
    end

    -- Returns the literal string worth reporting, or nil.
    local function literal(v, key)
      local t = tg.type(v)
      local s
      if t == "string" then
        if not tg.is_literal(v) then return nil end
        s = v
      elseif t == "int" then
        s = tostring(v)
        if #s < 6 then return nil end
        return s
      else
        return nil
      end
      s = s:match("^%s*(.-)%s*$")
      if #s < 6 or s:find("%s") then return nil end
      -- "auth: kerberos" names a mechanism; an auth secret has a digit or a symbol in it
      local w = key_words(key)
      if w[#w] == "auth" and s:match("^[%a_-]+$") then return nil end
      if reference_like(s) or placeholder(s, key) then return nil end
      return s
    end

    local reported = {}
    local function report(map, key, value, label)
      local sp = tg.span(map, key)
      local id = sp and (sp.line .. ":" .. sp.col) or tostring(key)
      if reported[id] then return end
      reported[id] = true
      ctx:report{ at = map, key = key, secret = value,
        message = "'" .. label .. "' is assigned a hardcoded secret; read it from a secret store instead" }
    end

    local function check_map(map)
      -- name/value (or key/value) pairs: the secret-ness comes from the name
      local pair_name = map.name
      if type(pair_name) ~= "string" then pair_name = map.key end
      if type(pair_name) == "string" and secret_key(pair_name) and map.value ~= nil then
        local s = literal(map.value, pair_name)
        if s then report(map, "value", s, pair_name) end
      end
      for k, v in pairs(map) do
        if (k == "environment" or k == "env") and tg.type(v) == "seq" then
          -- docker-compose list form: environment: [ "NAME=value", ... ]
          for i, item in ipairs(v) do
            if type(item) == "string" then
              local name, val = item:match("^%s*([%w_.-]+)=(.*)$")
              if name and secret_key(name) then
                local s = literal(val, name)
                if s then report(v, i, s, name) end
              end
            end
          end
        end
        if type(k) == "string" and secret_key(k) then
          local s = literal(v, k)
          if s then
            report(map, k, s, k)
          elseif tg.type(v) == "map" and v.value ~= nil then
            -- GitLab: VAR: { value: "...", description: "..." }
            local s2 = literal(v.value, k)
            if s2 then report(v, "value", s2, k) end
          end
        end
      end
    end

    local root = doc.root
    if root == nil then return end
    -- example files hold examples by definition (.env.example, values.yaml.sample, ...)
    local lp = doc.path:lower()
    for _, suf in ipairs({ ".example", ".sample", ".template", ".tpl", ".dist" }) do
      if lp:sub(-#suf) == suf or lp:find(suf .. ".", 1, true) then return end
    end

    if doc.kind == "dockerfile" then
      if tg.type(root) ~= "seq" then return end
      for _, ins in ipairs(root) do
        if tg.type(ins) == "map" and (ins.instruction == "ENV" or ins.instruction == "ARG")
            and tg.type(ins.vars) == "map" then
          for k, v in pairs(ins.vars) do
            if secret_key(k) then
              local s = literal(v, k)
              if s then report(ins.vars, k, s, k) end
            end
          end
        end
      end
      return
    end

    if (doc.kind == "terraform") and tg.type(root) == "map" and tg.type(root.variable) == "map" then
      for name, body in pairs(root.variable) do
        for b in tg.each(body) do
          if tg.type(b) == "map" and secret_key(name) and b.default ~= nil then
            local s = literal(b.default, name)
            if s then report(b, "default", s, "variable " .. name) end
          end
        end
      end
    end

    if tg.type(root) == "map" then check_map(root) end
    tg.walk(root, function(value, parent, key, path)
      if tg.type(value) == "map" then check_map(value) end
      return true
    end)
  end,
}
