return {
  id = "secrets.wolfram-alpha-appid",
  title = "Wolfram|Alpha AppID",
  severity = "medium",
  tags = { "secrets", "wolfram" },
  applies_to = { "*" },
  help = [=[A Wolfram|Alpha API AppID (`XXXXXX-XXXXXXXXXX`: 6 and 10 uppercase letters or digits), the credential of every Wolfram|Alpha API call. Queries made with it count against the owner's monthly allowance or paid plan, and the API terms make the owner responsible for its use.

**Fix:** Delete the AppID in the Wolfram|Alpha Developer Portal (*My Apps*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://products.wolframalpha.com/api/documentation",
    "https://products.wolframalpha.com/simple-api/documentation",
  },
  pattern = [=[(?:(?i:wolfram[\w.\-]{0,30}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:wolframalpha\.com/)[^\s\"'<>]*?[?&](?i:appid)=)([A-Z0-9]{6}-[A-Z0-9]{10})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "wolfram" },
  entropy = 3.0,
  examples = {
    [=[WOLFRAM_ALPHA_APPID=1S1EBY-1TSSDYRJVY]=],
    [=[  wolfram_app_id: "TAA375-P3A4FASOZ7"]=],
    [=[r = requests.get('https://api.wolframalpha.com/v1/result?appid=Q8M2KD-7XRVH3PLZN&i=2%2B2')]=],
  },
  negative_examples = {
    [=[WOLFRAM_ALPHA_APPID=XXXXXX-XXXXXXXXXX]=],
    [=[WOLFRAM_ALPHA_APPID=DEMO]=],
    [=[WOLFRAM_APP_ID=${WOLFRAM_APP_ID}]=],
  },
}
