-- security.log-group-without-kms-key: log groups encrypted only with the service's own key.
local res = tg.lib("resource")

return {
  id = "security.log-group-without-kms-key",
  title = "CloudWatch log group is not encrypted with a customer-managed key",
  severity = "low",
  tags = { "security", "resource", "encryption", "aws" },
  applies_to = { "resource" },
  help = [[
CloudWatch Logs always encrypts log data, but with a key the service owns: nobody can revoke access to the logs
by disabling a key, and key use is not audited in CloudTrail. Logs often hold tokens, personal data and request
bodies; the encryption standard (POLICY-MAP row 28) asks for customer-managed keys on them. Reported for an
`aws_cloudwatch_log_group` (`AWS::Logs::LogGroup`) without `kms_key_id` (`KmsKeyId`).

Not reported: unknown values (`kms_key_id = var.key`), other log stores. Severity low: the data is encrypted, the
gap is key control.

Fix: `kms_key_id = aws_kms_key.logs.arn`, with a key policy that lets the `logs.<region>.amazonaws.com` principal
use it. See docs/rules/security/log-group-without-kms-key.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    local t = item.type
    if t ~= "aws_cloudwatch_log_group" and t ~= "AWS::Logs::LogGroup" then return end
    if item.kms_key == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " is encrypted only with the service's key, not a customer-managed KMS key")
    end
  end,
}
