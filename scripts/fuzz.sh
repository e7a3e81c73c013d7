#!/usr/bin/env bash
# fuzz.sh runs every fuzz target for FUZZTIME each (default 30s): the read
# boundary, spec loading (YAML, Jsonnet, overlays), the PromQL lint, the
# exposition parser behind verify and import, every generator over random
# catalogues (no hidden character or javascript: link in any output), and
# the Markdown escapers.
# A failing input is saved under the package's testdata/fuzz/ and fails
# `go test` from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-30s}

targets=(
  "./internal/boundary FuzzResolve"
  "./internal/specload FuzzLoadYAML"
  "./internal/specload FuzzLoadJsonnet"
  "./internal/specload FuzzApplyOverlay"
  "./internal/lint FuzzLint"
  "./internal/importer FuzzAnyExpositionImportsToAValidSpec"
  "./internal/pipeline FuzzGenerators"
  "./generators/docs FuzzMarkdownMakesNoUnsafeLink"
)
for t in "${targets[@]}"; do
  read -r pkg name <<<"$t"
  echo "fuzz: $name ($pkg) for $fuzztime"
  if ! out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg" 2>&1); then
    echo "$out"
    exit 1
  fi
  echo "$out" | tail -n 2
done
