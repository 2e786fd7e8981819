# shellcheck shell=bash disable=SC2034  # EXTRA_ARGS and BASE_CONFIG are results for the caller
# What scripts/ci/github-action.sh and scripts/ci/gitlab.sh share. Sourced, not run.

# die MESSAGE: the message on stderr (after $ci_error_prefix), exit 2: the job itself cannot run.
die() {
  printf '%s%s\n' "${ci_error_prefix:-tollgate: error: }" "$*" >&2
  exit 2
}

# bool NAME VALUE: prints true or false, or stops on anything else.
bool() {
  case ${2,,} in
    true | yes | 1) echo true ;;
    false | no | 0 | "") echo false ;;
    *) die "$1 must be true or false, not '$2'" ;;
  esac
}

# split_args STRING SCRATCH_FILE: the words of STRING in the array EXTRA_ARGS. xargs splits on blanks and honours
# quotes and backslashes as a shell would; it expands nothing, and runs nothing but printf.
split_args() {
  EXTRA_ARGS=()
  [[ -n $1 ]] || return 0
  printf '%s' "$1" | xargs -r printf '%s\0' >"$2" || die "cannot split the extra arguments (an unmatched quote?): $1"
  mapfile -d '' EXTRA_ARGS <"$2"
}

# base_config BRANCH NAME: the configuration file NAME (relative to the working directory, which is in the
# repository) as BRANCH has it on origin, written beside NAME as .tollgate.base-branch.yaml; its path in
# BASE_CONFIG. Beside NAME, so that its relative paths (baseline, rules, exclude) mean what they mean in the
# repository; listed in .git/info/exclude, so that the scan does not read it as one of the repository's files.
# A branch without NAME gives an empty file: the defaults. The caller removes the file after the scan.
base_config() {
  local branch=$1 name=$2
  [[ $name != /* ]] || die "the configuration to read from the base branch is a path in the repository, not '$name'"
  local ref="refs/remotes/origin/$branch"
  if ! git rev-parse --verify --quiet "$ref^{commit}" >/dev/null; then
    local depth=()
    if [[ $(git rev-parse --is-shallow-repository) == true ]]; then depth=(--depth=1); fi
    git fetch --quiet --no-tags "${depth[@]}" origin "+refs/heads/$branch:$ref" ||
      die "cannot fetch the branch '$branch' from origin to read its configuration"
  fi
  local top rel
  BASE_CONFIG=$(dirname "$name")/.tollgate.base-branch.yaml
  top=$(git rev-parse --show-toplevel)
  rel=$(realpath -m --relative-to="$top" "$BASE_CONFIG")
  [[ $rel != ../* ]] || die "the configuration '$name' is outside the repository"
  mkdir -p "$(dirname "$BASE_CONFIG")"
  if git cat-file -e "$ref:./$name" 2>/dev/null; then
    git show "$ref:./$name" >"$BASE_CONFIG"
    echo "tollgate: the configuration is $name as the branch '$branch' has it" >&2
  else
    : >"$BASE_CONFIG"
    echo "tollgate: the branch '$branch' has no $name; the defaults apply" >&2
  fi
  local exclude pattern
  exclude=$(git rev-parse --git-path info/exclude)
  pattern=/$(printf '%s' "$rel" | sed 's/[][*?\\]/\\&/g')
  mkdir -p "$(dirname "$exclude")"
  if ! grep -qxF -- "$pattern" "$exclude" 2>/dev/null; then
    if [[ -s $exclude && -n $(tail -c 1 "$exclude") ]]; then echo >>"$exclude"; fi
    echo "$pattern" >>"$exclude"
  fi
}
