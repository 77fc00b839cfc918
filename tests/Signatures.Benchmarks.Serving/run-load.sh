#!/usr/bin/env bash
# Load benchmark of the scoring endpoint (docs/benchmarks.md): each server runs alone on 127.0.0.1, and wrk posts the
# 1-row and the 1,000-row dataframe_split body to it for DURATION seconds each (8 connections, 2 threads).
#   servers: constant (bare Kestrel, the floor), stj (Minimal API + System.Text.Json source generator, validates
#   nothing), handwritten (a short Minimal API endpoint over the generated ReadRequest), package (MapScoring over the generated ReadRequest, a model that returns one class per row),
#   sample (samples/Signatures.Samples.Serving: the same endpoint with the ML.NET iris model).
# Usage: tests/Signatures.Benchmarks.Serving/run-load.sh [DURATION_SECONDS=10]   (bounded: 5 servers x 2 bodies x (3 + DURATION) s)
set -euo pipefail
DURATION="${1:-10}"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${PORT:-5871}"
OUT="$(mktemp -d)"
trap 'if [[ -n "${SERVER_PID:-}" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi; rm -rf "$OUT"' EXIT

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

dotnet build "$HERE/Signatures.Benchmarks.Serving.csproj" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/samples/Signatures.Samples.Serving/Signatures.Samples.Serving.csproj" -c Release -v q -nologo >/dev/null
BENCH="$HERE/bin/Release/net10.0/Signatures.Benchmarks.Serving.dll"
SAMPLE="$ROOT/samples/Signatures.Samples.Serving/bin/Release/net10.0/Signatures.Samples.Serving.dll"
dotnet "$BENCH" bodies "$OUT"

start() {
  if [[ "$1" == sample ]]; then dotnet "$SAMPLE" --urls "http://127.0.0.1:$PORT" >"$OUT/server.log" 2>&1 &
  else dotnet "$BENCH" "$1" --urls "http://127.0.0.1:$PORT" >"$OUT/server.log" 2>&1 &
  fi
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then return; fi
    sleep 0.2
  done
  echo "server $1 did not start:" >&2; cat "$OUT/server.log" >&2; exit 1
}

stop() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

allocated() { curl -s "http://127.0.0.1:$PORT/allocated" || echo 0; }

echo "| server | body | requests/s | p50 | p99 | allocated per request |"
echo "|---|---|---:|---:|---:|---:|"
for server in constant stj handwritten package sample; do
  start "$server"
  for rows in 1 1000; do
    body="$OUT/split-$rows.json"
    # Warm up (JIT, tiered compilation), then measure.
    BODY_FILE="$body" wrk -t2 -c8 -d3s -s "$HERE/post.lua" "http://127.0.0.1:$PORT/invocations" >/dev/null
    before=$(allocated)
    line=$(BODY_FILE="$body" wrk -t2 -c8 -d"${DURATION}s" --latency -s "$HERE/post.lua" "http://127.0.0.1:$PORT/invocations" | grep '^RESULT')
    after=$(allocated)
    requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$line")
    p50=$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line")
    p99=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")
    rps=$(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
    if [[ "$server" == sample ]]; then per="-"; else per=$(awk -v a="$before" -v b="$after" -v r="$requests" 'BEGIN { if (a > 0 && r > 0) printf "%.0f B", (b - a) / r; else print "-" }'); fi
    if [[ "$errors" != 0 ]]; then rps="$rps ($errors errors)"; fi
    printf '| %s | %s row%s | %s | %.2f ms | %.2f ms | %s |\n' "$server" "$rows" "$([[ $rows == 1 ]] && echo "" || echo s)" "$rps" \
      "$(awk -v u="$p50" 'BEGIN { print u / 1000 }')" "$(awk -v u="$p99" 'BEGIN { print u / 1000 }')" "$per"
  done
  stop
done
