// The kinds table of docs/document-model.md: path rules first, then cheap text checks on a prefix of the content.
// Nothing here parses: the classifier runs on every file, most of which no rule ever wants parsed.
#include "engine/classifier.h"
#include "parsers/text_util.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace tollgate {

namespace {

constexpr size_t kSniffBytes = 64 * 1024;

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

// A directory component of the path is exactly `name`.
bool has_dir(std::string_view dir, std::string_view name) {
  size_t i = 0;
  while (i < dir.size()) {
    size_t slash = dir.find('/', i);
    if (slash == std::string_view::npos) slash = dir.size();
    if (dir.substr(i, slash - i) == name) return true;
    i = slash + 1;
  }
  return false;
}

// The directory ends with the components `tail` ("a/b/"), at the root or after a '/'.
bool dir_ends(std::string_view dir, std::string_view tail) {
  return dir == tail || ends(dir, std::string("/") + std::string(tail));
}

// The directory contains the components `part` ("a/b/") somewhere.
bool dir_contains(std::string_view dir, std::string_view part) {
  return starts(dir, part) || dir.find(std::string("/") + std::string(part)) != std::string_view::npos;
}

// `roles/<name>/<sub>/` anywhere in the directory.
bool under_role(std::string_view dir, std::string_view sub) {
  for (size_t at = 0; (at = dir.find("roles/", at)) != std::string_view::npos; ++at) {
    if (at > 0 && dir[at - 1] != '/') continue;
    size_t name_end = dir.find('/', at + 6);
    if (name_end == std::string_view::npos || name_end == at + 6) continue;
    if (starts(dir.substr(name_end + 1), sub) && dir.substr(name_end + 1 + sub.size(), 1) == "/") return true;
  }
  return false;
}

template <typename F>
void each_line(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t nl = s.find('\n', i);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(i, nl - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!f(line)) return;
    i = nl + 1;
  }
}

// `key:` at the start of the line, followed by a blank or the line end (so `kinds:` is not `kind:`).
bool key_at(std::string_view line, std::string_view key) {
  if (!starts(line, key) || line.size() <= key.size() || line[key.size()] != ':') return false;
  return line.size() == key.size() + 1 || line[key.size() + 1] == ' ' || line[key.size() + 1] == '\t';
}

size_t indent_of(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool top_level_key(std::string_view line) {
  return !line.empty() && line[0] != ' ' && line[0] != '\t' && line[0] != '#' && line[0] != '-' &&
         line.find(':') != std::string_view::npos;
}

// Go templates ({{ .Values.x }}), but not the ${{ ... }} expressions of GitHub and Azure, which are valid YAML.
bool has_go_template(std::string_view s) {
  for (size_t at = 0; (at = s.find("{{", at)) != std::string_view::npos; at += 2)
    if (at == 0 || s[at - 1] != '$') return true;
  return false;
}

// The value of a `kind:` line ends in "List" (`kind: List`, `kind: DeploymentList`), quoted or not.
bool list_kind(std::string_view value) {
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '"' || value.back() == '\''))
    value.remove_suffix(1);
  return ends(value, "List");
}

// apiVersion and kind at column 1 (any document), or a list (`kind: ...List` with `items:`), which `kubectl get`
// prints with an apiVersion but hand-written lists sometimes lack.
bool yaml_kubernetes(std::string_view head) {
  bool api = false, kind = false, list = false, items = false;
  each_line(head, [&](std::string_view line) {
    api = api || key_at(line, "apiVersion");
    if (key_at(line, "kind")) {
      kind = true;
      list = list || list_kind(line.substr(5));
    }
    items = items || key_at(line, "items");
    return !(api && kind);
  });
  return kind && (api || (list && items));
}

bool aws_type(std::string_view line) {
  std::string_view t = line.substr(indent_of(line));
  if (!key_at(t, "Type")) return false;
  t.remove_prefix(5);
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '"' || t.front() == '\'')) t.remove_prefix(1);
  return starts(t, "AWS::");
}

bool yaml_cloudformation(std::string_view head) {
  bool version = false, resources = false, aws = false;
  each_line(head, [&](std::string_view line) {
    version = version || key_at(line, "AWSTemplateFormatVersion");
    if (key_at(line, "Resources")) resources = true;
    else if (resources && aws_type(line)) aws = true;
    return !(version || aws);
  });
  return version || aws;
}

bool yaml_compose(std::string_view head) {
  bool in_services = false, found = false;
  each_line(head, [&](std::string_view line) {
    if (top_level_key(line)) {
      in_services = key_at(line, "services");
    } else if (in_services && indent_of(line) > 0) {
      std::string_view t = line.substr(indent_of(line));
      found = key_at(t, "image") || key_at(t, "build");
    }
    return !found;
  });
  return found;
}

