-- security.kms-key-rotation-disabled: a customer-managed encryption key that never rotates.
local res = tg.lib("resource")

return {
  id = "security.kms-key-rotation-disabled",
  title = "Encryption key is never rotated",
  severity = "medium",
  tags = { "security", "resource", "encryption" },
  applies_to = { "resource" },
  help = [[
A key that never rotates encrypts ever more data with the same material, and a leaked key stays useful forever.
Reported for an AWS KMS key without `enable_key_rotation = true` (`EnableKeyRotation`; off by default for
customer-managed keys), a Cloud KMS key without `rotation_period`, and an Azure Key Vault key without
`rotation_policy`.

Not reported: keys that cannot rotate automatically (AWS asymmetric and HMAC keys, `customer_master_key_spec` /
`key_spec` other than `SYMMETRIC_DEFAULT`, `key_usage` other than `ENCRYPT_DECRYPT`, and imported key material,
`aws_kms_external_key`; Cloud KMS keys whose `purpose` is not `ENCRYPT_DECRYPT`), and unknown values.

Fix: `enable_key_rotation = true` (AWS), `rotation_period = "7776000s"` (Google), a `rotation_policy` (Azure).
See docs/rules/security/kms-key-rotation-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
    "https://cloud.google.com/kms/docs/key-rotation",
    "https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "key" then return end
    local a = item.attributes
    local spec = tg.get(a, "customer_master_key_spec") or tg.get(a, "key_spec") or tg.get(a, "KeySpec")
    if spec ~= nil and spec ~= "SYMMETRIC_DEFAULT" then return end
    -- A signing or MAC key (key_usage SIGN_VERIFY, GENERATE_VERIFY_MAC) is asymmetric or HMAC, whatever its spec.
    local usage = tg.get(a, "key_usage") or tg.get(a, "KeyUsage")
    if item.provider ~= "google" and usage ~= nil and usage ~= "ENCRYPT_DECRYPT" then return end
    local purpose = tg.get(a, "purpose")
    if item.provider == "google" and purpose ~= nil and purpose ~= "ENCRYPT_DECRYPT" then return end
    local rot = item.key_rotation
    if rot == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " does not enable automatic key rotation")
    elseif res.known(rot) == false then
      ctx:report{ at = item, key = "key_rotation", message = tg.excerpt(item.address) .. " disables automatic key rotation" }
    end
  end,
}
