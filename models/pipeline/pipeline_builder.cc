// The shared part of the pipeline adapters (pipeline_builder.h).
//
// Classifying commands: a step does something when one of its commands is a tool known for it, invoked for
// it (`docker push` publishes, `docker build` builds; `terraform apply` deploys, `terraform plan` does not).
// The tables below are the tools a platform repository's pipelines use most; an unknown command does nothing,
// so a rule that asks "is there a test before the deploy" errs towards "no" only for tools it cannot know, and
// rules that look for a missing activity say so in their help. Sources: each tool's CLI reference.
#include "models/pipeline/pipeline_builder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "engine/shell_blocks.h"
#include "models/refs.h"
#include "parsers/text_util.h"

namespace tollgate::pipeline {

namespace {

bool is_hex(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

bool looks_like_version(std::string_view v) {
  if (!v.empty() && (v[0] == 'v' || v[0] == 'V')) v.remove_prefix(1);
  return !v.empty() && std::isdigit(static_cast<unsigned char>(v[0]));
}

bool has_arg(const std::vector<std::string>& args, std::string_view a) {
  return std::find(args.begin(), args.end(), a) != args.end();
}

bool has_arg_prefix(const std::vector<std::string>& args, std::string_view p) {
  return std::any_of(args.begin(), args.end(), [&](const std::string& a) { return a.rfind(p, 0) == 0; });
}

// Global options written before a subcommand that take the next word as their value (`kubectl --context prod
// apply`, `helm -n prod upgrade`, `make -C infra deploy`).
bool takes_value(std::string_view option) {
  static const std::unordered_set<std::string_view> k = {
      "--context", "--kube-context", "-n", "--namespace", "--kubeconfig", "--cluster", "--user", "-s", "--server",
      "--token", "--project", "--region", "--profile", "-C", "--directory", "--chdir", "--config", "-c"};
  return k.count(option) > 0;
}

// The first argument that is not an option (or an option's value): the subcommand of `kubectl apply -f x`.
std::string_view subcommand(const std::vector<std::string>& args, size_t skip = 0) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.empty() || a[0] == '-') {
      if (takes_value(a)) ++i;
      continue;
    }
    if (skip-- == 0) return a;
  }
  return {};
}

// The tier named by a command's arguments: an option's value (`--namespace=prod`, `-var-file=envs/prod.tfvars`)
// or a plain argument; option names themselves are not read (`--stage dev` must not read "stage").
std::string_view target_of(const std::vector<std::string>& args) {
  std::string_view best;
  auto rank = [](std::string_view t) { return t == "production" ? 0 : t == "staging" ? 1 : t == "testing" ? 2 : 3; };
  for (const std::string& a : args) {
    std::string_view v = a;
    if (!v.empty() && v[0] == '-') {
      size_t eq = v.find('=');
      if (eq == std::string_view::npos) continue;
      v = v.substr(eq + 1);
    }
    // A path names its environment near its end (`envs/prod`, `values-prod.yaml`); a folder high up is the
    // repository's layout (`production/helm/chart/ci/values.yaml` is a chart's test values).
    size_t last = v.find_last_of('/');
    if (last != std::string_view::npos && last > 0) {
      size_t before = v.find_last_of('/', last - 1);
      if (before != std::string_view::npos) v = v.substr(before + 1);
    }
    std::string_view t = tier_of(v);
    if (!t.empty() && (best.empty() || rank(t) < rank(best))) best = t;
  }
  return best;
}

using Subs = std::unordered_set<std::string_view>;

// Commands whose subcommand decides: tool -> subcommands.
const std::unordered_map<std::string_view, Subs>& deploy_subcommands() {
  static const std::unordered_map<std::string_view, Subs> m = {
      {"kubectl", {"apply", "replace", "rollout", "set", "patch", "create", "scale"}},
      {"oc", {"apply", "replace", "rollout", "set", "patch", "create"}},
      {"helm", {"upgrade", "install", "rollback"}},
      {"helmfile", {"apply", "sync", "deploy"}},
      {"terraform", {"apply", "destroy"}}, {"tofu", {"apply", "destroy"}},
      {"terragrunt", {"apply", "destroy", "run-all"}},
      {"pulumi", {"up", "destroy"}}, {"cdk", {"deploy"}}, {"sam", {"deploy"}}, {"serverless", {"deploy"}},
      {"sls", {"deploy"}}, {"flyctl", {"deploy"}}, {"fly", {"deploy"}}, {"eb", {"deploy"}},
      {"argocd", {"app"}}, {"skaffold", {"run", "deploy"}}, {"kustomize", {}}, {"vercel", {"deploy"}},
      {"netlify", {"deploy"}}, {"firebase", {"deploy"}}, {"heroku", {"container:release", "releases:promote"}},
      {"copilot", {"deploy"}}, {"waypoint", {"up", "deploy"}}, {"nomad", {"run"}}, {"ecs-deploy", {}},
      {"kamal", {"deploy"}}, {"cap", {"deploy"}}, {"kn", {"service"}}, {"dpl", {}},
      {"wrangler", {"deploy", "publish", "pages"}},
  };
  return m;
}

const std::unordered_map<std::string_view, Subs>& test_subcommands() {
  static const std::unordered_map<std::string_view, Subs> m = {
      {"go", {"test", "vet"}}, {"cargo", {"test", "nextest"}}, {"dotnet", {"test"}}, {"mvn", {"test", "verify"}},
      {"mvnw", {"test", "verify"}}, {"gradle", {"test", "check", "integrationTest"}},
      {"gradlew", {"test", "check", "integrationTest"}}, {"npm", {"test", "t"}}, {"yarn", {"test"}},
      {"pnpm", {"test"}}, {"bun", {"test"}}, {"bazel", {"test", "coverage"}}, {"make", {"test", "check", "tests"}},
      {"deno", {"test"}}, {"mix", {"test"}}, {"swift", {"test"}}, {"flutter", {"test"}}, {"rake", {"test", "spec"}},
      {"bundle", {"exec"}}, {"helm", {"test", "lint"}}, {"sbt", {"test"}}, {"lein", {"test"}},
  };
  return m;
}

const Subs& test_tools() {
  static const Subs s = {"pytest", "tox", "nox", "jest", "vitest", "mocha", "karma", "ctest", "rspec", "phpunit",
                         "cypress", "playwright", "go-test", "gotestsum", "ginkgo", "bats", "unittest", "nosetests",
                         "behave", "cucumber", "newman", "k6", "terratest", "kuttl", "chainsaw", "testthat"};
  return s;
}

const std::unordered_map<std::string_view, Subs>& build_subcommands() {
  static const std::unordered_map<std::string_view, Subs> m = {
      {"docker", {"build", "buildx", "compose"}}, {"podman", {"build"}}, {"buildah", {"bud", "build"}},
      {"go", {"build", "install"}}, {"cargo", {"build"}}, {"dotnet", {"build", "publish", "pack"}},
      {"mvn", {"package", "install", "compile", "verify"}}, {"mvnw", {"package", "install", "compile", "verify"}},
      {"gradle", {"build", "assemble", "jar", "bootJar"}}, {"gradlew", {"build", "assemble", "jar", "bootJar"}},
      {"npm", {"run"}}, {"yarn", {"build", "run"}}, {"pnpm", {"build", "run"}}, {"bazel", {"build"}},
      {"make", {}}, {"cmake", {"--build"}}, {"python", {"-m"}}, {"python3", {"-m"}}, {"poetry", {"build"}},
      {"hatch", {"build"}}, {"packer", {"build"}}, {"ko", {"build"}}, {"sbt", {"compile", "package", "assembly"}},
      {"swift", {"build"}}, {"flutter", {"build"}}, {"hugo", {}}, {"mkdocs", {"build"}}, {"goreleaser", {"build"}},
  };
  return m;
}

