#!/usr/bin/env bash
# Compares obsgen's SLO rules with Sloth v0.16.0's for the same three SLOs
# (scripts/slothcompare/sloth.yaml and scripts/slothcompare/spec): Sloth is
# built from the Go module proxy with `go run` (it is not a dependency of
# obsgen), generates its rules, and both rule sets run through Prometheus's
# rule engine on the same four days of input series. Prints the largest
# differences of every recorded series and the alerts' firing times; exits
# 1 when they disagree. Also times Sloth and obsgen on 1,000 SLOs.
set -euo pipefail
cd "$(dirname "$0")/.."
sloth_version=v0.16.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && GOBIN="$work" go install "github.com/slok/sloth/cmd/sloth@$sloth_version")
"$work/sloth" generate -i scripts/slothcompare/sloth.yaml -o "$work/sloth-rules.yaml" >/dev/null 2>&1
go run ./scripts/slothcompare -sloth "$work/sloth-rules.yaml" -spec scripts/slothcompare/spec

if [[ "${1:-}" == "--bench" ]]; then
	n=1000
	go run ./scripts/slothcompare/bench -n "$n" -sloth "$work/sloth-$n.yaml" -spec "$work/specs"
	echo "Sloth, $n SLOs:"
	/usr/bin/time -f "  %e s, %M KB peak RSS" "$work/sloth" generate -i "$work/sloth-$n.yaml" -o "$work/sloth-$n-rules.yaml" >/dev/null 2>"$work/sloth.time" || true
	tail -1 "$work/sloth.time"
	go build -o "$work/obsgen" ./cmd/obsgen
	echo "obsgen generate, $n SLOs:"
	/usr/bin/time -f "  %e s, %M KB peak RSS" "$work/obsgen" generate --out "$work/out" "$work/specs" >/dev/null 2>"$work/gen.time" || true
	tail -1 "$work/gen.time"
	echo "obsgen check, $n SLOs:"
	/usr/bin/time -f "  %e s, %M KB peak RSS" "$work/obsgen" check --out "$work/out" "$work/specs" >/dev/null 2>"$work/check.time" || true
	tail -1 "$work/check.time"
fi
