#!/usr/bin/env bash
# Runs the pgTAP suite (supabase/tests/database/*.test.sql) on a throw-away PostgreSQL:
# a fresh cluster in a temp dir on a random free port, with the Supabase compatibility
# bootstrap, every migration and the seed applied, then pg_prove. Needs Debian's postgresql,
# postgresql-<v>-pgtap and pg_prove (libtap-parser-sourcehandler-pgtap-perl).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" ]]; then
  echo "PostgreSQL server not found: apt-get install postgresql postgresql-<v>-pgtap" >&2
  exit 1
fi
command -v pg_prove >/dev/null || { echo "pg_prove not found: apt-get install libtap-parser-sourcehandler-pgtap-perl" >&2; exit 1; }

tmp="$(mktemp -d /tmp/samenkaart-pg.XXXXXX)"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

# initdb and postgres refuse to run as root.
as_owner=()
if [[ "$(id -u)" == "0" ]]; then
  chown postgres:postgres "$tmp"
  as_owner=(runuser -u postgres --)
fi

cleanup() {
  "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"${as_owner[@]}" "$pg_bin/initdb" -D "$tmp/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log"; exit 1; }
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -o \
  "-p $port -c listen_addresses=127.0.0.1 -k $tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$tmp/server.log"; exit 1; }

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export PGOPTIONS="-c client_min_messages=warning"
psql_q=(psql -X -q -v ON_ERROR_STOP=1)

"${psql_q[@]}" <<'SQL'
-- As on Supabase: extensions live in their own schema, which is on the search path.
create schema if not exists extensions;
create extension if not exists pgtap with schema extensions;
create extension if not exists dblink with schema extensions;
alter database postgres set search_path = "$user", public, extensions;
SQL
"${psql_q[@]}" -f "$root/supabase/bootstrap/supabase-compat.sql"
for migration in "$root"/supabase/migrations/*.sql; do
  "${psql_q[@]}" -f "$migration"
done
if [[ -f "$root/supabase/seed.sql" ]]; then
  "${psql_q[@]}" -f "$root/supabase/seed.sql"
fi

echo "pgTAP on PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') at 127.0.0.1:$port"
pg_prove --ext .sql -r "$root/supabase/tests/database" "$@"
