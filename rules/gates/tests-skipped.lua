-- gates.tests-skipped: a job that publishes or deploys builds with its tests switched off (pipeline model).
local pl = tg.lib("pipeline")
return {
  id = "gates.tests-skipped",
  title = "Tests skipped in a job that publishes or deploys",
  severity = "medium",
  tags = { "gates", "pipeline" },
  applies_to = { "pipeline" },
  help = [[
A build that ships while telling its tool to skip the tests delivers code no test has run on in that build:
`mvn -DskipTests` / `-Dmaven.test.skip=true` / `-DskipUTs`, `gradle -x test` (or `-x check`, `--exclude-task test`),
`go test -run XXX` (a pattern that matches no test, such as `^$` or `NONE`), `cargo test --no-run`. The pipeline
model marks such a command with `skips_tests`.

Reported in a job that publishes (an image, a package, a release) or deploys outside test and development
environments (the same jobs gates.delivery-without-checks looks at), at the command. When tests run in an earlier
job of the same pipeline that this job waits for, skipping them here is only a faster rebuild: not reported.
gates.delivery-without-checks does not also name "tests" as missing for a pipeline this rule reports.
Fix: run the tests in this build, or make the publishing job depend on a job that runs them
(`needs:`, `dependsOn`). See docs/rules/gates/tests-skipped.md.]],
  references = {
    "https://maven.apache.org/surefire/maven-surefire-plugin/examples/skipping-tests.html",
    "https://docs.gradle.org/current/userguide/command_line_interface.html#sec:excluding_tasks_from_the_command_line",
    "https://pkg.go.dev/cmd/go#hdr-Testing_flags",
  },
  check = function(doc, ctx)
    local by_id = {}
    for _, job in ipairs(doc.root.jobs) do by_id[job.id] = job end
    for _, job in ipairs(doc.root.jobs) do
      local skipped = pl.skipped_tests(job)
      if #skipped > 0 then
        -- Tests that ran in a job this one waits for.
        local tested = false
        for _, id in ipairs(job.after) do
          local other = by_id[id]
          if other and other ~= job and other.does.test then tested = true end
        end
        if not tested then
          local s = skipped[1]
          local verb = job.does.publish and "publishes" or "deploys"
          ctx:report{ at = s.cmd,
            message = "job '" .. tg.excerpt(job.id) .. "' " .. verb .. " a build whose tests are skipped ("
              .. tg.excerpt(s.cmd.skips_tests) .. ") and waits for no job that runs them" }
        end
      end
    end
  end,
}
