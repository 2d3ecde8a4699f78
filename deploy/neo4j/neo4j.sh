#!/usr/bin/env bash
# Dev/CI Neo4j 5 community server (real Bolt endpoint) built from Maven Central.
#
#   deploy/neo4j/neo4j.sh build|start|stop|status|restart
#
# Env (all optional):
#   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1             (default 7687)
#   NEO4J_DATA_DIR       DBMS home: store, logs, pid file    (default deploy/neo4j/.data)
#   NEO4J_PASSWORD       password of user "neo4j", >= 8 chars (default borderlens-dev; DEV ONLY)
#   NEO4J_HEAP           JVM max heap                        (default 1g)
#   NEO4J_PAGECACHE_MB   page cache size in MiB              (default 256)
#   NEO4J_START_TIMEOUT  seconds to wait for Bolt            (default 180)
#   NEO4J_STOP_TIMEOUT   seconds to wait after SIGTERM       (default 60)
#   NEO4J_JAVA_HOME      JDK to run with (17 or 21); else JAVA_HOME / PATH / /usr/lib/jvm are tried
#   NEO4J_JAVA_OPTS      extra JVM options
#
# `start` prints eval-able lines on stdout (export NEO4J_URI=... / NEO4J_USER=...);
# everything else goes to stderr.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/target"
RUN_DIR="$HERE/run"
MAIN_CLASS="borderlens.Neo4jLauncher"

PORT="${NEO4J_BOLT_PORT:-7687}"
DATA_DIR="${NEO4J_DATA_DIR:-$HERE/.data}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-borderlens-dev}"
HEAP="${NEO4J_HEAP:-1g}"
export NEO4J_PAGECACHE_MB="${NEO4J_PAGECACHE_MB:-256}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
PID_FILE="$DATA_DIR/neo4j.pid"
LOG_FILE="$DATA_DIR/neo4j.log"
URI="bolt://127.0.0.1:$PORT"

say() { echo "neo4j.sh: $*" >&2; }
die() { say "$*"; exit 1; }

# ---------------------------------------------------------------- java / build

