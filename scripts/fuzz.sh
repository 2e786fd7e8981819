#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, TOLLGATE_FUZZ=ON: clang, ASan, UBSan) and runs each for a bounded time on a
# seed corpus made here from the repository's own files. Fails on any crash, broken invariant, leak, timeout,
# out-of-memory or sanitizer report, and prints the reproducer. docs/fuzzing.md explains it all.
#
#   scripts/fuzz.sh                      every target, each for its budget below (CI runs this)
#   scripts/fuzz.sh yaml hcl             only these targets
#   scripts/fuzz.sh --seconds 600 yaml   another budget for every target run
#
# Options (or the environment variables in brackets):
#   --build-dir DIR   the fuzz build directory [FUZZ_BUILD_DIR, default build-fuzz]; never a normal build's
#   --seconds N       every target's budget in seconds, instead of the table below
#   --parallel N      targets run at once [FUZZ_PARALLEL, default: the number of cores, at most 2]
#   --jobs N          build jobs [JOBS, default: the number of cores]
#   --keep DIR        copy crash inputs and logs of failed targets to DIR [FUZZ_KEEP, default <build dir>/crashes];
#                     CI passes a folder outside its temporary clone, so a reproducer outlives the run
#   --no-build        use the programs already in the build directory
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# Seconds per target. Two run at once, so the whole step is about half the sum (10 minutes of CPU, 5 of wall
# clock on 2 cores) plus the corpus runs. The larger hand-written parsers (YAML with its differential check, HCL,
# the dispatch through every parser) get more.
declare -A budget=(
  [yaml]=90 [hcl]=80 [parse]=80 [shell]=70 [rule_loader]=70 [dockerfile]=60 [groovy]=60 [config]=60 [json]=50
  [dotenv]=40 [source_secrets]=60
)
# Longest input libFuzzer makes (bytes): longer inputs cost time without finding more. Seeds past it are cut.
declare -A max_len=(
  [yaml]=16384 [hcl]=16384 [parse]=16384 [shell]=8192 [rule_loader]=12288 [dockerfile]=8192 [config]=4096
  [json]=8192 [dotenv]=4096 [groovy]=8192 [source_secrets]=8192
)
all_targets=(yaml json hcl dockerfile dotenv shell groovy parse rule_loader config source_secrets)

