return {
  id = "secrets.netrc-password",
  title = "Password in a .netrc entry",
  severity = "high",
  tags = { "secrets", "generic", "netrc" },
  applies_to = { "*" },
  help = [[The `password` of a `.netrc` entry (`machine <host> login <user> password <secret>`), the file from which curl, git, ftp, pip, Poetry and many other tools take credentials for a host. The value is usually a personal access token or an account password for a package registry, a VCS host or an internal service, usable by anyone who reads it.

**Fix:** Revoke the token or change the password on the host named by `machine`, and create the `.netrc` at run time from a secret (for example `echo "machine $HOST login $USER password $TOKEN" > ~/.netrc` in a CI step whose variables come from the secret store), or use the tool's credential helper instead. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://everything.curl.dev/usingcurl/netrc",
    "https://manpages.ubuntu.com/manpages/jammy/man5/inetutils-netrc.5.html",
    "https://curl.se/libcurl/c/CURLOPT_NETRC.html",
  },
  -- Tokens from the .netrc format (inetutils / curl): 'machine' host, then 'login' user, then 'password' secret,
  -- separated by spaces or newlines (also a literal \n, for entries written with printf/echo -e). A 'login' or a
  -- dotted host name is required, so prose mentioning a machine and a password does not match.
  pattern = [[\bmachine(?:\s|\\n)+(?:[A-Za-z0-9][A-Za-z0-9._:-]*(?:\s|\\n)+login(?:\s|\\n)+[^\s\\]+|[A-Za-z0-9][A-Za-z0-9_-]*\.[A-Za-z0-9._:-]+)(?:\s|\\n)+password(?:\s|\\n)+"?([^\s"'\\]+)]],
  keywords = { "machine" },
  entropy = 2.0,
  allow = {
    [=[^[$%`]]=],
    [[^\{]],
    [[^<]],
    [[^@.*@$]],
    [[^\*+$]],
    [[^(?:x+|X+|\.+|_+|-+)$]],
    [[^[A-Z_]+$]],
    [[(?i)^(?:pass|password|passwd|pwd|secret|token|changeme|mypassword|yourpassword|your[-_]?(?:password|token|pat|api[-_]?key)|api[-_]?key|anonymous|guest|x-oauth-basic|x-access-token|none|null|login|qwerty|letmein|hunter2|123456|password1)$]],
  },
  stopwords = { "example", "placeholder", "changeme", "redacted", "your_password", "yourpassword", "your-token", "your_token" },
  examples = {
    [[machine git.internal.acme.net login deploy password uWNoR8eKxUpwRAVfx0]],
    [[machine artifacts.acme.io
  login ci-bot
  password VtxfW5u!V06h0lGHHqbG]],
    [[run: printf "machine pypi.acme.io\nlogin ci\npassword FApuZtR7HjXKEqE7\n" > ~/.netrc]],
  },
  negative_examples = {
    [[machine github.com login x-access-token password ${{ secrets.GITHUB_TOKEN }}]],
    [[echo "machine api.heroku.com login $HEROKU_EMAIL password $HEROKU_API_KEY" >> ~/.netrc]],
    [[machine api.heroku.com login me@acme.io password <your-api-token>]],
    [[machine ftp.acme.io login anonymous password anonymous]],
    [[fmt.Fprintf(f, "machine %s login %s password %s\n", host, user, token)]],
    [[The build machine needs a password to log in.]],
  },
}