bool yaml_ansible(std::string_view head) {
  bool seq = false, found = false;
  each_line(head, [&](std::string_view line) {
    if (starts(line, "- ")) {
      seq = true;
      std::string_view item = line.substr(2);
      found = key_at(item, "hosts") || key_at(item, "import_playbook");
    } else if (seq && indent_of(line) == 2) {
      found = key_at(line.substr(2), "hosts");
    }
    return !found;
  });
  return found;
}

// An Azure Pipelines file not named azure-pipelines*.yml (`.azure-pipelines/ci.yml`, `.pipelines/release.yml`):
// every top-level key is one of the schema's, one of them holds the pipeline's work (stages, jobs, steps or
// extends), one only a pipeline (not a template) may have (trigger, pr, schedules, pool, resources, name, ...),
// and an item is one only Azure writes: `- task: Name@N`, `- stage:`, `- job:`, `- deployment:`, or a `vmImage:`.
// Templates stay generic YAML: the adapter reads them through the pipeline that includes them. A GitLab file has
// job names at the top and Bitbucket `pipelines:`, so neither passes the key test.
bool yaml_azure_pipelines(std::string_view head) {
  static constexpr std::string_view kTopKeys[] = {"trigger", "pr", "schedules", "pool", "variables", "stages", "jobs",
                                                  "steps", "resources", "parameters", "extends", "name",
                                                  "lockBehavior", "appendCommitMessageToRunName"};
  bool foreign = false, work = false, root = false, azure_item = false;
  each_line(head, [&](std::string_view line) {
    if (top_level_key(line)) {
      std::string_view key = line.substr(0, line.find(':'));
      if (std::find(std::begin(kTopKeys), std::end(kTopKeys), key) == std::end(kTopKeys)) foreign = true;
      work = work || key == "stages" || key == "jobs" || key == "steps" || key == "extends";
      root = root || !(key == "stages" || key == "jobs" || key == "steps" || key == "extends" || key == "parameters" ||
                       key == "variables");
      return !foreign;
    }
    std::string_view t = line.substr(std::min(indent_of(line), line.size()));
    if (starts(t, "- ")) {
      std::string_view item = t.substr(2);
      azure_item = azure_item || key_at(item, "stage") || key_at(item, "job") || key_at(item, "deployment") ||
                   (key_at(item, "task") && item.find('@') != std::string_view::npos);
    } else {
      azure_item = azure_item || key_at(t, "vmImage");
    }
    return true;
  });
  return !foreign && work && root && azure_item;
}

Classification yaml(std::string_view dir, std::string_view base, std::string_view head) {
  auto is = [](const char* kind) { return Classification{Format::yaml, kind}; };
  std::string lb = ascii_lower(base);
  // A chart template is Go template text that only becomes YAML once rendered; parsing it as YAML would fail.
  if (has_dir(dir, "templates") && has_go_template(head)) return {Format::text, "helm-template"};
  if (dir_ends(dir, ".github/workflows/") || lb == "action.yml" || lb == "action.yaml") return is("github-actions");
  // `deploy.gitlab-ci.yml`: GitLab's own naming for files meant to be included (its CI/CD templates use it).
  if (ends(lb, ".gitlab-ci.yml") || ends(lb, ".gitlab-ci.yaml") || dir_contains(dir, ".gitlab/ci/")) return is("gitlab-ci");
  if (starts(lb, "azure-pipelines")) return is("azure-pipelines");
  if (lb == "bitbucket-pipelines.yml" || lb == "bitbucket-pipelines.yaml") return is("bitbucket-pipelines");
  if (starts(lb, "docker-compose") || starts(lb, "compose.") || starts(lb, "compose-"))
    return is("docker-compose");
  if (lb == "kustomization.yaml" || lb == "kustomization.yml") return is("kustomization");
  // The classifier cannot see a sibling Chart.yaml, so a plain values.yaml counts on its own; variants such as
  // values-prod.yaml only inside a chart-like folder.
  if (starts(lb, "values") &&
      (lb == "values.yaml" || lb == "values.yml" || has_dir(dir, "charts") || has_dir(dir, "helm")))
    return is("helm-values");
  if (has_dir(dir, "playbooks") || under_role(dir, "tasks") || under_role(dir, "handlers")) return is("ansible");
  if (yaml_cloudformation(head)) return is("cloudformation");
  if (yaml_azure_pipelines(head)) return is("azure-pipelines");
  if (yaml_kubernetes(head)) return is("kubernetes");
  if (yaml_compose(head)) return is("docker-compose");
  if (yaml_ansible(head)) return is("ansible");
  return is("generic-yaml");
}

