#!/usr/bin/env bash
# bench.sh prints whole-process wall time and peak memory of `obsgen
# generate` and `obsgen check` on the seed specs and on synthetic catalogues
# of 200, 2000 and 8000 metrics (best of 3 runs each), as a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="$PWD/bin/obsgen"
go build -o "$bin" ./cmd/obsgen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure DIR FRESH CMD... prints "seconds maxrss_kb" of the best of three
# runs; with FRESH=1, out/ is removed before each run (a full write).
measure() {
  local dir=$1 fresh=$2; shift 2
  local best_t="" best_m=""
  for _ in 1 2 3; do
    if [ "$fresh" = 1 ]; then rm -rf "$dir/out"; fi
    (cd "$dir" && /usr/bin/time -f "%e %M" -o "$work/time" "$bin" "$@" >/dev/null 2>&1) || true
    read -r t m < "$work/time"
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; best_m=$m; fi
  done
  echo "$best_t $best_m"
}

row() {
  local name=$1 dir=$2 metrics=$3 alerts=$4 dashboards=$5
  read -r gt gm < <(measure "$dir" 1 generate)
  read -r ct cm < <(measure "$dir" 0 check)
  files=$(find "$dir/out" -type f | wc -l)
  printf '| %s | %s | %s | %s | %s | %.2f s | %d MB | %.2f s | %d MB |\n' \
    "$name" "$metrics" "$alerts" "$dashboards" "$files" "$gt" $((gm / 1024)) "$ct" $((cm / 1024))
}

echo "generate: a full write into an empty out/; check: the same catalogue against that out/."
echo
echo "| input | metrics | alerts | dashboards | files | generate | peak RSS | check | peak RSS |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
mkdir -p "$work/seeds"
cp -r specs "$work/seeds/specs"
row "seeds (rstmdb, stemedb)" "$work/seeds" 33 8 6
for n in 200 2000 8000; do
  mkdir -p "$work/n$n"
  "$bin" synth --metrics "$n" --out "$work/n$n/specs" >/dev/null
  row "synthetic" "$work/n$n" "$n" $((n / 2)) $((n / 20))
done

# An organisation's monorepo: 200 services of about 50 metrics, 25 alerts
# and 2 dashboards each, in git; then one service changes.
org=$work/org
mkdir -p "$org"
"$bin" synth --services 200 --out "$org/specs" >/dev/null
read -r gt gm < <(measure "$org" 1 generate)
read -r ct cm < <(measure "$org" 0 check)
files=$(find "$org/out" -type f | wc -l)
git -C "$org" init -q -b main
git -C "$org" add -A
git -C "$org" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false commit -q -m base
sed -i 's/> 101$/> 150/' "$org"/specs/svc0007/rules.yaml
read -r xt xm < <(measure "$org" 0 check --changed-since HEAD)
read -r dt dm < <(measure "$org" 0 diff --base HEAD)
echo
echo "| organisation | files | generate | peak RSS | check | peak RSS | check --changed-since (1 service) | diff (1 service) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '| 200 services (+ shared exporter) | %s | %.2f s | %d MB | %.2f s | %d MB | %.2f s | %.2f s |\n' \
  "$files" "$gt" $((gm / 1024)) "$ct" $((cm / 1024)) "$xt" "$dt"
echo
echo "$(nproc) cores, $(go version | awk '{print $3}'), $(date -u +%Y-%m-%d)"
