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
SERVER_URL=http://$SERVER_LISTEN
DEMO_ADMIN=admin@kamdesk.local
# As root the cluster runs as "postgres", which cannot enter root's home.
PG_DIR=${KAM_PG_DIR:-$([[ $EUID -eq 0 ]] && echo /var/tmp/kamdesk-postgres || echo "$DATA/postgres")}
PG_PORT=${KAM_PG_PORT:-55432}
DEMO_PASSWORD=kamdesk-demo-password
DEMO_ACCOUNTS=${KAM_DEMO_ACCOUNTS:-200}

# Keep in step with test.sh and README.md.
PACKAGES=(
    cmake ninja-build g++ ccache dpkg-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libqt6svg6
    libsodium-dev libsqlite3-dev postgresql xvfb xauth poppler-utils fonts-noto-cjk sqlite3
)

usage() {
    cat <<EOF
Usage: ./run.sh [MODE]

Builds KAM Desk in build/ (installing missing Debian packages first) and runs it.

Modes:
  (none)          build, create the demo store on first start, start a local sync server
                  on SQLite in the background, then the desktop client. On first start the
                  demo store is uploaded to that server as $DEMO_ADMIN, so the server
                  holds the portfolio; in the desktop, log in from the Sync menu as
                  $DEMO_ADMIN with the demo password below
  --server        start the sync server (kamdesk-server) on SQLite in the foreground
  --postgres      start the sync server on PostgreSQL in the foreground: on KAM_PG_URL if
                  set, else on a local cluster kept in $PG_DIR (port $PG_PORT)
  --cli ARGS...   run kamdesk-cli on the demo store, e.g. ./run.sh --cli accounts list --json
  --reset-demo    delete the demo store and the local server store, and create a fresh
                  demo store ($DEMO_ACCOUNTS accounts); the next start seeds the server again
  -h, --help      show this help

Files:
  demo store      $STORE
  server store    $SERVER_STORE
  build           $BUILD_DIR

Environment:
  KAM_DEMO_ACCOUNTS   accounts in a new demo store (default 200)
  KAM_SERVER_LISTEN   server address (default 127.0.0.1:8443)
  KAM_PG_URL          PostgreSQL for --postgres, e.g. postgresql://kam@db.example.com/kamdesk
  KAM_PG_PORT         port of the local cluster --postgres starts (default 55432)
  KAM_PG_DIR          where that cluster lives (default $PG_DIR)
  KAM_BUILD_DIR       build directory (default build/)

A new server database gets the demo store's managers plus $DEMO_ADMIN, all with the
password $DEMO_PASSWORD (demo only; see packaging/server/README.md for a real deployment).

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

# The demo store and the server that holds its portfolio go together: both are made again.
reset_demo_store() {
    rm -f "$STORE" "$STORE-wal" "$STORE-shm" "$SERVER_STORE" "$SERVER_STORE-wal" "$SERVER_STORE-shm"
    create_demo_store
}

have_display() {
    [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} || -n ${QT_QPA_PLATFORM:-} ]]
}

# A new server database gets the demo store's managers (same ids, so their accounts sync to
# them) and an admin. Only on first use: an existing server database is left as it is.
seed_server_users() {
    local db=$1 listed
    listed=$("$BIN/kamdesk-server" admin --db "$db" user list) || die "cannot read $db"
    [[ -z $listed ]] || return 0
    ensure_demo_store
    log "adding the demo managers to the server (password: $DEMO_PASSWORD)"
    local id name email
    while IFS='|' read -r id name email; do
        [[ -n $email ]] || continue # the store's own local identity has no login
        printf '%s\n' "$DEMO_PASSWORD" \
            | "$BIN/kamdesk-server" admin --db "$db" user add --id "$id" --name "$name" --email "$email" >/dev/null
        log "  $email ($name)"
    done < <(sqlite3 "$STORE" "SELECT id, name, email FROM users WHERE deleted_at IS NULL")
    printf '%s\n' "$DEMO_PASSWORD" \
        | "$BIN/kamdesk-server" admin --db "$db" user add --role admin --name Admin --email "$DEMO_ADMIN" >/dev/null
    log "  $DEMO_ADMIN (admin)"
}