const Subs& scan_tools() {
  static const Subs s = {"trivy", "grype", "semgrep", "gitleaks", "trufflehog", "tfsec", "kics", "bandit", "gosec",
                         "pip-audit", "safety", "osv-scanner", "dependency-check", "dependency-check.sh",
                         "sonar-scanner", "codeql", "snyk", "nancy", "govulncheck", "brakeman", "retire", "clair",
                         "detect-secrets", "ggshield", "horusec", "zap-baseline.py", "zap-full-scan.py", "nuclei",
                         "terrascan", "checkov", "tollgate", "noseyparker", "npm-audit", "cargo-audit", "bearer",
                         "scorecard", "docker-scout", "kubesec", "zizmor", "kubescape", "bundle-audit", "bundler-audit",
                         "dockle", "prowler", "cfn_nag", "cfn_nag_scan", "owasp-zap", "wapiti", "secretlint"};
  return s;
}

const Subs& policy_tools() {
  static const Subs s = {"conftest", "opa", "kyverno", "gator", "regula", "polaris", "kube-score", "kubeconform",
                         "kubeval", "datree", "checkov", "tollgate", "kube-linter", "pluto", "cfn-guard", "cfn-lint",
                         "tflint", "infracost", "terraform-compliance", "sentinel", "cnspec", "steampipe"};
  return s;
}

// Azure Pipelines macros (`$(Build.BuildId)`) and template expressions (`${{ parameters.env }}`) become a
// placeholder of the same length while a line is split, so that the splitter reads them as part of a word (not as
// a command substitution, not as several words) and columns stay right.
constexpr char kMacroOpen = '\x01', kMacroClose = '\x02';

constexpr char kMacroSpace = '\x03';

void hide_macros(std::string* s) {
  // a template expression `${{ parameters.x }}` is one word whatever it holds
  for (size_t i = s->find("${{"); i != std::string::npos; i = s->find("${{", i + 3)) {
    size_t end = s->find("}}", i + 3);
    if (end == std::string::npos) break;
    for (size_t k = i; k < end; ++k)
      if ((*s)[k] == ' ') (*s)[k] = kMacroSpace;
  }
  for (size_t i = 0; i + 2 < s->size(); ++i) {
    if ((*s)[i] != '$' || (*s)[i + 1] != '(') continue;
    size_t j = i + 2;
    while (j < s->size() && (std::isalnum(static_cast<unsigned char>((*s)[j])) || (*s)[j] == '_' ||
                             (*s)[j] == '.' || (*s)[j] == '-'))
      ++j;
    if (j == i + 2 || j >= s->size() || (*s)[j] != ')') continue;
    (*s)[i] = (*s)[i + 1] = kMacroOpen;
    (*s)[j] = kMacroClose;
    i = j;
  }
}

void show_macros(std::string* s) {
  std::string out;
  out.reserve(s->size());
  for (size_t i = 0; i < s->size(); ++i) {
    char c = (*s)[i];
    if (c == kMacroOpen && i + 1 < s->size() && (*s)[i + 1] == kMacroOpen) {
      out += "$(";
      ++i;
    } else {
      out.push_back(c == kMacroClose ? ')' : c == kMacroSpace ? ' ' : c);
    }
  }
  *s = std::move(out);
}

// The value of an option written `--opt value` or `--opt=value` ("" when absent; `present` tells).
std::string option_value(const std::vector<std::string>& args, std::string_view opt, bool* present = nullptr) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == opt) {
      if (present) *present = true;
      return i + 1 < args.size() ? args[i + 1] : std::string();
    }
    if (a.size() > opt.size() && a.compare(0, opt.size(), opt) == 0 && a[opt.size()] == '=') {
      if (present) *present = true;
      return a.substr(opt.size() + 1);
    }
  }
  return {};
}

// Whether a scan writes SARIF: a report for code scanning, whose required check is the gate, not the exit code.
bool writes_sarif(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = ascii_lower(args[i]);
    if (a == "--sarif" || a.rfind("--sarif-", 0) == 0 || a == "--format=sarif" || a == "-f=sarif") return true;
    if ((a == "--format" || a == "-f" || a == "--output-format" || a == "-o") && i + 1 < args.size() &&
        ascii_lower(args[i + 1]) == "sarif")
      return true;
    if (a.size() > 6 && a.compare(a.size() - 6, 6, ".sarif") == 0) return true;
  }
  return false;
}

// A security scanner's own way of exiting 0 whatever it finds (each tool's CLI reference): the option as written.
std::string scan_soft_fail(std::string_view base, std::string_view sub, const std::vector<std::string>& args) {
  if (writes_sarif(args)) return {};
  auto exit_code_zero = [&](std::string_view opt) -> std::string {
    bool present = false;
    std::string v = option_value(args, opt, &present);
    return present && v == "0" ? std::string(opt) + " 0" : std::string();
  };
  // trivy, gitleaks: --exit-code sets the code for findings (https://trivy.dev/latest/docs/configuration/others/#exit-code,
  // https://github.com/gitleaks/gitleaks#exit-codes)
  if (base == "trivy" || base == "gitleaks") return exit_code_zero("--exit-code");
  // checkov -s/--soft-fail, tfsec --soft-fail: report and exit 0
  if ((base == "checkov" || base == "tfsec") && has_arg(args, "--soft-fail")) return "--soft-fail";
  if (base == "checkov" && has_arg(args, "-s")) return "-s";
  // bandit --exit-zero, gosec -no-fail, zizmor --no-exit-codes, kics --ignore-on-exit all|results
  if (base == "bandit" && has_arg(args, "--exit-zero")) return "--exit-zero";
  if (base == "gosec" && (has_arg(args, "-no-fail") || has_arg(args, "--no-fail"))) return "-no-fail";
  if (base == "zizmor" && has_arg(args, "--no-exit-codes")) return "--no-exit-codes";
  // Maven's --fail-never: the build (and a scanner goal in it) succeeds whatever fails.
  if ((base == "mvn" || base == "mvnw") && (has_arg(args, "-fn") || has_arg(args, "--fail-never")))
    return has_arg(args, "-fn") ? "-fn" : "--fail-never";
  if (base == "kics") {
    std::string v = option_value(args, "--ignore-on-exit");
    if (v == "all" || v == "results") return "--ignore-on-exit " + v;
  }
  // snyk: --severity-threshold only raises the bar; `snyk monitor` never fails by design and is not a gate.
  (void)sub;
  return {};
}