build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=""
cores=$(nproc)
parallel=${FUZZ_PARALLEL:-$((cores < 2 ? cores : 2))}
jobs=${JOBS:-$cores}
keep=${FUZZ_KEEP:-}
build=1
targets=()
while (($#)); do
  case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: unknown option $1 (--help lists them)" >&2; exit 2 ;;
    *) [[ -n ${budget[$1]:-} ]] || { echo "fuzz: no target '$1' (targets: ${all_targets[*]})" >&2; exit 2; }
       targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=("${all_targets[@]}")
[[ $build_dir = /* ]] || build_dir=$root/$build_dir
keep=${keep:-$build_dir/crashes}

# --- build: a directory of its own, clang, the fuzz option (which turns ASan and UBSan on everywhere).
if ((build)); then
  echo "fuzz: building ${targets[*]/#/fuzz_} in $build_dir" >&2
  if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -DTOLLGATE_FUZZ=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  if ((${#targets[@]} == ${#all_targets[@]})); then
    cmake --build "$build_dir" -j "$jobs" --target fuzz-targets
  else
    cmake --build "$build_dir" -j "$jobs" --target "${targets[@]/#/fuzz_}"
  fi
fi

# --- seed corpora, made fresh in a temporary folder from the repository's files; never written into the tree.
work=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

n=0
# seed TARGET FILE [PREFIX]: FILE (with PREFIX and a newline before its bytes, when given) into TARGET's corpus.
seed() {
  local dir=$work/corpus/$1
  mkdir -p "$dir"
  n=$((n + 1))
  if (($# == 3)); then { printf '%s\n' "$3"; cat "$2"; } >"$dir/seed-$n"; else cp "$2" "$dir/seed-$n"; fi
}
while IFS= read -r -d '' f; do
  rel=${f#fixtures/}
  case $rel in
    rules/*/*/*) inrepo=${rel#rules/*/*/} ;;   # fixtures/rules/<family>/<rule>/<path in that repo>
    demo/*) inrepo=${rel#demo/} ;;
    *) inrepo=$(basename "$rel") ;;
  esac
  base=$(basename "$f")
  case $base in
    *.yaml|*.yml) seed yaml "$f" ;;
    *.json|*.sarif) seed json "$f" ;;
    *.tf|*.tfvars|*.hcl) seed hcl "$f" ;;
    Dockerfile*|*.Dockerfile|Containerfile*) seed dockerfile "$f" ;;
    .env|.env.*|*.env) seed dotenv "$f" ;;
    *.sh|*.bash) seed shell "$f" ;;
    Jenkinsfile*|*.jenkinsfile|*.groovy) seed groovy "$f" ;;
    *.py|*.js|*.ts|*.tsx|*.go|*.java|*.cs|*.rb|*.php|*.ps1) seed source_secrets "$f" "$inrepo" ;;
  esac
  seed parse "$f" "$inrepo"
done < <(find fixtures -type f -print0 | sort -z)
for f in rules/*/*.lua tests/unit/data/*.lua; do [[ -f $f ]] && seed rule_loader "$f"; done
# The configuration page's YAML examples are .tollgate.yaml files.
mkdir -p "$work/corpus/config"
awk -v dir="$work/corpus/config" '
  /^```yaml/ { inblock = 1; k++; file = dir "/docs-" k; next }
  /^```/ { inblock = 0; next }
  inblock { print > file }' docs/configuration.md
# Each target's regression inputs start its corpus too: libFuzzer runs the whole corpus first, so a regression
# that crashes again fails the run at once.
for t in "${all_targets[@]}"; do
  mkdir -p "$work/corpus/$t"
  cp fuzz/regressions/"$t"/* "$work/corpus/$t/" 2>/dev/null || true
done

# --- runs: each target alone in its own folder (libFuzzer writes crash-*, leak-*, timeout-*, oom-* there).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:symbolize=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-report_objects=0}

run_target() {
  local t=$1 secs=${seconds:-${budget[$1]}}
  local out=$work/out/$t
  mkdir -p "$out/artifacts" "$out/new"
  local started=$SECONDS rc=0
  # The corpus folder is read-only for libFuzzer's purposes: new inputs go to $out/new.
  "$build_dir/fuzz/fuzz_$t" "$out/new" "$work/corpus/$t" \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]}" \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 \
    >"$out/log" 2>&1 || rc=$?
  echo "$rc $((SECONDS - started))" >"$out/status"
}

echo "fuzz: running ${targets[*]} ($parallel at a time)" >&2
started=$SECONDS
running=0
for t in "${targets[@]}"; do
  if ((running >= parallel)); then wait -n || true; running=$((running - 1)); fi
  run_target "$t" &
  running=$((running + 1))
done
wait

failed=()
printf '%-12s %6s %8s %10s %s\n' target budget seconds execs result
for t in "${targets[@]}"; do
  out=$work/out/$t
  read -r rc took <"$out/status"
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/log" | grep -o '[0-9]*$' || true)
  # Any report counts, even one that a clean exit code would hide.
  reports=$(grep -cE '^(==[0-9]+==ERROR|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer)|runtime error:|fuzz invariant broken' \
    "$out/log" || true)
  artifacts=("$out"/artifacts/*)
  [[ -e ${artifacts[0]} ]] || artifacts=()
  if ((rc != 0 || reports > 0 || ${#artifacts[@]} > 0)); then
    result="FAILED (exit $rc)"
    failed+=("$t")
  else
    result=ok
  fi
  printf '%-12s %6s %8s %10s %s\n' "$t" "${seconds:-${budget[$t]}}" "$took" "${execs:-?}" "$result"
done
echo "fuzz: $((SECONDS - started)) s for ${#targets[@]} targets" >&2

for t in "${failed[@]}"; do
  out=$work/out/$t
  echo
  echo "==== fuzz target $t FAILED; the end of its log:"
  # The sanitizer's report or the broken invariant, with libFuzzer's lines about the input around it.
  tail -n 80 "$out/log"
  for a in "$out"/artifacts/*; do
    [[ -e $a ]] || continue
    mkdir -p "$keep/$t"
    cp "$a" "$keep/$t/"
    cp "$out/log" "$keep/$t/fuzz.log"
    where=$keep/$t/$(basename "$a")
    echo "---- reproducer: $where ($(wc -c <"$a") bytes); base64 (base64 -d > file to recreate it):"
    base64 -w 0 "$a" | head -c 65536
    echo
    echo "---- to reproduce:  $build_dir/fuzz/fuzz_$t $where"
    echo "---- to keep it as a regression test (docs/fuzzing.md):  cp $where fuzz/regressions/$t/"
  done
done
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran, no crash, leak, timeout or sanitizer report"
