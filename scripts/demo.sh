#!/usr/bin/env bash
# make demo: ingest the sample plan into a fresh SQLite file and print what plantrack found.
set -euo pipefail
db="${1:-demo/plantrack.db}"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
pt() { .venv/bin/plantrack --db "$db" "$@"; }
echo "== 1. ingest the sample plan (samples/ningbo-15th-fyp-excerpt.txt)"
pt ingest samples/ningbo-15th-fyp-excerpt.txt
echo
echo "== 2. its outline"
pt outline
echo
echo "== 3. its targets"
pt targets
echo
echo "== track: import a year of figures, read a bulletin, show progress (docs/tracking.md)"
pt import observations samples/observations-2026.xlsx
pt bulletin samples/bulletins/ningbo-2026-bulletin.txt --apply
pt status
pt status c2.s4.box2.i3.t1 --explain
