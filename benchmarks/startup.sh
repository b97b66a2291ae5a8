#!/usr/bin/env bash
# Times a fresh JVM that resolves one message and exits, RUNS times per mode (the modes interleaved); prints
# mean ± standard deviation.
# Usage: benchmarks/startup.sh [RUNS] [MODE...]   (modes: see FirstMessage; build first with mvn -B package -DskipTests)
# The class path is the shaded benchmarks jar (core, ICU and all three locale modules) unless CP is set.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp="${CP:-$here/target/benchmarks.jar}"
runs="${1:-10}"
shift || true
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(nothing javatext catalog catalog-checked javatext-args catalog-args)
java -Xshare:auto -cp "$cp" dev.errorcatalog.benchmarks.FirstMessage nothing >/dev/null # warm the page cache
# the modes take turns, run by run, so that a change in the machine's load falls on all of them alike
declare -A times
for ((i = 0; i < runs; i++)); do
  for mode in "${modes[@]}"; do
    start=$(date +%s%N)
    java -Xshare:auto -cp "$cp" dev.errorcatalog.benchmarks.FirstMessage "$mode" >/dev/null
    end=$(date +%s%N)
    times[$mode]+="$(((end - start) / 1000)) "
  done
done
for mode in "${modes[@]}"; do
  printf '%s\n' ${times[$mode]} | awk -v mode="$mode" -v runs="$runs" '
    { sum += $1; sq += $1 * $1 }
    END { mean = sum / NR; sd = sqrt((sq - NR * mean * mean) / (NR - 1));
          printf "%-16s %8.1f ± %6.1f ms  (%d runs, mean ± sd)\n", mode, mean / 1000, sd / 1000, runs }'
done
