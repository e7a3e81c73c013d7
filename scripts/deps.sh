#!/usr/bin/env bash
# deps.sh installs the programs obsgen's tests validate against, when they
# are missing: promtool and the Prometheus server (Debian package
# prometheus), the node exporter (prometheus-node-exporter, a real exporter
# obsgen verify is tested against), amtool and the Alertmanager server
# (prometheus-alertmanager, which the generated routing is checked with),
# the shell script checker, yamllint, jq, curl, and markdownlint (npm
# markdownlint-cli, on Debian's Node.js and npm), MkDocs (mkdocs, which
# builds the generated docs site) and Chromium (chromium, which loads it
# headless). Safe to run repeatedly, and while another apt or
# dpkg holds the package lock: it waits for the lock, and retries network
# installs.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi


# retry runs a command up to 4 times, 5, 10 and 20 s apart: a mirror or
# the npm registry that hiccups once does not fail the build.
retry() {
  local delay=5 n
  for n in 1 2 3 4; do
    if "$@"; then
      return 0
    fi
    if [ "$n" -lt 4 ]; then
      echo "deps: '$*' failed (try $n of 4); again in ${delay}s" >&2
      sleep "$delay"
      delay=$((delay * 2))
    fi
  done
  echo "deps: '$*' failed 4 times" >&2
  return 1
}

# apt_get waits up to 10 minutes for dpkg's and apt's locks (an unattended
# upgrade, another engineer's install) instead of failing on them.
apt_get() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"
}

need=()
command -v promtool   >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-node-exporter >/dev/null 2>&1 || need+=(prometheus-node-exporter)
command -v amtool     >/dev/null 2>&1 || need+=(prometheus-alertmanager)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v yamllint   >/dev/null 2>&1 || need+=(yamllint)
command -v jq         >/dev/null 2>&1 || need+=(jq)
command -v curl       >/dev/null 2>&1 || need+=(curl)
command -v make       >/dev/null 2>&1 || need+=(make)
command -v npm        >/dev/null 2>&1 || need+=(nodejs npm)
command -v mkdocs     >/dev/null 2>&1 || need+=(mkdocs)
command -v chromium   >/dev/null 2>&1 || need+=(chromium)

if [ "${#need[@]}" -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  retry apt_get update -qq
  retry apt_get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A markdownlint that does not run (installed for a newer Node) counts as
# missing.
if ! markdownlint --version >/dev/null 2>&1; then
  # The newest markdownlint-cli whose engines allow this Node: 0.48.0 for
  # Node 20 (0.49 and later want Node 22), 0.44.0 for Node 18 (Debian 12's
  # nodejs).
  markdownlint_version=0.48.0
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    markdownlint_version=0.44.0
  fi
  echo "deps: installing markdownlint-cli@${markdownlint_version} (npm, Node $(node --version))"
  retry $sudo npm install -g --no-fund --no-audit --no-update-notifier "markdownlint-cli@${markdownlint_version}" >/dev/null
fi
echo "deps: $(promtool --version 2>&1 | head -n1); $(amtool --version 2>&1 | head -n1); markdownlint $(markdownlint --version); node $(node --version); $(mkdocs --version 2>&1 | cut -d' ' -f1-3); $(chromium --version 2>/dev/null | head -n1)"
