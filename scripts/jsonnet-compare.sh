#!/usr/bin/env bash
# jsonnet-compare.sh times go-jsonnet building the kubernetes-mixin (its
# alerts, recording rules and dashboards, the three commands of the mixin's
# own Makefile) and obsgen generating a catalogue of the same size (`obsgen
# synth --metrics 600 --alerts 70 --dashboards 20 --panels 250`, the
# "kubernetes-mixin size" row of `make bench`), best of five runs each, on
# the same machine, and prints the ratio.
#
#   scripts/jsonnet-compare.sh MIXIN-DIR
#
# MIXIN-DIR is a checkout of github.com/kubernetes-monitoring/kubernetes-mixin
# with its Jsonnet dependencies vendored as `jb install` leaves them
# (MIXIN-DIR/vendor; without jb, the folders its jsonnetfile.lock.json names,
# at its commits, under vendor/<remote host and path>/ do). The jsonnet program is go-jsonnet's, at the version
# obsgen itself links (go.mod), installed from the Go module proxy into a
# temporary folder. Nothing here is fetched from GitHub: the mixin is the
# caller's, so this is not part of `make bench`, which must run offline.
set -euo pipefail
cd "$(dirname "$0")/.."

mixin=${1:?usage: scripts/jsonnet-compare.sh MIXIN-DIR (a kubernetes-mixin checkout with vendor/)}
mixin=$(cd "$mixin" && pwd)
for f in lib/alerts.jsonnet lib/rules.jsonnet lib/dashboards.jsonnet vendor; do
  if [ ! -e "$mixin/$f" ]; then
    echo "jsonnet-compare: $mixin/$f is missing: give a kubernetes-mixin checkout after jb install" >&2
    exit 2
  fi
done

version=$(go list -m -f '{{.Version}}' github.com/google/go-jsonnet)
work=$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/obsgen-jsonnet.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && GOBIN="$work/bin" go install "github.com/google/go-jsonnet/cmd/jsonnet@$version")
jsonnet=$work/bin/jsonnet
obsgen=$work/bin/obsgen
go build -o "$obsgen" ./cmd/obsgen

# best CMD... prints the wall time in seconds of the fastest of five runs,
# to the millisecond (/usr/bin/time gives hundredths).
best() {
  local b="" t0 t1 t
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    t=$(awk "BEGIN{printf \"%.3f\", ($t1 - $t0) / 1e9}")
    if [ -z "$b" ] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}

mkdir -p "$work/mixin-out"
cd "$mixin"
alerts=$(best "$jsonnet" -J vendor -S -o "$work/mixin-out/alerts.yaml" lib/alerts.jsonnet)
rules=$(best "$jsonnet" -J vendor -S -o "$work/mixin-out/rules.yaml" lib/rules.jsonnet)
dashboards=$(best "$jsonnet" -J vendor -m "$work/mixin-out" lib/dashboards.jsonnet)
n_alerts=$(grep -c '"alert":' "$work/mixin-out/alerts.yaml" || true)
n_rules=$(grep -c '"record":' "$work/mixin-out/rules.yaml" || true)
n_dash=$(find "$work/mixin-out" -name '*.json' | wc -l)
rev=$(git -C "$mixin" rev-parse --short HEAD 2>/dev/null || echo "not a git checkout")

cd "$work"
mkdir -p k8s
"$obsgen" synth --metrics 600 --alerts 70 --dashboards 20 --panels 250 --out k8s/specs >/dev/null
cd k8s
# generate into an empty out/ each time, as make bench does; the previous
# out/ is moved aside (see bench.sh on removing trees before writing).
cat >"$work/gen" <<GEN
#!/usr/bin/env bash
if [ -e out ]; then mv out "\$(mktemp -d "$work/trash.XXXXXX")/"; fi
exec "$obsgen" generate
GEN
chmod +x "$work/gen"
generate=$(best "$work/gen")
check=$(best "$obsgen" check)

total=$(awk "BEGIN{print $alerts + $rules + $dashboards}")
echo "go-jsonnet $version, kubernetes-mixin $rev ($n_alerts alerts, $n_rules recording rules, $n_dash dashboards):"
echo "  alerts $alerts s, rules $rules s, dashboards $dashboards s: $total s in all"
echo "obsgen, a catalogue of the kubernetes-mixin's size (every artifact, docs and pictures included):"
echo "  generate $generate s, check $check s"
awk "BEGIN{printf \"ratio: go-jsonnet's build takes %.0fx obsgen's generate (%.0fx its dashboards alone)\n\", $total / $generate, $dashboards / $generate}"
echo "$(nproc) cores, $(go version | awk '{print $3}'), $(date -u +%Y-%m-%d)"
