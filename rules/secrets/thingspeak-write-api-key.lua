return {
  id = "secrets.thingspeak-write-api-key",
  title = "ThingSpeak write API key",
  severity = "medium",
  tags = { "secrets", "thingspeak" },
  applies_to = { "*" },
  help = [=[A ThingSpeak channel Write API key, 16 uppercase letters and digits. It posts entries to the channel's fields (readings, locations, status), which feed its public charts, MATLAB analyses and React/ThingHTTP actions, so a holder can inject false sensor data, fire those actions and use up the channel's message allowance.

**Fix:** Generate a new write key on the channel's *API Keys* tab in ThingSpeak, which invalidates the old one, and update the devices that post to the channel. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.mathworks.com/help/thingspeak/channel-control.html",
    "https://www.mathworks.com/help/thingspeak/writedata.html",
    "https://www.mathworks.com/help/thingspeak/thingspeakwrite.html",
  },
  pattern = [=[(?:thingspeak\.com/update(?:\.json|\.xml)?\?(?:[^\s\"'#]*&)?(?:api_key|key)=|(?i:thingspeak[\w.\-]{0,30}?write[\w.\-]{0,20}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|thingSpeakWrite\([^\n]{0,200}?'WriteKey'\s*,\s*[\"'])([A-Z0-9]{16})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "thingspeak" },
  entropy = 3.0,
  allow = { [=[^23ZLGOBBU9TWHG2H$]=] },
  examples = {
    [=[THINGSPEAK_WRITE_API_KEY=BOP26EXLT8ZF492S]=],
    [=[curl "https://api.thingspeak.com/update.json?api_key=MLPKUHOUJLGDBXBE&field1=21.5"]=],
    [=[thingSpeakWrite(1204389,[2.3,1.2],'WriteKey','YIOAKQVUM9OK5TJL')]=],
  },
  negative_examples = {
    [=[THINGSPEAK_READ_API_KEY=BOP26EXLT8ZF492S]=],
    [=[thingSpeakWrite(17504,2.3,'WriteKey','23ZLGOBBU9TWHG2H')]=],
    [=[curl "https://api.thingspeak.com/update.json?api_key=<write_api_key>&field1=123"]=],
    [=[THINGSPEAK_WRITE_API_KEY=${THINGSPEAK_WRITE_API_KEY}]=],
  },
}
