-- supply-chain.add-from-url: Dockerfile ADD that downloads from a URL with no checksum.
return {
  id = "supply-chain.add-from-url",
  title = "Dockerfile ADD downloads a URL without a checksum",
  severity = "medium",
  tags = { "supply-chain", "dockerfile" },
  applies_to = { "dockerfile" },
  help = [[
`ADD https://...` puts whatever the server returns at build time into the image, unverified: a changed or
compromised download lands without anyone noticing. Reported for `ADD` whose source is an `http://` or
`https://` URL, or a Git URL, without `--checksum=sha256:...` (Git sources: without a commit in the URL's
fragment is not checked here; any `--checksum` is accepted). Fix: `ADD --checksum=sha256:<digest> <url>
<dest>`, or download with `curl` and verify with `sha256sum -c` in a `RUN`.
See docs/rules/supply-chain/add-from-url.md.]],
  references = {
    "https://docs.docker.com/reference/dockerfile/#add---checksum",
    "https://docs.docker.com/build/building/best-practices/#add-or-copy",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "seq" then return end
    for _, ins in ipairs(root) do
      if tg.type(ins) == "map" and ins.instruction == "ADD" then
        local flags = ins.flags
        local args = ins.args
        if (flags == nil or flags.checksum == nil) and tg.type(args) == "seq" and #args >= 2 then
          for i = 1, #args - 1 do
            local src = args[i]
            if type(src) == "string" and (src:match("^[Hh][Tt][Tt][Pp][Ss]?://") or src:match("^git@")) then
              ctx:report{ at = ins, key = "instruction",
                message = "ADD downloads '" .. tg.excerpt(src, 80) .. "' with no --checksum, so the content is not verified" }
              break
            end
          end
        end
      end
    end
  end,
}
