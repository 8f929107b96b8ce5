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
echo
echo "== web: assign departments, create demo accounts, start the server (docs/web.md)"
pt assign 1 c4.s1.p1.t1 --lead 市经信局 --due 2030 >/dev/null
pt assign 1 c2.s5.p2.t3 --lead 市经信局 --partner 市科技局 >/dev/null
pt assign 1 c3.s2.p1.t5 --lead 市经信局 >/dev/null
pt assign 1 c3.s2.p1.t3 --lead 市科技局 >/dev/null
pt assign 1 c3.s1.p1.t1 --lead 市科技局 >/dev/null
pt assign 1 c3.s4.p1.t1 --lead 市科技局 --partner 市金融办 >/dev/null
pt assign 1 c2.s4.box2.i3.t1 --lead 市金融办 >/dev/null
echo "assigned 7 targets to 市经信局, 市科技局, 市金融办"
echo
echo "== reports: the 任务分工方案 workbook and the annual report (docs/reports.md)"
out="$(dirname "$db")"
pt export breakdown 1 -o "$out/分工方案.xlsx"
pt report 1 --kind annual --year 2026 -o "$out/年度监测报告-2026.pdf"
pt report 1 --kind annual --year 2026 -o "$out/年度监测报告-2026.html"
echo
demo_user() { PLANTRACK_PASSWORD="$2" pt users add "$1" --role "$3" ${4:+--department "$4"}; }
demo_user admin    admin-demo-2026   admin
demo_user planner  planner-demo-2026 planner
demo_user jingxin  jingxin-demo-2026 editor 市经信局
demo_user keji     keji-demo-2026    editor 市科技局
demo_user viewer   viewer-demo-2026  viewer
port="${DEMO_PORT:-8000}"
cat <<LOGINS

  web app:  http://127.0.0.1:${port}/   (API: /api/openapi.json)
  logins:   admin / admin-demo-2026        (管理员 admin)
            planner / planner-demo-2026    (规划处 planner: all plans)
            jingxin / jingxin-demo-2026    (市经信局 editor: its targets only)
            keji / keji-demo-2026          (市科技局 editor: its targets only)
            viewer / viewer-demo-2026      (只读 viewer)
LOGINS
if [ "${DEMO_SERVE:-1}" = "0" ]; then
  echo "DEMO_SERVE=0: not starting the server (start it with: .venv/bin/plantrack --db $db serve --port $port)"
else
  pt serve --host 127.0.0.1 --port "$port"
fi
