#!/usr/bin/env bash
# check-rulers.sh checks the committed out/ with the rulers that load it:
# `thanos tools rules-check` on each Thanos Ruler file, `vmalert -dryRun` on
# every file vmalert reads (the Prometheus rule files and the global groups
# in vmalert/global.yaml). thanos and vmalert must be on PATH
# (scripts/engines.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
thanos_files=(out/*/thanos/rules.yaml)
vmalert_files=(out/*/prometheus/alerts.yaml out/*/prometheus/recording.yaml out/*/prometheus/slos.yaml out/*/vmalert/global.yaml)

for f in "${thanos_files[@]}"; do
  if ! out="$(thanos tools rules-check --rules="$f" 2>&1)"; then
    echo "$out" >&2
    echo "check-rulers: thanos rejects $f" >&2
    exit 1
  fi
done
args=()
for f in "${vmalert_files[@]}"; do
  args+=("-rule=$f")
done
if [ "${#args[@]}" -gt 0 ]; then
  if ! out="$(vmalert -dryRun -loggerLevel=ERROR "${args[@]}" 2>&1)"; then
    echo "$out" >&2
    echo "check-rulers: vmalert rejects the rule files" >&2
    exit 1
  fi
fi
echo "check-rulers: thanos accepts ${#thanos_files[@]} file(s), vmalert ${#vmalert_files[@]}"
