#!/usr/bin/env bash
# make demo: fill a store with the sample plan, figures, owners, reports and accounts.
# The store is the one `plantrack` uses with no --db (scripts/demo_store.py says when it is not).
set -euo pipefail
port="${DEMO_PORT:-8000}"
if [ "${DEMO_SERVE:-1}" != "0" ]; then
  # a taken port fails now, not after the whole demo (and not under a running demo's server)
  .venv/bin/python - "$port" <<'PORT'
import errno, socket, sys
port = int(sys.argv[1])
with socket.socket() as sock:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        taken = exc.errno == errno.EADDRINUSE
        why = "is already in use (another plantrack or program)" if taken else f"({exc.strerror})"
        sys.exit(
            f"plantrack: error: port {port} on 127.0.0.1 {why}: stop it, or choose another"
            f" port with DEMO_PORT={port + 1} make demo (plantrack serve --port {port + 1})"
        )
PORT
fi
choice="$(.venv/bin/python scripts/demo_store.py "${1:-}")"
mode="${choice%%$'\t'*}"
db="${choice#*$'\t'}"
out="demo"  # the reports and the workbook
mkdir -p "$out"
pt() { .venv/bin/plantrack --db "$db" "$@"; }
if [ "$mode" = "default" ]; then
  echo "== the demo's store: $db (plantrack's default store: no --db needed)"
  use=""
else
  shown="${db#"$PWD"/}"
  echo "== the demo's store: $shown (give it as --db to the commands below)"
  use=" --db $shown"
fi
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
echo
echo "== the reporting cycle: a round for next year's figures, what each department owes (docs/reporting-cycle.md)"
pt rounds open 2027年度监测 --year 2027 --due 2028-02-28
pt remind --dry-run
echo
echo "== the public site: a static copy of the published progress (docs/publish.md)"
pt publish -o "$out/site" --force
cat <<LOGINS

  web app:  http://127.0.0.1:${port}/   (API: /api/openapi.json)
  logins:   admin / admin-demo-2026        (管理员 admin)
            planner / planner-demo-2026    (规划处 planner: all plans)
            jingxin / jingxin-demo-2026    (市经信局 editor: its targets only)
            keji / keji-demo-2026          (市科技局 editor: its targets only)
            viewer / viewer-demo-2026      (只读 viewer)

  try next (or \`source .venv/bin/activate\` once, then type plantrack …):
    .venv/bin/plantrack${use} status                            # progress by chapter, 滞后 first
    .venv/bin/plantrack${use} status c2.s4.box2.i3.t1 --explain  # one target and its arithmetic
    .venv/bin/plantrack${use} ask 到2030年高性能算力规模要达到多少？   # an answer citing the plan
    open demo/site/index.html in a browser                        # the public site, no server
LOGINS
if [ "${DEMO_SERVE:-1}" = "0" ]; then
  echo
  echo "DEMO_SERVE=0: not starting the server (start it with: .venv/bin/plantrack${use} serve --port $port)"
else
  echo
  pt serve --host 127.0.0.1 --port "$port"
fi