// `"key"` followed by optional blanks and a ':'.
bool json_key(std::string_view head, std::string_view quoted_key, size_t* after = nullptr) {
  for (size_t at = 0; (at = head.find(quoted_key, at)) != std::string_view::npos; at += quoted_key.size()) {
    size_t i = at + quoted_key.size();
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
    if (i < head.size() && head[i] == ':') {
      if (after) *after = i + 1;
      return true;
    }
  }
  return false;
}

bool json_aws_type(std::string_view head) {
  for (size_t at = 0; (at = head.find("\"Type\"", at)) != std::string_view::npos; at += 6) {
    size_t i = at + 6;
    auto ws = [&] {
      while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
    };
    ws();
    if (i >= head.size() || head[i] != ':') continue;
    ++i;
    ws();
    if (starts(head.substr(i), "\"AWS::")) return true;
  }
  return false;
}

// The keys of the top-level object, found by one pass that tracks nesting (strings and comments skipped): what
// json_key cannot tell, since "kind" and "apiVersion" are common nested keys. Calls f(key, value_begin) for each;
// f returns false to stop.
template <typename F>
void json_top_keys(std::string_view head, F&& f) {
  int depth = 0;
  size_t i = 0;
  auto skip_ws = [&](size_t j) {
    while (j < head.size() && (head[j] == ' ' || head[j] == '\t' || head[j] == '\n' || head[j] == '\r')) ++j;
    return j;
  };
  while (i < head.size()) {
    char c = head[i];
    if (c == '"') {
      size_t b = ++i;
      while (i < head.size() && head[i] != '"') i += head[i] == '\\' ? 2 : 1;
      if (i >= head.size()) return;
      std::string_view str = head.substr(b, i - b);
      ++i;
      size_t j = skip_ws(i);
      if (depth == 1 && j < head.size() && head[j] == ':' && !f(str, skip_ws(j + 1))) return;
    } else if (c == '/' && i + 1 < head.size() && head[i + 1] == '/') {
      i = head.find('\n', i);
      if (i == std::string_view::npos) return;
    } else if (c == '/' && i + 1 < head.size() && head[i + 1] == '*') {
      i = head.find("*/", i + 2);
      if (i == std::string_view::npos) return;
      i += 2;
    } else {
      if (c == '{' || c == '[') ++depth;
      else if (c == '}' || c == ']') --depth;
      ++i;
    }
  }
}

// A manifest: "apiVersion" and "kind" keys of the top-level object (in a top-level array, depth 1 holds values,
// never keys), or a list ("kind": "...List" with "items").
bool json_kubernetes(std::string_view head) {
  bool api = false, kind = false, list = false, items = false;
  json_top_keys(head, [&](std::string_view key, size_t value) {
    if (key == "apiVersion") api = true;
    if (key == "items") items = true;
    if (key == "kind") {
      kind = true;
      size_t close = value < head.size() && head[value] == '"' ? head.find('"', value + 1) : std::string_view::npos;
      list = close != std::string_view::npos && ends(head.substr(value + 1, close - value - 1), "List");
    }
    return !(api && kind);
  });
  return kind && (api || (list && items));
}

Classification json(std::string_view head) {
  auto is = [](const char* kind) { return Classification{Format::json, kind}; };
  // A plan also carries "terraform_version", so it is recognised before a state.
  if (json_key(head, "\"format_version\"") &&
      (json_key(head, "\"planned_values\"") || json_key(head, "\"resource_changes\"")))
    return is("terraform-plan");
  if (json_key(head, "\"terraform_version\"") && json_key(head, "\"resources\"")) return is("terraform-state");
  if (json_key(head, "\"AWSTemplateFormatVersion\"") || (json_key(head, "\"Resources\"") && json_aws_type(head)))
    return is("cloudformation");
  if (json_kubernetes(head)) return is("kubernetes");
  return is("generic-json");
}

// `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/usr/bin/env -S bash -e`.
bool shell_shebang(std::string_view content) {
  if (!starts(content, "#!")) return false;
  std::string_view line = content.substr(2, content.find('\n') == std::string_view::npos ? std::string_view::npos
                                                                                           : content.find('\n') - 2);
  size_t i = 0;
  auto word = [&]() {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    size_t b = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    return line.substr(b, i - b);
  };
  auto name = [](std::string_view p) {
    size_t slash = p.rfind('/');
    return slash == std::string_view::npos ? p : p.substr(slash + 1);
  };
  std::string_view interp = name(word());
  if (interp == "env") {
    std::string_view w = word();
    while (starts(w, "-")) w = word();
    interp = name(w);
  }
  return interp == "sh" || interp == "bash";
}

