// What every pipeline adapter shares: the item's skeleton, refs and their pinning, environment tiers, and the
// classification of a step's commands into what it does (docs/document-model.md, "Pipeline"). A dialect adapter
// reads its own syntax and calls these, so that "deploys to production" means the same in all five dialects.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "engine/shell_blocks.h"
#include "tollgate/models.h"

namespace tollgate::pipeline {

// "production", "staging", "testing", "development" or "" from a name's words (`prod-eu`, `envs/staging`,
// `values-prd.yaml`); production words win over the others.
std::string_view tier_of(std::string_view name);

// What a ref's version pins: "digest" (a full commit SHA or an image digest), "tag", "branch" (a branch name or
// `latest`), "none", "local" (a path in this repository); "" when variables in an image reference could make it
// anything. kind: "action", "image", "template", "include".
std::string_view pinning(std::string_view ref, std::string_view kind);

// The activities one command performs ("build", "test", "scan", "policy", "sign", "sbom", "publish", "deploy").
struct Activity {
  std::vector<std::string_view> does;
  std::string_view target;  // for a deploy: the tier its arguments name, or ""
  // For a security scan told not to fail on what it finds: the option that says so, as written
  // (`--exit-code 0`, `--soft-fail`, `--exit-zero`), or "".
  std::string soft_fail;
  // For a build or test command told to skip the tests it would run: the option that says so, as written
  // (`-DskipTests`, `-x test`, `--no-run`), or "".
  std::string skips_tests;
  // For a command that runs another in a container (`docker exec app pytest`, `docker run aquasec/trivy ...`):
  // the tool that does the work, or "".
  std::string tool;
};
Activity classify_command(const std::string& base, const std::vector<std::string>& args);
// Whether a command's failure is turned into success by what follows it on its line (`|| true`, `|| :`,
// `|| exit 0`, `|| echo ...`): `next` is the command after the `||`, with its arguments.
bool swallows_failure(const std::string& next_base, const std::vector<std::string>& next_args);
// The same for a step that runs an action, task, pipe or template by reference (`docker/build-push-action@v6`).
Activity classify_uses(std::string_view ref);

// Whether a job's or step's condition, as written, keeps it from running for a pull request: it tests the
// branch, ref, tag or event (`github.ref == 'refs/heads/main'`, `eq(variables['Build.SourceBranch'], ...)`,
// `branch 'main'`), unless it selects pull requests (condition_selects_pull_requests). Conservative: any test of
// the ref or event counts, so that a job is said to run for pull requests only when nothing in its way says no.
bool condition_excludes_pull_requests(std::string_view condition);
// Whether a condition runs the job for pull requests by name (`github.event_name == 'pull_request'`,
// `eq(variables['Build.Reason'], 'PullRequest')`, `changeRequest()`), with no negation in it.
bool condition_selects_pull_requests(std::string_view condition);

// How a dialect's script differs from plain shell text.
struct ScriptSyntax {
  // `$(Name)` is a pipeline variable replaced before the shell runs (Azure Pipelines macros), not a command
  // substitution: it stays a word of the command it is in.
  bool macro_variables = false;
  // Items of the script seq that are maps are not shell (Bitbucket `- pipe: ...` with its `variables:`).
  bool skip_map_items = false;
};

class PipelineBuilder {
 public:
  PipelineBuilder(const Document& doc, std::string_view dialect);

  ModelBuilder& b() { return b_; }
  const Document& source() const { return doc_; }
  Node* root() { return root_; }

