return {
  id = "secrets.the-graph-api-key",
  title = "The Graph gateway API key",
  severity = "medium",
  tags = { "secrets", "thegraph" },
  applies_to = { "*" },
  help = [=[An API key for The Graph's decentralized-network gateway, created in Subgraph Studio. It is embedded in the query URL (`https://gateway.thegraph.com/api/<key>/subgraphs/id/…`) and every query sent with it is billed to the key owner's plan (free monthly allowance, then paid in credit card or GRT).

**Fix:** Delete the key in Subgraph Studio (*API Keys*), create a new one, and restrict it to the subgraphs and domains the application needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://thegraph.com/docs/en/querying/querying-the-graph/",
    "https://github.com/graphprotocol/query-examples",
  },
  pattern = [=[(?:gateway(?:-arbitrum)?\.thegraph\.com/api/|(?i:the_?graph[\w.\-]{0,20}?(?:api[_\-]?key|key|token))["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([0-9a-f]{32})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "thegraph", "the_graph", "the-graph" },
  entropy = 3.0,
  examples = {
    [=[SUBGRAPH_URL=https://gateway.thegraph.com/api/9cb7e0a0bac24da7c130f64dc36c9cf3/subgraphs/id/AvDAMYYHGaEwn9F9585uqq6MM5CfvRtYcb7KjK7LKPCt]=],
    [=[THEGRAPH_API_KEY=198d81d29485b9dfdbdc7035d559fe35]=],
  },
  negative_examples = {
    [=[SUBGRAPH_URL=https://gateway.thegraph.com/api/API_KEY/subgraphs/id/AvDAMYYHGaEwn9F9585uqq6MM5CfvRtYcb7KjK7LKPCt]=],
    [=[SUBGRAPH_URL=https://gateway.thegraph.com/api/${THEGRAPH_API_KEY}/subgraphs/id/AvDAMYYHGaEwn9F9585uqq6MM5CfvRtYcb7KjK7LKPCt]=],
    [=[THEGRAPH_API_KEY=198d81d29485b9dfdbdc]=],
  },
}
