// The kinds table of docs/document-model.md: every row has a case that hits it and one that must not.
#include <catch2/catch.hpp>

#include <string>

#include "engine/classifier.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

// "format/kind", so each expectation is one readable comparison.
std::string cls(std::string_view path, std::string_view content = "") {
  Classification c = classify(path, content);
  return std::string(format_name(c.format)) + "/" + c.kind;
}

const char* kK8s = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

}  // namespace

TEST_CASE("classifier: terraform", "[classifier]") {
  CHECK(cls("infra/main.tf") == "hcl/terraform");
  CHECK(cls("infra/main.tofu") == "hcl/terraform");
  CHECK(cls("infra/main.tf.json", "{}") == "json/terraform");
  CHECK(cls("MAIN.TF") == "hcl/terraform");
  CHECK(cls("infra/main.tfx") == "text/text");
  CHECK(cls("docs/tf") == "text/text");
}

TEST_CASE("classifier: terraform-vars", "[classifier]") {
  CHECK(cls("env/prod.tfvars") == "hcl/terraform-vars");
  CHECK(cls("env/prod.tfvars.json") == "json/terraform-vars");
  CHECK(cls("env/prod.auto.tfvars") == "hcl/terraform-vars");
  CHECK(cls("env/prod.tfvars.bak") == "text/text");
}

TEST_CASE("classifier: terraform-plan", "[classifier]") {
  const char* plan = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.6.0\",\"planned_values\":{},"
                     "\"resource_changes\":[]}";
  CHECK(cls("plan.json", plan) == "json/terraform-plan");
  CHECK(cls("plan.json", "{\"format_version\" : \"1.2\",\n \"resource_changes\": []}") == "json/terraform-plan");
  // format_version alone, or a plan key as a value, is not a plan
  CHECK(cls("plan.json", "{\"format_version\":\"1.2\"}") == "json/generic-json");
  CHECK(cls("plan.json", "{\"format_version\":\"1\",\"x\":\"planned_values\"}") == "json/generic-json");
}

TEST_CASE("classifier: terraform-state", "[classifier]") {
  CHECK(cls("terraform.tfstate") == "json/terraform-state");
  CHECK(cls("terraform.tfstate.backup") == "json/terraform-state");
  CHECK(cls("state.json", "{\"version\":4,\"terraform_version\":\"1.6.0\",\"resources\":[]}") ==
        "json/terraform-state");
  CHECK(cls("state.json", "{\"terraform_version\":\"1.6.0\"}") == "json/generic-json");
}