// A build or test command told to skip the tests it would run.
std::string tests_skipped(std::string_view base, std::string_view sub, const std::vector<std::string>& args) {
  if (base == "mvn" || base == "mvnw") {
    for (const std::string& x : args) {
      if (x == "-DskipTests" || x == "-DskipTests=true" || x == "-Dmaven.test.skip" || x == "-Dmaven.test.skip=true" ||
          x == "-DskipUTs" || x == "-DskipUTs=true")
        return x;
    }
  }
  if (base == "gradle" || base == "gradlew") {
    for (size_t i = 0; i < args.size(); ++i) {
      const std::string& x = args[i];
      std::string task;
      if ((x == "-x" || x == "--exclude-task") && i + 1 < args.size()) task = args[i + 1];
      else if (x.rfind("-x", 0) == 0 && x.size() > 2 && x[2] != '-') task = x.substr(2);
      else if (x.rfind("--exclude-task=", 0) == 0) task = x.substr(15);
      if (task == "test" || task == "check" || (task.size() > 5 && task.compare(task.size() - 5, 5, ":test") == 0))
        return (x.rfind("-x", 0) == 0 && x.size() > 2 ? x : x + " " + task);
    }
  }
  if (base == "go" && sub == "test") {
    std::string run = option_value(args, "-run");
    if (run.empty()) run = option_value(args, "--run");
    static const std::unordered_set<std::string_view> kNone = {"^$", "XXX", "xxx", "NONE", "none", "^NONE$",
                                                               "nope", "^#$", "NOTHING", "^nothing$", "-"};
    if (kNone.count(run)) return "-run " + run;
  }
  if (base == "cargo" && sub == "test" && has_arg(args, "--no-run")) return "--no-run";
  return {};
}

void add(Activity* a, std::string_view what) {
  if (std::find(a->does.begin(), a->does.end(), what) == a->does.end()) a->does.push_back(what);
}

}  // namespace

std::string_view tier_of(std::string_view name) {
  static const std::unordered_map<std::string_view, std::string_view> kWords = {
      {"prod", "production"},    {"production", "production"}, {"prd", "production"}, {"live", "production"},
      {"prodution", "production"}, {"staging", "staging"},     {"stage", "staging"},   {"stg", "staging"},
      {"preprod", "staging"},    {"uat", "staging"},           {"preproduction", "staging"}, {"test", "testing"},
      {"testing", "testing"},    {"qa", "testing"},            {"tst", "testing"},     {"dev", "development"},
      {"development", "development"}, {"sandbox", "development"}, {"local", "development"},
  };
  // The words (runs of letters and digits, lowered) without allocating: rules ask this of every workload's
  // namespace and path. No tier word is longer than 13 letters, so longer words are skipped.
  std::string_view best;
  char w[16];
  size_t n = 0;
  bool too_long = false;
  auto word_end = [&]() -> bool {
    bool production = false;
    if (n > 0 && !too_long) {
      if (auto it = kWords.find(std::string_view(w, n)); it != kWords.end()) {
        production = it->second == "production";
        if (best.empty() || production) best = it->second;
      }
    }
    n = 0;
    too_long = false;
    return production;
  };
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u)) {
      if (word_end()) return best;
    } else if (n < sizeof w) {
      w[n++] = static_cast<char>(std::tolower(u));
    } else {
      too_long = true;
    }
  }
  word_end();
  return best;
}

std::string_view pinning(std::string_view ref, std::string_view kind) {
  if (ref.empty()) return "none";
  if (kind == "action" || kind == "template" || kind == "include") {
    if (ref.rfind("./", 0) == 0 || ref.rfind("/", 0) == 0 || ref.rfind("../", 0) == 0) return "local";
    if (ref.rfind("docker://", 0) == 0) return pinning(ref.substr(9), "image");
    size_t at = ref.rfind('@');
    if (at == std::string_view::npos) return "none";
    std::string_view v = ref.substr(at + 1);
    if (v.size() == 40 && is_hex(v)) return "digest";
    return looks_like_version(v) ? "tag" : "branch";
  }
  return templated_image_pinning(ref);
}

// The command a container runner runs, when the command line names it: `docker exec [options] CONTAINER cmd...`,
// `docker compose exec|run [options] SERVICE cmd...` (and `docker-compose`, `podman`). nullopt otherwise.
std::optional<std::vector<std::string>> in_container(std::string_view base, const std::vector<std::string>& args) {
  size_t i = 0;
  if ((base == "docker" || base == "podman") && !args.empty() && args[0] == "compose") i = 1;
  else if (base != "docker" && base != "podman" && base != "docker-compose" && base != "podman-compose") return std::nullopt;
  bool compose = i == 1 || base == "docker-compose" || base == "podman-compose";
  // Options that take a value as the next word; any other option stands alone.
  static const Subs kValued = {"-e", "--env", "-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys",
                               "-f", "--file", "-p", "--project-name", "--name", "--entrypoint", "-v", "--volume",
                               "-l", "--label", "--index", "--profile", "--network", "--net", "--platform",
                               "--mount", "--cpus", "-m", "--memory", "--pull", "--add-host", "-h", "--hostname"};
  auto skip_options = [&] {
    while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') {
      bool valued = kValued.count(args[i]) > 0;
      ++i;
      if (valued) ++i;
    }
  };
  skip_options();  // compose's own options (`docker compose -f ci.yml run ...`)
  if (i >= args.size()) return std::nullopt;
  const std::string& verb = args[i];
  // `docker run [options] IMAGE [args]` of a scanner's own image, whose entrypoint is the scanner
  // (`aquasec/trivy:0.50.1 image --exit-code 0 app`): the scanner with those arguments.
  if (!compose && verb == "run") {
    ++i;
    skip_options();
    if (i >= args.size()) return std::nullopt;
    std::string_view name = path_name(image_name(args[i]));
    if (!scan_tools().count(name) && !policy_tools().count(name)) return std::nullopt;
    std::vector<std::string> out{std::string(name)};
    size_t from = i + 1 < args.size() && args[i + 1] == name ? i + 2 : i + 1;  // `semgrep/semgrep semgrep scan`
    out.insert(out.end(), args.begin() + static_cast<std::ptrdiff_t>(std::min(from, args.size())), args.end());
    return out;
  }
  if (!(verb == "exec" || (compose && verb == "run"))) return std::nullopt;
  ++i;
  skip_options();
  if (i + 1 >= args.size()) return std::nullopt;  // the container or service, then the command
  return std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
}