  void trigger(std::string_view event, std::string_view raw, const Span& at);
  // A new job (appended to `jobs`), located at `at` (its map); id located at id_span.
  Node* job(std::string_view id, const Span& id_span, const Span& at);
  // A new step of the job, located at `at`.
  Node* step(Node* job, const Span& at);
  // step.uses = a ref, and what the referenced action does.
  void uses(Node* step_or_job, std::string_view key, std::string_view ref, std::string_view kind, const Span& at);
  // Reads the script under map[key] (a string or a seq of strings) of the source document as commands of step:
  // step.run (a copy of the value), step.commands, and what they do.
  void script(Node* step, const Node& map, std::string_view key, ScriptSyntax syntax = {});
  // The same for a script in another file of the repository (a same-repository template): every command, and
  // step.run, are located at `at`, the place in this file that brings the script in.
  void script_from(Node* step, const Document& other, const Node& map, std::string_view key, const Span& at,
                   ScriptSyntax syntax = {});
  // Adds what a step does (from a command or a referenced action read by the adapter) to step.does and
  // step.target.
  void does(Node* step, const Activity& a, const Span& at);
  // A command a task runs for the step (Azure's `TerraformTaskV4@4` with `command: apply` runs `terraform apply
  // -auto-approve ...`): one more of step.commands, its words as the task passes them, located at `at` (the
  // input that names the subcommand), and what it does.
  void tool_command(Node* step, std::string_view tool, const std::vector<std::string>& args, const Span& at);
  // The same for a script whose source lines the dialect found itself (a Jenkinsfile's `sh` string), ending at
  // byte offset end (a command's text stops there: before a closing quote).
  void script(Node* step, const Node& value, const Span& key_span, const std::vector<ShellLine>& lines, uint32_t end);
  // target.env = the variables of a `variables:` / `env:` / `environment { }` block: a map from name to value,
  // each value located at its own entry. A map's values that are maps (GitLab `{ value:, description: }`) give
  // their `value`; a seq of `{ name:, value: }` (Azure) gives those; groups and templates are left out.
  void env(Node* target, const Node& vars, const Span* at = nullptr);
  // Sets one variable of target.env (made on first use).
  void env_var(Node* target, std::string_view name, const Node& value, const Span& at);
  // Appends a service container (`{ ref =, pinned = }`, an image ref) to job.services.
  void service(Node* job, std::string_view image, const Span& at);
  // job.on_pull_request = true, located at `at` (what makes the job run for a pull request). When the item is
  // finished, each step of such a job gets on_pull_request too, unless not_on_pull_request(step) was said; and
  // where jobs_wait_for_skipped is set, a job waiting for a job that does not run for pull requests loses it
  // (its predecessor is skipped, so it is too), unless its condition is always true.
  void on_pull_request(Node* job, const Span& at);
  void not_on_pull_request(const Node* step) { not_on_pr_.insert(step); }
  void jobs_wait_for_skipped() { skipped_blocks_ = true; }
  // job.environment = { name, tier }.
  void environment(Node* job, std::string_view name, const Span& at, std::string_view tier = {});
  void gate(Node* job, std::string_view how, const Span& at);
  // The job's gate holds up only the job itself: the jobs after it run without waiting for the approval (a GitLab
  // `when: manual` job that may fail). Other gates hold up every job after them, which finish() marks gated too.
  void gate_passable(const Node* job) { passable_gates_.insert(job); }
  // target.condition = { text, always, never }.
  void condition(Node* target, std::string_view text, const Span& at, bool always, bool never);
  void may_fail(Node* target, const Span& at);
  // Removes an activity the step's action was taken to do, when its inputs say it does not.
  void forget(Node* step, std::string_view activity);
  // Appends id to target[key] (a seq, made on first use).
  void add_id(Node* target, std::string_view key, std::string_view id, const Span& at);

  // Fills job.does (the union of its steps'), job.after (needs and earlier stages, transitively; stage_order
  // lists the stages in order, empty where stages do not order jobs) and hands the item over.
  std::unique_ptr<Document> finish(const std::vector<std::string>& stage_order = {});
  // Marks a job whose `needs` are written: it waits for those jobs only, not for earlier stages (GitLab).
  void needs_are_written(const Node* job);
  // The same where the adapter knows each job's direct predecessors itself (Azure: the jobs its `dependsOn`
  // names in its stage and every job of the stages its stage depends on): direct[i] holds indexes into `jobs`.
  // Job ids need not be unique (Azure's are unique per stage only): `after` follows the jobs, not their ids.
  std::unique_ptr<Document> finish_after(const std::vector<std::vector<size_t>>& direct);

 private:
  // Appends a command (name, base, args, text) to cmds, located at `at`.
  Node* command(Node* cmds, std::string_view name, std::string_view base, const std::vector<std::string>& args,
                std::string_view text, const Span& at);
  // The command's does, target and tool from what it does, added to its step's does and target.
  void command_does(Node* step, Node* cmd, const Activity& a, const Span& at);
  // Reads lines of `from` as commands of step; each located at `at` when given (a script from another file),
  // else at the command itself, its text ending at byte offset `end` at the latest.
  void commands(Node* step, const Document& from, std::vector<ShellLine> lines, ScriptSyntax syntax,
                const Span* at, uint32_t end = UINT32_MAX);
  void fill_does();
  std::unordered_set<const Node*> needs_written_;
  std::unordered_set<const Node*> passable_gates_;
  std::unordered_set<const Node*> not_on_pr_;
  bool skipped_blocks_ = false;
  const Document& doc_;
  ModelBuilder b_;
  Node* root_;
  Node* triggers_;
  Node* jobs_;
};

}  // namespace tollgate::pipeline
