#!/usr/bin/env bash
# Shows that the build is reproducible: builds the committed HEAD twice, in two fresh clones at different
# paths, and compares every jar byte for byte (the published jars with their sources and javadoc jars, and
# the command-line jar). Prints one line per jar and exits 1 if any differ.
#   scripts/reproducible-build.sh            # takes about two plain builds' time
set -euo pipefail
top=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in a b; do
  git clone -q "$top" "$work/$run"
  [ -f "$top/.mvn/maven.config" ] && mkdir -p "$work/$run/.mvn" && cp "$top/.mvn/maven.config" "$work/$run/.mvn/"
  (cd "$work/$run" && mvn -B -q -Prelease package -DskipTests >"$work/$run.log" 2>&1) \
    || { echo "build $run failed; see its log:"; tail -20 "$work/$run.log"; exit 2; }
done
status=0
count=0
while IFS= read -r jar; do
  count=$((count + 1))
  if cmp -s "$work/a/$jar" "$work/b/$jar"; then
    echo "identical  $jar"
  else
    echo "DIFFERENT  $jar"
    status=1
  fi
done < <(cd "$work/a" && find . -path '*/target/*.jar' -not -path '*/target/*/*' | sed 's#^\./##' | sort)
[ "$count" -gt 0 ] || { echo "no jars were built"; exit 2; }
echo "$count jars compared: $([ $status -eq 0 ] && echo all identical || echo some differ)"
exit $status
