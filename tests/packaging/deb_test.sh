#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package of a build tree with CPack, in a folder of its own, and checks it as
# a user would get it: its files and their modes, its control fields, the program run from the
# unpacked tree, the AppStream metadata and the compressed manual page.
# Usage: deb_test.sh CPACK BUILD_DIR VERSION MANPAGE_SOURCE LICENSE
set -euo pipefail

cpack=$1 build=$2 version=$3 manpage=$4 licence_file=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/out/activa_${version}_${arch}.deb
if [[ ! -f $deb ]]; then
    echo "FAIL: no $(basename "$deb"); cpack made:" >&2
    ls "$work/out" >&2
    exit 1
fi

# The files, their modes and owners: what a package built with any umask must hold.
declare -A expected=(
    [./usr/bin/activa]=-rwxr-xr-x
    [./usr/share/applications/activa.desktop]=-rw-r--r--
    [./usr/share/icons/hicolor/scalable/apps/activa.svg]=-rw-r--r--
    [./usr/share/metainfo/io.github.activa_app.activa.metainfo.xml]=-rw-r--r--
    [./usr/share/man/man1/activa.1.gz]=-rw-r--r--
    [./usr/share/bash-completion/completions/activa]=-rw-r--r--
    [./usr/share/doc/activa/copyright]=-rw-r--r--
)
declare -A seen=()
while read -r mode owner _size _date _time path; do
    if [[ $owner != root/root ]]; then fail "$path is owned by $owner, not root/root"; fi
    if [[ $mode == d* ]]; then
        if [[ $mode != drwxr-xr-x ]]; then fail "folder $path has mode $mode"; fi
        continue
    fi
    seen[$path]=1
    if [[ -z ${expected[$path]+x} ]]; then
        fail "unexpected file $path"
    elif [[ $mode != "${expected[$path]}" ]]; then
        fail "$path has mode $mode, not ${expected[$path]}"
    fi
done < <(dpkg-deb -c "$deb")
for path in "${!expected[@]}"; do
    if [[ -z ${seen[$path]+x} ]]; then fail "the package lacks $path"; fi
done

# The control fields; Depends is computed from the libraries the program links.
field() { dpkg-deb -f "$deb" "$1"; }
if [[ $(field Package) != activa ]]; then fail "Package is '$(field Package)'"; fi
if [[ $(field Version) != "$version" ]]; then fail "Version is '$(field Version)'"; fi
if [[ $(field Architecture) != "$arch" ]]; then fail "Architecture is '$(field Architecture)'"; fi
if [[ $(field Section) != science ]]; then fail "Section is '$(field Section)'"; fi
for name in Maintainer Homepage Description; do
    if [[ -z $(field "$name") ]]; then fail "the package has no $name"; fi
done
if [[ $(field Maintainer) != *Activa* || $(field Maintainer) == *noreply* ]]; then
    fail "Maintainer does not name the project: $(field Maintainer)"
fi
depends=$(field Depends)
for library in libqt6widgets6 libqcustomplot; do
    if [[ $depends != *"$library"* ]]; then fail "Depends lacks $library: $depends"; fi
done
if [[ $(field Recommends) != *qt6-translations-l10n* ]]; then
    fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"
fi

# The unpacked program runs with the system's Qt.
dpkg-deb -x "$deb" "$work/root"
program=$work/root/usr/bin/activa
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
if ! list=$("$program" list); then
    fail "the packaged 'activa list' failed"
elif [[ $list != identity$'\t'* ]]; then
    fail "the packaged 'activa list' printed: ${list:0:200}"
fi
if ! out=$("$program" --version) || [[ $out != "activa $version" ]]; then
    fail "the packaged 'activa --version' printed '${out:-}'"
fi

if command -v appstreamcli >/dev/null; then
    if ! appstreamcli validate --no-net --pedantic \
        "$work/root/usr/share/metainfo/io.github.activa_app.activa.metainfo.xml" >"$work/as.log" 2>&1 ||
        ! grep -qx '.*Validation was successful\.' "$work/as.log"; then
        cat "$work/as.log" >&2
        fail "appstreamcli does not accept the metainfo without remarks"
    fi
else
    fail "appstreamcli is missing (scripts/deps.sh installs appstream)"
fi
# The licences: Debian's copyright file names Activa's and the linked libraries' licences, in
# the machine-readable format; the AppStream licence is the one LICENSE states.
copyright=$work/root/usr/share/doc/activa/copyright
if [[ $(head -1 "$copyright") != "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ]]; then
    fail "the copyright file is not in Debian's machine-readable format"
fi
for licence in "License: Expat" "License: GPL-3+" QCustomPlot "Qt 6" zlib Eigen; do
    if ! grep -qF -- "$licence" "$copyright"; then fail "the copyright file does not name $licence"; fi
done
project_license=$(sed -n 's|.*<project_license>\(.*\)</project_license>.*|\1|p' \
    "$work/root/usr/share/metainfo/io.github.activa_app.activa.metainfo.xml")
for spdx in MIT GPL-3.0-or-later; do
    if [[ $project_license != *"$spdx"* ]] || ! grep -qF -- "$spdx" "$licence_file"; then
        fail "AppStream's project_license '$project_license' and LICENSE disagree on $spdx"
    fi
done

if ! cmp -s <(gzip -dc "$work/root/usr/share/man/man1/activa.1.gz") "$manpage"; then
    fail "the packaged activa.1.gz is not the manual page of the sources"
fi

if ((failures)); then exit 1; fi
echo "$(basename "$deb"): Depends: $depends"
