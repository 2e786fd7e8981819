// The pipeline model (docs/document-model.md, "Pipeline"): each dialect's adapter, with the lines rules report at.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "engine/classifier.h"
#include "models/pipeline/pipeline_builder.h"
#include "tollgate/models.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

// Parses files (path -> text) as a scan would and builds the pipeline items; keeps the sources alive.
struct Built {
  std::vector<std::unique_ptr<Document>> sources, items;
  const Node* item(size_t i = 0) const { return items.at(i)->root; }
};

Built build(std::vector<std::pair<std::string, std::string>> files) {
  Built b;
  std::vector<const Document*> docs;
  for (auto& [path, text] : files) {
    auto src = SourceText::make(path, text);
    Classification cls = classify(path, src->bytes());
    ParseResult r = parse(cls.format, src);
    for (auto& d : r.documents) {
      d->kind = cls.kind;
      docs.push_back(d.get());
      b.sources.push_back(std::move(d));
    }
  }
  build_pipelines(docs, &b.items);
  return b;
}

const Node* job(const Node* item, std::string_view id) {
  for (const Entry& e : item->get("jobs")->entries)
    if (e.value->get("id")->text == id) return e.value;
  return nullptr;
}

std::string text(const Node* n, std::string_view path) {
  for (size_t start = 0; n && start <= path.size();) {
    size_t dot = path.find('.', start);
    std::string_view k = path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    n = n->get(k);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return n ? n->text : "<missing>";
}

std::vector<std::string> ids(const Node* seq) {
  std::vector<std::string> out;
  for (const Entry& e : seq->entries) out.push_back(e.value->text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("pipeline: tiers and pinning", "[pipeline]") {
  using namespace pipeline;
  CHECK(tier_of("prod-eu-1") == "production");
  CHECK(tier_of("values-prd.yaml") == "production");
  CHECK(tier_of("staging") == "staging");
  CHECK(tier_of("review/feature-x") == "");
  CHECK(tier_of("stage-then-prod") == "production");  // production words win
  CHECK(pinning("actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11", "action") == "digest");
  CHECK(pinning("actions/checkout@v4", "action") == "tag");
  CHECK(pinning("actions/checkout@main", "action") == "branch");
  CHECK(pinning("./.github/actions/setup", "action") == "local");
  CHECK(pinning("alpine", "image") == "none");
  CHECK(pinning("alpine:latest", "image") == "branch");
  CHECK(pinning("registry:5000/alpine:3.19", "image") == "tag");
  CHECK(pinning("alpine@sha256:abcd", "image") == "digest");
}

TEST_CASE("pipeline: commands are classified by tool and subcommand", "[pipeline]") {
  using namespace pipeline;
  auto does = [](std::string base, V args) {
    V out;
    for (auto d : classify_command(base, args).does) out.emplace_back(d);
    return out;
  };
  CHECK(does("terraform", {"plan"}) == V{});
  CHECK(does("terraform", {"-chdir=envs/prod", "apply", "-auto-approve"}) == V{"deploy"});
  CHECK(classify_command("terraform", {"-chdir=envs/prod", "apply"}).target == "production");
  CHECK(classify_command("helm", {"install", "x", "-f", "production/helm/chart/ci/values.yaml"}).target == "");
  CHECK(does("docker", {"build", "-t", "x", "."}) == V{"build"});
  CHECK(does("docker", {"push", "x"}) == V{"publish"});
  CHECK(does("docker", {"buildx", "build", "--push", "."}) == V{"build", "publish"});
  CHECK(does("go", {"test", "./..."}) == V{"test"});
  CHECK(does("mvnw", {"-B", "install"}) == V{"test", "build"});
  CHECK(does("mvn", {"-DskipTests", "install"}) == V{"build"});
  CHECK(does("mvn", {"clean", "deploy", "-DskipTests"}) == V{"build", "publish"});  // deploy runs package
  CHECK(does("gradlew", {"build", "-x", "test"}) == V{"build"});
  CHECK(does("npm", {"run", "test:unit"}) == V{"test"});
  CHECK(does("trivy", {"image", "x"}) == V{"scan"});
  CHECK(does("trivy", {"image", "--format=cyclonedx", "x"}) == V{"sbom"});
  CHECK(does("conftest", {"test", "k8s/"}) == V{"policy"});
  CHECK(does("cosign", {"sign", "x"}) == V{"sign"});
  CHECK(does("syft", {"x"}) == V{"sbom"});
  CHECK(does("kubectl", {"rollout", "status", "deploy/x"}) == V{});
  CHECK(does("kubectl", {"--context", "prod", "apply", "-k", "overlays/prod"}) == V{"deploy"});
  CHECK(classify_command("kubectl", {"--context", "prod", "apply", "-k", "x"}).target == "production");
  // Netlify and Vercel name production by a flag; `vercel` with no subcommand deploys
  CHECK(classify_command("netlify", {"deploy", "--prod", "--dir", "dist"}).target == "production");
  CHECK(classify_command("netlify", {"deploy", "--dir", "dist"}).target == "");
  CHECK(does("vercel", {"--prod", "--token=x"}) == V{"deploy"});
  CHECK(classify_command("vercel", {"--prod", "--token=x"}).target == "production");
  CHECK(does("vercel", {"pull", "--yes"}) == V{});
  CHECK(does("kubectl", {"get", "pods"}) == V{});
  CHECK(does("echo", {"deploy", "prod"}) == V{});
  // Commands run in a container do what the command does; a scanner's own image runs the scanner.
  CHECK(does("docker", {"exec", "-e", "CI=1", "ci", "python3", "-m", "unittest"}) == V{"test"});
  CHECK(does("docker", {"compose", "-f", "ci.yml", "run", "--rm", "web", "pytest"}) == V{"test"});
  CHECK(does("docker-compose", {"exec", "-T", "app", "npm", "test"}) == V{"test"});
  CHECK(does("docker", {"run", "--rm", "myorg/app:1.0", "pytest"}) == V{});
  CHECK(does("docker", {"run", "--rm", "-v", "x:/src", "aquasec/trivy:0.50.1", "fs", "/src"}) == V{"scan"});
  CHECK(classify_command("docker", {"run", "aquasec/trivy:0.50.1", "image", "--exit-code", "0", "x"}).soft_fail ==
        "--exit-code 0");
  CHECK(does("docker", {"exec", "app"}) == V{});
  // Maven: a skip switched off skips nothing; scanner goals; --fail-never makes them pass
  CHECK(does("mvn", {"-DskipTests=false", "clean", "verify"}) == V{"test", "build"});
  CHECK(does("mvn", {"-B", "sonar:sonar"}) == V{"scan"});
  CHECK(does("mvn", {"org.owasp:dependency-check-maven:check"}) == V{"scan"});
  CHECK(classify_command("mvn", {"snyk:test", "-fn"}).soft_fail == "-fn");
  CHECK(does("gradlew", {"sonar"}) == V{"scan"});
  // Django's test runner, under coverage too; dpl deploys
  CHECK(does("python", {"-m", "coverage", "run", "manage.py", "test"}) == V{"test"});
  CHECK(does("coverage", {"run", "manage.py", "test", "app"}) == V{"test"});
  CHECK(does("python", {"manage.py", "migrate"}) == V{});
  CHECK(does("dpl", {"--provider=heroku", "--app=x"}) == V{"deploy"});
  CHECK(does("npx", {"wrangler", "pages", "deploy", "dist"}) == V{"deploy"});
  CHECK(does("wrangler", {"pages", "project", "list"}) == V{});
  auto uses = [](std::string_view ref) {
    V out;
    for (auto d : classify_uses(ref).does) out.emplace_back(d);
    return out;
  };
  CHECK(uses("PublishTestResults@2") == V{});
  CHECK(uses("EnricoMi/publish-unit-test-result-action@v2") == V{});
  CHECK(uses("DotNetCoreCLI@2") == V{});  // a tool task is read by its command input (the Azure adapter)
}

TEST_CASE("pipeline: GitHub Actions", "[pipeline]") {
  Built b = build({{".github/workflows/ci.yml", R"(name: ci
on:
  push:
    branches: [main]
  pull_request_target:
permissions:
  contents: read
jobs:
  test:
    runs-on: [self-hosted, linux]
    steps:
      - uses: actions/checkout@v4
      - run: |
          go test ./...
          trivy fs .
        continue-on-error: true
  deploy:
    needs: test
    if: ${{ always() }}
    runs-on: ubuntu-24.04
    environment:
      name: production
    steps:
      - run: helm upgrade api charts/api -f values-prod.yaml
  reuse:
    uses: acme/wf/.github/workflows/x.yml@main
)"}});
  REQUIRE(b.items.size() == 1);
  const Node* p = b.item();
  CHECK(text(p, "dialect") == "github-actions");
  CHECK(text(p, "name") == "ci");
  REQUIRE(p->get("triggers")->size() == 2);
  CHECK(text(p->get("triggers")->at(1), "event") == "pull_request_target");
  CHECK(p->get("triggers")->at(1)->span.line == 5);
  CHECK(text(p, "permissions.contents") == "read");

  const Node* test = job(p, "test");
  REQUIRE(test);
  CHECK(test->get("id")->span.line == 9);
  CHECK(text(test, "runner.self_hosted") == "true");
  const Node* steps = test->get("steps");
  REQUIRE(steps->size() == 2);
  CHECK(text(steps->at(0), "uses.pinned") == "tag");
  const Node* cmds = steps->at(1)->get("commands");
  REQUIRE(cmds->size() == 2);
  CHECK(text(cmds->at(0), "name") == "go");
  CHECK(cmds->at(0)->span.line == 14);
  CHECK(cmds->at(0)->span.col == 11);
  CHECK(cmds->at(1)->span.line == 15);
  CHECK(text(steps->at(1), "does.test") == "true");
  CHECK(text(steps->at(1), "does.scan") == "true");
  CHECK(text(steps->at(1), "may_fail") == "true");
  CHECK(steps->at(1)->get("may_fail")->span.line == 16);
  CHECK(text(test, "does.test") == "true");

  const Node* deploy = job(p, "deploy");
  REQUIRE(deploy);
  CHECK(text(deploy, "environment.tier") == "production");
  CHECK(text(deploy, "gate") == "environment");
  CHECK(deploy->get("environment")->span.line == 22);
  CHECK(ids(deploy->get("needs")) == V{"test"});
  CHECK(ids(deploy->get("after")) == V{"test"});
  CHECK(text(deploy, "condition.always") == "true");
  CHECK(text(deploy->get("steps")->at(0), "target") == "production");

  const Node* reuse = job(p, "reuse");
  CHECK(text(reuse, "uses.pinned") == "branch");
  CHECK(reuse->get("steps")->size() == 0);
}

TEST_CASE("pipeline: a composite action is one job", "[pipeline]") {
  Built b = build({{"action.yml", "name: x\nruns:\n  using: composite\n  steps:\n    - run: make build\n      shell: bash\n"}});
  REQUIRE(b.items.size() == 1);
  const Node* j = b.item()->get("jobs")->at(0);
  CHECK(text(j, "id") == "(action)");
  CHECK(text(j, "does.build") == "true");
}

TEST_CASE("pipeline: GitLab CI stages, extends, rules and includes", "[pipeline]") {
  Built b = build({{".gitlab-ci.yml", R"(stages: [build, test, deploy]
include:
  - local: /ci/templates.yml
  - project: acme/ci
    ref: main
    file: /x.yml
  - template: Security/SAST.gitlab-ci.yml
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
default:
  image: alpine:3.19
.base:
  when: manual
  tags: [k8s-runner]
build:
  stage: build
  script:
    - docker build -t x .
test:
  stage: test
  allow_failure: true
  script: pytest
deploy:
  extends: [.base, .remote]
  stage: deploy
  environment:
    name: prod
    deployment_tier: production
  script: kubectl apply -f k8s/
fast:
  stage: deploy
  needs: [build]
  rules:
    - when: never
  script: echo
)"},
                   {"ci/templates.yml", ".remote:\n  allow_failure: true\n"}});
  REQUIRE(b.items.size() == 1);  // the included file is generic YAML: read through the include only
  const Node* p = b.item();
  CHECK(text(p, "dialect") == "gitlab-ci");
  REQUIRE(p->get("triggers")->size() == 2);
  CHECK(text(p->get("triggers")->at(0), "event") == "pull_request");
  const Node* inc = p->get("includes");
  REQUIRE(inc->size() == 3);
  CHECK(text(inc->at(0), "pinned") == "local");
  CHECK(text(inc->at(1), "ref") == "acme/ci@main");
  CHECK(text(inc->at(1), "pinned") == "branch");
  CHECK(text(inc->at(2), "pinned") == "tag");

  CHECK(text(job(p, "build"), "image.ref") == "alpine:3.19");
  CHECK(job(p, "build")->get("image")->span.line == 13);
  CHECK(text(job(p, "test"), "may_fail") == "true");
  CHECK(ids(job(p, "test")->get("after")) == V{"build"});

  const Node* deploy = job(p, "deploy");
  REQUIRE(deploy);
  CHECK(text(deploy, "environment.tier") == "production");
  CHECK(text(deploy, "gate") == "manual");
  CHECK(deploy->get("gate")->span.line == 15);  // the template's `when: manual`, in this file
  CHECK(text(deploy, "runner.self_hosted") == "true");
  // allow_failure from the included template: located at the job's extends
  CHECK(text(deploy, "may_fail") == "true");
  CHECK(deploy->get("may_fail")->span.line == 26);
  CHECK(ids(deploy->get("after")) == V{"build", "test"});
  CHECK(text(deploy, "does.deploy") == "true");

  const Node* fast = job(p, "fast");
  CHECK(ids(fast->get("after")) == V{"build"});
  CHECK(text(fast, "condition.never") == "true");
}

TEST_CASE("pipeline: what is not a pipeline gives no item, and hostile input ends", "[pipeline]") {
  CHECK(build({{".gitlab-ci.yml", "- a\n- b\n"}}).items.empty());
  CHECK(build({{".github/workflows/x.yml", ""}}).items.empty());
  // extends that loop, and a job that extends itself
  Built b = build({{".gitlab-ci.yml", ".a:\n  extends: .b\n.b:\n  extends: .a\nj:\n  extends: [j, .a]\n  script: x\n"}});
  REQUIRE(b.items.size() == 1);
  CHECK(job(b.item(), "j"));
  // needs that form a cycle
  Built c = build({{".github/workflows/x.yml", "on: push\njobs:\n  a: {needs: b, runs-on: x}\n  b: {needs: a, runs-on: x}\n"}});
  CHECK(ids(job(c.item(), "a")->get("after")) == V{"a", "b"});
}

TEST_CASE("pipeline: Azure Pipelines stages, deployment jobs, tasks and templates", "[pipeline]") {
  Built b = build({{"azure-pipelines.yml", R"(trigger:
  branches:
    include: [main]
pr: none
resources:
  repositories:
    - repository: shared
      type: github
      name: acme/templates
      ref: refs/tags/v2.1.0
  pipelines:
    - pipeline: upstream
      source: base-image
      trigger: true
pool:
  vmImage: ubuntu-22.04
stages:
  - stage: Build
    jobs:
      - job: build
        steps:
          - script: |
              docker build -t $(imageRepo):$(Build.BuildId) .
          - task: Docker@2
            inputs:
              command: buildAndPush
      - job: test
        dependsOn: build
        continueOnError: true
        pool: linux-agents
        steps:
          - bash: dotnet test
          - template: ci/scan-steps.yml
  - stage: Production
    condition: and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'))
    jobs:
      - deployment: deploy_prod
        displayName: Deploy
        environment: shop-production.api
        strategy:
          runOnce:
            deploy:
              steps:
                - script: kubectl apply -f k8s/
      - template: jobs/smoke.yml@shared
  - stage: Cleanup
    dependsOn: []
    condition: always()
    jobs:
      - job: clean
        steps:
          - script: echo done
            enabled: false
)"},
                   {"ci/scan-steps.yml", "steps:\n  - script: trivy fs .\n  - task: SnykSecurityScan@1\n"}});
  REQUIRE(b.items.size() == 1);  // the template is generic YAML: read through the pipeline only
  const Node* p = b.item();
  CHECK(text(p, "dialect") == "azure-pipelines");
  const Node* tr = p->get("triggers");
  REQUIRE(tr->size() == 2);  // pr: none
  CHECK(text(tr->at(0), "event") == "push");
  CHECK(tr->at(0)->span.line == 1);
  CHECK(text(tr->at(1), "event") == "pipeline");
  CHECK(tr->at(1)->span.line == 12);

  const Node* build_job = job(p, "build");
  REQUIRE(build_job);
  CHECK(build_job->get("id")->span.line == 20);
  CHECK(build_job->get("id")->span.col == 14);
  CHECK(text(build_job, "stage") == "Build");
  CHECK(text(build_job, "runner.self_hosted") == "false");
  const Node* cmds = build_job->get("steps")->at(0)->get("commands");
  REQUIRE(cmds->size() == 1);  // $(var) is a variable, not a command substitution
  CHECK(ids(cmds->at(0)->get("args")) == V{"build", "-t", "$(imageRepo):$(Build.BuildId)", "."});
  CHECK(cmds->at(0)->span.line == 23);
  CHECK(cmds->at(0)->span.col == 15);
  const Node* task = build_job->get("steps")->at(1);
  CHECK(text(task, "uses.ref") == "Docker@2");
  CHECK(text(task, "uses.pinned") == "tag");
  CHECK(text(task, "does.publish") == "true");
  CHECK(task->get("does")->get("publish")->span.line == 26);  // the command input

  const Node* test = job(p, "test");
  CHECK(ids(test->get("needs")) == V{"build"});
  CHECK(ids(test->get("after")) == V{"build"});
  CHECK(text(test, "may_fail") == "true");
  CHECK(test->get("may_fail")->span.line == 29);
  CHECK(text(test, "runner.self_hosted") == "true");
  const Node* tpl = test->get("steps")->at(1);
  CHECK(text(tpl, "uses.pinned") == "local");
  REQUIRE(tpl->get("commands")->size() == 1);
  CHECK(text(tpl->get("commands")->at(0), "name") == "trivy");
  CHECK(tpl->get("commands")->at(0)->span.line == 33);  // at the template: line of this file
  CHECK(text(tpl, "does.scan") == "true");

  const Node* deploy = job(p, "deploy_prod");
  REQUIRE(deploy);
  CHECK(text(deploy, "name") == "Deploy");
  CHECK(text(deploy, "environment.name") == "shop-production");
  CHECK(text(deploy, "environment.tier") == "production");
  CHECK(text(deploy, "gate") == "approval");
  CHECK(deploy->get("gate")->span.line == 39);
  CHECK(deploy->get("gate")->span.col == 22);
  CHECK(ids(deploy->get("after")) == V{"build", "test"});  // stages run in order
  CHECK(text(deploy, "condition.always") == "false");
  CHECK(deploy->get("condition")->span.line == 35);  // the stage's condition holds for its jobs
  CHECK(text(deploy, "does.deploy") == "true");

  const Node* shared = job(p, "jobs/smoke.yml@shared");
  REQUIRE(shared);
  CHECK(text(shared, "uses.pinned") == "tag");  // the repository resource's refs/tags/
  CHECK(shared->get("steps")->size() == 0);

  const Node* clean = job(p, "clean");
  CHECK(ids(clean->get("after")) == V{});  // dependsOn: []
  CHECK(text(clean, "condition.always") == "true");
  CHECK(text(clean->get("steps")->at(0), "condition.never") == "true");
}

TEST_CASE("pipeline: Azure Pipelines shorthand forms and defaults", "[pipeline]") {
  // only steps: one job, the default triggers (pushes and pull requests)
  Built s = build({{"azure-pipelines.yml", "pool: build-pool\nsteps:\n  - script: make build\n  - powershell: Write-Host hi\n  - bash: ${{ parameters.tool }} --check\n"}});
  REQUIRE(s.items.size() == 1);
  const Node* p = s.item();
  REQUIRE(p->get("triggers")->size() == 2);
  CHECK(text(p->get("triggers")->at(0), "event") == "push");
  CHECK(text(p->get("triggers")->at(1), "event") == "pull_request");
  REQUIRE(p->get("jobs")->size() == 1);
  const Node* j = p->get("jobs")->at(0);
  CHECK(text(j, "id") == "Job");
  CHECK(j->get("id")->span.line == 2);
  CHECK(!j->get("stage"));
  CHECK(text(j, "runner.self_hosted") == "true");
  CHECK(text(j, "does.build") == "true");
  CHECK(text(j->get("steps")->at(1)->get("commands")->at(0), "name") == "Write-Host");
  CHECK(text(j->get("steps")->at(2)->get("commands")->at(0), "name") == "${{ parameters.tool }}");  // one word

  // only jobs: one stage; jobs run in parallel unless dependsOn says otherwise
  Built jb = build({{"azure-pipelines.yml", R"(trigger: none
jobs:
  - job: a
    steps: [{script: go test ./...}]
  - job: b
    container: golang:1.22
    steps: [{script: go build ./...}]
  - job: c
    dependsOn: [a, b]
    pool: {name: Azure Pipelines, vmImage: windows-latest}
    steps: []
  - ${{ if eq(variables['Build.Reason'], 'Manual') }}:
    - job: d
      steps: [{script: echo}]
)"}});
  const Node* q = jb.item();
  REQUIRE(q->get("triggers")->size() == 1);  // trigger: none
  CHECK(text(q->get("triggers")->at(0), "event") == "pull_request");
  CHECK(ids(job(q, "b")->get("after")) == V{});
  CHECK(ids(job(q, "c")->get("after")) == V{"a", "b"});
  CHECK(text(job(q, "b"), "image.pinned") == "tag");
  CHECK(text(job(q, "c"), "runner.self_hosted") == "false");  // the Microsoft-hosted pool by name
  CHECK(job(q, "d"));  // a conditional insertion is read through

  // extends: the pipeline is the template
  Built ex = build({{"azure-pipelines.yml", "extends:\n  template: pipeline.yml@templates\n"}});
  const Node* e = ex.item()->get("jobs")->at(0);
  CHECK(text(e, "uses.ref") == "pipeline.yml@templates");
  CHECK(e->get("uses")->get("pinned")->type == NodeType::expr);  // no such repository resource in the file
}

TEST_CASE("pipeline: GitLab extends a template that a sibling include defines", "[pipeline]") {
  // GitLab merges every file the root includes: build.yml's job extends a template of templates.yml, which
  // build.yml itself does not include.
  Built b = build({{".gitlab-ci.yml",
                    "include:\n  - local: .gitlab/ci/templates.yml\n  - local: /.gitlab/ci/build.yml\n"},
                   {".gitlab/ci/templates.yml",
                    ".push:\n  image: docker:27.3.1\n  script:\n    - docker build -t r.example.com/app .\n"
                    "    - docker push r.example.com/app\n"},
                   {".gitlab/ci/build.yml", "push-image:\n  stage: build\n  extends: .push\n"}});
  const Node* p = nullptr;
  for (const auto& item : b.items)
    if (item->path() == ".gitlab/ci/build.yml") p = item->root;
  REQUIRE(p);
  const Node* j = job(p, "push-image");
  REQUIRE(j);
  CHECK(text(j, "image.ref") == "docker:27.3.1");
  CHECK(text(j, "does.publish") == "true");
  const Node* cmds = j->get("steps")->at(0)->get("commands");
  REQUIRE(cmds->size() == 2);
  CHECK(text(cmds->at(1), "name") == "docker");
  CHECK(cmds->at(1)->span.line == 3);  // at the job's extends:
}

TEST_CASE("pipeline: Azure Pipelines tool tasks read by their inputs", "[pipeline]") {
  Built b = build({{"azure-pipelines.yml", R"(steps:
  - task: Npm@1
    inputs: {command: custom, customCommand: 'run test:ci'}
  - task: DotNetCoreCLI@2
    inputs: {command: custom, custom: pack, arguments: '--no-build'}
  - task: NuGetCommand@2
    inputs: {command: push, publishFeedCredentials: NuGet.org}
  - task: GitHubRelease@1
    inputs: {action: create, gitHubConnection: github}
  - task: Npm@1
    inputs: {command: install}
)"}});
  const Node* steps = b.item()->get("jobs")->at(0)->get("steps");
  REQUIRE(steps->size() == 5);
  CHECK(text(steps->at(0), "does.test") == "true");     // npm run test:ci, the custom command
  CHECK(text(steps->at(1), "does.build") == "true");    // dotnet pack
  CHECK(text(steps->at(2), "does.publish") == "true");  // dotnet nuget push
  CHECK(text(steps->at(3), "does.publish") == "true");  // gh release create
  CHECK(!steps->at(4)->get("does")->get("test"));
}

TEST_CASE("pipeline: Bitbucket Pipelines sections, steps, parallel groups and stages", "[pipeline]") {
  Built b = build({{"bitbucket-pipelines.yml", R"(image: node:20
definitions:
  steps:
    - step: &test
        name: Test
        script:
          - npm test
pipelines:
  pull-requests:
    '**':
      - step: *test
  branches:
    main:
      - step:
          script:
            - npm run build
      - parallel:
          - step: *test
          - step:
              name: Scan
              script:
                - pipe: snyk/snyk-scan:1.0.1
                  variables:
                    LANGUAGE: npm
                - trivy fs .
      - step:
          name: Deploy
          deployment: production
          trigger: manual
          runs-on: [self.hosted, linux]
          image: alpine/helm@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
          script:
            - helm upgrade api charts/api
          after-script:
            - ./notify.sh
  tags:
    'v*':
      - stage:
          name: Release
          deployment: staging
          steps:
            - step:
                script: [docker push acme/api]
            - step:
                script: [./deploy.sh]
  custom:
    hotfix:
      - variables:
          - name: VERSION
      - step:
          deployment: prod
          script: [kubectl apply -f k8s/]
)"}});
  // each section is a pipeline of its own
  REQUIRE(b.items.size() == 4);
  const Node* pr = b.item(0);
  CHECK(text(pr, "dialect") == "bitbucket-pipelines");
  CHECK(text(pr, "name") == "pull-requests.**");
  REQUIRE(pr->get("triggers")->size() == 1);
  CHECK(text(pr->get("triggers")->at(0), "event") == "pull_request");
  CHECK(pr->get("triggers")->at(0)->span.line == 10);
  REQUIRE(pr->get("jobs")->size() == 1);
  const Node* t = pr->get("jobs")->at(0);
  CHECK(text(t, "id") == "Test");
  CHECK(t->get("id")->span.line == 5);  // the anchored step's name
  CHECK(text(t, "image.ref") == "node:20");
  CHECK(t->get("image")->span.line == 1);

  const Node* p = b.item(1);
  CHECK(text(p, "name") == "branches.main");
  CHECK(text(p->get("triggers")->at(0), "event") == "push");
  const Node* jobs = p->get("jobs");
  REQUIRE(jobs->size() == 4);
  const Node* first = jobs->at(0);
  CHECK(text(first, "id") == "branches.main#1");
  CHECK(first->get("id")->span.line == 14);
  CHECK(first->get("id")->span.col == 9);
  CHECK(text(first, "does.build") == "true");
  // the parallel steps wait for the step before them, not for each other
  CHECK(ids(jobs->at(1)->get("after")) == V{"branches.main#1"});
  const Node* scan = job(p, "Scan");
  CHECK(ids(scan->get("after")) == V{"branches.main#1"});
  REQUIRE(scan->get("steps")->size() == 2);
  const Node* script = scan->get("steps")->at(0);
  REQUIRE(script->get("commands")->size() == 1);  // the pipe's YAML is not shell
  CHECK(text(script->get("commands")->at(0), "name") == "trivy");
  CHECK(script->get("commands")->at(0)->span.line == 25);
  const Node* pipe = scan->get("steps")->at(1);
  CHECK(text(pipe, "uses.ref") == "snyk/snyk-scan:1.0.1");
  CHECK(text(pipe, "uses.pinned") == "tag");
  CHECK(pipe->get("uses")->span.line == 22);
  CHECK(text(scan, "does.scan") == "true");

  const Node* deploy = job(p, "Deploy");
  CHECK(ids(deploy->get("after")) == V{"Scan", "Test", "branches.main#1"});
  CHECK(text(deploy, "environment.tier") == "production");
  CHECK(deploy->get("environment")->span.line == 28);
  CHECK(text(deploy, "gate") == "manual");
  CHECK(deploy->get("gate")->span.line == 29);
  CHECK(deploy->get("gate")->span.col == 20);
  CHECK(text(deploy, "runner.self_hosted") == "true");
  CHECK(text(deploy, "image.pinned") == "digest");
  const Node* after = deploy->get("steps")->at(1);
  CHECK(text(after, "name") == "after-script");
  CHECK(text(after, "may_fail") == "true");
  CHECK(text(after, "condition.always") == "true");

  const Node* tags = b.item(2);
  CHECK(text(tags->get("triggers")->at(0), "event") == "tag");
  const Node* rel1 = job(tags, "tags.v*#1");
  const Node* rel2 = job(tags, "tags.v*#2");
  REQUIRE(rel1);
  REQUIRE(rel2);
  CHECK(text(rel1, "stage") == "Release");
  CHECK(text(rel2, "environment.tier") == "staging");  // the stage's deployment
  CHECK(rel2->get("environment")->span.line == 40);
  CHECK(ids(rel2->get("after")) == V{"tags.v*#1"});  // not the steps of other sections' pipelines
  CHECK(!rel2->get("gate"));

  const Node* custom = b.item(3);
  REQUIRE(custom->get("triggers")->size() == 1);
  CHECK(text(custom->get("triggers")->at(0), "event") == "manual");
  CHECK(custom->get("triggers")->at(0)->span.line == 47);
  const Node* hotfix = job(custom, "custom.hotfix#1");
  REQUIRE(hotfix);
  CHECK(text(hotfix, "gate") == "manual");  // a custom pipeline waits for someone to start it
  CHECK(hotfix->get("gate")->span.line == 47);  // the custom pipeline's key
}

TEST_CASE("pipeline: Azure and Bitbucket hostile input ends", "[pipeline]") {
  CHECK(build({{"azure-pipelines.yml", "- a\n"}}).items.empty());
  CHECK(build({{"bitbucket-pipelines.yml", ""}}).items.empty());
  // wrong shapes everywhere: no crash, no jobs
  Built w = build({{"azure-pipelines.yml", "stages: 3\njobs: {a: 1}\ntrigger: [1, {x: 2}]\npr: {}\n"}});
  REQUIRE(w.items.size() == 1);
  CHECK(w.item()->get("jobs")->size() == 0);
  Built bw = build({{"bitbucket-pipelines.yml", "pipelines:\n  default: 3\n  branches: [a]\n  custom:\n    x:\n      - step: 1\n      - parallel: {steps: 4}\n      - stage: {steps: [{stage: {steps: []}}]}\n"}});
  REQUIRE(bw.items.size() == 2);  // default and custom.x, with no jobs
  CHECK(bw.item(0)->get("jobs")->size() == 0);
  CHECK(bw.item(1)->get("jobs")->size() == 0);
  // templates that include each other, stages that depend on each other
  Built loop = build({{"azure-pipelines.yml", R"(stages:
  - stage: a
    dependsOn: b
    jobs: [{job: x, steps: [{template: t1.yml}]}]
  - stage: b
    dependsOn: a
    jobs: [{job: y, steps: []}]
)"},
                      {"t1.yml", "steps:\n  - template: t2.yml\n  - script: make test\n"},
                      {"t2.yml", "steps:\n  - template: t1.yml\n"}});
  REQUIRE(loop.items.size() == 1);
  const Node* x = job(loop.item(), "x");
  CHECK(text(x, "does.test") == "true");
  // dependsOn may name a stage written later; a cycle (which Azure rejects) ends
  CHECK(ids(job(loop.item(), "x")->get("after")) == V{"x", "y"});
  CHECK(ids(job(loop.item(), "y")->get("after")) == V{"x", "y"});
}

TEST_CASE("pipeline: a declarative Jenkinsfile", "[pipeline][jenkins]") {
  Built b = build({{"Jenkinsfile",
                    "pipeline {\n"                                                    // 1
                    "  agent { label 'linux' }\n"                                     // 2
                    "  triggers { cron('H 2 * * *') }\n"                              // 3
                    "  stages {\n"                                                    // 4
                    "    stage('Build') {\n"                                          // 5
                    "      steps {\n"                                                 // 6
                    "        sh 'make build'\n"                                       // 7
                    "        catchError(buildResult: 'SUCCESS') { sh 'trivy fs .' }\n"  // 8
                    "      }\n"                                                       // 9
                    "    }\n"                                                         // 10
                    "    stage('Checks') {\n"                                         // 11
                    "      parallel {\n"                                              // 12
                    "        stage('Unit') {\n"                                       // 13
                    "          agent { docker { image 'maven:3.9' } }\n"              // 14
                    "          steps { sh(script: 'mvn test', returnStatus: true) }\n"  // 15
                    "        }\n"                                                     // 16
                    "      }\n"                                                       // 17
                    "    }\n"                                                         // 18
                    "    stage('Deploy production') {\n"                              // 19
                    "      when { branch 'main' }\n"                                  // 20
                    "      input { message 'Ship it?' }\n"                            // 21
                    "      steps {\n"                                                 // 22
                    "        sh \"\"\"\n"                                             // 23
                    "          kubectl apply -f k8s/ --context prod\n"                // 24
                    "        \"\"\"\n"                                                // 25
                    "      }\n"                                                       // 26
                    "    }\n"                                                         // 27
                    "  }\n"                                                           // 28
                    "}\n"}});
  REQUIRE(b.items.size() == 1);
  const Node* p = b.item();
  CHECK(text(p, "dialect") == "jenkins");
  REQUIRE(p->get("triggers")->size() == 1);
  CHECK(text(p->get("triggers")->at(0), "event") == "schedule");
  CHECK(p->get("triggers")->at(0)->span.line == 3);
  std::vector<std::string> job_ids;
  for (const Entry& e : p->get("jobs")->entries) job_ids.push_back(e.value->get("id")->text);
  CHECK(job_ids == std::vector<std::string>{"Build", "Unit", "Deploy production"});

  const Node* build_job = job(p, "Build");
  CHECK(build_job->get("id")->span.line == 5);
  CHECK(ids(build_job->get("runner")->get("labels")) == std::vector<std::string>{"linux"});
  CHECK(build_job->get("runner")->get("self_hosted")->text == "true");
  const Node* steps = build_job->get("steps");
  REQUIRE(steps->size() == 2);
  CHECK(text(steps->at(0), "name") == "sh");
  const Node* make = steps->at(0)->get("commands")->at(0);
  CHECK(text(make, "text") == "make build");
  CHECK(make->span.line == 7);
  CHECK(make->span.col == 13);
  CHECK(text(steps->at(0), "does.build") == "true");
  CHECK(steps->at(0)->get("may_fail") == nullptr);
  CHECK(text(steps->at(1), "does.scan") == "true");
  CHECK(steps->at(1)->get("may_fail")->span.line == 8);

  const Node* unit = job(p, "Unit");
  CHECK(text(unit, "stage") == "Checks");
  CHECK(text(unit, "image.ref") == "maven:3.9");
  CHECK(unit->get("image")->span.line == 14);
  CHECK(unit->get("steps")->at(0)->get("may_fail")->span.line == 15);
  CHECK(ids(unit->get("after")) == std::vector<std::string>{"Build"});

  const Node* deploy = job(p, "Deploy production");
  CHECK(text(deploy, "gate") == "input");
  CHECK(deploy->get("gate")->span.line == 21);
  CHECK(text(deploy, "condition.text") == "branch 'main'");
  const Node* kubectl = deploy->get("steps")->at(0)->get("commands")->at(0);
  CHECK(kubectl->span.line == 24);
  CHECK(text(kubectl, "text") == "kubectl apply -f k8s/ --context prod");
  CHECK(text(deploy, "does.deploy") == "true");
  CHECK(ids(deploy->get("after")) == std::vector<std::string>{"Build", "Unit"});
}

TEST_CASE("pipeline: a scripted Jenkinsfile, its methods and an input step", "[pipeline][jenkins]") {
  Built b = build({{"ci/Jenkinsfile_release",
                    "def publish(tag) {\n"                                 // 1
                    "  sh \"docker push registry/app:${tag}\"\n"          // 2
                    "}\n"                                                  // 3
                    "node('docker') {\n"                                   // 4
                    "  checkout scm\n"                                     // 5
                    "  stage('Build') {\n"                                 // 6
                    "    def v = sh(script: 'git describe', returnStdout: true).trim()\n"  // 7
                    "    if (isRelease()) { publish(v) }\n"                // 8
                    "  }\n"                                                // 9
                    "  stage('Release to prod') {\n"                       // 10
                    "    input message: 'Release?', submitter: 'ops'\n"   // 11
                    "    sh './deploy.sh production'\n"                   // 12
                    "  }\n"                                                // 13
                    "}\n"}});
  REQUIRE(b.items.size() == 1);
  const Node* p = b.item();
  std::vector<std::string> job_ids;
  for (const Entry& e : p->get("jobs")->entries) job_ids.push_back(e.value->get("id")->text);
  CHECK(job_ids == std::vector<std::string>{"(pipeline)", "Build", "Release to prod"});
  CHECK(text(job(p, "(pipeline)")->get("steps")->at(0), "name") == "checkout");

  const Node* build_job = job(p, "Build");
  CHECK(ids(build_job->get("runner")->get("labels")) == std::vector<std::string>{"docker"});
  const Node* steps = build_job->get("steps");
  REQUIRE(steps->size() == 2);  // sh (under .trim()) and the sh of publish(); isRelease() is a condition
  CHECK(steps->at(0)->span.line == 7);
  CHECK(steps->at(1)->span.line == 2);
  CHECK(text(steps->at(1), "does.publish") == "true");

  const Node* release = job(p, "Release to prod");
  CHECK(text(release, "gate") == "input");
  CHECK(release->get("gate")->span.line == 11);
  CHECK(ids(release->get("after")) == std::vector<std::string>{"Build"});
}

TEST_CASE("pipeline: a Jenkinsfile without stages or steps is no pipeline", "[pipeline][jenkins]") {
  CHECK(build({{"Jenkinsfile", "def x = 1\n"}}).items.empty());
  CHECK(build({{"Jenkinsfile", ""}}).items.empty());
  CHECK(build({{"Jenkinsfile", "pipeline {\n"}}).items.empty());  // a syntax error before any stage
}

TEST_CASE("pipeline: scans told not to fail and builds told to skip tests", "[pipeline]") {
  using namespace pipeline;
  CHECK(classify_command("trivy", {"image", "--exit-code", "0", "x"}).soft_fail == "--exit-code 0");
  CHECK(classify_command("trivy", {"image", "--exit-code=0", "x"}).soft_fail == "--exit-code 0");
  CHECK(classify_command("trivy", {"image", "--exit-code", "1", "x"}).soft_fail.empty());
  CHECK(classify_command("trivy", {"image", "--exit-code", "0", "--format", "sarif", "x"}).soft_fail.empty());
  CHECK(classify_command("checkov", {"-d", ".", "--soft-fail"}).soft_fail == "--soft-fail");
  CHECK(classify_command("bandit", {"-r", "src", "--exit-zero"}).soft_fail == "--exit-zero");
  CHECK(classify_command("kics", {"scan", "--ignore-on-exit", "results"}).soft_fail == "--ignore-on-exit results");
  CHECK(classify_command("make", {"--soft-fail"}).soft_fail.empty());  // not a scanner
  CHECK(swallows_failure("true", {}));
  CHECK(swallows_failure("exit", {"0"}));
  CHECK_FALSE(swallows_failure("exit", {"1"}));
  CHECK(classify_command("mvn", {"-B", "deploy", "-DskipTests"}).skips_tests == "-DskipTests");
  CHECK(classify_command("mvn", {"-B", "deploy", "-DskipTests=false"}).skips_tests.empty());
  CHECK(classify_command("gradlew", {"build", "-x", "test"}).skips_tests == "-x test");
  CHECK(classify_command("gradle", {"build", "--exclude-task", ":api:test"}).skips_tests == "--exclude-task :api:test");
  Activity go = classify_command("go", {"test", "-run", "XXX", "./..."});
  CHECK(go.skips_tests == "-run XXX");
  CHECK(std::find(go.does.begin(), go.does.end(), "test") == go.does.end());  // it runs no test
  CHECK(classify_command("go", {"test", "-run", "TestFoo", "./..."}).skips_tests.empty());
  CHECK(classify_command("cargo", {"test", "--no-run"}).skips_tests == "--no-run");
  CHECK(condition_excludes_pull_requests("github.ref == 'refs/heads/main'"));
  CHECK(condition_excludes_pull_requests("and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'))"));
  CHECK_FALSE(condition_excludes_pull_requests("success()"));
  CHECK(condition_selects_pull_requests("github.event_name == 'pull_request'"));
  CHECK_FALSE(condition_selects_pull_requests("github.event_name != 'pull_request'"));
  CHECK(condition_selects_pull_requests("eq(variables['Build.Reason'], 'PullRequest')"));
  CHECK_FALSE(condition_selects_pull_requests("$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS"));
  CHECK_FALSE(condition_selects_pull_requests("$CI_MERGE_REQUEST_IID == null"));
  auto uses = [](std::string_view ref) {
    V out;
    for (auto d : classify_uses(ref).does) out.emplace_back(d);
    return out;
  };
  CHECK(uses("azure/setup-helm@v4") == V{});
  CHECK(uses("helm/kind-action@v1") == V{});
}

TEST_CASE("pipeline: env, services, pull requests and soft fails (GitHub Actions)", "[pipeline]") {
  Built b = build({{".github/workflows/ci.yml", R"(on: [pull_request, push]
env:
  CI_FLAG: "1"
jobs:
  test:
    runs-on: ubuntu-24.04
    env:
      JOB_FLAG: x
    services:
      db:
        image: postgres:16.4
      cache: redis
    steps:
      - run: snyk test || true
      - uses: bridgecrewio/checkov-action@v12
        with:
          soft_fail: true
      - run: kubectl apply -f k
        if: github.event_name == 'push'
  main-only:
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-24.04
    steps:
      - run: make
  after-main:
    needs: main-only
    runs-on: ubuntu-24.04
    steps:
      - run: make
)"}});
  REQUIRE(b.items.size() == 1);
  const Node* p = b.item();
  CHECK(text(p, "env.CI_FLAG") == "1");
  const Node* t = job(p, "test");
  CHECK(text(t, "env.JOB_FLAG") == "x");
  REQUIRE(t->get("services"));
  CHECK(t->get("services")->size() == 2);
  CHECK(text(t->get("services")->entries[0].value, "ref") == "postgres:16.4");
  CHECK(text(t->get("services")->entries[1].value, "pinned") == "none");
  CHECK(text(t, "on_pull_request") == "true");
  const Node* steps = t->get("steps");
  CHECK(text(steps->entries[0].value->get("commands")->entries[0].value, "soft_fail") == "|| true");
  CHECK(text(steps->entries[1].value, "soft_fail") == "soft_fail: true");
  CHECK(steps->entries[1].value->get("soft_fail")->span.line == 17);
  CHECK(text(steps->entries[0].value, "on_pull_request") == "true");
  CHECK(steps->entries[2].value->get("on_pull_request") == nullptr);  // its if: tests the event
  CHECK(job(p, "main-only")->get("on_pull_request") == nullptr);
  CHECK(job(p, "after-main")->get("on_pull_request") == nullptr);  // waits for a job skipped on pull requests
}

TEST_CASE("pipeline: env, services, stages and merge requests (GitLab CI)", "[pipeline]") {
  Built b = build({{".gitlab-ci.yml", R"(stages: [build, deploy]
variables:
  CI_DEBUG_TRACE: "true"
  DESCRIBED:
    value: "v"
    description: d
.svc:
  services:
    - postgres
    - name: redis:7.2
      alias: cache
mr:
  extends: .svc
  stage: deploy
  variables:
    OWN: "1"
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - mvn deploy -Dmaven.test.skip=true
old:
  only: [merge_requests]
  script:
    - make
branch:
  script:
    - make
cross:
  needs:
    - project: acme/other
      job: build
      ref: main
  script:
    - make
)"}});
  REQUIRE(b.items.size() == 1);
  const Node* p = b.item();
  CHECK(ids(p->get("stages")) == V{"build", "deploy"});
  CHECK(text(p, "env.CI_DEBUG_TRACE") == "true");
  CHECK(text(p, "env.DESCRIBED") == "v");
  const Node* mr = job(p, "mr");
  CHECK(text(mr, "env.OWN") == "1");
  CHECK(text(mr, "on_pull_request") == "true");
  REQUIRE(mr->get("services"));
  CHECK(mr->get("services")->size() == 2);
  CHECK(text(mr->get("services")->entries[1].value, "ref") == "redis:7.2");
  const Node* cmd = mr->get("steps")->entries[0].value->get("commands")->entries[0].value;
  CHECK(text(cmd, "skips_tests") == "-Dmaven.test.skip=true");
  CHECK(text(job(p, "old"), "on_pull_request") == "true");
  CHECK(job(p, "branch")->get("on_pull_request") == nullptr);
  CHECK(job(p, "cross")->get("needs")->size() == 0);  // another project's job
}

TEST_CASE("pipeline: pull requests, variables and services (Azure, Bitbucket, Jenkins)", "[pipeline]") {
  Built b = build({{"azure-pipelines.yml", R"(trigger: [main]
pr: [main]
variables:
  system.debug: true
resources:
  containers:
    - container: pg
      image: postgres
stages:
  - stage: A
    variables:
      - name: STAGE_VAR
        value: s
    jobs:
      - job: Build
        services:
          db: pg
        steps:
          - script: make
  - stage: Prod
    condition: eq(variables['Build.SourceBranch'], 'refs/heads/main')
    jobs:
      - job: Ship
        steps:
          - script: make deploy
)"},
                   {"bitbucket-pipelines.yml", R"(definitions:
  services:
    redis:
      image: redis:7
pipelines:
  pull-requests:
    '**':
      - step:
          services: [redis, docker]
          script:
            - make
)"},
                   {"Jenkinsfile", R"(pipeline {
  agent any
  environment {
    GLOBAL = 'g'
  }
  stages {
    stage('PR') {
      when { changeRequest() }
      environment {
        LOCAL = 'l'
      }
      steps {
        sh 'make'
      }
    }
  }
}
)"}});
  REQUIRE(b.items.size() == 3);
  const Node* az = nullptr;
  const Node* bb = nullptr;
  const Node* jk = nullptr;
  for (auto& it : b.items) {
    std::string d = text(it->root, "dialect");
    if (d == "azure-pipelines") az = it->root;
    if (d == "bitbucket-pipelines") bb = it->root;
    if (d == "jenkins") jk = it->root;
  }
  REQUIRE((az && bb && jk));
  CHECK(az->get("env")->get("system.debug")->text == "true");
  const Node* build_job = job(az, "Build");
  CHECK(text(build_job, "env.STAGE_VAR") == "s");
  CHECK(text(build_job, "on_pull_request") == "true");
  REQUIRE(build_job->get("services"));
  CHECK(text(build_job->get("services")->entries[0].value, "ref") == "postgres");
  CHECK(job(az, "Ship")->get("on_pull_request") == nullptr);
  const Node* step = bb->get("jobs")->entries[0].value;
  CHECK(text(step, "on_pull_request") == "true");
  REQUIRE(step->get("services"));
  CHECK(step->get("services")->size() == 1);  // docker has no image of the file's
  CHECK(text(step->get("services")->entries[0].value, "ref") == "redis:7");
  CHECK(text(jk, "env.GLOBAL") == "g");
  CHECK(text(job(jk, "PR"), "env.LOCAL") == "l");
  CHECK(text(job(jk, "PR"), "on_pull_request") == "true");
}
