"""Take the web screenshots in docs/ from the demo data, as a reader sees them.

    .venv/bin/python scripts/make_screenshots.py

Runs `scripts/demo.sh` (DEMO_SERVE=0) into a throwaway folder, serves that store on a free
loopback port, logs in as the demo's viewer in Debian's Chromium and writes:

    docs/screenshot-dashboard.png        the dashboard at 1280 × 900 (the README's picture)
    docs/screenshot-390-dashboard.png    the dashboard on a 390 × 844 phone
    docs/screenshot-390-target.png       a target page on the phone, first screen and a half
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
        base, server = serve(db, Path(tmp))
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for name, viewport, pages in (
                ("screenshot-dashboard.png", {"width": 1280, "height": 900}, ["/"]),
                ("screenshot-390-dashboard.png", {"width": 390, "height": 844}, ["/"]),
                (
                    "screenshot-390-target.png",
                    {"width": 390, "height": 1266},
                    [f"/targets/{TARGET}"],
                ),
            ):
                context = browser.new_context(base_url=base, locale="zh-CN", viewport=viewport)
                page = context.new_page()
                page.goto("/login")
                page.fill("input[name=username]", VIEWER[0])
                page.fill("input[name=password]", VIEWER[1])
                page.click("form[action='/login'] button[type=submit]")
                page.wait_for_url(f"{base}/")
                for path in pages:
                    page.goto(path)
                page.screenshot(path=str(DOCS / name))
                print(f"wrote docs/{name}")
                context.close()
            browser.close()
        server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