TEST_CASE("classifier: github-actions", "[classifier]") {
  CHECK(cls(".github/workflows/ci.yml") == "yaml/github-actions");
  CHECK(cls(".github/workflows/release.yaml") == "yaml/github-actions");
  CHECK(cls("services/api/.github/workflows/ci.yml") == "yaml/github-actions");
  CHECK(cls("action.yml") == "yaml/github-actions");
  CHECK(cls("actions/setup/action.yaml") == "yaml/github-actions");
  // GitHub reads only the workflows folder itself; ${{ }} is not a Go template
  CHECK(cls(".github/dependabot.yml") == "yaml/generic-yaml");
  CHECK(cls(".github/workflows/sub/x.yml") == "yaml/generic-yaml");
  CHECK(cls(".github/workflows/ci.yml", "run: echo {{ x }}\n") == "yaml/github-actions");
  CHECK(cls("my-action.yml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: gitlab-ci", "[classifier]") {
  CHECK(cls(".gitlab-ci.yml") == "yaml/gitlab-ci");
  CHECK(cls("sub/.gitlab-ci.yml") == "yaml/gitlab-ci");
  CHECK(cls(".gitlab/ci/build.yml") == "yaml/gitlab-ci");
  CHECK(cls(".gitlab/ci/jobs/deploy.yaml") == "yaml/gitlab-ci");
  CHECK(cls("ci/templates/tollgate.gitlab-ci.yml") == "yaml/gitlab-ci");
  CHECK(cls("Deploy.gitlab-ci.yaml") == "yaml/gitlab-ci");
  CHECK(cls("gitlab-ci.yml.bak") != "yaml/gitlab-ci");
  CHECK(cls(".gitlab/issue_templates/bug.yml") == "yaml/generic-yaml");
  CHECK(cls("gitlab-ci.yml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: azure-pipelines", "[classifier]") {
  CHECK(cls("azure-pipelines.yml") == "yaml/azure-pipelines");
  CHECK(cls("ci/azure-pipelines-release.yaml") == "yaml/azure-pipelines");
  CHECK(cls("pipelines/azure.yml") == "yaml/generic-yaml");
  // Other names, by content: a pipeline with its own trigger, pool or resources.
  CHECK(cls(".azure-pipelines/ci.yml", "trigger:\n  - main\npool:\n  vmImage: ubuntu-24.04\nsteps:\n  - script: make\n") ==
        "yaml/azure-pipelines");
  CHECK(cls("ci/release.yml", "pr: none\nstages:\n  - stage: Build\n    jobs:\n      - job: B\n        steps: []\n") ==
        "yaml/azure-pipelines");
  // Templates stay generic: the pipeline that includes them reads them.
  CHECK(cls(".pipelines/templates/build.yml",
            "parameters:\n  - name: os\n    type: string\nsteps:\n  - task: UseDotNet@2\n    inputs: {}\n") ==
        "yaml/generic-yaml");
  CHECK(cls("ci/stages.yml", "stages:\n  - stage: Build\n    jobs:\n      - job: B\n        steps: []\n") ==
        "yaml/generic-yaml");
  // Not Azure: a GitLab-like file (job names at the top), a task list without the Name@N form, plain steps.
  CHECK(cls("ci/build.yml", "stages:\n  - build\nbuild:\n  stage: build\n  script: make\n") == "yaml/generic-yaml");
  CHECK(cls("ci/tasks.yml", "steps:\n  - task: compile\n  - task: test\n") == "yaml/generic-yaml");
  CHECK(cls("docs/steps.yml", "steps:\n  - name: one\n") == "yaml/generic-yaml");
}

TEST_CASE("classifier: bitbucket-pipelines", "[classifier]") {
  CHECK(cls("bitbucket-pipelines.yml") == "yaml/bitbucket-pipelines");
  CHECK(cls("bitbucket.yml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: jenkinsfile", "[classifier]") {
  CHECK(cls("Jenkinsfile") == "groovy/jenkinsfile");
  CHECK(cls("ci/deploy.jenkinsfile") == "groovy/jenkinsfile");
  CHECK(cls("Jenkinsfile.release") == "groovy/jenkinsfile");
  CHECK(cls("Jenkinsfile-owasp") == "groovy/jenkinsfile");
  CHECK(cls("ci/Jenkinsfile_k8s") == "groovy/jenkinsfile");
  CHECK(cls("JenkinsfileX") == "text/text");
  CHECK(cls("Jenkins.md") == "text/markdown");
}

TEST_CASE("classifier: docker-compose", "[classifier]") {
  CHECK(cls("docker-compose.yml") == "yaml/docker-compose");
  CHECK(cls("deploy/docker-compose.prod.yaml") == "yaml/docker-compose");
  CHECK(cls("compose.yaml") == "yaml/docker-compose");
  CHECK(cls("compose.override.yml") == "yaml/docker-compose");
  CHECK(cls("stack.yml", "version: '3'\nservices:\n  web:\n    image: nginx\n") == "yaml/docker-compose");
  CHECK(cls("stack.yml", "# c\nservices:\n  api:\n    build: .\n") == "yaml/docker-compose");
  // services: that is not the top-level key, or whose entries have neither image nor build
  CHECK(cls("stack.yml", "spec:\n  services:\n    web:\n      image: nginx\n") == "yaml/generic-yaml");
  CHECK(cls("stack.yml", "services:\n  - name: a\nimage: x\n") == "yaml/generic-yaml");
  CHECK(cls("composer.yml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: dockerfile", "[classifier]") {
  CHECK(cls("Dockerfile") == "dockerfile/dockerfile");
  CHECK(cls("svc/api.Dockerfile") == "dockerfile/dockerfile");
  CHECK(cls("Dockerfile.prod") == "dockerfile/dockerfile");
  CHECK(cls("Containerfile") == "dockerfile/dockerfile");
  CHECK(cls("dockerfile") == "dockerfile/dockerfile");
  CHECK(cls("Dockerfile.dockerignore") == "text/text");
  CHECK(cls(".dockerignore") == "text/text");
  CHECK(cls("MyDockerfile") == "text/text");
}

TEST_CASE("classifier: kustomization", "[classifier]") {
  CHECK(cls("overlays/prod/kustomization.yaml", kK8s) == "yaml/kustomization");
  CHECK(cls("base/kustomization.yml") == "yaml/kustomization");
  CHECK(cls("base/kustomize.yaml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: helm-values", "[classifier]") {
  CHECK(cls("charts/web/values.yaml") == "yaml/helm-values");
  CHECK(cls("values.yaml") == "yaml/helm-values");
  CHECK(cls("deploy/helm/values-prod.yaml") == "yaml/helm-values");
  CHECK(cls("charts/web/values.staging.yml") == "yaml/helm-values");
  CHECK(cls("config/values-prod.yaml") == "yaml/generic-yaml");
  CHECK(cls("charts/web/Chart.yaml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: helm-template", "[classifier]") {
  const char* tpl = "apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include \"web.fullname\" . }}\n";
  CHECK(cls("charts/web/templates/service.yaml", tpl) == "text/helm-template");
  CHECK(cls("templates/deployment.yml", "{{- if .Values.enabled }}\n") == "text/helm-template");
  // without {{ it is plain YAML; ${{ }} (Azure, GitHub) is valid YAML; {{ outside templates/ is not a chart
  CHECK(cls("charts/web/templates/service.yaml", kK8s) == "yaml/kubernetes");
  CHECK(cls("templates/build.yml", "steps:\n- script: echo ${{ parameters.x }}\n") == "yaml/generic-yaml");
  CHECK(cls("manifests/service.yaml", "name: {{ x }}\n") == "yaml/generic-yaml");
}

TEST_CASE("classifier: kubernetes", "[classifier]") {
  CHECK(cls("k8s/deploy.yaml", kK8s) == "yaml/kubernetes");
  CHECK(cls("k8s/all.yaml", "---\n# second doc is k8s\nfoo: 1\n---\nkind: ConfigMap\napiVersion: v1\n") ==
        "yaml/kubernetes");
  CHECK(cls("k8s/crlf.yaml", "apiVersion: v1\r\nkind: Secret\r\n") == "yaml/kubernetes");
  // nested keys, or look-alike keys, are not enough
  CHECK(cls("k8s/x.yaml", "spec:\n  apiVersion: v1\n  kind: Pod\n") == "yaml/generic-yaml");
  CHECK(cls("k8s/x.yaml", "apiVersionX: v1\nkinds: 1\n") == "yaml/generic-yaml");
  CHECK(cls("k8s/x.yaml", "apiVersion: v1\n") == "yaml/generic-yaml");
  CHECK(cls("k8s/x.txt", kK8s) == "text/text");
}

TEST_CASE("classifier: kubernetes lists", "[classifier]") {
  CHECK(cls("k8s/list.yaml", "kind: List\nitems:\n- kind: Pod\n") == "yaml/kubernetes");
  CHECK(cls("k8s/list.yaml", "kind: \"DeploymentList\"\nitems: []\n") == "yaml/kubernetes");
  // a list kind without items, or items without a list kind, is not a manifest
  CHECK(cls("k8s/x.yaml", "kind: List\n") == "yaml/generic-yaml");
  CHECK(cls("k8s/x.yaml", "kind: Inventory\nitems: []\n") == "yaml/generic-yaml");
}

TEST_CASE("classifier: kubernetes JSON", "[classifier]") {
  CHECK(cls("k8s/deploy.json", "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\", \"spec\": {}}") ==
        "json/kubernetes");
  CHECK(cls("k8s/deploy.json", "// exported\n{\n  \"kind\" : \"Pod\",\n  \"apiVersion\":\"v1\"\n}") ==
        "json/kubernetes");
  CHECK(cls("k8s/list.json", "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[]}") == "json/kubernetes");
  CHECK(cls("k8s/list.json", "{\"kind\":\"PodList\",\"items\":[{\"kind\":\"Pod\"}]}") == "json/kubernetes");
  // nested keys do not count, nor keys inside strings, nor a list kind without items
  CHECK(cls("x.json", "{\"spec\": {\"apiVersion\": \"v1\", \"kind\": \"Pod\"}}") == "json/generic-json");
  CHECK(cls("x.json", "[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]") == "json/generic-json");
  CHECK(cls("x.json", "{\"a\": \"\\\"apiVersion\\\": 1, \\\"kind\\\": 2\"}") == "json/generic-json");
  CHECK(cls("x.json", "{\"apiVersion\": \"v1\"}") == "json/generic-json");
  CHECK(cls("x.json", "{\"kind\": \"youtube#searchListResponse\", \"items\": []}") == "json/generic-json");
  CHECK(cls("x.json", "{\"kind\": \"List\"}") == "json/generic-json");
  // a CloudFormation template stays one even with top-level apiVersion-like keys elsewhere
  CHECK(cls("cfn.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"kind\": \"x\", \"apiVersion\": 1}") ==
        "json/cloudformation");
}

TEST_CASE("classifier: kubernetes keys beyond the sniffed prefix are not seen", "[classifier]") {
  std::string big = "apiVersion: v1\n" + std::string(70 * 1024, '#') + "\nkind: Pod\n";
  CHECK(cls("k8s/big.yaml", big) == "yaml/generic-yaml");
}

TEST_CASE("classifier: cloudformation", "[classifier]") {
  CHECK(cls("cfn/stack.yaml", "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n") == "yaml/cloudformation");
  CHECK(cls("cfn/stack.yaml", "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n") == "yaml/cloudformation");
  CHECK(cls("cfn/stack.yml", "Resources:\n  Bucket:\n    Type: \"AWS::S3::Bucket\"\n") == "yaml/cloudformation");
  CHECK(cls("cfn/stack.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\"}") == "json/cloudformation");
  CHECK(cls("cfn/stack.json", "{\"Resources\": {\"B\": {\"Type\" : \"AWS::S3::Bucket\"}}}") ==
        "json/cloudformation");
  CHECK(cls("cfn/other.yaml", "Resources:\n  Bucket:\n    Type: Custom::Thing\n") == "yaml/generic-yaml");
  CHECK(cls("cfn/other.yaml", "Type: AWS::S3::Bucket\n") == "yaml/generic-yaml");
  CHECK(cls("cfn/other.json", "{\"Type\": \"AWS::S3::Bucket\"}") == "json/generic-json");
}

TEST_CASE("classifier: ansible", "[classifier]") {
  CHECK(cls("playbooks/site.yml") == "yaml/ansible");
  CHECK(cls("ansible/roles/web/tasks/main.yml") == "yaml/ansible");
  CHECK(cls("roles/web/handlers/main.yaml") == "yaml/ansible");
  CHECK(cls("site.yml", "- hosts: all\n  tasks:\n    - ping:\n") == "yaml/ansible");
  CHECK(cls("site.yml", "---\n- name: deploy\n  hosts: web\n") == "yaml/ansible");
  CHECK(cls("site.yml", "- import_playbook: web.yml\n") == "yaml/ansible");
  CHECK(cls("site.yml", "- name: a\n  value: 1\n") == "yaml/generic-yaml");
  CHECK(cls("site.yml", "hosts: all\n") == "yaml/generic-yaml");
  CHECK(cls("roles/web/defaults/main.yml") == "yaml/generic-yaml");
  CHECK(cls("xroles/web/tasks/main.yml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: dotenv", "[classifier]") {
  CHECK(cls(".env") == "dotenv/dotenv");
  CHECK(cls("app/.env.production") == "dotenv/dotenv");
  CHECK(cls("config/prod.env") == "dotenv/dotenv");
  CHECK(cls(".envrc") == "shell/shell");
  CHECK(cls(".env.json", "{}") == "json/generic-json");
  CHECK(cls("environment") == "text/text");
}

TEST_CASE("classifier: shell", "[classifier]") {
  CHECK(cls("scripts/deploy.sh") == "shell/shell");
  CHECK(cls("scripts/deploy.bash") == "shell/shell");
  CHECK(cls("bin/deploy", "#!/bin/bash\nset -e\n") == "shell/shell");
  CHECK(cls("bin/deploy", "#!/bin/sh\n") == "shell/shell");
  CHECK(cls("bin/deploy", "#! /usr/bin/env bash\n") == "shell/shell");
  CHECK(cls("bin/deploy", "#!/usr/bin/env -S bash -e\n") == "shell/shell");
  CHECK(cls("bin/deploy", "#!/bin/bash\r\n") == "shell/shell");
  CHECK(cls("bin/deploy", "#!/usr/bin/env python3\n") == "text/text");
  CHECK(cls("bin/deploy", "#!/bin/bashful\n") == "text/text");
  CHECK(cls("bin/deploy", "echo hi\n#!/bin/sh\n") == "text/text");
  CHECK(cls("bin/deploy", "#!") == "text/text");
}

TEST_CASE("classifier: makefile", "[classifier]") {
  CHECK(cls("Makefile") == "text/makefile");
  CHECK(cls("GNUmakefile") == "text/makefile");
  CHECK(cls("build/rules.mk") == "text/makefile");
  CHECK(cls("Makefile.am") == "text/text");
}

TEST_CASE("classifier: generic-yaml and generic-json", "[classifier]") {
  CHECK(cls("config/app.yaml", "a: 1\n") == "yaml/generic-yaml");
  CHECK(cls("config/app.YML", "a: 1\n") == "yaml/generic-yaml");
  CHECK(cls("package.json", "{\"name\": \"x\"}") == "json/generic-json");
  CHECK(cls("config/app.yaml.txt") == "text/text");
}

TEST_CASE("classifier: INI, properties and TOML files are parsed, .conf read as text", "[classifier]") {
  for (const char* p : {"setup.cfg", "conf/app.ini", "src/main/resources/application.properties"})
    CHECK(cls(p) == "ini/ini");
  CHECK(cls("nginx.conf") == "text/ini");
  CHECK(cls("pyproject.toml") == "toml/ini");
  CHECK(cls("config/Cargo.TOML") == "toml/ini");
  CHECK(cls("app.inix") == "text/text");
}

TEST_CASE("classifier: lockfile", "[classifier]") {
  CHECK(cls("package-lock.json", "{\"name\": \"x\"}") == "json/lockfile");
  CHECK(cls("web/npm-shrinkwrap.json") == "json/lockfile");
  CHECK(cls("pnpm-lock.yaml") == "yaml/lockfile");
  CHECK(cls("Gemfile.lock") == "text/lockfile");
  CHECK(cls("yarn.lock") == "text/lockfile");
  CHECK(cls("go.sum") == "text/lockfile");
  CHECK(cls("infra/.terraform.lock.hcl") == "text/lockfile");
  CHECK(cls("Cargo.lock") == "text/lockfile");
  CHECK(cls("package.json") == "json/generic-json");
  CHECK(cls("locks/deploy.lock.yaml") == "yaml/generic-yaml");
}

TEST_CASE("classifier: markdown", "[classifier]") {
  CHECK(cls("README.md", "# title\n") == "text/markdown");
  CHECK(cls("docs/UPGRADE.markdown") == "text/markdown");
  CHECK(cls("site/page.mdx") == "text/markdown");
  // a manual page about Dockerfiles, not a Dockerfile; nor a template
  CHECK(cls("man/Dockerfile.5.md", "% \"DOCKERFILE\" \"5\"\nFROM ubuntu\n") == "text/markdown");
  CHECK(cls("docs/values.yaml.md") == "text/markdown");
  CHECK(cls("docs/md") == "text/text");
  CHECK(cls("notes.mdown") == "text/text");
}

TEST_CASE("classifier: template", "[classifier]") {
  for (const char* p : {"modules/ec2/user-data.sh.tftpl", "charts/web/templates/_helpers.tpl", "config.yaml.tmpl",
                        "helmfile.d/values.yaml.gotmpl", "roles/web/templates/nginx.conf.j2", "app.json.jinja",
                        "app.yaml.jinja2", "Dockerfile.tpl", ".env.j2", "main.tf.tpl", "docker-compose.yml.tmpl"})
    CHECK(cls(p, "name: {{ x }}\n") == "text/template");
  // named as what they are, not as templates: read by their format, and judged as templates only if they fail
  CHECK(cls("Dockerfile.template", "{{ x }}\n") == "dockerfile/dockerfile");
  CHECK(cls("stack.template") == "text/text");
  CHECK(cls("config.tplx") == "text/text");
}

TEST_CASE("classifier: text for everything else", "[classifier]") {
  CHECK(cls("main.go") == "text/text");
  CHECK(cls("") == "text/text");
  CHECK(cls("noext", std::string("\0\xFF\xFE", 3)) == "text/text");
}

TEST_CASE("parse_text: one document, format text, no tree", "[classifier]") {
  auto src = SourceText::make("README.md", "hello\n");
  auto r = parse_text(src);
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::text);
  CHECK(r.documents[0]->root == nullptr);
  CHECK(r.documents[0]->source == src);
  auto text = parse(Format::text, SourceText::make("a.txt", "x"));
  REQUIRE(text.documents.size() == 1);
  CHECK(text.documents[0]->format == Format::text);
}
