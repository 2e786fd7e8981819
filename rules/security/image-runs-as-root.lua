-- security.image-runs-as-root: Dockerfiles whose final image names no user (workload model).
local wl = tg.lib("workload")

-- Entrypoint helpers that start as root and drop to a user: images built around them need root to start.
local DROP = tg.re([[\b(gosu|su-exec|setpriv|chroot\s+--userspec)\b]])

return {
  id = "security.image-runs-as-root",
  title = "Image runs as root (no USER)",
  severity = "low",
  tags = { "security", "dockerfile" },
  applies_to = { "workload" },
  help = [[
Without a `USER`, the final image runs as its base image's user, which is root for most base images: a flaw in
the application gives root in the container. Reported for a Dockerfile whose final stage (and the stages it is
built from) has no `USER`. Not reported: base images named as non-root (a `nonroot` tag or path, such as
`gcr.io/distroless/static:nonroot`), images that drop privileges at start with `gosu`, `su-exec`, `setpriv` or
`chroot --userspec` (the official database images do), and an explicit `USER root` (security.run-as-root's).
Fix: create a user and end with `USER 10001` (a numeric id lets Kubernetes check `runAsNonRoot`).
See docs/rules/security/image-runs-as-root.md.]],
  references = {
    "https://docs.docker.com/reference/dockerfile/#user",
    "https://docs.docker.com/build/building/best-practices/#user",
  },
  check = function(doc, ctx)
    local w = doc.root
    if w.source ~= "dockerfile" then return end
    local c = wl.containers(w)[1]
    if c == nil or c.security.run_as_user ~= nil then return end
    local img = c.image
    local ref = img and img.ref
    if type(ref) ~= "string" then return end -- an unknown base may well set a user
    if ref:lower():find("nonroot", 1, true) then return end
    local origin = doc.origin.root
    if tg.type(origin) == "seq" then
      for _, ins in ipairs(origin) do
        if tg.type(ins) == "map" then
          local n = ins.instruction
          if (n == "RUN" or n == "ENTRYPOINT" or n == "CMD" or n == "COPY") and type(ins.value) == "string"
              and DROP:match(ins.value) then
            return
          end
        end
      end
    end
    ctx:report{ at = c, key = "image",
      message = "the image sets no USER, so it runs as the user of its base image '" .. tg.excerpt(ref, 60) .. "' (usually root)" }
  end,
}
