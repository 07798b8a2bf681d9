#!/usr/bin/env bash
# Runs every test of the repository: builds, provides what the tests need (a throw-away PostgreSQL,
# Chromium), runs each test project under tests/, and ends with the line
# "N passed, N failed, N skipped" summed over all projects.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUTPUT_DIR="$REPO_ROOT/.test-output"
RESULTS_DIR="$OUTPUT_DIR/results"
APT_LOG="$OUTPUT_DIR/apt.log"
PG_ROOT=""
PG_BIN=""
APT_UPDATED=0
FAILED_PROJECTS=()

step() { echo "==> $*"; }
fail() { echo "ERROR: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# ---------------------------------------------------------------- apt

apt_update_once() {
  [ "$APT_UPDATED" = 1 ] && return 0
  step "Refreshing the Debian package lists (apt-get update)"
  apt-get update >>"$APT_LOG" 2>&1 || { tail -n 20 "$APT_LOG" >&2; fail "apt-get update failed (log: $APT_LOG)"; }
  APT_UPDATED=1
}

require_root_to_install() {
  is_root || fail "$1 is missing and installing it needs root: run 'apt-get install -y $1' as root, or run this script as root"
}

# ---------------------------------------------------------------- PostgreSQL

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_postgres_if_missing() {
  PG_BIN=$(find_pg_bin)
  [ -n "$PG_BIN" ] && return 0
  require_root_to_install postgresql
  apt_update_once
  step "Installing PostgreSQL (apt-get install -y postgresql)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >>"$APT_LOG" 2>&1 \
    || { tail -n 20 "$APT_LOG" >&2; fail "installing postgresql failed (log: $APT_LOG)"; }
  PG_BIN=$(find_pg_bin)
  [ -n "$PG_BIN" ] || fail "postgresql installed but no /usr/lib/postgresql/*/bin found"
}

# The server files must belong to the postgres user: PostgreSQL refuses to run as root.
as_pg_owner() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  # Without python3: probe random high ports until one refuses a connection.
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  fail "no free TCP port found on 127.0.0.1"
}

start_postgres() {
  install_postgres_if_missing
  # Under /tmp, not $TMPDIR: the postgres user must reach it and the socket path must stay short.
  PG_ROOT=$(mktemp -d /tmp/avance-pg.XXXXXX)
  is_root && chown postgres:postgres "$PG_ROOT"
  step "Creating a throw-away PostgreSQL cluster in $PG_ROOT ($("$PG_BIN/postgres" --version))"
  as_pg_owner "$PG_BIN/initdb" -D "$PG_ROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$PG_ROOT/initdb.log" 2>&1 || { cat "$PG_ROOT/initdb.log" >&2; fail "initdb failed"; }

  # The free port is only free until someone else takes it: retry with a new one if start fails.
  local port attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    step "Starting PostgreSQL on 127.0.0.1:$port (attempt $attempt)"
    if as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_ROOT/data" -l "$PG_ROOT/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_ROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null; then
      "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -t 30 || fail "PostgreSQL started but does not answer on port $port"
      export AVANCE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
      return 0
    fi
  done
  tail -n 20 "$PG_ROOT/server.log" >&2 || true
  fail "PostgreSQL did not start (log: $PG_ROOT/server.log)"
}

stop_postgres() {
  [ -n "$PG_ROOT" ] || return 0
  local root=$PG_ROOT
  PG_ROOT=""
  if [ -f "$root/data/postmaster.pid" ]; then
    step "Stopping the throw-away PostgreSQL"
    as_pg_owner "$PG_BIN/pg_ctl" -D "$root/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$root"
}

provide_postgres() {
  if [ -n "${AVANCE_TEST_POSTGRES:-}" ]; then
    step "Using the PostgreSQL given in AVANCE_TEST_POSTGRES"
    return 0
  fi
  start_postgres
}

# ---------------------------------------------------------------- Chromium

