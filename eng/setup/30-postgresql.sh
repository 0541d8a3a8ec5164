#!/usr/bin/env bash
# PostgreSQL for the store and conversation-state tests (tests/NewsBot.Store.Tests, tests/NewsBot.Web.Tests).
# Idempotent: installs Debian's postgresql when missing, starts its cluster when down, creates the
# role and database the tests use, and waits until the server accepts connections on 127.0.0.1.
# The tests connect with NEWSBOT_TEST_POSTGRES, by default
#   Host=127.0.0.1;Port=5432;Username=newsbot;Password=newsbot;Database=newsbot
# and create (and drop) a database of their own for each test class, hence CREATEDB.
set -euo pipefail
if [ -n "${NEWSBOT_TEST_POSTGRES:-}" ]; then
  echo "PostgreSQL: the tests use NEWSBOT_TEST_POSTGRES; nothing to set up here"
  exit 0
fi
role=newsbot
password=newsbot
database=newsbot

# Already set up (the usual case after the first run, and the only one that works without root): done.
if command -v psql >/dev/null && PGPASSWORD="$password" PGCONNECT_TIMEOUT=5 psql -X -q -h 127.0.0.1 -p 5432 -U "$role" -d "$database" -tAc "SELECT 1" >/dev/null 2>&1; then
  echo "PostgreSQL ready on 127.0.0.1:5432 (role $role, database $database)"
  exit 0
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || ! command -v pg_lsclusters >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y postgresql
fi

# The newest installed server version, and its cluster (Debian's package creates "main"; a bare image may have none).
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')"
if [ -z "$cluster" ]; then
  cluster=main
  pg_createcluster "$version" "$cluster"
fi
port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start
fi

for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port"

as_postgres() { su -s /bin/sh postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $port -d postgres -tA $*"; }
if [ "$(as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\"")" != "1" ]; then
  as_postgres "-c \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\""
fi
if [ "$(as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = '$database'\"")" != "1" ]; then
  as_postgres "-c \"CREATE DATABASE $database OWNER $role\""
fi
[ "$port" = 5432 ] || echo "PostgreSQL listens on port $port: set NEWSBOT_TEST_POSTGRES to Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database"
echo "PostgreSQL $version/$cluster ready on 127.0.0.1:$port (role $role, database $database)"
