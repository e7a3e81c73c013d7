#!/usr/bin/env bash
# bench.sh prints whole-process wall time, CPU time and peak memory of
# `obsgen generate` and `obsgen check` on the seed specs, on synthetic
# catalogues of 200, 2000 and 8000 metrics, one the size of the
# kubernetes-mixin and one of 1,000 SLOs (best of 3 runs each), and on an
# organisation of 200 services, as Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="$PWD/bin/obsgen"
go build -o "$bin" ./cmd/obsgen
# BENCH_TMPDIR is where the catalogues and their out/ are written (default
# $TMPDIR or /tmp): the figures measure obsgen and the filesystem under it.
work=$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/obsgen-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# A previous out/ is moved here, not removed, before a full write: on an
# ext4 without a journal the kernel skips every inode freed in the last
# minutes one by one when it makes a file (recently_deleted), which made
# writing right after a removal cost up to twice obsgen's own time.
mkdir -p "$work/.trash"

# measure DIR FRESH CMD... prints "seconds maxrss_kb cpu_seconds" of the
# best of three runs (by wall-clock time; cpu is its user+system time, which
# a machine loaded by other work changes less); with FRESH=1, out/ is
# removed before each run (a full write).
measure() {
  local dir=$1 fresh=$2; shift 2
  local best_t="" best_m="" best_c=""
  for _ in 1 2 3; do
    if [ "$fresh" = 1 ] && [ -e "$dir/out" ]; then mv "$dir/out" "$(mktemp -d "$work/.trash/out.XXXXXX")/"; fi
    (cd "$dir" && /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$bin" "$@" >/dev/null 2>&1) || true
    # The last line: time writes "Command exited with non-zero status"
    # before it when the command fails (check on a stale out/).
    read -r t m u s < <(tail -n 1 "$work/time")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then
      best_t=$t best_m=$m best_c=$(awk "BEGIN{print $u + $s}")
    fi
  done
  echo "$best_t $best_m $best_c"
}

row() {
  local name=$1 dir=$2 metrics=$3 alerts=$4 dashboards=$5
  read -r gt gm gc < <(measure "$dir" 1 generate)
  read -r ct cm cc < <(measure "$dir" 0 check)
  files=$(find "$dir/out" -type f | wc -l)
  printf '| %s | %s | %s | %s | %s | %.2f s (%.2f s CPU) | %d MB | %.2f s (%.2f s CPU) | %d MB |\n' \
    "$name" "$metrics" "$alerts" "$dashboards" "$files" "$gt" "$gc" $((gm / 1024)) "$ct" "$cc" $((cm / 1024))
}

# shaped NAME METRICS ALERTS DASHBOARDS SYNTH-ARGS... is a row for a
# catalogue of another shape than synth's default.
shaped() {
  local name=$1 metrics=$2 alerts=$3 dashboards=$4 dir
  shift 4
  dir=$work/$(echo "$name" | tr -c 'a-z0-9\n' '-')
  mkdir -p "$dir"
  "$bin" synth --metrics "$metrics" "$@" --out "$dir/specs" >/dev/null
  row "$name" "$dir" "$metrics" "$alerts" "$dashboards"
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
shaped "kubernetes-mixin size" 600 70 20 --alerts 70 --dashboards 20 --panels 250
shaped "1,000 SLOs" 100 "50 + 2,000 burn-rate" "5 + SLOs" --slos 1000

# An organisation's monorepo: 200 services of about 50 metrics, 25 alerts
# and 2 dashboards each, in git; then one service changes.
org=$work/org
mkdir -p "$org"
"$bin" synth --services 200 --out "$org/specs" >/dev/null
read -r gt gm gc < <(measure "$org" 1 generate)
read -r ct cm cc < <(measure "$org" 0 check)
files=$(find "$org/out" -type f | wc -l)
git -C "$org" init -q -b main
git -C "$org" add -A
git -C "$org" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false commit -q -m base
sed -i 's/> 101$/> 150/' "$org"/specs/svc0007/rules.yaml
read -r xt _ xc < <(measure "$org" 0 check --changed-since HEAD)
read -r dt _ dc < <(measure "$org" 0 diff --base HEAD)
echo
echo "| organisation | files | generate | peak RSS | check | peak RSS | check --changed-since (1 service) | diff (1 service) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '| 200 services (+ shared exporter) | %s | %.2f s (%.2f s CPU) | %d MB | %.2f s (%.2f s CPU) | %d MB | %.2f s (%.2f s CPU) | %.2f s (%.2f s CPU) |\n' \
  "$files" "$gt" "$gc" $((gm / 1024)) "$ct" "$cc" $((cm / 1024)) "$xt" "$xc" "$dt" "$dc"
echo
echo "$(nproc) cores, $(go version | awk '{print $3}'), $(date -u +%Y-%m-%d)"
