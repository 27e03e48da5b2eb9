#!/usr/bin/env bash
# The README's server procedure, run against the test suite's throwaway PostgreSQL server:
# tools/setup-server creates the role and the database, lets the network in with the password
# only, and a workstation's smrdesk-cli then creates the schema. Run twice: nothing doubles.
# Usage: setup_server_test.sh SETUP_SCRIPT SMRDESK_CLI (SMRDESK_TEST_PG_URL in the environment).
set -euo pipefail
setup=$1
cli=$2
fail() { echo "FAILED: $*" >&2; exit 1; }

[ -n "${SMRDESK_TEST_PG_URL:-}" ] || fail "SMRDESK_TEST_PG_URL is not set: run the suites with .ci/test"
port=$(sed -E 's|.*:([0-9]+)/.*|\1|' <<<"$SMRDESK_TEST_PG_URL")
name="smrdesk_setup_$$"
password="une phrase assez longue"
export PGHOST=127.0.0.1 PGPORT=$port

SMRDESK_DB_PASSWORD=$password "$setup" --no-install --network 127.0.0.1/32 --database "$name" >setup.out \
    || { cat setup.out; fail "the setup script failed"; }
grep -q "smrdesk --db-url postgresql://$name@.*:$port/$name" setup.out || { cat setup.out; fail "no address printed"; }

url="postgresql://$name@127.0.0.1:$port/$name"
out=$(PGPASSWORD=$password "$cli" --db-url "$url" init) || fail "init with the right password failed"
grep -q '"schema_version"' <<<"$out" || fail "init printed $out"

if PGPASSWORD="not the password" "$cli" --db-url "$url" init >/dev/null 2>wrong.err; then
    fail "a wrong password was accepted: the network rule is not the first one"
fi

# Again: same result, the access rule once.
SMRDESK_DB_PASSWORD=$password "$setup" --no-install --network 127.0.0.1/32 --database "$name" >/dev/null \
    || fail "running the setup a second time failed"
hba=$(runuser -u postgres -- psql -X -At -d postgres -c "SHOW hba_file")
count=$(grep -cxF "host $name $name 127.0.0.1/32 scram-sha-256" "$hba")
[ "$count" -eq 1 ] || fail "the access rule is there $count times"
out=$(PGPASSWORD=$password "$cli" --db-url "$url" patient list) || fail "the database is unusable after a second run"
[ "$out" = "[]" ] || fail "patient list printed $out"
echo "server setup procedure: ok"
