#!/usr/bin/env bash
# Start (or stop) a throwaway PostgreSQL cluster on 127.0.0.1 for tests and print its SQLAlchemy URL.
#
#   scripts/ensure-postgres.sh [start|stop]
#   env: WARTA_PG_DIR (default /tmp/warta-pg), WARTA_PG_PORT (default 54329)
#
# Installs PostgreSQL with apt-get when no server binaries are found (root only). The server runs as a
# non-root user (PostgreSQL refuses root): `postgres` when it exists, else a system user `warta-pg`.
# Only the URL goes to stdout; progress and errors go to stderr. Idempotent: a cluster already
# running in WARTA_PG_DIR is reused.
set -euo pipefail

action="${1:-start}"
dir="$(realpath -m "${WARTA_PG_DIR:-/tmp/warta-pg}")"
port="${WARTA_PG_PORT:-54329}"
say() { echo "ensure-postgres: $*" >&2; }
cd /  # the server user may not be able to read the caller's working directory

find_bin() {
    local found
    for found in "$(command -v initdb 2>/dev/null || true)" /usr/lib/postgresql/*/bin/initdb; do
        if [ -n "$found" ] && [ -x "$found" ]; then dirname "$(readlink -f "$found")"; return 0; fi
    done
    return 1
}

if ! bindir="$(find_bin)"; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        say "no PostgreSQL server binaries and cannot install them (need root and apt-get)"; exit 3
    fi
    say "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2 || { say "apt-get install failed"; exit 3; }
    bindir="$(find_bin)" || { say "postgresql installed but initdb not found"; exit 3; }
fi

# Run as a non-root user.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    pguser=postgres
    if ! id "$pguser" >/dev/null 2>&1; then
        pguser=warta-pg
        id "$pguser" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pguser"
    fi
    as_user=(runuser -u "$pguser" --)
fi
pg() { "${as_user[@]}" "$bindir/$1" "${@:2}"; }

if [ "$action" = stop ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then pg pg_ctl -D "$dir/data" -m immediate -w stop >&2; fi
    exit 0
fi
[ "$action" = start ] || { say "usage: $0 [start|stop]"; exit 2; }

if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir"
    chmod 755 "$dir"
    [ ${#as_user[@]} -eq 0 ] || chown "$pguser" "$dir"
    say "initdb in $dir/data"
    pg initdb --no-sync -D "$dir/data" -U warta --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || pg initdb --no-sync -D "$dir/data" -U warta --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
        || { say "initdb failed:"; cat "$dir/initdb.log" >&2; exit 3; }
fi
if ! pg pg_ctl -D "$dir/data" status >/dev/null 2>&1; then
    say "starting on 127.0.0.1:$port"
    pg pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >&2 \
        || { say "server did not start:"; tail -5 "$dir/server.log" >&2; exit 3; }
fi
if ! pg psql -h 127.0.0.1 -p "$port" -U warta -d postgres -tAc "select 1 from pg_database where datname='warta'" \
        | grep -q 1; then
    pg createdb -h 127.0.0.1 -p "$port" -U warta warta
fi
echo "postgresql+psycopg://warta@127.0.0.1:$port/warta"
