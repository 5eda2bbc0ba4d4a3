#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ./test.sh — build KAM Desk with warnings as errors and run the whole test suite.
#
#   1. installs the Debian 12 packages that are missing (apt-get, as root or through sudo)
#   2. configures build/ (Ninja, RelWithDebInfo, KAM_WERROR=ON) and builds with all cores
#   3. starts a throwaway PostgreSQL on a free 127.0.0.1 port and exports KAM_TEST_PG_URL
#   4. runs ctest without the benchmarks (label "bench"; run those on demand, see README.md);
#      test_deb (label "package") builds the .deb packages with cpack and installs them in a temp root
#   5. stops and deletes PostgreSQL whatever happens, and exits with ctest's status
#
# Environment: KAM_BUILD_DIR (default build), KAM_SANITIZE=ON for an ASan/UBSan build
# (use a separate KAM_BUILD_DIR for it, the option sticks in the CMake cache).
set -euo pipefail

BUILD_DIR=${KAM_BUILD_DIR:-build}

# Keep in step with run.sh and README.md.
PACKAGES=(
    cmake ninja-build g++ ccache dpkg-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libqt6svg6
    libsodium-dev libsqlite3-dev postgresql xvfb xauth poppler-utils fonts-noto-cjk sqlite3
)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root or sudo to run: $*"
    fi
}

install_missing_packages() {
    command -v dpkg-query >/dev/null || { log "not a Debian system; skipping package check"; return 0; }
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        [[ $(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null) == installed ]] \
            || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    log "installing missing packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

build() {
    log "configuring $BUILD_DIR (Ninja, RelWithDebInfo, KAM_WERROR=ON)"
    cmake -S . -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKAM_WERROR=ON \
        -DKAM_SANITIZE="${KAM_SANITIZE:-OFF}"
    log "building with $(nproc) jobs"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# --- throwaway PostgreSQL --------------------------------------------------------------
PG_DIR=""      # temp dir: data/, server log and the unix socket; deleted on exit
PG_BIN=""
PG_AS=()       # initdb refuses to run as root, so as root the server runs as "postgres"

pg() { "${PG_AS[@]}" "$PG_BIN/$1" "${@:2}"; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_postgres() {
    PG_BIN=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    [[ -x $PG_BIN/initdb ]] || die "PostgreSQL server binaries not found (apt-get install postgresql)"

    PG_DIR=$(mktemp -d /tmp/kam-pg.XXXXXX) # short path: the socket name must stay < 108 bytes
    if [[ $EUID -eq 0 ]]; then
        chown postgres: "$PG_DIR"
        PG_AS=(runuser -u postgres --)
    fi
    pg initdb -D "$PG_DIR/data" -A trust -U kam -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

    # Another process may take a free port between the check and the bind: try a few.
    local attempt port
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        port_in_use "$port" && continue
        if pg pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
            -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
            export KAM_TEST_PG_URL="postgresql://kam@127.0.0.1:$port/postgres"
            log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $KAM_TEST_PG_URL"
            return 0
        fi
        log "PostgreSQL did not start on port $port (attempt $attempt)"
    done
    cat "$PG_DIR/server.log" >&2 || true
    die "could not start PostgreSQL"
}

stop_postgres() {
    [[ -n $PG_DIR && -d $PG_DIR ]] || return 0
    if [[ -f $PG_DIR/data/postmaster.pid ]]; then
        pg pg_ctl -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=""
}

main() {
    cd "$(dirname "${BASH_SOURCE[0]}")"
    trap stop_postgres EXIT
    trap 'exit 130' INT   # turn signals into a normal exit so the EXIT trap cleans up
    trap 'exit 143' TERM

    install_missing_packages
    build
    start_postgres

    log "running tests (benchmarks excluded: ctest --test-dir $BUILD_DIR -L bench)"
    local status=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure -LE bench --timeout 600 || status=$?
    exit "$status"
}

# Sourcing the script (". ./test.sh") defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
