return {
  id = "secrets.defined-networking-api-key",
  title = "Defined Networking API key",
  severity = "high",
  tags = { "secrets", "defined-networking" },
  applies_to = { "*" },
  help = [=[A Defined Networking (managed Nebula) API key (`dnkey-<ID>-<secret>`). Within its permission scopes it adds, enrolls and deletes hosts of the organization's Nebula overlay network, changes roles and firewall rules, and reads audit logs.

**Fix:** Revoke the key in the Defined Networking admin panel (*API Keys*; its ID is the key without the last hyphenated section), create a replacement with only the scopes needed, and review the network's hosts and audit log. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.defined.net/guides/rotating-api-keys/",
    "https://www.defined.net/blog/announcing-api-permissions/",
  },
  pattern = [=[\b(dnkey-[A-Za-z0-9]{26}-[A-Za-z0-9_=]{20,100})(?:[^A-Za-z0-9_=\-]|$)]=],
  keywords = { "dnkey-" },
  entropy = 3.5,
  examples = {
    [=[DN_API_KEY=dnkey-YK27WUYXWFOCMGAUCCGHYXAGGQ-PB2JZ1K6UTySZ4eIGq5TSdVlXmWULEVdgNKsT6yj9U63l1zdB1Zo]=],
    [=[  api_key = "dnkey-24NHQ7YYRJSNRJNYVOX7OP3PEV-UNiIBNgKIFf73vQH3dkkG7KTgEb1Ilg6HzZ37wobVYS76JRoWqH0"]=],
  },
  negative_examples = {
    [=[Find the API key by its ID, e.g. dnkey-IRUTKBSV6QUABZLTSIPEDRXXXY.]=],
    [=[client = DefinedClient(api_key="dnkey-...")]=],
    [=[DN_API_KEY=dnkey-2FJQR7V3L7OHU4NOW6VVRFMWFX-cSEyescx1s]=],
  },
}
