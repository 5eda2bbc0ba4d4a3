#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ./run.sh — build KAM Desk and start it with a demo portfolio. ./run.sh --help for the modes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=${KAM_BUILD_DIR:-$ROOT/build}
BIN=$BUILD_DIR/bin
DATA=${XDG_DATA_HOME:-$HOME/.local/share}/kamdesk
STORE=$DATA/kamdesk.sqlite
SERVER_STORE=$DATA/server.sqlite
SERVER_LISTEN=${KAM_SERVER_LISTEN:-127.0.0.1:8443}
DEMO_ACCOUNTS=${KAM_DEMO_ACCOUNTS:-200}

# Keep in step with test.sh and README.md.
PACKAGES=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libqt6svg6
    libsodium-dev postgresql xvfb xauth poppler-utils fonts-noto-cjk sqlite3
)

usage() {
    cat <<EOF
Usage: ./run.sh [MODE]

Builds KAM Desk in build/ (installing missing Debian packages first) and runs it.

Modes:
  (none)          build, create the demo store on first start, start the desktop client
                  (and a local sync server on SQLite once the server exists)
  --server        start the sync server (kamdesk-server) on SQLite in the foreground
                  [the server arrives with issue 4; until then it says "not yet implemented"]
  --postgres      start the sync server on a local PostgreSQL
                  [not available yet: arrives with issue 4]
  --cli ARGS...   run kamdesk-cli on the demo store, e.g. ./run.sh --cli accounts list --json
  --reset-demo    delete the demo store and create a fresh one ($DEMO_ACCOUNTS accounts)
  -h, --help      show this help

Files:
  demo store      $STORE
  server store    $SERVER_STORE
  build           $BUILD_DIR

Environment:
  KAM_DEMO_ACCOUNTS   accounts in a new demo store (default 200)
  KAM_SERVER_LISTEN   server address (default 127.0.0.1:8443)
  KAM_BUILD_DIR       build directory (default build/)

Without a display, run the desktop client with one of:
  xvfb-run -a ./run.sh                  (a virtual X server, from the xvfb package)
  QT_QPA_PLATFORM=offscreen ./run.sh    (no window system; nothing is shown)
EOF
}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

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
    install_missing_packages
    if [[ ! -f $BUILD_DIR/CMakeCache.txt ]]; then
        log "configuring $BUILD_DIR"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    log "building (first build takes a few minutes)"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

create_demo_store() {
    mkdir -p "$DATA"
    log "creating demo store with $DEMO_ACCOUNTS accounts: $STORE"
    "$BIN/kamdesk-cli" --db "$STORE" demo --accounts "$DEMO_ACCOUNTS"
}

ensure_demo_store() {
    [[ -f $STORE ]] || create_demo_store
}

reset_demo_store() {
    rm -f "$STORE" "$STORE-wal" "$STORE-shm"
    create_demo_store
}

have_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]]
}

# Says what an exit status of kamdesk-server means, in one line.
explain_server_exit() {
    case $1 in
        0) ;;
        2) log "kamdesk-server is not yet implemented (it arrives with issue 4)" ;;
        *) log "kamdesk-server exited with status $1" ;;
    esac
}

run_server() {
    build
    mkdir -p "$DATA"
    log "starting kamdesk-server on $SERVER_LISTEN, store $SERVER_STORE (Ctrl+C stops it)"
    local status=0
    "$BIN/kamdesk-server" --db "$SERVER_STORE" --listen "$SERVER_LISTEN" || status=$?
    explain_server_exit "$status"
    exit "$status"
}

run_postgres() {
    log "the sync server on PostgreSQL is not available yet: it arrives with issue 4"
    log "(then: kamdesk-server --db postgresql://user@host/db --listen $SERVER_LISTEN)"
    exit 2
}

run_cli() {
    build >&2
    ensure_demo_store >&2
    exec "$BIN/kamdesk-cli" --db "$STORE" "$@"
}

SERVER_PID=""
stop_background_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}

# The desktop client works offline; the local server is a convenience for trying sync.
start_background_server() {
    if ! "$BIN/kamdesk-server" --version >/dev/null 2>&1; then
        log "no usable kamdesk-server; starting the desktop client without a local sync server"
        return 0
    fi
    "$BIN/kamdesk-server" --db "$SERVER_STORE" --listen "$SERVER_LISTEN" \
        >"$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    trap stop_background_server EXIT
    sleep 1
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        local status=0
        wait "$SERVER_PID" || status=$?
        SERVER_PID=""
        if [[ $status -eq 2 ]]; then
            log "local sync server skipped: kamdesk-server is not yet implemented (issue 4)"
        else
            log "local sync server skipped: it exited with status $status (see $DATA/server.log)"
        fi
        return 0
    fi
    log "local sync server on $SERVER_LISTEN (log: $DATA/server.log)"
}

run_desktop() {
    if ! have_display; then
        cat >&2 <<EOF
run.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
Run it on a virtual X server:      xvfb-run -a ./run.sh
or without any window system:      QT_QPA_PLATFORM=offscreen ./run.sh
EOF
        exit 1
    fi
    build
    ensure_demo_store
    start_background_server
    trap 'exit 130' INT   # so the EXIT trap stops the background server
    trap 'exit 143' TERM
    log "starting kamdesk with $STORE"
    local status=0
    "$BIN/kamdesk" --db "$STORE" || status=$?
    exit "$status"
}

main() {
    case ${1:-} in
        "") run_desktop ;;
        -h | --help) usage ;;
        --server) run_server ;;
        --postgres) run_postgres ;;
        --cli) shift; run_cli "$@" ;;
        --reset-demo)
            build
            reset_demo_store
            log "done; start the client with ./run.sh"
            ;;
        *) usage >&2; die "unknown mode: $1" ;;
    esac
}

main "$@"
