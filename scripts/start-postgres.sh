#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for tests and benchmarks, and print its URL.
#
#   url=$(bash scripts/start-postgres.sh)      # e.g. postgresql://eventsift@127.0.0.1:54321/eventsift
#   EVENTSIFT_TEST_PG_URL=$url .venv/bin/python -m pytest tests/test_store_*.py
#   bash scripts/start-postgres.sh --stop "$url_dir"   # or: pg_ctl -D <dir> stop (the dir is printed on stderr)
#
# Installs Debian's postgresql when no server binaries are found (needs root and the package
# registry). The cluster lives in a new temporary directory owned by the postgres user, listens
# on 127.0.0.1 only, on a free port, with trust authentication for local connections.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

if [[ "${1:-}" == "--stop" ]]; then
    dir=${2:?usage: start-postgres.sh --stop DATA_DIR}
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast stop >&2
    rm -rf "$dir"
    exit 0
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin=$(find_bin || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    log "installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
fi
id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres

dir=$(mktemp -d /tmp/eventsift-pg.XXXXXX)
chown postgres:postgres "$dir"
chmod 700 "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -k $dir -c max_connections=50" start >&2
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres eventsift
log "data directory $dir/data (stop with: bash scripts/start-postgres.sh --stop $dir/data)"
echo "postgresql://postgres@127.0.0.1:$port/eventsift"
