#!/usr/bin/env bash
# The shipped-jar benchmark (issue #27) in one command: packages the jar, then ShippedJarBenchmark starts it with
# the provisioner on against embedded PostgreSQL and the simulated AgentCore, beside a bare Spring Boot app and
# pgbench, drives all with wrk and prints figures and ratios. Needs pgbench (PostgreSQL client tools) on the PATH;
# wrk is taken from the PATH, else its Debian package is fetched into target/benchmark-tools (apt-get download).
#   ops/benchmark/run.sh [-Dbenchmark.seconds=10] [-Dbenchmark.backlog=5000] [-Dbenchmark.jfr=/tmp/jar.jfr]
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ -z "${WRK:-}" ]] && ! command -v wrk >/dev/null; then
  tools="$PWD/target/benchmark-tools"
  if [[ ! -x "$tools/wrk" ]]; then
    mkdir -p "$tools/deb"
    (cd "$tools/deb" && apt-get download wrk libluajit-5.1-2 >/dev/null)
    for package in "$tools"/deb/*.deb; do dpkg -x "$package" "$tools/root"; done
    library=$(dirname "$(find "$tools/root" -name 'libluajit-5.1.so.2' | head -1)")
    printf '#!/bin/sh\nLD_LIBRARY_PATH="%s" exec "%s" "$@"\n' "$library" "$tools/root/usr/bin/wrk" > "$tools/wrk"
    chmod +x "$tools/wrk"
  fi
  export WRK="$tools/wrk"
fi
command -v pgbench >/dev/null || { echo "pgbench is needed (PostgreSQL client tools)" >&2; exit 1; }

./mvnw -B -Pbenchmark verify -Dcodegen.skip=true -Dit.test=ShippedJarBenchmark "$@"
