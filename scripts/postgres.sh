#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: 127.0.0.1, port 54329 (EVENTWIRE_PG_PORT),
# data in a temporary folder, trust auth, fsync off. Never use it for real data.
#
#   export EVENTWIRE_TEST_PG=$(bash scripts/postgres.sh start)   # prints the DSN
#   bash scripts/postgres.sh stop
#
# Installs PostgreSQL from apt when it is missing. As root it runs the server as the
# postgres user (PostgreSQL refuses to run as root); otherwise as the calling user.
set -euo pipefail
PORT=${EVENTWIRE_PG_PORT:-54329}
DIR=${EVENTWIRE_PG_DIR:-${TMPDIR:-/tmp}/eventwire-pg-$PORT}
DSN="postgresql://postgres@127.0.0.1:$PORT/postgres"

bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

install_postgres() {
    if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
        echo "postgres.sh: installing PostgreSQL from apt" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
}

start() {
    install_postgres
    local bin
    bin=$(bindir)
    if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        echo "$DSN"
        return
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$DIR"
    fi
    as_owner "$bin/initdb" -D "$DIR/data" -U postgres -A trust --no-sync -E UTF8 \
        --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
        -o "-k $DIR -c listen_addresses=127.0.0.1 -p $PORT -c fsync=off -c full_page_writes=off" \
        start >&2 || { cat "$DIR/log" >&2; exit 1; }
    echo "$DSN"
}

stop() {
    local bin
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$DIR/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$DIR/data" -m immediate -w stop >&2 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
