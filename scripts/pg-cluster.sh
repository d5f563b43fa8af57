#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests and prints its URL on stdout:
# initdb as the `postgres` user in a fresh folder, listening on 127.0.0.1 on a free port,
# with a password for the user `concierge` and a database `concierge_test`.
#
#     url=$(scripts/pg-cluster.sh start /tmp/pg-ci)   # postgresql://concierge:…@127.0.0.1:PORT/concierge_test
#     scripts/pg-cluster.sh stop /tmp/pg-ci
#
# Debian's server binaries live in /usr/lib/postgresql/<version>/bin (not on PATH).
set -euo pipefail
command=${1:?start|stop}
dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

case "$command" in
stop)
    [ -f "$dir/data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
    rm -rf "$dir"
    ;;
start)
    rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
    # A free port: bind to port 0 and read back what the kernel chose.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 >/dev/null
    # Trust only over the Unix socket (for this script); every TCP client needs the password.
    cat > "$dir/data/pg_hba.conf" <<HBA
local all all trust
host all all 0.0.0.0/0 scram-sha-256
host all all ::1/128 scram-sha-256
HBA
    listen=${PG_LISTEN:-127.0.0.1}
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-p $port -k $dir -c listen_addresses=$listen -c fsync=on -c max_connections=100" start >/dev/null
    as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE concierge LOGIN CREATEDB PASSWORD '$password'" -c "CREATE DATABASE concierge_test OWNER concierge" >/dev/null
    echo "postgresql://concierge:$password@127.0.0.1:$port/concierge_test"
    ;;
*) echo "usage: $0 start|stop FOLDER" >&2; exit 2 ;;
esac
