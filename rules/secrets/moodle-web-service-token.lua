return {
  id = "secrets.moodle-web-service-token",
  title = "Moodle web service token",
  severity = "high",
  tags = { "secrets", "moodle" },
  applies_to = { "*" },
  help = [=[A Moodle web service token (32 hexadecimal digits), passed as `wstoken` to `webservice/rest/server.php`. It acts as the user it was issued to for every function of the external service it belongs to; tokens for integrations are often issued to an administrator or a service account with site-wide rights, giving access to user records, enrolments, grades and submissions.

**Fix:** Delete the token in Moodle (*Site administration > Server > Web services > Manage tokens*, or the user's *Security keys* page), create a new one limited to the service it needs, and restrict it by IP where possible. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.moodle.org/en/Using_web_services",
    "https://docs.moodle.org/en/How_to_get_a_security_key",
    "https://docs.moodle.org/404/en/Web_services",
  },
  pattern = [=[(?:[?&]wstoken=|(?i:moodle[\w.\-]{0,30}?(?:token|key)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "wstoken", "moodle" },
  entropy = 3.0,
  examples = {
    [=[MOODLE_WS_TOKEN=ec08f2006db79aa94bf336b35e421fc8]=],
    [=[curl 'https://lms.example.edu/webservice/rest/server.php?wstoken=e75abbf9c9ac6d216564f9f32decae84&wsfunction=core_user_get_users&moodlewsrestformat=json']=],
  },
  negative_examples = {
    [=[curl 'https://lms.example.edu/webservice/rest/server.php?wstoken=YOUR_TOKEN&wsfunction=core_webservice_get_site_info']=],
    [=[MOODLE_WS_TOKEN=00000000000000000000000000000000]=],
    [=[MOODLE_WS_TOKEN=${MOODLE_WS_TOKEN}]=],
    [=[MOODLE_COURSE_ID=4821]=],
  },
}
