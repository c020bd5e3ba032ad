#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Activa needs to build, run and test, if any is missing.
set -euo pipefail

# What the build, the tests, the benchmarks and the Debian package use, nothing more:
# - compilers and CMake;
# - Qt with its SVG, print and translation tools (libgl-dev for Qt's OpenGL headers) and Qt's
#   own Spanish strings; QCustomPlot; Eigen for the labs' matrix products; zlib for the PNG
#   writer;
# - GoogleTest and Google Benchmark;
# - for the tests: DejaVu fonts for the offscreen window, python3 to parse the generated
#   snippets, every locale (locales-all), so that numbers are seen printed and read under a
#   German C locale, and pdftotext (poppler-utils) to read the words of a printed page;
# - for the Debian package (cpack -G DEB) and its tests: dpkg-dev and file (dpkg-shlibdeps
#   computes Depends and asks `file` which files are programs), appstream (appstreamcli
#   validates the metainfo) and groff-base (formats the manual page).
packages=(
    build-essential cmake
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqcustomplot-dev libeigen3-dev zlib1g-dev
    libgtest-dev googletest libbenchmark-dev
    fonts-dejavu-core python3 locales-all poppler-utils
    dpkg-dev file appstream groff-base
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends \
        "${missing[@]}"
fi
