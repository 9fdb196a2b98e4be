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

# The postgres OS user must be able to enter every directory above the cluster. A clone inside a directory only
# root can enter (mktemp -d, /root) would otherwise make the server exit at once. Such a cluster lives in the
# postgres user's home instead, and PG_DATA_DIR becomes a symbolic link to it; deleting PG_DATA_DIR (the link)
# gives up that cluster, as deleting a real one would, since its password goes with the data directory.
topmost_unreachable() {
  unreachable=""
  dir="$1"
  while [ "$dir" != "/" ] && [ -n "$dir" ]; do
    if [ -e "$dir" ] && ! $as_cluster_owner test -x "$dir"; then
      unreachable="$dir"
    fi
    dir="$(dirname "$dir")"
  done
  printf '%s' "$unreachable"
}

if [ -n "$as_cluster_owner" ]; then
  mkdir -p "$(dirname "$PG_DATA_DIR")"
  blocked="$(topmost_unreachable "$(dirname "$PG_DATA_DIR")")"
  if [ -n "$blocked" ]; then
    cluster_home="$(getent passwd postgres | cut -d: -f6)"
    relocated="$cluster_home/qingmeng/$(printf '%s' "$PG_DATA_DIR" | sha256sum | cut -c1-16)/cluster"
    if [ -e "$PG_DATA_DIR" ] && [ ! -L "$PG_DATA_DIR" ] || [ -z "$cluster_home" ] || [ -n "$(topmost_unreachable "$cluster_home")" ]; then
      echo "PostgreSQL runs as the OS user 'postgres', which cannot enter $blocked ($(stat -c '%A %U:%G' "$blocked")), so it cannot reach its cluster $PG_DATA_DIR." >&2
      echo "PostgreSQL 以操作系统用户 postgres 运行，无法进入 $blocked。Fix: let it through (chmod o+x $blocked), or set Infrastructure__DataRoot to a directory it can reach." >&2
      exit 78
    fi
    if [ ! -L "$PG_DATA_DIR" ]; then
      # A cluster left behind by an earlier, deleted data directory: its password is gone, so start afresh.
      rm -rf "$relocated"
      mkdir -p "$relocated"
      chown postgres:postgres "$cluster_home/qingmeng" "$(dirname "$relocated")" "$relocated"
      ln -s "$relocated" "$PG_DATA_DIR"
    fi
    echo "The postgres OS user cannot enter $blocked, so the cluster lives in $relocated ($PG_DATA_DIR links to it)."
    PG_DATA_DIR="$relocated"
  fi
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