Activity classify_command(const std::string& base_in, const std::vector<std::string>& args) {
  Activity a;
  std::string base = ascii_lower(base_in);
  // Runners that run another tool: npx, pipx run, uvx, poetry run, bundle exec.
  if ((base == "npx" || base == "uvx" || base == "bunx" || base == "pnpx") && !subcommand(args).empty()) {
    std::vector<std::string> rest(std::find(args.begin(), args.end(), std::string(subcommand(args))) + 1, args.end());
    return classify_command(std::string(subcommand(args)), rest);
  }
  if ((base == "poetry" || base == "pipx" || base == "uv" || base == "pdm" || base == "hatch" || base == "bundle") &&
      (subcommand(args) == "run" || subcommand(args) == "exec") && !subcommand(args, 1).empty()) {
    std::string tool(subcommand(args, 1));
    std::vector<std::string> rest(std::find(args.begin(), args.end(), tool) + 1, args.end());
    return classify_command(tool, rest);
  }
  // A command run inside a container (`docker exec app pytest`, `docker compose run --rm web python -m unittest`,
  // a scanner's image run with `docker run`) does what the command does.
  if (std::optional<std::vector<std::string>> inner = in_container(base, args); inner && !inner->empty()) {
    std::string tool = (*inner)[0];
    Activity a = classify_command(tool, std::vector<std::string>(inner->begin() + 1, inner->end()));
    if (a.tool.empty()) a.tool = tool;
    return a;
  }
  for (std::string_view strip : {".exe", ".sh", ".py"})
    if (base.size() > strip.size() && base.compare(base.size() - strip.size(), strip.size(), strip) == 0 &&
        base != "dependency-check.sh" && base.rfind("zap-", 0) != 0)
      base.resize(base.size() - strip.size());
  if (base == "./gradlew" || base == "gradlew") base = "gradlew";
  std::string_view sub = subcommand(args);
  std::string sub_l = ascii_lower(sub);

  // deploy
  if (auto it = deploy_subcommands().find(base); it != deploy_subcommands().end()) {
    bool deploys = it->second.empty() ? (base != "kustomize") : it->second.count(sub) > 0;
    if (base == "terraform" || base == "tofu" || base == "terragrunt")
      deploys = has_arg(args, "apply") || has_arg(args, "destroy") || has_arg(args, "run-all");
    if (base == "argocd") deploys = sub == "app" && (has_arg(args, "sync") || has_arg(args, "set"));
    if (base == "kubectl" && sub == "rollout") deploys = !has_arg(args, "status") && !has_arg(args, "history");
    if (base == "kn") deploys = sub == "service" && (has_arg(args, "create") || has_arg(args, "update"));
    if (base == "wrangler" && sub == "pages") deploys = has_arg(args, "deploy") || has_arg(args, "publish");
    if (base == "vercel") deploys = sub.empty() || sub == "deploy";  // `vercel --prod` deploys
    if (deploys) {
      add(&a, "deploy");
      a.target = target_of(args);
      // Netlify's and Vercel's production deploys are a flag, not a named environment.
      if (a.target.empty() && (base == "netlify" || base == "vercel") &&
          (has_arg(args, "--prod") || has_arg(args, "--production")))
        a.target = "production";
    }
  }
  if (base == "gcloud" || base == "az" || base == "aws") {
    static const Subs kDeployVerbs = {"deploy", "update-service", "create-deployment", "update-function-code",
                                      "up", "deploy-to-slot", "update-stack", "create-stack", "execute-change-set"};
    for (const std::string& x : args)
      if (kDeployVerbs.count(x)) {
        add(&a, "deploy");
        a.target = target_of(args);
        break;
      }
    if (base == "aws" && sub == "cloudformation" && has_arg(args, "deploy")) add(&a, "deploy");
  }
  if (base == "ansible-playbook" || base.rfind("deploy", 0) == 0 || (base == "make" && sub_l.rfind("deploy", 0) == 0) ||
      ((base == "npm" || base == "yarn" || base == "pnpm") && sub == "run" && ascii_lower(subcommand(args, 1)).rfind("deploy", 0) == 0)) {
    add(&a, "deploy");
    a.target = target_of(args);
    if (a.target.empty()) a.target = tier_of(base);
  }

  // test
  if (test_tools().count(base)) add(&a, "test");
  if (auto it = test_subcommands().find(base); it != test_subcommands().end()) {
    if (it->second.count(sub) || (base == "bundle" && subcommand(args, 1) == "rspec")) add(&a, "test");
    if ((base == "npm" || base == "yarn" || base == "pnpm") && sub == "run" &&
        ascii_lower(subcommand(args, 1)).find("test") != std::string::npos)
      add(&a, "test");
  }
  if ((base == "python" || base == "python3") && args.size() >= 2 && args[0] == "-m") {
    if (args[1] == "pytest" || args[1] == "unittest" || args[1] == "tox" || args[1] == "nox") add(&a, "test");
    if (args[1] == "coverage" && args.size() >= 3 && args[2] == "run") add(&a, "test");
    if (args[1] == "bandit" || args[1] == "pip_audit" || args[1] == "safety") add(&a, "scan");
  }
  // Django's test runner, directly or under coverage (`coverage run manage.py test`).
  if ((base == "python" || base == "python3" || (base == "coverage" && sub == "run")) &&
      std::any_of(args.begin(), args.end(), [](const std::string& x) { return x.ends_with("manage.py"); }) &&
      has_arg(args, "test"))
    add(&a, "test");
  // Maven's package, install, verify and deploy phases run the test phase, Gradle's build runs check: unless told
  // to skip them (`-DskipTests=false` skips nothing).
  bool skip_tests = std::any_of(args.begin(), args.end(), [](const std::string& x) {
    return (x.rfind("-DskipTests", 0) == 0 || x.rfind("-Dmaven.test.skip", 0) == 0) && !x.ends_with("=false");
  });
  if ((base == "mvn" || base == "mvnw") && !skip_tests &&
      std::any_of(args.begin(), args.end(), [](const std::string& x) {
        return x == "package" || x == "install" || x == "verify" || x == "deploy";
      }))
    add(&a, "test");
  if ((base == "gradle" || base == "gradlew") && has_arg(args, "build") &&
      !(has_arg(args, "-x") && has_arg(args, "test")) && !has_arg(args, "-xtest"))
    add(&a, "test");
  // `make test-unit`, `gradle :api:test`, `mvn -pl x verify`
  if (base == "make" && (sub_l.rfind("test", 0) == 0 || sub_l.rfind("check", 0) == 0)) add(&a, "test");
  if ((base == "gradle" || base == "gradlew") &&
      std::any_of(args.begin(), args.end(), [](const std::string& x) { return x.size() > 5 && x.compare(x.size() - 5, 5, ":test") == 0; }))
    add(&a, "test");

  // build
  if (auto it = build_subcommands().find(base); it != build_subcommands().end()) {
    bool builds = it->second.empty() ? !sub_l.empty() || base == "hugo" || base == "make" : it->second.count(sub) > 0;
    if (base == "make") builds = sub_l.empty() || sub_l == "all" || sub_l == "build" || sub_l.rfind("build", 0) == 0 ||
                                 sub_l == "dist" || sub_l == "release" || sub_l == "package" || sub_l == "image";
    if (base == "docker") builds = sub == "build" || (sub == "buildx" && has_arg(args, "build")) ||
                                   (sub == "compose" && has_arg(args, "build")) || (sub == "image" && has_arg(args, "build"));
    if (base == "npm" || base == "yarn" || base == "pnpm")
      builds = sub == "build" || (sub == "run" && ascii_lower(subcommand(args, 1)).rfind("build", 0) == 0);
    if (base == "python" || base == "python3") builds = args.size() >= 2 && args[0] == "-m" && args[1] == "build";
    if (base == "cmake") builds = has_arg(args, "--build");
    // Maven runs every phase up to the one named, wherever it stands (`mvn clean install`); deploy includes package.
    if (base == "mvn" || base == "mvnw")
      builds = std::any_of(args.begin(), args.end(), [](const std::string& x) {
        return x == "package" || x == "install" || x == "compile" || x == "verify" || x == "deploy";
      });
    if (builds) add(&a, "build");
  }
  if (base == "kaniko" || base == "executor" || base == "bazelisk" || base == "nix-build" || base == "jib") add(&a, "build");

  // security scan and policy checks
  if (scan_tools().count(base)) {
    bool scans = true;
    if (base == "snyk") scans = sub == "test" || sub == "container" || sub == "iac" || sub == "code" || sub == "monitor";
    if (base == "trivy") scans = sub != "sbom" && !(has_arg_prefix(args, "--format=cyclonedx") || has_arg_prefix(args, "--format=spdx"));
    if (base == "tollgate") scans = sub == "scan" || sub == "git";
    if (base == "codeql") scans = sub == "database" || sub == "github";
    if (scans) add(&a, "scan");
  }
  if ((base == "npm" || base == "yarn" || base == "pnpm") &&
      (sub == "audit" || (sub == "run" && ascii_lower(subcommand(args, 1)).find("audit") != std::string::npos)))
    add(&a, "scan");
  if (base == "cargo" && (sub == "audit" || sub == "deny")) add(&a, "scan");
  if (base == "cosign" && (sub == "verify" || sub == "verify-attestation" || sub == "verify-blob")) add(&a, "policy");
  if (base == "docker" && sub == "scout") add(&a, "scan");
  // Scanners run as build-tool plugins: Maven goals (`sonar:sonar`, `snyk:test`, OWASP `dependency-check:check`,
  // with or without their group id) and Gradle tasks.
  if (base == "mvn" || base == "mvnw")
    for (const std::string& x : args) {
      std::string_view goal = x;
      if (size_t colon = goal.rfind(':'); colon != std::string_view::npos && goal.find(':') != colon)
        goal = goal.substr(goal.rfind(':', colon - 1) + 1);  // org.owasp:dependency-check-maven:check
      if (goal == "sonar:sonar" || goal == "snyk:test" || goal == "dependency-check:check" ||
          goal == "dependency-check-maven:check" || goal == "dependency-check:aggregate" || goal == "ossindex:audit" ||
          (x.find("sonar-maven-plugin") != std::string::npos && x.ends_with(":sonar")))
        add(&a, "scan");
    }
  if ((base == "gradle" || base == "gradlew") &&
      (has_arg(args, "sonar") || has_arg(args, "sonarqube") || has_arg(args, "dependencyCheckAnalyze") ||
       has_arg(args, "dependencyCheckAggregate") || has_arg(args, "snyk-test")))
    add(&a, "scan");
  if (base == "gh" && sub == "codeql") add(&a, "scan");
  if (policy_tools().count(base)) {
    bool checks = true;
    if (base == "opa") checks = sub == "eval" || sub == "test" || sub == "exec";
    if (base == "kyverno") checks = sub == "apply" || sub == "test";
    if (base == "tollgate") checks = sub == "scan";
    if (checks) add(&a, "policy");
  }
  if ((base == "terraform" || base == "tofu") && sub == "validate") add(&a, "policy");

  // sign, SBOM and provenance
  if (base == "cosign" && (sub == "sign" || sub == "sign-blob")) add(&a, "sign");
  if (base == "cosign" && (sub == "attest" || sub == "attest-blob")) add(&a, "sbom");
  if (base == "notation" && sub == "sign") add(&a, "sign");
  if ((base == "gpg" || base == "gpg2") && (has_arg(args, "--sign") || has_arg(args, "--detach-sign") ||
                                            has_arg(args, "-s") || has_arg(args, "--clearsign") || has_arg(args, "-b")))
    add(&a, "sign");
  if (base == "docker" && sub == "trust" && has_arg(args, "sign")) add(&a, "sign");
  if (base == "jarsigner" || base == "signtool" || base == "codesign" || base == "minisign" || base == "sigstore")
    add(&a, "sign");
  if (base == "syft" || base.rfind("cyclonedx", 0) == 0 || base == "spdx-sbom-generator" || base == "bom" ||
      (base == "trivy" && (sub == "sbom" || has_arg_prefix(args, "--format=cyclonedx") || has_arg_prefix(args, "--format=spdx") ||
                           has_arg(args, "cyclonedx") || has_arg(args, "spdx-json"))) ||
      (base == "docker" && (sub == "sbom" || has_arg_prefix(args, "--sbom") || has_arg_prefix(args, "--provenance"))) ||
      (base == "gh" && sub == "attestation"))
    add(&a, "sbom");

  // publish
  bool publishes = false;
  if ((base == "docker" || base == "podman" || base == "buildah") && sub == "push") publishes = true;
  if (base == "docker" && (sub == "buildx" || sub == "build") && (has_arg(args, "--push") || has_arg_prefix(args, "--output=type=registry")))
    publishes = true;
  if ((base == "npm" || base == "yarn" || base == "pnpm" || base == "cargo" || base == "poetry" || base == "gradle" ||
       base == "gradlew" || base == "ko" || base == "dart" || base == "flutter") && sub == "publish")
    publishes = true;
  if ((base == "mvn" || base == "mvnw") && (has_arg(args, "deploy") || sub == "deploy")) publishes = true;
  if (base == "twine" && sub == "upload") publishes = true;
  if (base == "gem" && sub == "push") publishes = true;
  if (base == "dotnet" && sub == "nuget" && has_arg(args, "push")) publishes = true;
  if (base == "nuget" && sub == "push") publishes = true;
  if (base == "helm" && sub == "push") publishes = true;
  if (base == "gh" && sub == "release" && (has_arg(args, "create") || has_arg(args, "upload"))) publishes = true;
  if (base == "goreleaser" && (sub == "release" || sub.empty())) publishes = true;
  if ((base == "crane" || base == "skopeo" || base == "oras") && (sub == "push" || sub == "copy" || sub == "cp"))
    publishes = true;
  if ((base == "kaniko" || base == "executor") && has_arg_prefix(args, "--destination")) publishes = true;
  if (base == "jf" || base == "jfrog") publishes = sub == "rt" ? has_arg(args, "upload") || has_arg(args, "u") : sub == "docker" && has_arg(args, "push");
  if (publishes) add(&a, "publish");
  // npm's provenance (`--provenance`) is a Sigstore-signed attestation of the package's source and build.
  if (publishes && (base == "npm" || base == "pnpm" || base == "yarn") && has_arg(args, "--provenance")) {
    add(&a, "sign");
    add(&a, "sbom");
  }
  if (std::find(a.does.begin(), a.does.end(), "scan") != a.does.end()) a.soft_fail = scan_soft_fail(base, sub, args);
  a.skips_tests = tests_skipped(base, sub, args);
  // `go test -run XXX`, `cargo test --no-run`: a test command that runs no test does not test
  if (!a.skips_tests.empty()) a.does.erase(std::remove(a.does.begin(), a.does.end(), "test"), a.does.end());
  return a;
}