// Lock files by their tools' names (lower-cased).
bool lock_file(std::string_view lb) {
  static constexpr std::string_view kNames[] = {
      "package-lock.json", "npm-shrinkwrap.json", "yarn.lock",     "pnpm-lock.yaml", "bun.lock",
      "deno.lock",         "composer.lock",       "gemfile.lock",  "podfile.lock",   "cargo.lock",
      "go.sum",            "poetry.lock",         "pipfile.lock",  "uv.lock",        "pdm.lock",
      "conda-lock.yml",    "packages.lock.json",  "paket.lock",    "mix.lock",       "pubspec.lock",
      "flake.lock",        "gradle.lockfile",     "package.resolved", ".terraform.lock.hcl", "shard.lock"};
  for (std::string_view n : kNames)
    if (lb == n) return true;
  return false;
}

}  // namespace

Classification classify(std::string_view rel_path, std::string_view content) {
  size_t slash = rel_path.rfind('/');
  std::string_view base = slash == std::string_view::npos ? rel_path : rel_path.substr(slash + 1);
  std::string_view dir = rel_path.substr(0, rel_path.size() - base.size());
  std::string lb = ascii_lower(base);
  std::string_view head = content.substr(0, kSniffBytes);

  // Documentation first: Dockerfile.5.md is a manual page, not a Dockerfile.
  if (ends(lb, ".md") || ends(lb, ".markdown") || ends(lb, ".mdx")) return {Format::text, "markdown"};
  // A template's extension names it whatever precedes it (values.yaml.gotmpl, user-data.sh.tftpl, .env.j2):
  // it becomes that format only once rendered.
  for (std::string_view ext : {".tftpl", ".tpl", ".tmpl", ".gotmpl", ".j2", ".jinja", ".jinja2"})
    if (ends(lb, ext)) return {Format::text, "template"};
  // A package manager's lock file lists packages, versions and hashes: `registry-auth-token` in
  // package-lock.json is a package's name, not a token. Read by its extension, for rules that want it.
  if (lock_file(lb)) {
    Format f = ends(lb, ".json") ? Format::json : ends(lb, ".yaml") || ends(lb, ".yml") ? Format::yaml : Format::text;
    return {f, "lockfile"};
  }
  if (ends(lb, ".tf.json") || ends(lb, ".tofu.json")) return {Format::json, "terraform"};
  if (ends(lb, ".tf") || ends(lb, ".tofu")) return {Format::hcl, "terraform"};
  if (ends(lb, ".tfvars.json")) return {Format::json, "terraform-vars"};
  if (ends(lb, ".tfvars")) return {Format::hcl, "terraform-vars"};
  if (ends(lb, ".tfstate") || ends(lb, ".tfstate.backup")) return {Format::json, "terraform-state"};

  if (lb == "dockerfile" || lb == "containerfile" || ends(lb, ".dockerfile") || ends(lb, ".containerfile") ||
      ((starts(lb, "dockerfile.") || starts(lb, "containerfile.")) && !ends(lb, ".dockerignore")))
    return {Format::dockerfile, "dockerfile"};
  // Jenkinsfile-owasp, Jenkinsfile_k8s: repositories with several pipelines name them so.
  if (lb == "jenkinsfile" || ends(lb, ".jenkinsfile") || starts(lb, "jenkinsfile.") || starts(lb, "jenkinsfile-") ||
      starts(lb, "jenkinsfile_"))
    return {Format::groovy, "jenkinsfile"};
  // Gradle build scripts and Groovy sources (`build.gradle.kts` is Kotlin, read as text).
  if (ends(lb, ".gradle") || ends(lb, ".groovy")) return {Format::groovy, "groovy"};
  if (base == "Makefile" || base == "makefile" || base == "GNUmakefile" || ends(lb, ".mk"))
    return {Format::text, "makefile"};

  if (ends(lb, ".yml") || ends(lb, ".yaml")) return yaml(dir, base, head);
  if (ends(lb, ".json")) return json(head);
  // direnv's .envrc is a bash script, not a dotenv file.
  if (ends(lb, ".sh") || ends(lb, ".bash") || lb == ".envrc") return {Format::shell, "shell"};
  if (lb == ".env" || starts(lb, ".env.") || ends(lb, ".env")) return {Format::dotenv, "dotenv"};
  if (ends(lb, ".ini") || ends(lb, ".cfg") || ends(lb, ".properties")) return {Format::ini, "ini"};
  // TOML is configuration of the same kind as INI (sections of key = value), in a syntax of its own.
  if (ends(lb, ".toml")) return {Format::toml, "ini"};
  // .conf names many syntaxes (nginx, Apache, systemd, rsyslog): read as lines.
  if (ends(lb, ".conf")) return {Format::text, "ini"};
  if (shell_shebang(head)) return {Format::shell, "shell"};
  return {Format::text, "text"};
}

}  // namespace tollgate
