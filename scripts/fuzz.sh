#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the repository for FUZZTIME each
# (default 60s; CI runs FUZZTIME=5s): the read boundary, spec loading (YAML,
# Jsonnet with imports against a planted secret, overlays), the cost limits
# (run budget, diagnostics per file), the comparison behind `obsgen check`
# over out/ trees with foreign files and links, the PromQL lint, the
# exposition parser behind verify and import, every generator over random
# catalogues (no hidden character or javascript: link in any output), the
# Jsonnet literal locator and the Markdown escapers.
# The targets are found, not listed: every `func FuzzXxx(` in a _test.go
# file outside testdata/, so a new one cannot be left out.
# A failing input is saved under the package's testdata/fuzz/ and fails
# `go test` from then on. A run that fails with nothing but "context
# deadline exceeded" and saves no input is Go's own race at the end of
# -fuzztime (go.dev/issue/75804, fixed in Go 1.27; seen here on a loaded
# machine), not a finding: it is reported and the next target runs.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-60s}

targets=()
while IFS=: read -r file line; do
  name=${line#func }
  name=${name%%(*}
  targets+=("./$(dirname "$file") $name")
done < <(grep -rE --include='*_test.go' --exclude-dir=testdata --exclude-dir=.git --exclude-dir=vendor \
  '^func Fuzz[A-Za-z0-9_]*\(' . | sed 's|^\./||' | sort)
if [ "${#targets[@]}" -eq 0 ]; then
  echo "fuzz: no fuzz targets found" >&2
  exit 1
fi
if [ "${1:-}" = "-list" ]; then
  printf '%s\n' "${targets[@]}"
  exit 0
fi

# unminimized are targets whose coverage differs between runs of the same
# input (the spec files of a folder load in parallel): nearly every input
# looks new, and minimizing one (keeping that coverage) does not finish,
# which stalled a 20 s run after a dozen executions (with it off: about
# 2,300). They fuzz without minimizing; a failing input is saved as found.
unminimized=(FuzzCostLimitsHold)

# saved lists the failing inputs saved for a target.
saved() { if [ -d "$1/testdata/fuzz/$2" ]; then find "$1/testdata/fuzz/$2" -type f | sort; fi; }

for t in "${targets[@]}"; do
  read -r pkg name <<<"$t"
  echo "fuzz: $name ($pkg) for $fuzztime"
  before=$(saved "$pkg" "$name")
  minimize=()
  if [[ " ${unminimized[*]} " == *" $name "* ]]; then
    minimize=(-fuzzminimizetime 0)
  fi
  if ! out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "${minimize[@]}" "$pkg" 2>&1); then
    failure=$(echo "$out" | grep -A1 -e "^--- FAIL: $name " | tail -n 1 | sed 's/^[[:space:]]*//' || true)
    if [ "$failure" = "context deadline exceeded" ] && [ "$(saved "$pkg" "$name")" = "$before" ]; then
      echo "$out" | grep -e '^fuzz: elapsed' | tail -n 1
      echo "fuzz: $name stopped by Go's -fuzztime race (go.dev/issue/75804), no failing input: not a finding"
      continue
    fi
    echo "$out"
    exit 1
  fi
  echo "$out" | tail -n 2
done
