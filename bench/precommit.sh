#!/usr/bin/env bash
# Pre-commit benchmark: a real git repository with 10 staged files (workflow, manifests, Terraform, Dockerfile,
# .env, script), then `tollgate scan --staged` run end to end (process start to exit) N times.
# Prints the corpus and the min / median / max wall time in milliseconds.
#   bench/precommit.sh [path/to/tollgate] [runs]
set -euo pipefail
bin=$(realpath "${1:-build/tollgate}")
runs=${2:-30}
src=$(cd "$(dirname "$0")/.." && pwd)
repo=$(mktemp -d /tmp/tollgate-precommit-XXXXXX)
trap 'rm -rf "$repo"' EXIT
cd "$repo"
git init -q -b main . && git config user.email bench@example.com && git config user.name bench
echo "# app" > README.md && git add README.md && git commit -qm init
mkdir -p .github/workflows k8s terraform scripts
cp "$src/fixtures/demo/.github/workflows/"*.yml .github/workflows/ 2>/dev/null || true
cp "$src/fixtures/demo/k8s/"*.yaml k8s/ 2>/dev/null || true
cp "$src/fixtures/demo/terraform/envs/prod/"*.tf terraform/ 2>/dev/null || true
cp "$src/fixtures/demo/Dockerfile" "$src/fixtures/demo/.env" . 2>/dev/null || true
cp "$src/fixtures/demo/scripts/"*.sh scripts/ 2>/dev/null || true
git add -A
staged=$(git diff --cached --name-only | head -10)
git reset -q
git add $staged
count=$(git diff --cached --name-only | wc -l)
bytes=$(git diff --cached --name-only | xargs cat | wc -c)
times=()
for _ in $(seq "$runs"); do
  start=${EPOCHREALTIME/./}  # microseconds, without forking a `date`
  "$bin" scan --staged --quiet >/dev/null 2>&1 || true
  end=${EPOCHREALTIME/./}
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "pre-commit: $count staged files, $bytes bytes, $runs runs of 'tollgate scan --staged'"
echo "wall time: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms, max ${sorted[$((runs - 1))]} ms"
