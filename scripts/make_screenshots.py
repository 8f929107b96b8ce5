"""Take the web screenshots in docs/ from the demo data, as a reader sees them.

    .venv/bin/python scripts/make_screenshots.py

Runs `scripts/demo.sh` (DEMO_SERVE=0) into a throwaway folder, serves that store on a free
loopback port, logs in as the demo's viewer in Debian's Chromium and writes:

    docs/screenshot-dashboard.png        the dashboard at 1280 × 900 (the README's picture)
    docs/screenshot-390-dashboard.png    the dashboard on a 390 × 844 phone
    docs/screenshot-390-target.png       a target page on the phone, first screen and a half
    docs/screenshot-round.png            the planning office's round overview (审核 list)
    docs/screenshot-department-todo.png  a department's 待办 list with a returned figure
    docs/screenshot-site.png             the public site (`plantrack publish`) opened from disk

Before the round pictures, two departments enter figures in the demo's open round: one is
submitted, one returned with a reason (what a planning office sees a week before the due date).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plantrack.web import create_app  # noqa: E402
from plantrack.workspace import Workspace  # noqa: E402

DOCS = ROOT / "docs"
TARGET = "c2.s4.box2.i3.t1"  # 金融业增加值: figures, a chart and a projection in the demo
VIEWER = ("viewer", "viewer-demo-2026")  # scripts/demo.sh
PLANNER = ("planner", "planner-demo-2026")
KEJI = ("keji", "keji-demo-2026")  # 市科技局's editor


def fill_round(db: Path) -> int:
    """Figures in the demo's open round (2027年度监测): one submitted, one returned.
    Returns 市科技局's department id."""
    url = f"sqlite:///{db}"
    jingxin = Workspace(url, actor="jingxin")
    sent = jingxin.record(
        "c4.s1.p1.t1", period=2027, value=9.2, unit="EFLOPS", source="市经信局", needs_review=True
    )
    jingxin.submit_figure(sent.id)
    keji = Workspace(url, actor="keji")
    back = keji.record(
        "c3.s2.p1.t3", period=2027, value=1320, unit="家", source="市科技局", needs_review=True
    )
    keji.submit_figure(back.id)
    Workspace(url, actor="planner").return_figure(back.id, "请附省科技厅认定名单，口径为省级以上")
    return next(d["id"] for d in keji.departments() if d["name"] == "市科技局")


def login(page, base: str, who: tuple[str, str]) -> None:
    page.goto("/login")
    page.fill("input[name=username]", who[0])
    page.fill("input[name=password]", who[1])
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(f"{base}/")


def serve(db: Path, folder: Path) -> tuple[str, object]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Workspace(f"sqlite:///{db}"), config={"upload_dir": str(folder / "uploads")})
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="plantrack-shots-") as tmp:
        db = Path(tmp) / "plantrack.db"
        env = {**os.environ, "DEMO_SERVE": "0", "PYTHONPATH": str(ROOT / "src")}
        subprocess.run(
            ["bash", "scripts/demo.sh", str(db)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        keji_id = fill_round(db)
        subprocess.run(
            [sys.executable, "-m", "plantrack", "--db", str(db), "publish", "-o", f"{tmp}/site"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        base, server = serve(db, Path(tmp))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            wide = {"width": 1280, "height": 900}
            for name, viewport, who, path in (
                ("screenshot-dashboard.png", wide, VIEWER, "/"),
                ("screenshot-390-dashboard.png", {"width": 390, "height": 844}, VIEWER, "/"),
                (
                    "screenshot-390-target.png",
                    {"width": 390, "height": 1266},
                    VIEWER,
                    f"/targets/{TARGET}",
                ),
                ("screenshot-round.png", wide, PLANNER, "/rounds/1"),
                ("screenshot-department-todo.png", wide, KEJI, f"/departments/{keji_id}"),
            ):
                context = browser.new_context(base_url=base, locale="zh-CN", viewport=viewport)
                page = context.new_page()
                login(page, base, who)
                page.goto(path)
                page.screenshot(path=str(DOCS / name))
                print(f"wrote docs/{name}")
                context.close()
            context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(Path(f"{tmp}/site/index.html").as_uri())
            page.screenshot(path=str(DOCS / "screenshot-site.png"))
            print("wrote docs/screenshot-site.png")
            browser.close()
        server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