bool condition_selects_pull_requests(std::string_view condition) {
  std::string c = ascii_lower(condition);
  bool names = c.find("pull_request") != std::string::npos || c.find("pullrequest") != std::string::npos ||
               c.find("changerequest") != std::string::npos || c.find("merge_request") != std::string::npos;
  // `$CI_OPEN_MERGE_REQUESTS` is set in a branch pipeline whose branch has a merge request open (the usual
  // "avoid duplicate pipelines" rule); `== null` tests that a variable is absent.
  bool negates = c.find("!=") != std::string::npos || c.find("ne(") != std::string::npos ||
                 c.find("not(") != std::string::npos || c.find("!") != std::string::npos ||
                 c.find("open_merge_requests") != std::string::npos || c.find("null") != std::string::npos;
  // `github.event.pull_request.merged == true`: the pull request's code is on the base branch already, as after a
  // push (a `pull_request: types: [closed]` release workflow).
  if (c.find("pull_request.merged") != std::string::npos && !negates && c.find("false") == std::string::npos)
    return false;
  return names && !negates;
}

bool condition_excludes_pull_requests(std::string_view condition) {
  if (condition_selects_pull_requests(condition)) return false;
  std::string c = ascii_lower(condition);
  for (std::string_view w : {"ref", "event", "branch", "reason", "tag", "merged", "release", "schedule", "dispatch",
                             "push", "pull_request", "pullrequest", "repository", "fork", "actor"})
    if (c.find(w) != std::string::npos) return true;
  return false;
}

