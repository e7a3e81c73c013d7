#!/usr/bin/env bash
# engines.sh builds the query and rule engines beyond one Prometheus that the
# topology tests run for real: Thanos (sidecar, query, rule, and `thanos tools
# rules-check`) and VictoriaMetrics (the single-node server and vmalert). They
# are built from the Go module proxy at pinned versions and cached in
# ${OBSGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/obsgen-tools}/<name>-<version>/:
# when a binary is there, this script does nothing for it, so CI pays the
# build once per machine. It prints the folders holding the programs as a
# PATH fragment (dir:dir) on standard output, and its progress on standard
# error: `PATH="$(scripts/engines.sh):$PATH" go test ./...`.
#
# Thanos v0.42.5 needs Go 1.26.10 or later (its go.mod), so it is built with
# GOTOOLCHAIN=go1.27.3, which the go command fetches from the module proxy
# like any module; obsgen itself stays on the machine's Go. Measured here on
# a 2-core machine shared with other builds: VictoriaMetrics 71 s; Thanos
# 19 minutes with its modules to download, 13 minutes to rebuild with them
# downloaded (about 2.5 minutes reported on an idle machine); under a tenth
# of a second when cached. `go install thanos@version` is refused because Thanos's
# go.mod has replace directives, so a throwaway wrapper module repeats them
# and builds github.com/thanos-io/thanos/cmd/thanos as a dependency, with the
# build tags of Thanos's own release build (netgo, slicelabels).
set -euo pipefail

thanos_version=v0.42.5
thanos_toolchain=go1.27.3
vm_version=v1.151.0

cache="${OBSGEN_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/obsgen-tools}"
mkdir -p "$cache"
# One build at a time: a second run waits for the first, then finds the
# binaries built.
exec 9>"$cache/.lock"
flock 9

# build_vm installs app/victoria-metrics and app/vmalert of one release.
build_vm() {
  local dir="$cache/victoriametrics-$vm_version"
  if [ -x "$dir/victoria-metrics" ] && [ -x "$dir/vmalert" ]; then
    return 0
  fi
  local start=$SECONDS
  echo "engines: building VictoriaMetrics $vm_version" >&2
  mkdir -p "$dir.tmp"
  GOBIN="$dir.tmp" GOFLAGS=-buildvcs=false go install -trimpath \
    "github.com/VictoriaMetrics/VictoriaMetrics/app/victoria-metrics@$vm_version" \
    "github.com/VictoriaMetrics/VictoriaMetrics/app/vmalert@$vm_version"
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
  echo "engines: VictoriaMetrics $vm_version built in $((SECONDS - start))s" >&2
}

# build_thanos builds cmd/thanos through a wrapper module that carries
# Thanos's replace lines (those of its go.mod at $thanos_version).
build_thanos() {
  local dir="$cache/thanos-$thanos_version"
  if [ -x "$dir/thanos" ]; then
    return 0
  fi
  local start=$SECONDS
  echo "engines: building Thanos $thanos_version with $thanos_toolchain (a few minutes)" >&2
  local work
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  cat >"$work/go.mod" <<MOD
module obsgen.dev/thanos-build

go 1.26.0

require github.com/thanos-io/thanos $thanos_version

replace (
	capnproto.org/go/capnp/v3 => capnproto.org/go/capnp/v3 v3.0.0-alpha.30
	github.com/bradfitz/gomemcache => github.com/themihai/gomemcache v0.0.0-20180902122335-24332e2d58ab
	github.com/sercand/kuberesolver/v4 => github.com/sercand/kuberesolver/v5 v5.1.1
	github.com/vimeo/galaxycache => github.com/thanos-community/galaxycache v0.0.0-20211122094458-3a32041a1f1e
	gopkg.in/alecthomas/kingpin.v2 => github.com/alecthomas/kingpin v1.3.8-0.20210301060133-17f40c25f497
	zenhack.net/go/util => github.com/zenhack/go-util v0.0.0-20231005031245-66f5419c2aea
)
MOD
  mkdir -p "$dir.tmp"
  (
    cd "$work"
    export GOTOOLCHAIN="$thanos_toolchain" GOFLAGS=-buildvcs=false
    go get "github.com/thanos-io/thanos/cmd/thanos@$thanos_version"
    # Thanos's own build tags (.promu.yml): slicelabels is required, its
    # gRPC codec reads labels as slices; without it the sidecar panics.
    go build -trimpath -tags netgo,slicelabels -o "$dir.tmp/thanos" github.com/thanos-io/thanos/cmd/thanos
  )
  rm -rf "$dir"
  mv "$dir.tmp" "$dir"
  echo "engines: Thanos $thanos_version built in $((SECONDS - start))s" >&2
}

build_vm >&2
build_thanos >&2
echo "$cache/thanos-$thanos_version:$cache/victoriametrics-$vm_version"
