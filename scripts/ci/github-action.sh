#!/usr/bin/env bash
# The steps of tollgate's GitHub Action (action.yml at the top of the repository). They live here rather than in
# the action's YAML so that they run, and are tested, outside GitHub (tests/e2e/test_ci_integration.py).
#
# Usage: scripts/ci/github-action.sh [COMMAND]
#   cache-key  write `key=...` and `dir=...` to $GITHUB_OUTPUT: the key of the cached build, from the content of the
#              action's checkout (the runner downloads an action without its .git, so the content stands for the
#              commit), the runner's OS image and its architecture; and the path to cache, the built binary (the
#              rest of the build directory is objects that a fresh checkout's newer timestamps would rebuild anyway)
#   install    make `tollgate` available: with TOLLGATE_BUILD=true, the binary the cache restored into
#              $GITHUB_ACTION_PATH/build, or else `make build` there (scripts/setup.sh installs what the build
#              needs), and that folder goes on PATH; with TOLLGATE_BUILD=false, the `tollgate` already on PATH
#   scan       run the scan: the text report to the log, SARIF and the summary report (markdown when this tollgate
#              has it, else text) to files, the summary report appended to $GITHUB_STEP_SUMMARY, and the outputs
#              exit-code, sarif, report and report-format written to $GITHUB_OUTPUT. Exits 0 whatever the scan
#              found, so that the SARIF upload runs; `finish` fails the job afterwards
#   finish     exit with $TOLLGATE_EXIT_CODE (the scan step's exit-code output)
#   run        install, scan and exit with the scan's code: the whole action but the SARIF upload (the default)
#
# Environment (action.yml sets these from its inputs):
#   TOLLGATE_PATH         what to scan (default .)
#   TOLLGATE_FAIL_ON      lowest severity that fails the run (default low)
#   TOLLGATE_CONFIG       a configuration file (default: .tollgate.yaml found from the scan root upward)
#   TOLLGATE_CONFIG_FROM_BASE
#                         true: on a pull request ($GITHUB_BASE_REF set), read the configuration (TOLLGATE_CONFIG, or
#                         .tollgate.yaml) as the branch being merged into has it, not as the pull request has it
#   TOLLGATE_ARGS         more arguments for `tollgate scan`, split like a shell would split them (quotes and
#                         backslashes), but never expanded or run
#   TOLLGATE_BUILD        true (default) or false, as above
#   TOLLGATE_OUTPUT_DIR   where the reports go (default $RUNNER_TEMP/tollgate, or a new temporary folder)
#   GITHUB_ACTION_PATH    the action's checkout (default: the checkout this script is in)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH
#                         the runner's files; each is skipped when unset
# Exit codes: those of `tollgate scan` (0 nothing at or above TOLLGATE_FAIL_ON, 1 such findings, 2 an error), and 2
# when the action itself cannot run (no tollgate, bad arguments).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
action_path=${GITHUB_ACTION_PATH:-$(cd "$here/../.." && pwd)}
# GitHub limits a step's summary to 1 MiB; a report longer than this is cut (the log and the SARIF keep it all).
summary_limit=${TOLLGATE_SUMMARY_LIMIT:-900000}

die() {
  echo "::error title=tollgate::$*" >&2
  exit 2
}

# Appends name=value to $GITHUB_OUTPUT when there is one.
output() {
  if [[ -n ${GITHUB_OUTPUT:-} ]]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

bool() { # bool NAME VALUE: prints true or false, or stops on anything else
  case ${2,,} in
    true | yes | 1) echo true ;;
    false | no | 0 | "") echo false ;;
    *) die "$1 must be true or false, not '$2'" ;;
  esac
}

cmd_cache_key() {
  local hash
  hash=$(cd "$action_path" && find . \( -path './build*' -o -path ./node_modules -o -path ./tests/tools/node_modules \
    -o -name .git \) -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-32)
  local key="tollgate-build-${RUNNER_OS:-$(uname -s)}-${ImageOS:-unknown}-${RUNNER_ARCH:-$(uname -m)}-$hash"
  echo "tollgate: build cache key $key"
  output key "$key"
  output dir "$action_path/build/tollgate"
}

cmd_install() {
  if [[ $(bool build "${TOLLGATE_BUILD:-true}") == true ]]; then
    local dir=$action_path/build
    if [[ -x $dir/tollgate ]] && "$dir/tollgate" --version >/dev/null 2>&1; then
      echo "tollgate: using the build restored from the cache ($dir/tollgate)"
    else
      echo "tollgate: building from $action_path (make build)"
      make -C "$action_path" build >&2
    fi
    [[ -x $dir/tollgate ]] || die "make build did not produce $dir/tollgate"
    export PATH="$dir:$PATH"
    if [[ -n ${GITHUB_PATH:-} ]]; then
      echo "$dir" >>"$GITHUB_PATH"
    fi
  fi
  command -v tollgate >/dev/null ||
    die "tollgate is not on PATH: install it in an earlier step, or leave the action's 'build' input at true"
  echo "tollgate: $(command -v tollgate): $(tollgate --version)"
}