bool swallows_failure(const std::string& next_base, const std::vector<std::string>& next_args) {
  if (next_base == "true" || next_base == ":") return true;
  if (next_base == "exit") return !next_args.empty() && next_args[0] == "0";
  // `|| echo "scan failed"` carries on; `|| { echo x; exit 1; }` does not (the exit is a later command).
  return next_base == "echo" || next_base == "printf";
}

Activity classify_uses(std::string_view ref_in) {
  Activity a;
  std::string ref = ascii_lower(ref_in.substr(0, ref_in.find('@')));
  auto starts = [&](std::string_view p) { return ref.rfind(p, 0) == 0; };
  auto has = [&](std::string_view p) { return ref.find(p) != std::string::npos; };
  // GitHub actions (owner/repo[/path]), Azure tasks (Name@N, already cut at '@'), Bitbucket pipes (owner/pipe).
  if (starts("github/codeql-action/analyze") || starts("github/codeql-action/init") || has("trivy-action") ||
      starts("snyk/actions") || starts("anchore/scan-action") || has("semgrep") || has("gitleaks") ||
      has("trufflehog") || has("checkov") || has("tfsec") || starts("sonarsource/") || has("scorecard-action") ||
      starts("actions/dependency-review-action") || has("kics") || has("grype") || has("snyk") ||
      starts("advancedsecurity-") || has("credscan") || has("whitesource") || has("mend") || has("veracode") ||
      has("checkmarx") || has("fortify") || has("dependency-check") || has("docker/scout-action") || has("zap"))
    add(&a, "scan");
  if (has("conftest") || has("kyverno") || has("opa") || has("checkov") || has("kube-linter") || has("tollgate") ||
      has("policy"))
    add(&a, "policy");
  if (has("sbom") || has("slsa") || has("attest") || has("syft") || has("cyclonedx")) add(&a, "sbom");
  // GitHub's artifact attestations are Sigstore-signed statements about the artefact's digest, and
  // pypa/gh-action-pypi-publish makes such attestations by default: both sign and attest.
  if (starts("actions/attest") || starts("pypa/gh-action-pypi-publish")) {
    add(&a, "sign");
    add(&a, "sbom");
  }
  if ((has("cosign") && !has("installer")) || has("sign") || has("notation")) add(&a, "sign");
  if (starts("docker/build-push-action") || has("buildah-build") || has("kaniko")) add(&a, "build");
  // Publishing actions by name: a word like "release" in an action's name says too little (announcements,
  // changelogs, release notes). docker/build-push-action publishes only with `push: true`, which the GitHub
  // adapter reads from its inputs.
  static constexpr std::string_view kPublishActions[] = {
      "pypa/gh-action-pypi-publish", "softprops/action-gh-release", "ncipollo/release-action",
      "goreleaser/goreleaser-action", "actions/create-release", "js-devtools/npm-publish",
      "redhat-actions/push-to-registry", "docker/build-push-action"};
  for (std::string_view p : kPublishActions)
    if (starts(p)) add(&a, "publish");
  if (has("deploy") || starts("azure/webapps-deploy") || starts("azure/k8s-deploy") || has("amazon-ecs-deploy") ||
      has("helm") || starts("kubernetesmanifest") || starts("azurewebapp") || starts("azurermwebappdeployment") ||
      starts("azurefunctionapp") || has("kubectl") || has("terraform-apply") || has("cloudformation") || has("sam-deploy") ||
      has("argocd") || has("aws-lambda") || has("ecs-deploy") || has("cloudrun") || has("app-engine")) {
    // Actions that install a tool (azure/setup-helm, azure/setup-kubectl) or start a throwaway cluster
    // (helm/kind-action) deploy nothing.
    if (!has("setup-") && !has("kind-action") && !has("installer")) add(&a, "deploy");
  }
  if (has("test") && !has("attest") && !has("testresult") && !has("test-result")) add(&a, "test");
  return a;
}

PipelineBuilder::PipelineBuilder(const Document& doc, std::string_view dialect)
    : doc_(doc), b_(doc, "pipeline") {
  const Span whole = doc.root ? doc.root->span : doc.source->span(0, 0);
  root_ = b_.map(whole);
  b_.set(root_, "dialect", b_.str(dialect, whole));
  triggers_ = b_.set(root_, "triggers", b_.seq(whole));
  jobs_ = b_.set(root_, "jobs", b_.seq(whole));
}

void PipelineBuilder::trigger(std::string_view event, std::string_view raw, const Span& at) {
  Node* t = b_.map(at);
  b_.set(t, "event", b_.str(event, at));
  b_.set(t, "raw", b_.str(raw, at));
  b_.push(triggers_, t);
}

Node* PipelineBuilder::job(std::string_view id, const Span& id_span, const Span& at) {
  Node* j = b_.push(jobs_, b_.map(at));
  b_.set(j, "id", b_.str(id, id_span));
  b_.set(j, "name", b_.str(id, id_span));
  b_.set(j, "needs", b_.seq(at));
  b_.set(j, "after", b_.seq(at));
  b_.set(j, "steps", b_.seq(at));
  b_.set(j, "does", b_.map(at));
  return j;
}

Node* PipelineBuilder::step(Node* job, const Span& at) {
  Node* s = b_.push(const_cast<Node*>(job->get("steps")), b_.map(at));
  b_.set(s, "commands", b_.seq(at));
  b_.set(s, "does", b_.map(at));
  return s;
}

void PipelineBuilder::does(Node* step, const Activity& a, const Span& at) {
  Node* d = const_cast<Node*>(step->get("does"));
  if (!d) d = b_.set(step, "does", b_.map(at));
  for (std::string_view w : a.does)
    if (!d->get(w)) b_.set(d, w, b_.boolean(true, at));
  if (!a.target.empty() && !step->get("target")) b_.set(step, "target", b_.str(a.target, at));
}

void PipelineBuilder::tool_command(Node* step, std::string_view tool, const std::vector<std::string>& args,
                                   const Span& at) {
  Node* cmds = const_cast<Node*>(step->get("commands"));
  if (!cmds) cmds = b_.set(step, "commands", b_.seq(at));
  std::string text(tool);
  for (const std::string& a : args) text += " " + a;
  Node* cmd = command(cmds, tool, tool, args, text, at);
  command_does(step, cmd, classify_command(std::string(tool), args), at);
}

Node* PipelineBuilder::command(Node* cmds, std::string_view name, std::string_view base,
                               const std::vector<std::string>& args, std::string_view text, const Span& at) {
  Node* cmd = b_.push(cmds, b_.map(at));
  b_.set(cmd, "name", b_.str(name, at));
  b_.set(cmd, "base", b_.str(base, at));
  Node* list = b_.set(cmd, "args", b_.seq(at));
  for (const std::string& a : args) b_.push(list, b_.str(a, at));
  b_.set(cmd, "text", b_.str(text, at));
  return cmd;
}

void PipelineBuilder::command_does(Node* step, Node* cmd, const Activity& a, const Span& at) {
  Node* d = b_.set(cmd, "does", b_.map(at));
  for (std::string_view w : a.does) b_.set(d, w, b_.boolean(true, at));
  if (!a.target.empty()) b_.set(cmd, "target", b_.str(a.target, at));
  if (!a.tool.empty()) b_.set(cmd, "tool", b_.str(a.tool, at));
  does(step, a, at);
}

