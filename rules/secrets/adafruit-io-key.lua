return {
  id = "secrets.adafruit-io-key",
  title = "Adafruit IO key",
  severity = "high",
  tags = { "secrets", "adafruit" },
  applies_to = { "*" },
  help = [=[An Adafruit IO key (AIO key): 32 hexadecimal digits in the format Adafruit documents, or `aio_` followed by 28 letters and digits as the dashboard issues today. There is one active key per account and it covers every use of the Adafruit IO API and MQTT broker: reading and writing all feeds and dashboards, triggering actions, and managing the account's devices and data.

**Fix:** Regenerate the key in Adafruit IO (click the yellow *AIO Key* link, then *Regenerate AIO Key*); the old key stops working at once, so update every sketch and script that uses it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://adafruit.github.io/Adafruit_IO_Documentation/",
    "https://learn.adafruit.com/welcome-to-adafruit-io/securing-your-io-account",
  },
  pattern = [=[(?i:\bx-aio-key|\b(?:adafruit[\w.\-]{0,20}?|a)?io[_\-]?key)[\"']?(?:[ \t]*(?:=|:=|:|=>)[ \t]*|[ \t]+)[\"']?(aio_[A-Za-z0-9]{28}|[0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "io_key", "io-key", "iokey" },
  entropy = 3.2,
  allow = { [=[^b780002b85d6411ca0ad9f9c60195f72$]=] },
  examples = {
    [=[ADAFRUIT_IO_KEY=aio_tkgbFgdnmgSoFZTRN33Pqr1Jikwe]=],
    [=[#define IO_KEY "aio_TVsrDZVYhvZTZXtd6ry3z98pHn9u"]=],
    [=[curl -H "X-AIO-Key: fcdfe048becc4b0c280f53b6cebe85c4" https://io.adafruit.com/api/v2/maker42/feeds]=],
  },
  negative_examples = {
    [=[curl -H "X-AIO-Key: b780002b85d6411ca0ad9f9c60195f72" https://io.adafruit.com/api/v2/test_username/feeds]=],
    [=[#define IO_KEY "your_key"]=],
    [=[ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx]=],
    [=[ADAFRUIT_IO_KEY=${ADAFRUIT_IO_KEY}]=],
    [=[RADIO_KEY=fcdfe048becc4b0c280f53b6cebe85c4]=],
  },
}
