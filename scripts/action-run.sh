#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): checks the given paths with the
# action's own copy of dslint, printing one report for the log and writing
# SARIF for code scanning. The build is committed (dist/: the command line
# bundled with its dependencies), so the step installs and builds nothing. The inputs arrive as
# INPUT_* environment variables, never spliced into this script's text, so a
# path or option can hold no shell code.
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
args+=(-- "${paths[@]}")

status=0
node "$action_path/bin/dslint.js" "${args[@]}" || status=$?

# Exit 1 (findings at or above fail-level) still wrote the SARIF; 2 may not have.
if [[ -f "$sarif_file" ]]; then
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "sarif-file=$sarif_file" >>"$GITHUB_OUTPUT"; fi
else
  echo "::warning title=dslint::no SARIF report was written to $sarif_file (dslint exited with $status)"
fi
exit "$status"
