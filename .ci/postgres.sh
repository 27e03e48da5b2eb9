# A throwaway PostgreSQL server for the test suites: initdb and pg_ctl in a temporary folder, on
# a free loopback port, as the postgres user when run as root (initdb refuses root). Sourced by
# .ci/test; exports SMRDESK_TEST_PG_URL and stops the server when the shell exits.

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    return 1
}

free_port() {
    local port
    for port in $(seq 54320 54400); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}

start_test_postgres() {
    local bin port run=()
    bin=$(pg_bin) || { echo "error: PostgreSQL server binaries not found (package postgresql)" >&2; return 1; }
    port=$(free_port) || { echo "error: no free port for the test PostgreSQL server" >&2; return 1; }
    PG_TEST_DIR=$(mktemp -d /tmp/smrdesk-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_TEST_DIR"
        run=(runuser -u postgres --)
    fi
    PG_RUN=("${run[@]}")
    "${run[@]}" "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 \
        >"$PG_TEST_DIR/initdb.log" 2>&1 || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
        -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start \
        >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
    PG_TEST_BIN=$bin
    export SMRDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    trap stop_test_postgres EXIT
    say "Test PostgreSQL server on 127.0.0.1:$port"
}

stop_test_postgres() {
    [ -n "${PG_TEST_DIR:-}" ] || return 0
    "${PG_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
    PG_TEST_DIR=
}
