#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_deb.sh CPACK BUILD_DIR VERSION: builds the .deb packages of BUILD_DIR, checks their
# control data and contents, unpacks them into a temporary root and runs what they installed.
# Everything it writes is in one temporary directory, deleted on exit.
set -euo pipefail

cpack=$1 build=$2 version=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/kam-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
pass() { printf 'PASS: %s\n' "$*"; }
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
client=$work/out/kamdesk_${version}-1_${arch}.deb
server=$work/out/kamdesk-server_${version}-1_${arch}.deb
for deb in "$client" "$server"; do
    [[ -f $deb ]] || { ls -l "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
done
debs=("$work"/out/*.deb)
check "exactly two packages (${#debs[@]})" test "${#debs[@]}" -eq 2

# --- control data ------------------------------------------------------------------------------
field() { dpkg-deb --field "$1" "$2"; }
has_dep() { [[ ", $(field "$1" Depends)," == *", $2 "* || ", $(field "$1" Depends)," == *", $2,"* ]]; }
for deb in "$client" "$server"; do
    name=$(field "$deb" Package)
    check "$name: Version $version-1" test "$(field "$deb" Version)" = "$version-1"
    check "$name: Maintainer" test -n "$(field "$deb" Maintainer)"
    check "$name: Section" test -n "$(field "$deb" Section)"
    check "$name: Depends on libqt6core6 (dpkg-shlibdeps ran)" has_dep "$deb" libqt6core6
done
for dep in libqt6widgets6 libqt6charts6 libqt6keychain1 libqt6sql6-sqlite libqt6svg6; do
    check "kamdesk Depends on $dep" has_dep "$client" "$dep"
done
check "kamdesk Recommends qt6-translations-l10n" grep -q qt6-translations-l10n <<<"$(field "$client" Recommends)"
check "kamdesk-server Depends on libqt6httpserver6" has_dep "$server" libqt6httpserver6
check "kamdesk-server Depends on a Qt SQL driver" has_dep "$server" "libqt6sql6-psql | libqt6sql6-sqlite"
lacks_dep() { ! has_dep "$@"; }
for dep in libqt6widgets6 libqt6charts6 libqt6gui6; do
    check "kamdesk-server does not depend on $dep" lacks_dep "$server" "$dep"
done

# --- contents ------------------------------------------------------------------------------------
contents() { dpkg-deb --contents "$1" | awk '{ print substr($6, 2) }'; }
contents "$client" >"$work/client.list"
contents "$server" >"$work/server.list"
for path in /usr/bin/kamdesk /usr/bin/kamdesk-cli /usr/share/applications/kamdesk.desktop \
    /usr/share/icons/hicolor/scalable/apps/kamdesk.svg /usr/share/doc/kamdesk/copyright; do
    check "kamdesk contains $path" grep -qx "$path" "$work/client.list"
done
for path in /usr/bin/kamdesk-server /lib/systemd/system/kamdesk-server.service \
    /lib/systemd/system/kamdesk-purge.service /lib/systemd/system/kamdesk-purge.timer \
    /etc/kamdesk/server.env /usr/share/doc/kamdesk-server/README.md \
    /usr/share/doc/kamdesk-server/copyright; do
    check "kamdesk-server contains $path" grep -qx "$path" "$work/server.list"
done
none_match() { ! grep -qE "$1" "$2"; }
check "kamdesk has no server files" none_match 'kamdesk-server|systemd|^/etc' "$work/client.list"
check "kamdesk-server has no client files" none_match 'bin/kamdesk(-cli)?$|applications|icons' "$work/server.list"

dpkg-deb --control "$server" "$work/control"
check "server.env is a conffile" grep -qx /etc/kamdesk/server.env "$work/control/conffiles"
sh_script() { test -x "$1" && sh -n "$1"; }
for script in postinst prerm postrm; do
    check "kamdesk-server $script is an executable sh script" sh_script "$work/control/$script"
done

# --- maintainer scripts, run against stand-ins --------------------------------------------------
# PATH holds only the stand-ins, so the scripts cannot reach the real adduser, dpkg-statoverride
# or systemctl (a command without a stand-in fails the script). They log what they are asked to
# do; dpkg-statoverride keeps its overrides in a file.
stubs=$work/stubs calls=$work/calls overrides=$work/overrides
mkdir -p "$stubs"
: >"$overrides"
stub() { printf '#!/bin/sh\nPATH=/usr/bin:/bin\n%s\n' "$2" >"$stubs/$1" && chmod +x "$stubs/$1"; }
stub adduser "echo \"adduser \$*\" >>'$calls'"
stub systemctl "echo \"systemctl \$*\" >>'$calls'"
stub getent "[ \"\$1 \$2\" = 'passwd kamdesk' ] && [ -n \"\$KAM_USER_EXISTS\" ] && echo 'kamdesk:x:999:999::/var/lib/kamdesk:/usr/sbin/nologin'"
stub dpkg-statoverride 'case $1 in
--list) grep " $2\$" '"'$overrides'"' ;;
--update) [ "$2" = --add ] && echo "$3 $4 $5 $6" >>'"'$overrides'"' ;;
--remove) grep -v " $2\$" '"'$overrides'"' >'"'$overrides.new'"'; mv '"'$overrides.new'"' '"'$overrides'"' ;;
*) exit 2 ;;
esac'
user_exists=""   # set: getent finds the user kamdesk
maintainer() { : >"$calls"; env -i PATH="$stubs" KAM_USER_EXISTS="$user_exists" /bin/sh "$work/control/$1" "${@:2}"; }
both_overrides() {
    [[ $(sort "$overrides") == "$(printf '%s\n' "root kamdesk 0640 /etc/kamdesk/server.env" "root kamdesk 0750 /etc/kamdesk")" ]]
}
check "postinst configure (first installation)" maintainer postinst configure
check "  creates the system user kamdesk" grep -q '^adduser --system --group .* kamdesk$' "$calls"
check "  /etc/kamdesk 0750 and server.env 0640, group kamdesk" both_overrides
user_exists=1
check "postinst configure 0.0.1-1 (upgrade)" maintainer postinst configure 0.0.1-1
check "  creates no user" none_match adduser "$calls"
check "  keeps the overrides, once each" both_overrides
check "prerm remove" maintainer prerm remove
check "postrm remove" maintainer postrm remove
check "  keeps the overrides" both_overrides
check "postrm purge" maintainer postrm purge
check "  drops the overrides" test ! -s "$overrides"

# --- installed ----------------------------------------------------------------------------------
root=$work/root
dpkg-deb --extract "$client" "$root"
dpkg-deb --extract "$server" "$root"
export QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_CONFIG_HOME=$work/home/.config
export XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 0700 "$XDG_RUNTIME_DIR"
check "kamdesk --version" test "$(LC_ALL=C.UTF-8 "$root/usr/bin/kamdesk" --version)" = "KAM Desk $version"
check "kamdesk-cli --version" test "$(LC_ALL=C.UTF-8 "$root/usr/bin/kamdesk-cli" --version)" = "kamdesk-cli $version"
check "kamdesk-server --version" test "$(LC_ALL=C.UTF-8 "$root/usr/bin/kamdesk-server" --version)" = "kamdesk-server $version"
# The .qm files are compiled into the binaries: the installed client speaks Chinese by itself.
help_zh=$(LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$root/usr/bin/kamdesk" --help)
check "installed kamdesk translated to Chinese" grep -q '大客户管理' <<<"$help_zh"

# The units start the installed binary.
for unit in kamdesk-server.service kamdesk-purge.service; do
    exe=$(sed -n 's/^ExecStart=\([^ ]*\).*/\1/p' "$root/lib/systemd/system/$unit")
    check "$unit starts $exe, which the package installs" test -x "$root$exe"
done

desktop=$root/usr/share/applications/kamdesk.desktop
exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
check "kamdesk.desktop runs $exe, which the package installs" test -x "$root/usr/bin/$exe"
check "kamdesk.desktop icon $icon is installed" test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate kamdesk.desktop" desktop-file-validate "$desktop"
else
    echo "SKIP: desktop-file-validate not installed (desktop-file-utils)"
fi

if ((failures > 0)); then
    echo "$failures checks failed" >&2
    exit 1
fi
echo "all checks passed"
