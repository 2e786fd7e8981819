-- drift.snapshot-changed: an object added, removed or changed since a signed snapshot.
-- Implemented in the engine (engine/snapshot.cc): only `tollgate snapshot verify` has a snapshot to compare with.
-- This file carries the rule's metadata.
return {
  id = "drift.snapshot-changed",
  title = "Object differs from the signed snapshot",
  severity = "high",
  tags = { "drift", "snapshot" },
  applies_to = { "*" },
  native = true,
  help = [[
Reported by `tollgate snapshot verify` for each object of the tree that is not as the signed snapshot
recorded it: added (baseline state `new`), removed (`absent`, reported on the file with no line) or changed
(`updated`). An object is a Kubernetes object (kind, namespace and name), a Terraform block (its address), a
CloudFormation resource (its logical id), a YAML or JSON document, or a whole file for formats read as text.
Comments, blank lines, indentation and key order do not count as changes; a value, a key, an item's order in
a list or a line of a script does.

Fix: if the change was approved, make and sign a new snapshot; if not, restore the object from the snapshot's
commit and find out who changed it and how. See docs/rules/drift/snapshot-changed.md.]],
  references = {
    "https://datatracker.ietf.org/doc/html/rfc8032",
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/sarif-v2.1.0-os.html#_Toc34317647",
  },
}
