#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): checks the given paths with the
# action's own copy of dslint, printing one report for the log and writing
# SARIF for code scanning. The build is committed (dist/: the command line
# bundled with its dependencies), so the step installs and builds nothing. The inputs arrive as
# INPUT_* environment variables, never spliced into this script's text, so a
# path or option can hold no shell code.
#
# With a node inventory (INPUT_NODES), the check also reports placement, and
# the job summary gets where the DaemonSets run: on a pull request, what the
# change does between the base commit and the checked-out one.
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: this is the step of action.yml}"
format="${INPUT_FORMAT:-stylish}"
sarif_file="${INPUT_SARIF_FILE:-dslint.sarif}"
fail_level="${INPUT_FAIL_LEVEL:-error}"

# Whitespace-separated (spaces or newlines). Globs are left for dslint to
# expand, which also knows `**`.
set -f
# shellcheck disable=SC2206
paths=(${INPUT_PATHS:-})
# shellcheck disable=SC2206
nodes=(${INPUT_NODES:-})
set +f
if [[ ${#paths[@]} -eq 0 ]]; then
  echo "::error title=dslint::the paths input is empty: name the manifest files, folders or globs to check"
  exit 2
fi

if [[ ! -f "$action_path/dist/dslint.cjs" ]]; then
  echo "::error title=dslint::$action_path has no dist/dslint.cjs: use the action at a release tag or a commit of main"
  exit 2
fi

args=(check --format "$format" --format "sarif=$sarif_file" --fail-level "$fail_level")
# The Actions log shows colours, but its output is not a terminal.
if [[ "$format" == stylish ]]; then args+=(--color); fi
if [[ -n "${INPUT_CONFIG:-}" ]]; then args+=(--config "$INPUT_CONFIG"); fi
if [[ -n "${INPUT_KUBERNETES_VERSION:-}" ]]; then args+=(--kubernetes-version "$INPUT_KUBERNETES_VERSION"); fi
for file in "${nodes[@]}"; do args+=(--nodes "$file"); done
args+=(-- "${paths[@]}")

status=0
node "$action_path/bin/dslint.js" "${args[@]}" || status=$?

# Exit 1 (findings at or above fail-level) still wrote the SARIF; 2 may not have.
if [[ -f "$sarif_file" ]]; then
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "sarif-file=$sarif_file" >>"$GITHUB_OUTPUT"; fi
else
  echo "::warning title=dslint::no SARIF report was written to $sarif_file (dslint exited with $status)"
fi

# The base commit of a pull request, from the event the workflow runs for; the `base` input overrides it.
base_commit() {
  if [[ -n "${INPUT_BASE:-}" ]]; then
    printf '%s' "$INPUT_BASE"
  elif [[ "${GITHUB_EVENT_NAME:-}" == pull_request* && -f "${GITHUB_EVENT_PATH:-}" ]]; then
    node -e 'const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(e.pull_request?.base?.sha ?? "")' "$GITHUB_EVENT_PATH"
  fi
}

# Writes the placement (on a pull request: its change) to the job summary as Markdown.
placement_summary() {
  local base base_dir prefix top path
  local sim=(simulate --format markdown --no-error-on-unmatched-pattern)
  for file in "${nodes[@]}"; do sim+=(--nodes "$file"); done
  base="$(base_commit)"
  if [[ "$base" == -* ]]; then
    echo "::error title=dslint::the base input must be a commit, not $base"
    return 2
  fi
  if [[ -n "$base" ]]; then
    # A checkout with fetch-depth 1 lacks the base commit: fetch that one commit.
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
      git fetch --quiet --no-tags --depth=1 origin "$base" || {
        echo "::warning title=dslint::cannot fetch the base commit $base: no placement change in the job summary (use actions/checkout with fetch-depth: 0)"
        return 0
      }
    fi
    base_dir="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/dslint-base.XXXXXX")"
    if ! git archive --format=tar "$base" | tar -x -C "$base_dir"; then
      echo "::error title=dslint::cannot read the manifests of the base commit $base"
      rm -rf "$base_dir"
      return 2
    fi
    # Paths are relative to the working directory, which may be a folder of the
    # repository; an absolute path is taken inside the repository's top folder.
    prefix="$(git rev-parse --show-prefix)"
    top="$(git rev-parse --show-toplevel)"
    for path in "${paths[@]}"; do
      if [[ "$path" != /* ]]; then
        sim+=(--before "$base_dir/$prefix$path")
      elif [[ "$path" == "$top"/* ]]; then
        sim+=(--before "$base_dir/${path#"$top"/}")
      else
        echo "::warning title=dslint::$path is outside the repository: the base commit has no version of it to compare"
      fi
    done
  fi
  local sim_status=0
  node "$action_path/bin/dslint.js" "${sim[@]}" -- "${paths[@]}" >>"$GITHUB_STEP_SUMMARY" || sim_status=$?
  if [[ -n "${base_dir:-}" ]]; then rm -rf "$base_dir"; fi
  # 1 is a DaemonSet that runs nowhere, which the check reports; 2 is a mistake in the inputs.
  if [[ $sim_status -ge 2 ]]; then
    echo "::error title=dslint::dslint simulate failed (exit $sim_status): no placement in the job summary"
    return "$sim_status"
  fi
}

if [[ ${#nodes[@]} -gt 0 ]]; then
  if [[ -z "${GITHUB_STEP_SUMMARY:-}" ]]; then
    echo "::warning title=dslint::GITHUB_STEP_SUMMARY is not set: no placement in the job summary"
  else
    summary_status=0
    placement_summary || summary_status=$?
    if [[ $status -eq 0 && $summary_status -ne 0 ]]; then status=$summary_status; fi
  fi
fi
exit "$status"
