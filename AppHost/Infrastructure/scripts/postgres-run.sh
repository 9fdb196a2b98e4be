#!/bin/sh
# Runs a private PostgreSQL cluster in the foreground (used by the AppHost and by Qingmeng.Testing).
#   PG_BIN_DIR   directory with initdb and postgres
#   PG_DATA_DIR  cluster directory; created with initdb on first start
#   PG_PORT      loopback TCP port (no Unix socket)
#   PG_PASSWORD  superuser password, set at initdb time (scram-sha-256)
#   PG_MAX_CONNECTIONS  optional, default 300: six services and their test hosts each keep a pool
# Why a wrapper: stop requests arrive as SIGTERM, which PostgreSQL treats as a "smart" shutdown
# that waits for every client to leave. We forward SIGINT instead ("fast" shutdown) so the
# cluster always stops cleanly within a second and the next start needs no recovery.
set -eu

# PostgreSQL refuses to run as root, so root hands the cluster to the postgres OS user.
# (A plain command prefix, not a function: a backgrounded function would run in a subshell
# that ignores SIGINT, and the signal would never reach the server.)
as_cluster_owner=""
if [ "$(id -u)" = 0 ]; then
  as_cluster_owner="setpriv --reuid=postgres --regid=postgres --init-groups --"
fi

if [ ! -s "$PG_DATA_DIR/PG_VERSION" ]; then
  mkdir -p "$PG_DATA_DIR"
  password_file="$(mktemp)"
  trap 'rm -f "$password_file"' EXIT
  printf '%s\n' "$PG_PASSWORD" > "$password_file"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PG_DATA_DIR" "$password_file"
  fi
  chmod 700 "$PG_DATA_DIR"
  $as_cluster_owner "$PG_BIN_DIR/initdb" --pgdata="$PG_DATA_DIR" --username=postgres \
    --pwfile="$password_file" --auth=scram-sha-256 --encoding=UTF8 --no-locale
  rm -f "$password_file"
  trap - EXIT
fi

$as_cluster_owner "$PG_BIN_DIR/postgres" -D "$PG_DATA_DIR" -p "$PG_PORT" -k "" \
  -c listen_addresses=127.0.0.1 -c max_connections="${PG_MAX_CONNECTIONS:-300}" &
server=$!

trap 'kill -INT "$server" 2>/dev/null || true' TERM INT

# A trapped signal interrupts `wait`, so keep waiting until the server has really exited.
status=0
while kill -0 "$server" 2>/dev/null; do
  if wait "$server"; then status=0; else status=$?; fi
done
exit "$status"
