#!/usr/bin/env bash
# deps.sh installs the programs obsgen's tests validate against, when they
# are missing: promtool and the Prometheus server (Debian package
# prometheus), the node exporter (prometheus-node-exporter, a real exporter
# obsgen verify is tested against), amtool and the Alertmanager server
# (prometheus-alertmanager, which the generated routing is checked with),
# shellcheck, yamllint and jq. Safe to run repeatedly.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

need=()
command -v promtool   >/dev/null 2>&1 || need+=(prometheus)
command -v prometheus-node-exporter >/dev/null 2>&1 || need+=(prometheus-node-exporter)
command -v amtool     >/dev/null 2>&1 || need+=(prometheus-alertmanager)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v yamllint   >/dev/null 2>&1 || need+=(yamllint)
command -v jq         >/dev/null 2>&1 || need+=(jq)
command -v curl       >/dev/null 2>&1 || need+=(curl)

if [ "${#need[@]}" -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! command -v markdownlint >/dev/null 2>&1; then
  echo "deps: installing markdownlint-cli (npm)"
  $sudo npm install -g --no-fund --no-audit markdownlint-cli@0.50.0 >/dev/null
fi
echo "deps: $(promtool --version 2>&1 | head -n1); $(amtool --version 2>&1 | head -n1); markdownlint $(markdownlint --version)"
