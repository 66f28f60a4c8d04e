#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests (docs/decisions/0010), from the distribution's own package.
#   packaging/test-postgres.sh start DIR   initdb in DIR as the postgres system user, start the server on a free
#                                          local port (its socket in DIR too), create the warehouse database and the
#                                          app's role (packaging/postgres/create-warehouse.sql, no superuser), write
#                                          DIR/pgpass and print the lines to export: SHIPSHAPE_TEST_POSTGRES_URL and
#                                          PGPASSFILE (the driver reads the password there; it is never in the URL).
#                                          Also a second warehouse made by the script exactly as an administrator runs
#                                          it (SHIPSHAPE_TEST_POSTGRES_WAREHOUSE_URL: its role has no right beyond its
#                                          own schema) and a role that may log in but was granted nothing
#                                          (SHIPSHAPE_TEST_POSTGRES_STRANGER_URL), for the least-privilege tests
#   packaging/test-postgres.sh start DIR tls   the same with TLS on, behind a self-signed certificate for 127.0.0.1
#                                          made with openssl; also prints SHIPSHAPE_TEST_POSTGRES_TLS_URL and
#                                          SHIPSHAPE_TEST_POSTGRES_TLS_ROOT (the certificate a station checks it with)
#   packaging/test-postgres.sh stop DIR    stop that server (its data stays in DIR; remove DIR afterwards)
# Runs as root (CI) or as any user who may run `runuser -u postgres`; initdb refuses to run as root itself.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder for the server\'s data}
tls=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
bin=${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$bin/initdb" ] || { echo "No PostgreSQL server found (install the postgresql package)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    chown postgres: "$dir"
    chmod 700 "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    tls_options=""
    if [ "$tls" = tls ]; then
      openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
          -keyout "$dir/data/server.key" -out "$dir/data/server.crt" 2>/dev/null
      chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
      chmod 600 "$dir/data/server.key"
      cp "$dir/data/server.crt" "$dir/root.crt"
      tls_options="-c ssl=on"
    fi
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=off $tls_options" >/dev/null
    password=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    as_postgres "$bin/psql" -q -X -h "$dir" -p "$port" -d postgres -v ON_ERROR_STOP=1 -v db=shipshape_test \
        -v role=shipshape -v password="$password" -v test_schemas=1 -f - <"$here/postgres/create-warehouse.sql"
    warehouse_password=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    as_postgres "$bin/psql" -q -X -h "$dir" -p "$port" -d postgres -v ON_ERROR_STOP=1 -v db=shipshape_warehouse \
        -v role=shipshape_warehouse -v password="$warehouse_password" -f - <"$here/postgres/create-warehouse.sql"
    stranger_password=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
    echo "CREATE ROLE shipshape_stranger LOGIN PASSWORD :'password';" | as_postgres "$bin/psql" -q -X -h "$dir" \
        -p "$port" -d postgres -v ON_ERROR_STOP=1 -v password="$stranger_password" -f -
    {
      printf '127.0.0.1:%s:shipshape_test:shipshape:%s\n' "$port" "$password"
      printf '127.0.0.1:%s:shipshape_warehouse:shipshape_warehouse:%s\n' "$port" "$warehouse_password"
      printf '127.0.0.1:%s:shipshape_warehouse:shipshape_stranger:%s\n' "$port" "$stranger_password"
    } >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    echo "export SHIPSHAPE_TEST_POSTGRES_URL=postgresql://shipshape@127.0.0.1:$port/shipshape_test"
    echo "export SHIPSHAPE_TEST_POSTGRES_WAREHOUSE_URL=postgresql://shipshape_warehouse@127.0.0.1:$port/shipshape_warehouse"
    echo "export SHIPSHAPE_TEST_POSTGRES_STRANGER_URL=postgresql://shipshape_stranger@127.0.0.1:$port/shipshape_warehouse"
    if [ "$tls" = tls ]; then
      echo "export SHIPSHAPE_TEST_POSTGRES_TLS_URL=postgresql://shipshape_warehouse@127.0.0.1:$port/shipshape_warehouse"
      echo "export SHIPSHAPE_TEST_POSTGRES_TLS_ROOT=$dir/root.crt"
    fi
    echo "export PGPASSFILE=$dir/pgpass"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
