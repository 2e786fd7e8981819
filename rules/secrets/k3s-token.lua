return {
  id = "secrets.k3s-token",
  title = "K3s secure join token",
  severity = "critical",
  tags = { "secrets", "k3s", "kubernetes" },
  applies_to = { "*" },
  help = [[A K3s token in the secure format: the fixed prefix `K10`, the SHA-256 hash of the cluster CA, `::`, and the credentials (`server:<password>`, `node:<password>` or a bootstrap token `<id>.<secret>`). It joins servers or agents to the cluster; the K3s documentation states that anyone with the server token essentially has full administrator access to the cluster, and the same token is the passphrase that encrypts the bootstrap data (CA keys, service-account signing key) kept in the datastore.

**Fix:** Rotate the token with `k3s token rotate --new-token <new>` on a server (K3s v1.28 and later), restart the servers and re-join the agents with the new value, and delete any bootstrap tokens (`k3s token delete`) that leaked; check `kubectl get nodes` for unknown nodes. Pass the token to the installer from the secret store (`K3S_TOKEN_FILE`, `--token-file`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.k3s.io/cli/token",
    "https://docs.k3s.io/cli/server#cluster-options",
  },
  -- Format from the k3s token documentation: K10, the 64-hex-digit SHA-256 of the cluster CA, '::', then the
  -- credentials: username:password, or a bootstrap token <6>.<16>. The whole token is reported. 'K10' is also a
  -- product name (Kasten K10), so the keyword counts only as written, at the start of a word.
  pattern = [[\b(K10[0-9a-f]{64}::(?:[A-Za-z0-9_\-]+:[A-Za-z0-9._~+/=\-]{8,}|[a-z0-9]{6}\.[a-z0-9]{16}))(?:[^A-Za-z0-9._~+/=\-]|$)]],
  keywords = { "K10" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[K3S_TOKEN=K10e193447c7e036a887d4d2c6af04d2d09ceaeea785643adfae4e9ec7a0e336baf::server:96709e7d9b0a97eee9202f1ef4ebb5e8]],
    [[curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.5:6443 K3S_TOKEN=K107e4f2818b52065bc83b35838bf48bf00656feba749cc0c4fcec23495e1f9ab01::2ib9bs.odlhjgonj7rjuppx sh -]],
  },
  negative_examples = {
    [[K3S_TOKEN=${K3S_TOKEN}]],
    [[K3S_TOKEN=K10b1bf8930c8991c96caaa86545dae1632cd5b737436dcdcb7c57cbddd150c5e4::server:f09b5452b7633a1a02de558598c3b1cb]],
    [[backup_tool: Kasten K10 policy]],
  },
}