void PipelineBuilder::uses(Node* target, std::string_view key, std::string_view ref, std::string_view kind,
                           const Span& at) {
  // A reference written as a block scalar (`uses: |`) ends with a newline that is not part of it.
  while (!ref.empty() && std::isspace(static_cast<unsigned char>(ref.back()))) ref.remove_suffix(1);
  while (!ref.empty() && std::isspace(static_cast<unsigned char>(ref.front()))) ref.remove_prefix(1);
  Node* r = b_.set(target, key, b_.map(at));
  b_.set(r, "ref", b_.str(ref, at));
  std::string_view pin = pinning(ref, kind);
  b_.set(r, "pinned", pin.empty() ? b_.unknown(ref, at) : b_.str(pin, at));
  if (key == "uses" && kind != "image") does(target, classify_uses(ref), at);
}

void PipelineBuilder::script(Node* step, const Node& map, std::string_view key, ScriptSyntax syntax) {
  const Entry* e = map.entry(key);
  if (!e || !e->value) return;
  b_.set(step, "run", b_.copy(e->value), e->key_span);
  std::vector<ShellLine> lines = shell_value_lines(doc_, map, key);
  if (syntax.skip_map_items && e->value->is_seq())
    for (const Entry& item : e->value->entries) {
      if (!item.value || !item.value->is_map()) continue;
      const Span& sp = item.value->span;
      lines.erase(std::remove_if(lines.begin(), lines.end(),
                                 [&](const ShellLine& l) { return l.n >= sp.line && l.n <= sp.end_line; }),
                  lines.end());
    }
  commands(step, doc_, std::move(lines), syntax, nullptr);
}

void PipelineBuilder::script_from(Node* step, const Document& other, const Node& map, std::string_view key,
                                  const Span& at, ScriptSyntax syntax) {
  const Entry* e = map.entry(key);
  if (!e || !e->value) return;
  if (e->value->is_scalar()) b_.set(step, "run", b_.str(e->value->text, at));
  commands(step, other, shell_value_lines(other, map, key), syntax, &at);
}

void PipelineBuilder::script(Node* step, const Node& value, const Span& key_span, const std::vector<ShellLine>& lines,
                             uint32_t end) {
  b_.set(step, "run", b_.copy(&value), key_span);
  commands(step, doc_, lines, {}, nullptr, end);
}

void PipelineBuilder::commands(Node* step, const Document& from, std::vector<ShellLine> lines, ScriptSyntax syntax,
                               const Span* at_override, uint32_t end) {
  Node* cmds = const_cast<Node*>(step->get("commands"));
  for (ShellLine& line : shell_logical_lines(lines)) {
    if (syntax.macro_variables) hide_macros(&line.text);
    std::vector<ShellCommand> split = split_shell_commands(line.text);
    for (size_t ci = 0; ci < split.size(); ++ci) {
      ShellCommand& c = split[ci];
      if (c.name.empty()) continue;
      if (syntax.macro_variables) {
        show_macros(&c.name);
        show_macros(&c.base);
        for (std::string& a : c.args) show_macros(&a);
      }
      uint32_t col = line.off + static_cast<uint32_t>(c.col);
      uint32_t begin = from.source->offset_of(line.n, col);
      uint32_t line_end = from.source->line_start(line.n) + static_cast<uint32_t>(from.source->line(line.n).size());
      line_end = std::max(begin, std::min(line_end, end));
      Span at = at_override ? *at_override : from.source->span(begin, line_end);
      Node* cmd = command(cmds, c.name, c.base, c.args, from.source->view(begin, line_end), at);
      if (!c.op.empty()) b_.set(cmd, "op", b_.str(c.op, at));
      if (!c.env.empty()) {
        Node* env = b_.set(cmd, "env", b_.map(at));
        for (const auto& [name, value] : c.env) b_.set(env, name, b_.str(value, at));
      }
      Activity a = classify_command(c.base, c.args);
      // `scan || true`: the failure is swallowed by the command after `||` (an echo only when it ends the line).
      if (a.soft_fail.empty() && c.op == "||" && ci + 1 < split.size() && !writes_sarif(c.args) &&
          std::find(a.does.begin(), a.does.end(), "scan") != a.does.end()) {
        const ShellCommand& next = split[ci + 1];
        bool echo = next.base == "echo" || next.base == "printf";
        if (swallows_failure(next.base, next.args) && (!echo || next.op.empty() || ci + 2 == split.size()))
          a.soft_fail = "|| " + (next.name + (next.args.empty() || echo ? "" : " " + next.args[0]));
      }
      if (!a.soft_fail.empty()) b_.set(cmd, "soft_fail", b_.str(a.soft_fail, at));
      if (!a.skips_tests.empty()) b_.set(cmd, "skips_tests", b_.str(a.skips_tests, at));
      command_does(step, cmd, a, at);
    }
  }
}

void PipelineBuilder::environment(Node* job, std::string_view name, const Span& at, std::string_view tier) {
  Node* env = b_.set(job, "environment", b_.map(at));
  b_.set(env, "name", b_.str(name, at));
  std::string_view t = tier.empty() ? tier_of(name) : tier;
  b_.set(env, "tier", b_.str(t.empty() ? "other" : t, at));
}

void PipelineBuilder::env_var(Node* target, std::string_view name, const Node& value, const Span& at) {
  Node* env = const_cast<Node*>(target->get("env"));
  if (!env || !env->is_map()) env = b_.set(target, "env", b_.map(at));
  Node* v = b_.copy(&value);
  b_.set(env, name, v, at);
}

void PipelineBuilder::env(Node* target, const Node& vars, const Span* at) {
  auto span = [&](const Span& s) { return at ? *at : s; };
  if (vars.is_map()) {
    for (const Entry& e : vars.entries) {
      if (!e.value || e.key.empty()) continue;
      const Node* v = e.value;
      if (v->is_map()) v = v->get("value");  // GitLab `X: { value: "1", description: ... }`
      if (v && v->is_scalar()) env_var(target, e.key, *v, span(e.key_span));
    }
  } else if (vars.is_seq()) {
    for (const Entry& e : vars.entries) {  // Azure `- name: X` / `value: Y`; `- group:` and `- template:` are not read
      if (!e.value || !e.value->is_map()) continue;
      const Node* n = e.value->get("name");
      const Node* v = e.value->get("value");
      if (n && n->is_scalar() && v && v->is_scalar()) env_var(target, n->text, *v, span(n->span));
    }
  }
}

void PipelineBuilder::service(Node* job, std::string_view image, const Span& at) {
  Node* s = const_cast<Node*>(job->get("services"));
  if (!s) s = b_.set(job, "services", b_.seq(at));
  Node* r = b_.push(s, b_.map(at));
  b_.set(r, "ref", b_.str(image, at));
  std::string_view pin = pinning(image, "image");
  b_.set(r, "pinned", pin.empty() ? b_.unknown(image, at) : b_.str(pin, at));
}

void PipelineBuilder::on_pull_request(Node* job, const Span& at) {
  if (!job->get("on_pull_request")) b_.set(job, "on_pull_request", b_.boolean(true, at));
}

void PipelineBuilder::gate(Node* job, std::string_view how, const Span& at) { b_.set(job, "gate", b_.str(how, at)); }

void PipelineBuilder::condition(Node* target, std::string_view text, const Span& at, bool always, bool never) {
  Node* c = b_.set(target, "condition", b_.map(at));
  b_.set(c, "text", b_.str(text, at));
  b_.set(c, "always", b_.boolean(always, at));
  b_.set(c, "never", b_.boolean(never, at));
}