# The configuration as the pull request's base branch has it, written to $1; fails when this is not a pull request.
base_config() {
  local target=$1 base=${GITHUB_BASE_REF:-} name=${TOLLGATE_CONFIG:-.tollgate.yaml}
  [[ -n $base ]] || return 1
  [[ $name != /* ]] || die "with config-from-base, config is a path in the repository, not '$name'"
  local ref="refs/remotes/origin/$base"
  if ! git rev-parse --verify --quiet "$ref" >/dev/null; then
    local depth=()
    [[ $(git rev-parse --is-shallow-repository) == true ]] && depth=(--depth=1)
    git fetch --quiet --no-tags "${depth[@]}" origin "+refs/heads/$base:$ref" ||
      die "cannot fetch the base branch '$base' from origin to read its configuration"
  fi
  if git cat-file -e "$ref:./$name" 2>/dev/null; then
    git show "$ref:./$name" >"$target"
    echo "tollgate: using $name as the base branch '$base' has it" >&2
  else
    : >"$target"
    echo "tollgate: the base branch '$base' has no $name; using the defaults" >&2
  fi
}

# A fence of backticks that nothing in the file can close: one longer than its longest run, and at least three.
fence_for() {
  local n
  n=$(awk '{ s = $0; while (match(s, /`+/)) { if (RLENGTH > m) m = RLENGTH; s = substr(s, RSTART + RLENGTH) } }
    END { print m + 1 }' "$1")
  ((n >= 3)) || n=3
  printf '%*s' "$n" '' | tr ' ' '`'
}

# Prints a file, cut at a line end when it is longer than the summary's room.
bounded() {
  local size
  size=$(wc -c <"$1")
  if ((size <= summary_limit)); then
    cat "$1"
  else
    head -c "$summary_limit" "$1" | sed '$d'
    printf '\n\n*The report is cut here (%d bytes); the job log and the SARIF file have all of it.*\n' "$size"
  fi
}

fenced() { # fenced FILE: the file in a code block
  local f
  f=$(fence_for "$1")
  printf '%s text\n' "$f"
  bounded "$1"
  printf '\n%s\n' "$f"
}

write_summary() { # write_summary STATUS REPORT FORMAT ERRORS
  local status=$1 report=$2 format=$3 errors=$4
  if ((status != 0 && status != 1)); then
    printf '## tollgate stopped with an error (exit %d)\n\n' "$status"
    if [[ -s $errors ]]; then fenced "$errors"; fi
    echo
  fi
  if [[ -s $report ]]; then
    if [[ $format == markdown ]]; then
      bounded "$report"
    else
      if ((status == 0 || status == 1)); then printf '## tollgate\n\n'; fi
      printf '%s\n\n' "$(tail -n 1 "$report")"
      fenced "$report"
    fi
  fi
}

supports_markdown() {
  tollgate scan --help 2>/dev/null | grep -Eq '^[[:space:]]*--format[[:space:]].*\bmarkdown\b'
}

cmd_scan() {
  command -v tollgate >/dev/null || die "tollgate is not on PATH (run the install step first)"
  local out=${TOLLGATE_OUTPUT_DIR:-}
  if [[ -z $out ]]; then
    if [[ -n ${RUNNER_TEMP:-} ]]; then out=$RUNNER_TEMP/tollgate; else out=$(mktemp -d); fi
  fi
  mkdir -p "$out"
  local sarif=$out/tollgate.sarif errors=$out/tollgate.stderr format report
  if supports_markdown; then format=markdown report=$out/tollgate.md; else format=text report=$out/tollgate.txt; fi
  # A report left by an earlier run must not pass for this run's.
  rm -f "$sarif" "$report" "$errors"

  local args=(scan "${TOLLGATE_PATH:-.}" --fail-on "${TOLLGATE_FAIL_ON:-low}" --no-progress --no-color
    --format text -o "sarif=$sarif" -o "$format=$report")
  if [[ $(bool config-from-base "${TOLLGATE_CONFIG_FROM_BASE:-false}") == true ]] && base_config "$out/base.tollgate.yaml"; then
    args+=(--config "$out/base.tollgate.yaml")
  elif [[ -n ${TOLLGATE_CONFIG:-} ]]; then
    args+=(--config "$TOLLGATE_CONFIG")
  fi
  local extra=()
  if [[ -n ${TOLLGATE_ARGS:-} ]]; then
    # xargs splits on blanks and honours quotes and backslashes; it expands nothing and runs nothing but printf.
    printf '%s' "$TOLLGATE_ARGS" | xargs -r printf '%s\0' >"$out/args" ||
      die "cannot split the args input (an unmatched quote?): $TOLLGATE_ARGS"
    mapfile -d '' extra <"$out/args"
  fi
  args+=("${extra[@]}")

  echo "tollgate: tollgate ${args[*]}" >&2
  local status=0
  tollgate "${args[@]}" 2>"$errors" || status=$?
  if [[ -s $errors ]]; then cat "$errors" >&2; fi

  if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
    write_summary "$status" "$report" "$format" "$errors" >>"$GITHUB_STEP_SUMMARY"
  fi
  output exit-code "$status"
  if [[ -s $sarif ]]; then output sarif "$sarif"; fi
  if [[ -s $report ]]; then output report "$report"; fi
  output report-format "$format"
  case $status in
    0) echo "tollgate: no finding at or above ${TOLLGATE_FAIL_ON:-low}" >&2 ;;
    1) echo "tollgate: findings at or above ${TOLLGATE_FAIL_ON:-low} (exit 1)" >&2 ;;
    *) echo "tollgate: the scan stopped with an error (exit $status)" >&2 ;;
  esac
  SCAN_STATUS=$status
}

cmd_finish() {
  local code=${TOLLGATE_EXIT_CODE:-}
  [[ $code =~ ^[0-9]+$ ]] || die "no exit code from the scan step (TOLLGATE_EXIT_CODE='$code')"
  exit "$code"
}

case ${1:-run} in
  cache-key) cmd_cache_key ;;
  install) cmd_install ;;
  scan) cmd_scan ;;
  finish) cmd_finish ;;
  run)
    cmd_install
    cmd_scan
    exit "$SCAN_STATUS"
    ;;
  *) die "usage: $0 [cache-key|install|scan|finish|run]" ;;
esac
