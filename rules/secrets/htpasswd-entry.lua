return {
  id = "secrets.htpasswd-entry",
  title = "Apache htpasswd entry (APR1-MD5 or SHA-1)",
  severity = "medium",
  tags = { "secrets", "generic", "password-hash" },
  applies_to = { "*" },
  help = [[A line of an Apache htpasswd file, `user:` followed by an APR1-MD5 (`$apr1$salt$hash`) or SHA-1 (`{SHA}` + base64) password hash, as used for HTTP basic authentication by Apache, nginx, Traefik and ingress controllers. Both formats are fast to attack: whoever has the line can guess the password offline (SHA-1 is unsalted, so precomputed tables apply), and then log in to the protected site.

**Fix:** Set a new random password for each user of the file with `htpasswd -B` (bcrypt), and have the deployment mount the htpasswd file from a secret store (a Kubernetes Secret managed by an external secret operator, Vault, a cloud secret manager) instead of committing it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
  },
  -- Formats from Apache's 'Password Formats' page: "$apr1$" + salt of at most 8 characters + "$" + 22-character
  -- hash; "{SHA}" + base64 of the 20-byte SHA-1 digest (28 characters with the '=' pad). A user name and ':' must
  -- come first. '$$' (docker-compose's escape of '$', as in Traefik basic-auth labels) is accepted. bcrypt lines
  -- (user:$2y$...) are left to secrets.bcrypt-password-hash. The allowed values are the Apache documentation's own
  -- examples (password 'myPassword').
  pattern = [[(?m)(?:^|[ \t"'=,])[A-Za-z0-9_.@-]{1,64}:(\$\$?apr1\$\$?[./0-9A-Za-z]{1,8}\$\$?[./0-9A-Za-z]{22}|\{SHA\}[A-Za-z0-9+/]{27}=)(?:[^./0-9A-Za-z$]|$)]],
  keywords = { "$apr1$", "{SHA}" },
  entropy = 3.5,
  allow = {
    [[^\$apr1\$r31\.{5}\$HqJZimcKQFAMYayBlzkrA/$]],
    [[^\$apr1\$qHDFfhPC\$nITSVHgYbDAK1Y0acGRnY0$]],
    [[^\{SHA\}VBPuJHI7uixaa6LQGWx4s\+5GKNE=$]],
  },
  examples = {
    [[admin:$apr1$rDv8oGga$aUpl3L4hTB9QbWmWNxS6QB]],
    [[      - "traefik.http.middlewares.auth.basicauth.users=ops:$$apr1$$SA6ipyY4$$tGfOFbRopEVmrwTPA4LfRM"]],
    [[metrics:{SHA}BOzGL2LxEp7I3lavZyRUAcw0+mU=]],
  },
  negative_examples = {
    [[myName:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/]],
    [[admin:$apr1$rDv8oGga$aUpl3L4hTB9QbWmWNx]],
    [[admin:{SHA}${ADMIN_SHA}]],
    [[checksum of {SHA}BOzGL2LxEp7I3lavZyRUAcw0+mU= computed]],
    [[admin:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx]],
  },
}
