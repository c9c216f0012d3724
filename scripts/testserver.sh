#!/usr/bin/env bash
# Starts and stops the real servers the integration tests talk to, from Debian's packages.
#
#   scripts/testserver.sh start|stop NAME STATE_DIR      NAME: prometheus | redis | postgres
#
# start: picks a free loopback port, starts the server bound to 127.0.0.1 only with its data under
#        STATE_DIR/NAME, waits until it answers, and writes STATE_DIR/NAME.url (one line):
#          prometheus  http://127.0.0.1:PORT
#          redis       redis://127.0.0.1:PORT
#          postgres    postgresql://postgres@127.0.0.1:PORT/postgres   (trust auth on loopback)
#        The server log stays in STATE_DIR/NAME.log. Exit status 0 only when the server is ready.
# stop:  kills the server, removes its data and url; safe when start failed or never ran.
#
# Servers must not outlive the test run: besides the CTest cleanup fixture calling `stop`, a small
# watchdog stops the server once the process that called `start` (CTest) has exited.
# TRACEO_TESTSERVER_OWNER_PID overrides the watched process; 0 disables the watchdog.
# TRACEO_TESTSERVER_PORT: the port to try first. TRACEO_TESTSERVER_TIMEOUT: seconds to wait (60).
#
# As root (CI), PostgreSQL runs as the `postgres` user, which owns its data directory.
set -euo pipefail

usage()
{
    echo "usage: $0 start|stop prometheus|redis|postgres STATE_DIR" >&2
    exit 2
}

[[ $# -eq 3 ]] || usage
ACTION=$1
NAME=$2
STATE_DIR=$3
case "$ACTION" in start | stop) ;; *) usage ;; esac
case "$NAME" in prometheus | redis | postgres) ;; *) usage ;; esac

mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)
DATA_DIR=$STATE_DIR/$NAME            # the server's data; removed by stop
URL_FILE=$STATE_DIR/$NAME.url
PID_FILE=$STATE_DIR/$NAME.pid
LOG_FILE=$STATE_DIR/$NAME.log
ROOT_FILE=$STATE_DIR/$NAME.root     # postgres: where its data dir really is, when not DATA_DIR
WATCH_FILE=$STATE_DIR/$NAME.watchdog.pid
READY_TIMEOUT=${TRACEO_TESTSERVER_TIMEOUT:-60}
SCRIPT=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

log() { echo "testserver $NAME: $*" >&2; }

# A free TCP port on 127.0.0.1 (the kernel's choice when python3 is present). The server may still
# lose a race for it, so every start retries with a new port.
free_port()
{
    if command -v python3 > /dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' && return
    fi
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 12000)) # below Linux's ephemeral range
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            echo "$port"
            return
        fi
    done
    log "no free port found"
    return 1
}

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2> /dev/null; }

# The pid in $PID_FILE when that process is still the server we started (guards against pid reuse).
server_pid()
{
    [[ -s "$PID_FILE" ]] || return 1
    local pid
    pid=$(head -n1 "$PID_FILE" | tr -dc '0-9')
    alive "$pid" || return 1
    local exe
    case "$NAME" in
        prometheus) exe=prometheus ;;
        redis) exe=redis-server ;;
        postgres) exe=postgres ;;
    esac
    tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q "$exe" || return 1
    echo "$pid"
}

kill_and_wait()
{
    local pid=$1
    kill -TERM "$pid" 2> /dev/null || return 0
    for _ in $(seq 100); do
        alive "$pid" || return 0
        sleep 0.1
    done
    log "pid $pid ignored SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2> /dev/null || true
    for _ in $(seq 50); do
        alive "$pid" || return 0
        sleep 0.1
    done
}

# Runs a command as the postgres user when we are root (PostgreSQL refuses to run as root).
as_pg()
{
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

pg_bindir()
{
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n1)
    [[ -x "$dir/pg_ctl" ]] || { log "PostgreSQL server binaries not found under /usr/lib/postgresql"; return 1; }
    echo "$dir"
}

pg_root()
{
    if [[ -s "$ROOT_FILE" ]]; then cat "$ROOT_FILE"; else echo "$DATA_DIR"; fi
}

# HTTP GET on loopback with bash alone (no curl on a fresh machine); succeeds on status 200.
http_ok()
{
    local port=$1 path=$2 status
    {
        exec 3<> "/dev/tcp/127.0.0.1/$port" &&
            printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$path" "$port" >&3 &&
            IFS= read -r -t 5 status <&3 &&
            exec 3>&- &&
            [[ "$status" =~ ^HTTP/[0-9.]+\ 200 ]]
    } 2> /dev/null
}

