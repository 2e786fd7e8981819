#!/usr/bin/env bash
# tollgate in a GitLab CI job. ci/gitlab/tollgate.gitlab-ci.yml runs it; the Docker image (Dockerfile at the top of
# the repository) installs it as /usr/local/bin/tollgate-gitlab. It scans, prints the text report in the job log,
# writes the JUnit report (GitLab's `artifacts: reports: junit:`, shown in the merge request's test summary) and
# the SARIF report (kept as an artefact), and exits with the scan's code.
#
# Environment (the template's variables):
#   TOLLGATE_PATH         what to scan (default .)
#   TOLLGATE_FAIL_ON      lowest severity that fails the job (default: the configuration's fail-on, else low)
#   TOLLGATE_CONFIG       a configuration file (default: .tollgate.yaml found from the scan root upward)
#   TOLLGATE_CONFIG_FROM_TARGET
#                         true: in a merge request pipeline, read the configuration (TOLLGATE_CONFIG, or
#                         .tollgate.yaml) as the target branch has it, not as the merge request has it
#   TOLLGATE_ARGS         more arguments for `tollgate scan`, split like a shell would split them (quotes and
#                         backslashes), but never expanded or run
#   TOLLGATE_REPORT_DIR   where tollgate.sarif and tollgate-junit.xml go (default $CI_PROJECT_DIR, else .)
#   CI_PROJECT_DIR, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: set by GitLab
# Exit codes: those of `tollgate scan` (0 nothing at or above fail-on, 1 such findings, 2 an error), and 2
# when the job itself cannot run.
set -euo pipefail

here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
# shellcheck source=scripts/ci/common.sh
source "$here/common.sh"

command -v tollgate >/dev/null ||
  die "tollgate is not on PATH: set TOLLGATE_IMAGE to an image built from tollgate's Dockerfile (docs/ci-integration.md)"

# The runner clones as one user and the image runs as another; git (which tollgate runs for --diff and --staged)
# refuses a repository that another user owns unless it is declared safe. GIT_CONFIG_* is git's command-line scope,
# which it accepts for this setting; no configuration file is written.
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
work=$(mktemp -d)
BASE_CONFIG=""
# shellcheck disable=SC2317  # run by the trap
cleanup() {
  rm -rf "$work"
  if [[ -n $BASE_CONFIG ]]; then rm -f "$BASE_CONFIG"; fi
}
trap cleanup EXIT

args=(scan "${TOLLGATE_PATH:-.}" --no-progress --no-color --format text -o "sarif=$sarif" -o "junit=$junit")
# Only when given: a flag wins over the configuration, whose fail-on would then never apply.
if [[ -n ${TOLLGATE_FAIL_ON:-} ]]; then args+=(--fail-on "$TOLLGATE_FAIL_ON"); fi
if [[ $(bool TOLLGATE_CONFIG_FROM_TARGET "${TOLLGATE_CONFIG_FROM_TARGET:-false}") == true &&
  -n ${CI_MERGE_REQUEST_TARGET_BRANCH_NAME:-} ]]; then
  base_config "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" "${TOLLGATE_CONFIG:-.tollgate.yaml}"
  args+=(--config "$BASE_CONFIG")
elif [[ -n ${TOLLGATE_CONFIG:-} ]]; then
  args+=(--config "$TOLLGATE_CONFIG")
fi
split_args "${TOLLGATE_ARGS:-}" "$work/args"
args+=("${EXTRA_ARGS[@]}")

echo "tollgate: tollgate ${args[*]}" >&2
status=0
tollgate "${args[@]}" || status=$?
case $status in
  0) echo "tollgate: no finding at or above the fail-on severity" >&2 ;;
  1) echo "tollgate: findings at or above the fail-on severity (exit 1)" >&2 ;;
  *) echo "tollgate: the scan stopped with an error (exit $status)" >&2 ;;
esac
exit "$status"
