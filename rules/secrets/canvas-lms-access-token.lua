return {
  id = "secrets.canvas-lms-access-token",
  title = "Canvas LMS access token",
  severity = "high",
  tags = { "secrets", "canvas" },
  applies_to = { "*" },
  help = [=[A Canvas LMS API access token: 64 random letters and digits, shown by Canvas with a numeric prefix and `~` (for example `7~…`). A token created under *Account > Settings > Approved Integrations* does not expire unless an expiry was set and carries all the permissions of its user, so a teacher's or admin's token reads and changes courses, rosters, submissions and grades, and can masquerade as other users where that right is held.

**Fix:** Delete the token in Canvas (*Account > Settings > Approved Integrations*, or an admin via the user's access tokens), and use a developer key with scoped OAuth tokens for integrations. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://canvas.instructure.com/doc/api/file.oauth.html#manual-token-generation",
    "https://developerdocs.instructure.com/services/canvas/resources/access_tokens",
    "https://github.com/instructure/canvas-lms/blob/master/app/models/access_token.rb",
  },
  pattern = [=[(?i:canvas[\w.\-]{0,30}?(?:token|key|secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?:Bearer[ \t]+)?((?:[0-9]{1,6}~)?[A-Za-z0-9]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "canvas" },
  entropy = 4.0,
  examples = {
    [=[CANVAS_API_TOKEN=7~CM1sVRchiN4sQJtQqJ0oz0sOWtpbjLLOuqeaHrtMxb1K26JrkViISU6UF64X7Xy6]=],
    [=[  canvas_access_token: "PTgbtGBVh7EMGa5toD1Sd5N3fzRyhUJZfnNTBfO9YyAyOF6gwTSBd21tA0whKqV7"]=],
  },
  negative_examples = {
    [=[CANVAS_API_TOKEN=7~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[CANVAS_API_TOKEN=${CANVAS_API_TOKEN}]=],
    [=[CANVAS_WIDTH=1920]=],
    [=[CANVAS_API_TOKEN=7~CM1sVRchiN4sQJtQqJ0oz0sOWtpbjLLOuqeaH]=],
  },
}