do_stop()
{
    if [[ -s "$WATCH_FILE" ]]; then
        local wpid
        wpid=$(tr -dc '0-9' < "$WATCH_FILE")
        # Only our own watchdog; it may be the caller itself when it fires.
        if [[ -n "$wpid" && "$wpid" != "$$" && "$wpid" != "${TRACEO_TESTSERVER_WATCHDOG:-}" ]] &&
            tr '\0' ' ' < "/proc/$wpid/cmdline" 2> /dev/null | grep -q testserver; then
            kill -TERM "$wpid" 2> /dev/null || true
        fi
        rm -f "$WATCH_FILE"
    fi
    rm -f "$URL_FILE"
    if [[ "$NAME" == postgres ]]; then
        local root bindir
        root=$(pg_root)
        if [[ -f "$root/data/postmaster.pid" ]] && bindir=$(pg_bindir); then
            as_pg "$bindir/pg_ctl" -D "$root/data" -m immediate -t 20 -w stop > /dev/null 2>&1 || true
        fi
        if [[ "$root" != "$DATA_DIR" ]]; then rm -rf "$root"; fi
        rm -f "$ROOT_FILE"
    fi
    local pid
    if pid=$(server_pid); then
        kill_and_wait "$pid"
    fi
    rm -f "$PID_FILE"
    rm -rf "$DATA_DIR"
}

# ---- one start attempt per server: returns 0 when ready; leaves cleanup to do_stop ----

start_prometheus()
{
    local port=$1
    mkdir -p "$DATA_DIR/tsdb"
    # Scrapes nothing, sends nothing anywhere: no alertmanagers, no remote write.
    cat > "$DATA_DIR/prometheus.yml" << EOF
global:
  scrape_interval: 1h
  evaluation_interval: 1h
scrape_configs: []
EOF
    setsid prometheus \
        --config.file="$DATA_DIR/prometheus.yml" \
        --storage.tsdb.path="$DATA_DIR/tsdb" \
        --storage.tsdb.retention.time=1h \
        --web.listen-address="127.0.0.1:$port" \
        --web.enable-admin-api \
        --log.level=warn \
        < /dev/null >> "$LOG_FILE" 2>&1 &
    echo $! > "$PID_FILE"
    local deadline=$((SECONDS + READY_TIMEOUT)) pid
    while ((SECONDS < deadline)); do
        pid=$(server_pid) || { log "prometheus exited during startup"; return 1; }
        # Still alive once ready: a Prometheus that lost the port to another server exits.
        if http_ok "$port" /-/ready; then
            sleep 0.3
            server_pid > /dev/null && return 0
            log "prometheus exited during startup"
            return 1
        fi
        sleep 0.2
    done
    log "prometheus not ready after ${READY_TIMEOUT}s"
    return 1
}

start_redis()
{
    local port=$1
    mkdir -p "$DATA_DIR"
    redis-server --port "$port" --bind 127.0.0.1 --protected-mode yes \
        --save '' --appendonly no --dir "$DATA_DIR" \
        --daemonize yes --pidfile "$PID_FILE" --logfile "$LOG_FILE" \
        < /dev/null >> "$LOG_FILE" 2>&1 || { log "redis-server failed to start"; return 1; }
    local deadline=$((SECONDS + READY_TIMEOUT)) started=$SECONDS
    while ((SECONDS < deadline)); do
        # Ours answers, not whatever else holds the port: its process_id is the one in our pid file.
        # (timeout: a foreign listener that never answers must not hang us.)
        if [[ -s "$PID_FILE" ]] &&
            timeout 3 redis-cli -h 127.0.0.1 -p "$port" info server 2> /dev/null | tr -d '\r' |
            grep -qx "process_id:$(tr -dc '0-9' < "$PID_FILE")"; then
            return 0
        fi
        # The daemon writes its pid file once it is up; no pid file or a dead pid means it failed.
        if grep -q "Failed listening on port $port" "$LOG_FILE" 2> /dev/null; then
            log "port $port is taken"
            return 1
        elif [[ -s "$PID_FILE" ]]; then
            server_pid > /dev/null || { log "redis-server exited during startup"; return 1; }
        elif ((SECONDS - started > 10)); then
            log "redis-server wrote no pid file"
            return 1
        fi
        sleep 0.2
    done
    log "redis not ready after ${READY_TIMEOUT}s"
    return 1
}

