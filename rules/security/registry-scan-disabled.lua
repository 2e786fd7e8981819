-- security.registry-scan-disabled: an ECR repository that does not scan images when they are pushed.
local res = tg.lib("resource")

local kRegistryScanning = {
  aws_ecr_registry_scanning_configuration = true, ["AWS::ECR::RegistryScanningConfiguration"] = true,
}

local folder = tg.lib("paths").folder

return {
  id = "security.registry-scan-disabled",
  title = "Container registry does not scan pushed images",
  severity = "low",
  tags = { "security", "supply-chain", "resource" },
  applies_to = { "resource" },
  scope = "repository",
  help = [[
An image repository that does not scan on push lets images with known vulnerabilities reach production without
anyone being told. Reported for an `aws_ecr_repository` (`AWS::ECR::Repository`) whose
`image_scanning_configuration.scan_on_push` (`ImageScanningConfiguration.ScanOnPush`) is false or not set (off by
default).

Not reported: repositories in a folder or template that configures registry-wide scanning
(`aws_ecr_registry_scanning_configuration`, `AWS::ECR::RegistryScanningConfiguration`), and unknown values.

Fix: set `scan_on_push = true`, or configure enhanced scanning for the whole registry.
See docs/rules/security/registry-scan-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-basic.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration",
  },
  check = function(repo, ctx)
    local scanned = {}
    local repos = {}
    for _, doc in ipairs(repo:documents("resource")) do
      local item = doc.root
      if kRegistryScanning[item.type] then
        scanned[folder(doc.path)] = true
      elseif item.type == "aws_ecr_repository" or item.type == "AWS::ECR::Repository" then
        repos[#repos + 1] = doc
      end
    end
    for _, doc in ipairs(repos) do
      local item = doc.root
      if not scanned[folder(doc.path)] then
        if item.scan_on_push == nil then
          res.report_absent(ctx, item, tg.excerpt(item.address) ..
            " does not scan images on push (scan_on_push is off by default)")
        elseif res.known(item.scan_on_push) == false then
          ctx:report{ at = item, key = "scan_on_push",
            message = tg.excerpt(item.address) .. " turns off scanning of pushed images" }
        end
      end
    end
  end,
}