java_major() { # $1 = path to java
  "$1" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

pick_java() {
  local c m
  if [[ -n "${NEO4J_JAVA_HOME:-}" ]]; then
    [[ -x "$NEO4J_JAVA_HOME/bin/java" ]] || die "NEO4J_JAVA_HOME has no bin/java: $NEO4J_JAVA_HOME"
    echo "$NEO4J_JAVA_HOME/bin/java"; return
  fi
  # Neo4j 5.26 supports Java 17 and 21 only.
  for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
           /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-amd64/bin/java \
           /usr/lib/jvm/temurin-17-jdk-amd64/bin/java /usr/lib/jvm/temurin-21-jdk-amd64/bin/java; do
    [[ -n "$c" && -x "$c" ]] || continue
    m="$(java_major "$c")"
    if [[ "$m" == 17 || "$m" == 21 ]]; then echo "$c"; return; fi
  done
  die "no Java 17 or 21 found (set NEO4J_JAVA_HOME)"
}

JAVA="" JDK_HOME=""
ensure_java() {
  [[ -n "$JAVA" ]] && return 0
  JAVA="$(pick_java)"
  JDK_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"
}

source_stamp() {
  { echo "java=$(java_major "$JAVA")"
    cd "$HERE" && find pom.xml src -type f -print0 | sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d' ' -f1
}

built() {
  [[ -f "$TARGET/neo4j-launcher.jar" && -f "$TARGET/.build-stamp" ]] &&
    compgen -G "$TARGET/lib/neo4j-kernel-*.jar" >/dev/null &&
    compgen -G "$TARGET/plugins/apoc-core-*.jar" >/dev/null &&
    [[ "$(cat "$TARGET/.build-stamp")" == "$(source_stamp)" ]]
}

cmd_build() {
  ensure_java
  command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
  mkdir -p "$RUN_DIR"
  exec 8>"$RUN_DIR/build.lock"
  flock -w 900 8 || die "timed out waiting for the build lock" # concurrent starts build only once
  if built; then
    say "build is up to date ($TARGET)"
  else
    local t0=$SECONDS
    say "building launcher with Maven (the first build downloads Neo4j from Maven Central into ~/.m2)..."
    rm -rf "$TARGET"
    # (Debian's Maven 3.8 prints stray ESC[0m even in batch mode: strip them)
    (cd "$HERE" && JAVA_HOME="$JDK_HOME" mvn -q -B -Dstyle.color=never package 2>&1) |
      sed -e 's/\x1b\[[0-9;]*m//g' -e '/^$/d' >&2 || die "maven build failed"
    source_stamp >"$TARGET/.build-stamp"
    say "built in $((SECONDS - t0))s: $(ls "$TARGET/lib" | wc -l) jars in $TARGET/lib"
  fi
  exec 8>&-
}

# ---------------------------------------------------------------- process state

read_pid() { [[ -f "$PID_FILE" ]] && tr -dc '0-9' <"$PID_FILE" || true; }

# Our launcher is alive under the recorded pid (guards against pid reuse).
running() {
  local pid; pid="$(read_pid)"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"
}

# Something accepts TCP connections on the port.
port_open() { timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; }

# A real Bolt handshake: magic 6060B017 + versions (5.8..5.0, 4.4); server must pick one (non-zero reply).
bolt_ok() {
  timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$PORT"' || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    r="$(head -c 4 <&3 | od -An -tx1 | tr -d " \n")"
    [[ ${#r} -eq 8 && "$r" != 00000000 ]]' 2>/dev/null
}

print_env() {
  echo "export NEO4J_URI=$URI"
  echo "export NEO4J_USER=neo4j"
}

kill_and_wait() { # $1 = pid
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < STOP_TIMEOUT * 4; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.25
  done
  say "pid $pid did not exit ${STOP_TIMEOUT}s after SIGTERM; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
}

lock_data_dir() {
  exec 9>"$DATA_DIR/neo4j.lock"
  flock -w 300 9 || die "timed out waiting for $DATA_DIR/neo4j.lock (another neo4j.sh start/stop?)"
}

# ---------------------------------------------------------------- commands

cmd_start() {
  (( ${#NEO4J_PASSWORD} >= 8 )) || die "NEO4J_PASSWORD must be at least 8 characters"
  ensure_java
  built || cmd_build
  lock_data_dir
  local t0=$SECONDS pid
  if running; then
    pid="$(read_pid)"
    if bolt_ok; then
      say "already running (pid $pid) and answering on $URI"
      print_env; return 0
    fi
    say "already running (pid $pid) but Bolt not answering yet; waiting"
  else
    [[ -f "$PID_FILE" ]] && { say "removing stale pid file"; rm -f "$PID_FILE"; }
    port_open && die "port $PORT is already in use by another process (set NEO4J_BOLT_PORT)"
    [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.prev"
    # shellcheck disable=SC2086
    nohup setsid "$JAVA" \
      -Xms256m -Xmx"$HEAP" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError \
      -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      --enable-native-access=ALL-UNNAMED \
      ${NEO4J_JAVA_OPTS:-} \
      -cp "$TARGET/neo4j-launcher.jar:$TARGET/lib/*" "$MAIN_CLASS" \
      --bolt-port "$PORT" --data-dir "$DATA_DIR" --plugin-dir "$TARGET/plugins" \
      >>"$LOG_FILE" 2>&1 </dev/null 8>&- 9>&- &  # do not leak the lock fds
    pid=$!
    echo "$pid" >"$PID_FILE"
    say "started pid $pid (log: $LOG_FILE); waiting up to ${START_TIMEOUT}s for Bolt on $URI"
  fi
  while (( SECONDS - t0 < START_TIMEOUT )); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      say "neo4j exited during startup; last log lines:"
      tail -n 40 "$LOG_FILE" >&2 || true
      exit 1
    fi
    if grep -q "BORDERLENS_NEO4J_READY.* pid=$pid " "$LOG_FILE" 2>/dev/null && bolt_ok; then
      say "ready in $((SECONDS - t0))s: $(grep -o 'version=[^ ]* apoc=[^ ]*' "$LOG_FILE" | tail -n1) $URI (user neo4j)"
      print_env; return 0
    fi
    sleep 0.5
  done
  say "Bolt did not come up within ${START_TIMEOUT}s; stopping pid $pid. Last log lines:"
  tail -n 40 "$LOG_FILE" >&2 || true
  kill_and_wait "$pid"; rm -f "$PID_FILE"
  exit 1
}

cmd_stop() {
  lock_data_dir
  local pid; pid="$(read_pid)"
  if running; then
    say "stopping pid $pid"
    kill_and_wait "$pid"
    say "stopped"
  else
    say "not running"
  fi
  rm -f "$PID_FILE"
}

cmd_status() {
  if running; then
    if bolt_ok; then
      say "running (pid $(read_pid)) and answering on $URI"; return 0
    fi
    say "process running (pid $(read_pid)) but Bolt not answering on $URI"; return 1
  fi
  if port_open; then say "not running from $DATA_DIR (but port $PORT is in use by something else)"
  else say "not running"; fi
  return 3
}

case "${1:-}" in
  build)   cmd_build ;;
  start)   cmd_start ;;
  stop)    cmd_stop ;;
  restart) (cmd_stop); cmd_start ;;
  status)  cmd_status ;;
  *) echo "usage: $0 build|start|stop|restart|status   (env: see header of $0)" >&2; exit 2 ;;
esac