void PipelineBuilder::forget(Node* step, std::string_view activity) {
  Node* d = const_cast<Node*>(step->get("does"));
  auto& es = d->entries;
  es.erase(std::remove_if(es.begin(), es.end(), [&](const Entry& e) { return e.key == activity; }), es.end());
}

void PipelineBuilder::may_fail(Node* target, const Span& at) { b_.set(target, "may_fail", b_.boolean(true, at)); }

void PipelineBuilder::add_id(Node* target, std::string_view key, std::string_view id, const Span& at) {
  Node* s = const_cast<Node*>(target->get(key));
  if (!s) s = b_.set(target, key, b_.seq(at));
  for (const Entry& e : s->entries)
    if (e.value && e.value->text == id) return;
  b_.push(s, b_.str(id, at));
}

void PipelineBuilder::fill_does() {
  for (const Entry& je : jobs_->entries) {
    const Node* on = je.value->get("on_pull_request");
    if (!on) continue;
    for (const Entry& se : je.value->get("steps")->entries)
      if (!not_on_pr_.count(se.value) && !se.value->get("on_pull_request"))
        b_.set(se.value, "on_pull_request", b_.boolean(true, on->span));
  }
  // What a job does is what its steps do, but for steps whose condition is never true (`if: false`): a
  // publish step switched off does not publish, and a test step switched off does not test.
  auto never_runs = [](const Node* step) {
    const Node* c = step->get("condition");
    return c && is_true(c->get("never"));
  };
  for (const Entry& je : jobs_->entries) {
    Node* job = je.value;
    Node* jd = const_cast<Node*>(job->get("does"));
    for (const Entry& se : job->get("steps")->entries)
      if (!never_runs(se.value))
        for (const Entry& d : se.value->get("does")->entries)
          if (!jd->get(d.key)) b_.set(jd, d.key, b_.boolean(true, d.value->span), d.key_span);
  }
}

void PipelineBuilder::needs_are_written(const Node* job) { needs_written_.insert(job); }

std::unique_ptr<Document> PipelineBuilder::finish(const std::vector<std::string>& stage_order) {
  // A job whose needs are written (or every job, where stages do not order them) waits for those; any other
  // waits for every job of the earlier stages.
  const size_t n = jobs_->entries.size();
  std::unordered_map<std::string_view, size_t> by_id;
  std::vector<int> stage(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const Node* job = jobs_->entries[i].value;
    by_id.emplace(job->get("id")->text, i);
    if (const Node* st = job->get("stage")) {
      auto it = std::find(stage_order.begin(), stage_order.end(), st->text);
      if (it != stage_order.end()) stage[i] = static_cast<int>(it - stage_order.begin());
    }
  }
  std::vector<std::vector<size_t>> direct(n);
  for (size_t i = 0; i < n; ++i) {
    const Node* job = jobs_->entries[i].value;
    if (needs_written_.count(job) || stage_order.empty()) {
      for (const Entry& e : job->get("needs")->entries)
        if (auto it = by_id.find(e.value->text); it != by_id.end()) direct[i].push_back(it->second);
    } else {
      for (size_t k = 0; k < n; ++k)
        if (stage[i] >= 0 && stage[k] >= 0 && stage[k] < stage[i]) direct[i].push_back(k);
    }
  }
  return finish_after(direct);
}

std::unique_ptr<Document> PipelineBuilder::finish_after(const std::vector<std::vector<size_t>>& direct) {
  fill_does();
  // after = the transitive closure of direct, as one bitset per job, grown until nothing changes: linear in the
  // edges per round, and a big GitLab file (a thousand jobs in stages, each waiting for every earlier one) takes
  // a few rounds, where a walk from every job took a billion steps. Cycles (which the CI systems reject) end too.
  const size_t n = jobs_->entries.size();
  const size_t words = (n + 63) / 64;
  std::vector<std::vector<uint64_t>> closure(n, std::vector<uint64_t>(words, 0));
  for (size_t i = 0; i < n && i < direct.size(); ++i)
    for (size_t k : direct[i])
      if (k < n) closure[i][k / 64] |= uint64_t{1} << (k % 64);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n && i < direct.size(); ++i)
      for (size_t k : direct[i]) {
        if (k >= n) continue;
        for (size_t w = 0; w < words; ++w) {
          uint64_t merged = closure[i][w] | closure[k][w];
          if (merged != closure[i][w]) closure[i][w] = merged, changed = true;
        }
      }
  }
  if (skipped_blocks_) {
    std::vector<bool> on_pr(n);
    for (size_t i = 0; i < n; ++i) on_pr[i] = jobs_->entries[i].value->get("on_pull_request") != nullptr;
    for (size_t i = 0; i < n; ++i) {
      Node* job = jobs_->entries[i].value;
      if (!on_pr[i]) continue;
      const Node* cond = job->get("condition");
      if (cond && cond->get("always") && cond->get("always")->text == "true") continue;
      bool blocked = false;
      for (size_t k = 0; k < n && !blocked; ++k) blocked = (closure[i][k / 64] >> (k % 64) & 1) && !on_pr[k];
      if (!blocked) continue;
      auto drop = [](Node* m) {
        auto& es = m->entries;
        es.erase(std::remove_if(es.begin(), es.end(), [](const Entry& e) { return e.key == "on_pull_request"; }),
                 es.end());
      };
      drop(job);
      for (const Entry& se : job->get("steps")->entries) drop(se.value);
    }
  }
  // A job that waits for a gated job waits for its approval too: it gets the gate, and `gate_after` names the job
  // that has it (the first such of the jobs it waits for, in file order).
  // An environment's approval (GitHub, Azure) is known only for production: a staging environment seldom has
  // reviewers, and a job after it is not taken as approved. A manual start or an input always waits for a person.
  std::vector<const Node*> own_gate(n);
  for (size_t i = 0; i < n; ++i) {
    const Node* job = jobs_->entries[i].value;
    const Node* g = job->get("gate");
    if (!g || passable_gates_.count(job)) continue;
    const Node* env = job->get("environment");
    const Node* tier = env ? env->get("tier") : nullptr;
    bool by_environment = g->text == "environment" || g->text == "approval";
    if (!by_environment || (tier && tier->text == "production")) own_gate[i] = g;
  }
  for (size_t i = 0; i < n; ++i) {
    Node* job = jobs_->entries[i].value;
    if (job->get("gate")) continue;
    for (size_t k = 0; k < n; ++k)
      if (own_gate[k] && (closure[i][k / 64] >> (k % 64) & 1)) {
        const Node* id = job->get("id");
        b_.set(job, "gate", b_.str(own_gate[k]->text, id->span));
        b_.set(job, "gate_after", b_.str(jobs_->entries[k].value->get("id")->text, id->span));
        break;
      }
  }
  for (size_t i = 0; i < n; ++i) {
    Node* job = jobs_->entries[i].value;
    std::vector<std::string_view> ids;
    for (size_t k = 0; k < n; ++k)
      if (closure[i][k / 64] >> (k % 64) & 1) ids.push_back(jobs_->entries[k].value->get("id")->text);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Node* after = const_cast<Node*>(job->get("after"));
    for (std::string_view id : ids) b_.push(after, b_.str(id, after->span));
  }
  return b_.finish(root_);
}

}  // namespace tollgate::pipeline