# The first time, the demo store is uploaded to the running server as the admin (who may write
# every manager's accounts): the server then holds the portfolio and the store is bound to the
# admin's server account. A store already bound to an account is left as it is.
upload_demo_store() {
    local bound
    bound=$(sqlite3 "$STORE" "SELECT value FROM settings WHERE key = 'sync_user_id'") || bound=""
    if [[ -z $bound ]]; then
        log "uploading the demo store to $SERVER_URL as $DEMO_ADMIN"
        printf '%s\n' "$DEMO_PASSWORD" \
            | "$BIN/kamdesk-cli" --db "$STORE" sync --server "$SERVER_URL" --user "$DEMO_ADMIN" --password-stdin >&2 \
            || { log "upload failed (see $DATA/server.log); the desktop works offline all the same"; return 0; }
    fi
    log "sync server: $SERVER_URL; log in from the Sync menu as $DEMO_ADMIN with the password $DEMO_PASSWORD"
}

serve_foreground() {
    local db=$1 status=0
    seed_server_users "$db"
    log "starting kamdesk-server on $SERVER_LISTEN with $db (Ctrl+C stops it)"
    "$BIN/kamdesk-server" --db "$db" --listen "$SERVER_LISTEN" || status=$?
    return "$status"
}

run_server() {
    build
    mkdir -p "$DATA"
    local status=0
    serve_foreground "sqlite:$SERVER_STORE" || status=$?
    exit "$status"
}

pg() {
    local bin
    bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
    [[ -x $bin/$1 ]] || die "PostgreSQL server binaries not found (apt-get install postgresql)"
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$bin/$1" "${@:2}"; else "$bin/$1" "${@:2}"; fi
}

stop_local_postgres() {
    [[ -f $PG_DIR/data/postmaster.pid ]] && pg pg_ctl -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

# A local cluster for trying the PostgreSQL server; kept between runs, stopped on exit.
start_local_postgres() {
    mkdir -p "$PG_DIR"
    [[ $EUID -eq 0 ]] && chown postgres: "$PG_DIR"
    if [[ ! -f $PG_DIR/data/PG_VERSION ]]; then
        log "creating a local PostgreSQL cluster in $PG_DIR"
        pg initdb -D "$PG_DIR/data" -A trust -U kam -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
            || die "initdb failed (see $PG_DIR/initdb.log)"
    fi
    trap stop_local_postgres EXIT
    pg pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
        || die "PostgreSQL did not start (see $PG_DIR/server.log)"
    pg psql -h "$PG_DIR" -p "$PG_PORT" -U kam -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'kamdesk'" \
        | grep -q 1 || pg createdb -h "$PG_DIR" -p "$PG_PORT" -U kam kamdesk
    KAM_PG_URL="postgresql://kam@127.0.0.1:$PG_PORT/kamdesk"
}

run_postgres() {
    build
    mkdir -p "$DATA"
    [[ -n ${KAM_PG_URL:-} ]] || start_local_postgres
    trap 'exit 130' INT
    trap 'exit 143' TERM
    local status=0
    serve_foreground "$KAM_PG_URL" || status=$?
    exit "$status"
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
    seed_server_users "sqlite:$SERVER_STORE"
    "$BIN/kamdesk-server" --db "sqlite:$SERVER_STORE" --listen "$SERVER_LISTEN" \
        >"$DATA/server.log" 2>&1 &
    SERVER_PID=$!
    trap stop_background_server EXIT
    sleep 1
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        local status=0
        wait "$SERVER_PID" || status=$?
        SERVER_PID=""
        log "local sync server skipped: it exited with status $status (see $DATA/server.log)"
        return 0
    fi
    log "local sync server on $SERVER_URL (log: $DATA/server.log)"
    upload_demo_store
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

# Sourcing the script (". ./run.sh") defines the functions without running anything.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
