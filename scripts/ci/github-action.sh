#!/usr/bin/env bash
# The steps of tollgate's GitHub Action (action.yml at the top of the repository). They live here rather than in
# the action's YAML so that they run, and are tested, outside GitHub (tests/e2e/test_ci_integration.py).
#
# Usage: scripts/ci/github-action.sh [COMMAND]
#   cache-key  write `key=...` and `dir=...` to $GITHUB_OUTPUT: the key of the cached build, from the content of the
#              action's checkout (the runner downloads an action without its .git, so the content stands for the
#              commit), the system it runs on (/etc/os-release) and the architecture; and what to cache, the built binary (the rest
#              of the build directory is objects that a fresh checkout's newer timestamps would rebuild anyway)
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
#   TOLLGATE_FAIL_ON      lowest severity that fails the run (default: the configuration's fail-on, else low)
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
# Exit codes: those of `tollgate scan` (0 nothing at or above fail-on, 1 such findings, 2 an error), and 2
# when the action itself cannot run (no tollgate, bad inputs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/ci/common.sh
source "$here/common.sh"
ci_error_prefix="::error title=tollgate::"
action_path=${GITHUB_ACTION_PATH:-$(cd "$here/../.." && pwd)}
# GitHub limits a step's summary to 1 MiB; a longer report is cut there (the log and the SARIF keep all of it).
summary_limit=${TOLLGATE_SUMMARY_LIMIT:-900000}

# Appends name=value to $GITHUB_OUTPUT when there is one.
output() {
  if [[ -n ${GITHUB_OUTPUT:-} ]]; then
    printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
  fi
}

cmd_cache_key() {
  local hash
  hash=$(cd "$action_path" && find . \( -path './build*' -o -path ./node_modules -o -path ./tests/tools/node_modules \
    -o -name .git \) -prune -o -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-32)
  # The system the binary is built on and for: the job's container when it has one, else the runner's image.
  local system=unknown
  if [[ -r /etc/os-release ]]; then
    system=$(. /etc/os-release && echo "${ID:-unknown}${VERSION_ID:-}")
  fi
  local key="tollgate-build-${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}-$system-$hash"
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
      # A bare container (debian:bookworm) has no make: setup.sh, which make build runs first anyway, installs it.
      if ! command -v make >/dev/null; then bash "$action_path/scripts/setup.sh" >&2; fi
      make -C "$action_path" build >&2
    fi
    [[ -x $dir/tollgate ]] || die "make build did not produce $dir/tollgate"
    export PATH="$dir:$PATH"
    if [[ -n ${GITHUB_PATH:-} ]]; then
      echo "$dir" >>"$GITHUB_PATH"
    fi
  fi
  command -v tollgate >/dev/null ||
    die "tollgate is not on PATH: install it in an earlier step, or leave the action's build input at true"
  echo "tollgate: $(command -v tollgate): $(tollgate --version)"
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
    printf '\n\n*The report is cut here (%d bytes in all); the job log and the SARIF report have all of it.*\n' "$size"
  fi
}

fenced() { # fenced FILE: the file in a code block
  local f
  f=$(fence_for "$1")
  printf '%stext\n' "$f"
  bounded "$1"
  printf '%s\n' "$f"
}

write_summary() { # write_summary STATUS REPORT FORMAT ERRORS
  local status=$1 report=$2 format=$3 errors=$4
  if ((status != 0 && status != 1)); then
    printf '### tollgate stopped with an error (exit %d)\n\n' "$status"
    if [[ -s $errors ]]; then fenced "$errors"; fi
    echo
  fi
  if [[ -s $report ]]; then
    if [[ $format == markdown ]]; then
      bounded "$report"
    else
      printf '### tollgate: %s\n\n' "$(tail -n 1 "$report")"
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

  local args=(scan "${TOLLGATE_PATH:-.}" --no-progress --no-color --format text -o "sarif=$sarif" -o "$format=$report")
  # Only when given: a flag wins over the configuration, whose fail-on would then never apply.
  if [[ -n ${TOLLGATE_FAIL_ON:-} ]]; then args+=(--fail-on "$TOLLGATE_FAIL_ON"); fi
  BASE_CONFIG=""
  if [[ $(bool config-from-base "${TOLLGATE_CONFIG_FROM_BASE:-false}") == true && -n ${GITHUB_BASE_REF:-} ]]; then
    base_config "$GITHUB_BASE_REF" "${TOLLGATE_CONFIG:-.tollgate.yaml}"
    args+=(--config "$BASE_CONFIG")
  elif [[ -n ${TOLLGATE_CONFIG:-} ]]; then
    args+=(--config "$TOLLGATE_CONFIG")
  fi
  split_args "${TOLLGATE_ARGS:-}" "$out/args"
  args+=("${EXTRA_ARGS[@]}")

  echo "tollgate: tollgate ${args[*]}" >&2
  local status=0
  tollgate "${args[@]}" 2>"$errors" || status=$?
  if [[ -n $BASE_CONFIG ]]; then rm -f "$BASE_CONFIG"; fi
  if [[ -s $errors ]]; then cat "$errors" >&2; fi

  if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then
    write_summary "$status" "$report" "$format" "$errors" >>"$GITHUB_STEP_SUMMARY"
  fi
  output exit-code "$status"
  if [[ -s $sarif ]]; then output sarif "$sarif"; fi
  if [[ -s $report ]]; then output report "$report"; fi
  output report-format "$format"
  case $status in
    0) echo "tollgate: no finding at or above the fail-on severity" >&2 ;;
    1) echo "tollgate: findings at or above the fail-on severity (exit 1)" >&2 ;;
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
