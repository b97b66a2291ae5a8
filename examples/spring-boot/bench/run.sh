#!/usr/bin/env bash
# Bounded loopback load run: the cost the starter adds to a 422 over Spring's own ProblemDetail handling.
# Starts target/example.jar on a free port with the benchmark profile, warms both endpoints up, then runs
# wrk against each in turn, ROUNDS times, DURATION each, and prints requests/s and the ratio per round.
# Needs wrk (Debian: apt-get install -y wrk). Loopback only; everything stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-8}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
nice -n 10 java -Xmx512m -jar target/example.jar --server.port="$PORT" --server.address=127.0.0.1 \
  --spring.profiles.active=benchmark --spring.main.banner-mode=off --logging.level.root=warn > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$PORT/calls" && break; sleep 0.5; done
run() { nice -n 10 wrk -t1 -c"$CONNECTIONS" -d"$1" -s bench/post.lua "http://127.0.0.1:$PORT$2" | awk '/Requests\/sec/ {print $2}'; }
run 10s /calls > /dev/null; run 10s /baseline/calls > /dev/null   # warm-up: JIT, caches
echo "round starter_rps spring_rps cost_ratio"
for round in $(seq 1 "$ROUNDS"); do
  starter=$(run "$DURATION" /calls)
  spring=$(run "$DURATION" /baseline/calls)
  echo "$round $starter $spring $(python3 -c "print(f'{$spring / $starter:.3f}')")"
done
