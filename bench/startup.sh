#!/usr/bin/env bash
# Start-up to healthy, and resident memory after start: cold JVM, embedded defaults, empty data dir.
# Measures three ways of launching: the fat jar as is, the jar extracted (Spring Boot's
# `-Djarmode=tools extract`), and the extracted jar with a class-data-sharing archive.
# Resident memory is read twice: 2 s after the health check first answers (the engines are warming
# in the background then), and once the warm-ups are done and the heap they grew is given back
# (the log's "The engines are warm"; at most 120 s after ready).
# Usage: bench/startup.sh [runs]      Targets: ready in <= 8 s, <= 400 MB RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/nova-storyteller.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
port=18080
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
java -XX:ArchiveClassesAtExit="$work/extracted/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$work/extracted/nova-storyteller.jar" --storyteller.data-dir="$work/training" >/dev/null 2>&1

measure() {
  local label=$1; shift
  for run in $(seq "$runs"); do
    local data="$work/data-$RANDOM"
    local start=$(date +%s%N)
    java "$@" --server.port=$port --storyteller.data-dir="$data" >"$work/out.log" 2>&1 &
    local pid=$!
    until curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do
      kill -0 $pid 2>/dev/null || { echo "the application stopped:"; tail -20 "$work/out.log"; exit 1; }
      sleep 0.05
    done
    local ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 2
    local rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    local waited=0
    until grep -q "The engines are warm" "$work/out.log" || [ $waited -ge 1200 ]; do sleep 0.1; waited=$((waited + 1)); done
    sleep 1
    local warm_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    printf '%-22s run %d: ready in %5d ms, RSS after start %4d MB, after warm-up %4d MB\n' "$label" "$run" "$ready_ms" \
      $((rss_kb / 1024)) $((warm_kb / 1024))
    kill $pid; wait $pid 2>/dev/null || true
  done
}

measure "java -jar" -jar "$jar"
measure "extracted" -jar "$work/extracted/nova-storyteller.jar"
measure "extracted + CDS" -XX:SharedArchiveFile="$work/extracted/app.jsa" -jar "$work/extracted/nova-storyteller.jar"
