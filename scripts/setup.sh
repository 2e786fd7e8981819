#!/usr/bin/env bash
# Installs what tollgate needs to build and test, and nothing when all of it is present.
# Debian packages come from apt-get; the tree-sitter C sources come from npm, pinned by package-lock.json.
# With --tests (make test, make bench) it also installs what only the tests and the benchmark use: Catch2,
# python3 with jsonschema, xmllint, openssl, pre-commit, ripgrep, chromium, zsh, fish, groff, clang with libFuzzer and the sanitizer runtimes (scripts/fuzz.sh),
# and the tools pinned by tests/tools/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

tests=0
case "${1:-}" in
  "") ;;
  --tests) tests=1 ;;
  *) echo "usage: scripts/setup.sh [--tests]" >&2; exit 2 ;;
esac

packages=(
  g++ cmake make pkg-config git          # toolchain
  libre2-dev libyaml-dev nlohmann-json3-dev libssl-dev liblua5.4-dev libjemalloc-dev   # libraries
  nodejs npm                              # npm ci for the tree-sitter sources
)
if ((tests)); then
  packages+=(
    catch2 python3 python3-jsonschema libxml2-utils   # unit tests, e2e tests, SARIF schema, JUnit xsd
    openssl                                 # Ed25519 keys for the snapshot tests
    pre-commit ripgrep                      # end-to-end hook test; benchmark baseline
    chromium                                # the HTML report rendered in a real browser (tests/e2e/test_html_report.py)
    zsh fish groff-base dpkg                # the installed completions and manual page, the .deb (tests/e2e/test_install.py)
    clang libclang-rt-dev llvm              # fuzz targets (libFuzzer, ASan, UBSan runtimes; llvm-symbolizer)
  )
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    # node and npm may come from outside Debian (nvm, NodeSource): accept them when on PATH.
    if [[ $p == nodejs && -x $(command -v node || true) ]] || [[ $p == npm && -x $(command -v npm || true) ]]; then
      continue
    fi
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# npm ci only when node_modules is absent or older than the lock file.
stamp=node_modules/.tollgate-lock-stamp
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci (tree-sitter runtime and grammars)" >&2
  npm ci --no-audit --no-fund >&2
  cp package-lock.json "$stamp"
fi

# Test-only tools (make test, never make demo): Microsoft's SARIF Multitool, run by tests/e2e/test_sarif_multitool.py.
# npm ci only when tests/tools/node_modules is absent or was installed from another lock file. --ignore-scripts: the
# only install script in that tree is the Multitool's own `chmod u+x Sarif.Multitool`, done here instead, so no
# package code runs at install time and the result does not depend on npm's policy on install scripts (npm 11
# already warns about scripts that were not approved).
if ((tests)); then
  stamp=tests/tools/node_modules/.tollgate-lock-stamp
  if [[ ! -f $stamp ]] || ! cmp -s tests/tools/package-lock.json "$stamp"; then
    echo "setup: npm ci --prefix tests/tools (SARIF Multitool, for the tests)" >&2
    npm ci --prefix tests/tools --ignore-scripts --no-audit --no-fund >&2
    multitool=$(cd tests/tools && node -p "require('@microsoft/sarif-multitool')")
    chmod u+x "$multitool"
    cp tests/tools/package-lock.json "$stamp"
  fi
fi
