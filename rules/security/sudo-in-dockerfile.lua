-- security.sudo-in-dockerfile: RUN instructions that use sudo.
local df = tg.lib("dockerfile")
local SUDO = tg.re([[(?:^|[;&|(`]|\$\(|\bthen\b|\bdo\b)\s*sudo(?:\s|$)]])
return {
  id = "security.sudo-in-dockerfile",
  title = "Dockerfile RUN uses sudo",
  severity = "medium",
  tags = { "security", "dockerfile" },
  applies_to = { "dockerfile" },
  help = [[
`sudo` in a `RUN` means the image carries sudo and a user allowed to use it: a setuid way back to root for
anyone who gets a shell in the container, and build steps that behave differently from a plain root shell
(TTY, environment). Reported once per RUN whose shell text runs `sudo` as a command. Fix: switch with
`USER root` for the steps that need root and `USER <app>` after, and leave sudo out of the image (use `gosu`
or `su-exec` in an entrypoint that must drop privileges). See docs/rules/security/sudo-in-dockerfile.md.]],
  references = {
    "https://docs.docker.com/build/building/best-practices/#user",
  },
  check = function(doc, ctx)
    local root = doc.root
    if tg.type(root) ~= "seq" then return end
    for _, ins in ipairs(root) do
      if tg.type(ins) == "map" then
        local text = df.run_text(ins)
        if text and text:find("sudo", 1, true) and SUDO:match(text) then
          ctx:report{ at = ins, key = "instruction", message = "RUN uses sudo; use USER to change user instead" }
        end
      end
    end
  end,
}