provide_chromium() {
  if [ -n "${AVANCE_CHROMIUM:-}" ] && [ -x "$AVANCE_CHROMIUM" ]; then
    step "Using Chromium given in AVANCE_CHROMIUM ($AVANCE_CHROMIUM)"
    return 0
  fi
  if [ ! -x /usr/bin/chromium ]; then
    require_root_to_install chromium
    apt_update_once
    step "Installing Chromium (apt-get install -y chromium; this can take a few minutes)"
    # Retried because the image may delete cached .deb files between dpkg calls.
    local i
    for i in 1 2 3; do
      DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >>"$APT_LOG" 2>&1 && break
      dpkg --configure -a >>"$APT_LOG" 2>&1 || true
    done
    [ -x /usr/bin/chromium ] || { tail -n 20 "$APT_LOG" >&2; fail "installing chromium failed (log: $APT_LOG)"; }
  fi
  export AVANCE_CHROMIUM=/usr/bin/chromium
  step "Using Chromium at $AVANCE_CHROMIUM ($("$AVANCE_CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
}

# ---------------------------------------------------------------- npm packages of the browser tests

# The accessibility scan injects axe-core (from npm, pinned in package-lock.json) into each page.
provide_browser_test_packages() {
  local folder="$REPO_ROOT/tests/Avance.BrowserTests"
  [ -f "$folder/node_modules/axe-core/axe.min.js" ] && return 0
  command -v npm >/dev/null || fail "npm is missing: install Node.js and npm (apt-get install -y npm), then run again"
  step "Installing the browser tests' npm packages (npm ci in tests/Avance.BrowserTests)"
  (cd "$folder" && npm ci --no-audit --no-fund >>"$OUTPUT_DIR/npm.log" 2>&1) \
    || { tail -n 20 "$OUTPUT_DIR/npm.log" >&2; fail "npm ci failed (log: $OUTPUT_DIR/npm.log)"; }
}

# ---------------------------------------------------------------- build, test, summary

build() {
  step "Building Avance.slnx (Release)"
  dotnet build "$REPO_ROOT/Avance.slnx" -c Release || fail "the build failed"
}

run_test_projects() {
  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  local csproj name
  for csproj in "$REPO_ROOT"/tests/*/*.csproj; do
    [ -f "$csproj" ] || continue
    name=$(basename "$csproj" .csproj)
    step "Running the tests of $name"
    if ! dotnet test "$csproj" --no-build -c Release \
         --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS_DIR"; then
      echo "    $name: dotnet test failed"
      FAILED_PROJECTS+=("$name")
    fi
  done
}

# Prints "passed failed skipped" summed over every .trx file in the results directory.
count_results() {
  python3 - "$RESULTS_DIR" <<'PY'
import glob, sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    for counters in ET.parse(path).getroot().iter():
        if not counters.tag.endswith("Counters"):
            continue
        n = lambda key: int(counters.get(key, "0"))
        bad = n("failed") + n("error") + n("timeout") + n("aborted")
        passed += n("passed")
        failed += bad
        skipped += max(n("total") - n("passed") - bad, 0)
print(passed, failed, skipped)
PY
}

main() {
  local started=$SECONDS
  mkdir -p "$OUTPUT_DIR"
  : >"$APT_LOG"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  trap stop_postgres EXIT
  trap 'exit 130' INT TERM

  build
  provide_postgres
  provide_chromium
  provide_browser_test_packages
  run_test_projects
  stop_postgres

  step "Reading the results in $RESULTS_DIR"
  local counts passed failed skipped status=0
  counts=$(count_results) || fail "could not read the .trx files in $RESULTS_DIR"
  read -r passed failed skipped <<<"$counts"
  if [ "${#FAILED_PROJECTS[@]}" -gt 0 ]; then
    echo "Failing test projects: ${FAILED_PROJECTS[*]}"
    status=1
  fi
  [ "$failed" -eq 0 ] || status=1
  if [ $((passed + failed)) -eq 0 ]; then
    echo "No tests ran."
    status=1
  fi
  local elapsed=$((SECONDS - started))
  echo "Total time: $((elapsed / 60))m $((elapsed % 60))s"
  echo "$passed passed, $failed failed, $skipped skipped"
  exit "$status"
}

# Run only when executed, so the functions can also be sourced on their own.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
