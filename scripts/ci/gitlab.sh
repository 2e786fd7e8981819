#!/usr/bin/env bash
# tollgate in a GitLab CI job. ci/gitlab/tollgate.gitlab-ci.yml runs it; the Docker image (Dockerfile at the top of
# the repository) installs it as /usr/local/bin/tollgate-gitlab. It scans, prints the text report in the job log,
# writes the JUnit report (GitLab's `artifacts: reports: junit:`, shown in the merge request's test summary) and
# the SARIF report (kept as an artefact), and exits with the scan's code.
#
# Environment (the template's variables):
#   TOLLGATE_PATH         what to scan (default .)
#   TOLLGATE_FAIL_ON      lowest severity that fails the job (default low)
#   TOLLGATE_CONFIG       a configuration file (default: .tollgate.yaml found from the scan root upward)
#   TOLLGATE_CONFIG_FROM_TARGET
#                         true: in a merge request pipeline, read the configuration (TOLLGATE_CONFIG, or
#                         .tollgate.yaml) as the target branch has it, not as the merge request has it
#   TOLLGATE_ARGS         more arguments for `tollgate scan`, split like a shell would split them (quotes and
#                         backslashes), but never expanded or run
#   TOLLGATE_REPORT_DIR   where tollgate.sarif and tollgate-junit.xml go (default $CI_PROJECT_DIR, else .)
#   CI_PROJECT_DIR, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: set by GitLab
# Exit codes: those of `tollgate scan` (0 nothing at or above TOLLGATE_FAIL_ON, 1 such findings, 2 an error), and 2
# when the job itself cannot run.
set -euo pipefail

die() {
  echo "tollgate: error: $*" >&2
  exit 2
}

bool() { # bool NAME VALUE: prints true or false, or stops on anything else
  case ${2,,} in
    true | yes | 1) echo true ;;
    false | no | 0 | "") echo false ;;
    *) die "$1 must be true or false, not '$2'" ;;
  esac
}

command -v tollgate >/dev/null ||
  die "tollgate is not on PATH: set TOLLGATE_IMAGE to an image built from tollgate's Dockerfile (docs/ci-integration.md)"

# The runner clones as one user and the image runs as another; git (which tollgate runs for --diff and --staged)
# refuses a repository that another user owns unless it is declared safe. GIT_CONFIG_* is git's command-line scope,
# which it accepts for this setting, and nothing is written to a configuration file.
if [[ -n ${CI_PROJECT_DIR:-} ]]; then
  n=${GIT_CONFIG_COUNT:-0}
  export "GIT_CONFIG_KEY_$n=safe.directory" "GIT_CONFIG_VALUE_$n=$CI_PROJECT_DIR"
  export GIT_CONFIG_COUNT=$((n + 1))
fi

out=${TOLLGATE_REPORT_DIR:-${CI_PROJECT_DIR:-.}}
mkdir -p "$out"
sarif=$out/tollgate.sarif
junit=$out/tollgate-junit.xml
# A report left by an earlier run must not pass for this run's.
rm -f "$sarif" "$junit"

# The configuration as the merge request's target branch has it, written to $1; fails outside a merge request.
target_config() {
  local target=$1 branch=${CI_MERGE_REQUEST_TARGET_BRANCH_NAME:-} name=${TOLLGATE_CONFIG:-.tollgate.yaml}
  [[ -n $branch ]] || return 1
  [[ $name != /* ]] || die "with TOLLGATE_CONFIG_FROM_TARGET, TOLLGATE_CONFIG is a path in the repository, not '$name'"
  local ref="refs/remotes/origin/$branch"
  if ! git rev-parse --verify --quiet "$ref" >/dev/null; then
    local depth=()
    [[ $(git rev-parse --is-shallow-repository) == true ]] && depth=(--depth=1)
    git fetch --quiet --no-tags "${depth[@]}" origin "+refs/heads/$branch:$ref" ||
      die "cannot fetch the target branch '$branch' from origin to read its configuration"
  fi
  if git cat-file -e "$ref:./$name" 2>/dev/null; then
    git show "$ref:./$name" >"$target"
    echo "tollgate: using $name as the target branch '$branch' has it" >&2
  else
    : >"$target"
    echo "tollgate: the target branch '$branch' has no $name; using the defaults" >&2
  fi
}

args=(scan "${TOLLGATE_PATH:-.}" --fail-on "${TOLLGATE_FAIL_ON:-low}" --no-progress --no-color
  --format text -o "sarif=$sarif" -o "junit=$junit")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ $(bool TOLLGATE_CONFIG_FROM_TARGET "${TOLLGATE_CONFIG_FROM_TARGET:-false}") == true ]] &&
  target_config "$work/target.tollgate.yaml"; then
  args+=(--config "$work/target.tollgate.yaml")
elif [[ -n ${TOLLGATE_CONFIG:-} ]]; then
  args+=(--config "$TOLLGATE_CONFIG")
fi
if [[ -n ${TOLLGATE_ARGS:-} ]]; then
  # xargs splits on blanks and honours quotes and backslashes; it expands nothing and runs nothing but printf.
  printf '%s' "$TOLLGATE_ARGS" | xargs -r printf '%s\0' >"$work/args" ||
    die "cannot split TOLLGATE_ARGS (an unmatched quote?): $TOLLGATE_ARGS"
  mapfile -d '' extra <"$work/args"
  args+=("${extra[@]}")
fi

echo "tollgate: tollgate ${args[*]}" >&2
status=0
tollgate "${args[@]}" || status=$?
case $status in
  0) echo "tollgate: no finding at or above ${TOLLGATE_FAIL_ON:-low}" >&2 ;;
  1) echo "tollgate: findings at or above ${TOLLGATE_FAIL_ON:-low} (exit 1)" >&2 ;;
  *) echo "tollgate: the scan stopped with an error (exit $status)" >&2 ;;
esac
exit "$status"
