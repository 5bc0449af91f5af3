#!/usr/bin/env bash
# Installs the Debian 12 packages ptlab needs, only those that are missing.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libhwloc-dev hwloc
  catch2
  nlohmann-json3-dev libcli11-dev
  libhyphen-dev hyphen-en-us
  libeigen3-dev
  openmpi-bin libopenmpi-dev
  linux-perf
  fonts-noto-core
  xvfb xauth
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "ptlab: installing ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
