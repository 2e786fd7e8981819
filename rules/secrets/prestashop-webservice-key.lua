return {
  id = "secrets.prestashop-webservice-key",
  title = "PrestaShop webservice key",
  severity = "high",
  tags = { "secrets", "prestashop" },
  applies_to = { "*" },
  help = [[A PrestaShop webservice access key. Sent as the Basic-auth user name (or the `ws_key` parameter) it gives the permissions configured for that key on the shop's `/api/` resources, which commonly include customers, addresses, orders and products, with read and often write access.

**Fix:** Delete or regenerate the key in the PrestaShop back office (*Advanced Parameters > Webservice*), and grant the new key only the resources and HTTP methods it needs. Then delete the literal from the file (and from history if the repository is shared; rotating the value is what actually ends the exposure), keep the replacement in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism, never as a literal.]],
  references = {
    "https://devdocs.prestashop-project.org/9/webservice/tutorials/creating-access",
    "https://docs.prestashop-project.org/functional-documentation/functional-documentation/business-rules/webservices-key-management-rules",
  },
  pattern = [[(?:(?i:(?:presta[\w.\-]{0,20}?(?:key|token|ws|api|webservice)|ps[_\-]ws[_\-]?key)[\w.\-]{0,40}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|(?i:[?&]ws_key=))([A-Za-z0-9]{32})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "presta", "ps_ws", "ps-ws", "ws_key=" },
  entropy = 3.5,
  examples = {
    [[PRESTASHOP_API_KEY=WQS6LNL0JII4LN0I533WY6EQIP87AD5Z]],
    [[  prestashop_webservice_key: 306R5828B2FP66GTT5TADOF3ZZN8WC6F]],
  },
  negative_examples = {
    [[PRESTASHOP_API_KEY=GENERATE_A_COMPLEX_VALUE_WITH_32_CHARACTERS]],
    [[PRESTASHOP_API_KEY=80U3858H2TJA2929316IY4AD]],
    [[PRESTASHOP_API_KEY=${PRESTASHOP_API_KEY}]],
  },
}
