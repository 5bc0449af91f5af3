#!/usr/bin/env bash
# Installs the Debian 12 packages ptlab needs, only those that are missing.
# install-deps.sh --test adds what only the test command uses: clang and libFuzzer for the fuzz targets,
# clang-tidy, and ccache (used when present, so that a machine that keeps ~/.cache rebuilds faster).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev
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
  appstream
  locales
)
if [ "${1:-}" = --test ]; then
  packages+=(clang clang-tidy libfuzzer-14-dev ccache)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
if [ ${#missing[@]} -gt 0 ]; then
  echo "ptlab: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The tests check that machine-readable output stays valid under locales with a decimal comma.
for loc in vi_VN de_DE; do
  if ! locale -a 2>/dev/null | grep -qi "^${loc}\.utf-\?8$"; then
    "${sudo[@]}" sed -i "s/^# *\(${loc}.UTF-8 UTF-8\)/\1/" /etc/locale.gen
    grep -q "^${loc}.UTF-8 UTF-8" /etc/locale.gen || echo "${loc}.UTF-8 UTF-8" | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
    need_locale_gen=1
  fi
done
if [ "${need_locale_gen:-0}" = 1 ]; then
  "${sudo[@]}" locale-gen >/dev/null
fi