# initdb once per start; each port attempt only restarts the postmaster.
init_postgres()
{
    local bindir root=$DATA_DIR
    bindir=$(pg_bindir)
    mkdir -p "$root"
    if [[ $(id -u) -eq 0 ]]; then
        getent passwd postgres > /dev/null || { log "there is no postgres user (install postgresql)"; return 1; }
        chown postgres: "$root"
    fi
    # The postgres user must reach STATE_DIR, and the socket path ROOT/.s.PGSQL.PORT must fit in
    # 107 bytes; otherwise the server lives in a folder under /tmp, recorded for stop.
    if ((${#root} > 80)) || { [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -w "$root"; }; then
        rm -rf "$root"
        root=$(mktemp -d /tmp/traceo-testserver-postgres.XXXXXX)
        [[ $(id -u) -ne 0 ]] || chown postgres: "$root"
        echo "$root" > "$ROOT_FILE"
        log "data dir in $root (STATE_DIR is too long or closed to the postgres user)"
    fi
    as_pg env LC_ALL=C "$bindir/initdb" -D "$root/data" -U postgres --auth=trust --encoding=UTF8 --locale=C \
        --no-sync --no-instructions >> "$LOG_FILE" 2>&1 || { log "initdb failed"; return 1; }
    chmod 0755 "$root" # lets root's tests read the socket folder; data/ itself stays 0700
}

start_postgres()
{
    local port=$1 bindir root
    bindir=$(pg_bindir)
    root=$(pg_root)
    if ! as_pg "$bindir/pg_ctl" -D "$root/data" -l "$root/postmaster.log" -w -t "$READY_TIMEOUT" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c full_page_writes=off" start \
        >> "$LOG_FILE" 2>&1; then
        cat "$root/postmaster.log" >> "$LOG_FILE" 2> /dev/null || true
        log "pg_ctl start failed"
        as_pg "$bindir/pg_ctl" -D "$root/data" -m immediate -w stop > /dev/null 2>&1 || true
        return 1
    fi
    head -n1 "$root/data/postmaster.pid" > "$PID_FILE"
    local deadline=$((SECONDS + READY_TIMEOUT))
    while ((SECONDS < deadline)); do
        "$bindir/pg_isready" -q -t 3 -h 127.0.0.1 -p "$port" -U postgres -d postgres && return 0
        sleep 0.2
    done
    log "postgres not ready after ${READY_TIMEOUT}s"
    return 1
}

start_watchdog()
{
    local owner=${TRACEO_TESTSERVER_OWNER_PID:-$PPID} server
    [[ "$owner" != 0 ]] && alive "$owner" || return 0
    server=$(server_pid) || return 0
    # Stops the server once `owner` has exited, unless the server was replaced meanwhile.
    setsid bash -c '
        export TRACEO_TESTSERVER_WATCHDOG=$$
        while kill -0 "$1" 2> /dev/null; do sleep 2; done
        if [[ "$(head -n1 "$4" 2> /dev/null)" == "$5" ]]; then exec "$6" stop "$2" "$3"; fi
    ' testserver-watchdog "$owner" "$NAME" "$STATE_DIR" "$PID_FILE" "$server" "$SCRIPT" \
        < /dev/null > /dev/null 2>&1 &
    echo $! > "$WATCH_FILE"
}

do_start()
{
    do_stop # leftovers of an interrupted run
    : > "$LOG_FILE"
    case "$NAME" in
        prometheus) command -v prometheus > /dev/null || { log "prometheus is not installed"; return 1; } ;;
        redis) command -v redis-server > /dev/null || { log "redis-server is not installed"; return 1; } ;;
        postgres) init_postgres || return 1 ;;
    esac
    local port url
    for attempt in 1 2 3 4 5; do
        if [[ $attempt -eq 1 && -n "${TRACEO_TESTSERVER_PORT:-}" ]]; then
            port=$TRACEO_TESTSERVER_PORT # a fixed first choice, for debugging; later attempts pick free ports
        else
            port=$(free_port) || return 1
        fi
        if "start_$NAME" "$port"; then
            case "$NAME" in
                prometheus) url="http://127.0.0.1:$port" ;;
                redis) url="redis://127.0.0.1:$port" ;;
                postgres) url="postgresql://postgres@127.0.0.1:$port/postgres" ;;
            esac
            echo "$url" > "$URL_FILE.tmp"
            mv "$URL_FILE.tmp" "$URL_FILE"
            start_watchdog
            log "ready at $url (pid $(cat "$PID_FILE"))"
            return 0
        fi
        log "attempt $attempt on port $port failed"
        # Stop only the server process of this attempt: postgres keeps its initialised data dir.
        local pid
        if pid=$(server_pid); then kill_and_wait "$pid"; fi
        rm -f "$PID_FILE"
    done
    return 1
}

if [[ "$ACTION" == start ]]; then
    if ! do_start; then
        log "failed to start; last lines of $LOG_FILE:"
        tail -n 30 "$LOG_FILE" >&2 2> /dev/null || true
        do_stop
        exit 1
    fi
else
    do_stop
    log "stopped"
fi
