"""The public site: `plantrack publish PLAN -o DIR` writes a plan's progress as static files a
government web server can host as they are (docs/publish.md).

    DIR/index.html            the status by chapter and every target, grouped by chapter
    DIR/targets/<id>.html     one page per target: citation, figures, chart (inline SVG), status
    DIR/search.html           search without a server: assets/search.js over assets/search-index.js
    DIR/data/targets.csv      every published figure, one row each (UTF-8 with BOM, inert cells)
    DIR/data/targets.json     the same data as JSON
    DIR/assets/               the web app's style.css, app.js and icon, copied

Relative links only, no external request (no CDN, system fonts), the web app's look (its CSS,
its status words and colours, its charts). The data comes from one function, `site_data`, on one
snapshot of the store: the one place that chooses which figures are published.

A DIR that exists and is not empty is refused unless it holds an earlier site and `force` is
given; the new site is written into a temporary folder next to DIR and renamed into place, so a
failure leaves DIR as it was.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from plantrack.cells import inert_row
from plantrack.errors import PlantrackError
from plantrack.model import COUNTED_STATES, shown_statuses
from plantrack.track.observations import plan_base_year
from plantrack.web import charts
from plantrack.web.data import _segments as segments
from plantrack.web.data import as_dict, baseline_of, chapter_titles, chart_series
from plantrack.web.render import text_helpers
from plantrack.workspace import PlanRef, Workspace

HERE = Path(__file__).parent
MARK = ".plantrack-site"  # written into every site: only such a folder is replaced (--force)
ASSETS = {"style.css": "style.css", "app.js": "app.js", "favicon.svg": "favicon.svg"}
SEARCH_JS = "publish-search.js"
FIGURE_FIELDS = ("period", "value", "unit", "is_baseline", "milestone", "source", "vintage", "note")
CSV_FIELDS = (
    "target_id",
    "metric",
    "comparator",
    "target_value",
    "target_unit",
    "deadline",
    "chapter",
    "node",
    "status",
    "status_label",
    "period",
    "value",
    "unit",
    "is_baseline",
    "milestone",
    "source",
    "vintage",
    "note",
)


class PublishError(PlantrackError):
    """The output folder cannot take the site (a file, or a folder of other things)."""


@dataclass(slots=True)
class SiteResult:
    folder: Path
    targets: int
    figures: int
    replaced: bool


def site_data(ws: Workspace, plan: PlanRef | None) -> dict[str, Any]:
    """Everything the public site shows, read on one snapshot of the store.

    This is the one place that decides what is published: the figures below are the plan's live
    observations that count (approved or published: model.COUNTED_STATES, the same rule as
    status), and the status is the Workspace's own (`ws.status`, without the preview)."""
    with ws.reading():
        the_plan = ws.plan(plan)
        report = ws.status(the_plan.id)
        titles = chapter_titles(ws.outline(the_plan.id))
        nodes = {n.node_id: n for n in ws.outline(the_plan.id)}
        figures: dict[str, list[Any]] = {}
        # drafts, submitted and returned figures stay inside
        for o in ws.observations(the_plan.id, states=COUNTED_STATES):
            figures.setdefault(o.target_id, []).append(o)
        base_year = plan_base_year(the_plan)
        targets = []
        for row in report.rows:
            t, a = row.target, row.assessment
            found = sorted(figures.get(t.id, []), key=lambda o: (o.period, not o.is_baseline))
            node = nodes.get(t.location.node)
            owners = ws.target_owners(the_plan.id, t.id, t.location.node)
            targets.append(
                {
                    "target": t.to_dict(),
                    "assessment": as_dict(a),
                    "status": str(a.status),
                    "baseline": baseline_of(t, found, base_year),
                    "figures": [{k: getattr(o, k) for k in FIGURE_FIELDS} for o in found],
                    "owners": [{"department": o["department"], "role": o["role"]} for o in owners],
                    "citation": {
                        "node": t.location.node,
                        "path": node.path if node else t.location.path,
                        "text": node.text if node else t.text,
                        "segments": segments(node.text if node else t.text, [(t, a.status)]),
                    },
                    "chart": chart_series(t, found, a, base_year),
                }
            )
        summary = report.summary()
    for line in summary:
        line["title"] = titles.get(line["chapter"]) if isinstance(line["chapter"], int) else None
    return {
        "plan": the_plan.to_dict(),
        "base_year": base_year,
        "summary": summary,
        "statuses": [str(s) for s in shown_statuses(summary[-1])],
        "chapters": titles,
        "targets": targets,
    }


def page_name(target_id: str, taken: set[str]) -> str:
    """The file of a target's page: its id with anything but letters, digits, `.`, `_` and `-`
    replaced (ids are `c2.s4.box2.i3.t1`; the rule keeps any other id a plain file name)."""
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", target_id).strip(".") or "target"
    name, n = f"{stem}.html", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


def _environment(lang: str) -> jinja2.Environment:
    from plantrack.web.pages import chart_labels

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
    )
    env.globals.update(text_helpers(lang))
    env.globals["status_bar"] = charts.status_bar
    env.globals["chart_labels"] = chart_labels(lang)
    return env


def _goal(cmp: Any, num: Any, t: dict[str, Any]) -> str:
    if t["value"] is None:
        return t.get("milestone") or ""
    return f"{cmp(t['comparator'])} {num(t['value'])} {t['unit'] or ''}".strip()


def _latest(item: dict[str, Any]) -> dict[str, Any] | None:
    shown = [f for f in item["figures"] if not f["is_baseline"]]
    return shown[-1] if shown else None


def render_site(data: dict[str, Any], lang: str = "zh") -> dict[str, str | bytes]:
    """Every file of the site, by its relative path."""
    env = _environment(lang)
    g = env.globals
    stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    taken: set[str] = set()
    items = []
    for item in data["targets"]:
        t = item["target"]
        items.append(
            {
                **item,
                "page": f"targets/{page_name(t['id'], taken)}",
                "goal": _goal(g["cmp"], g["num"], t),
                "latest": _latest(item),
                "chapter": t["location"]["chapter"],
            }
        )
    by_chapter: dict[Any, list[dict[str, Any]]] = {}
    for item in sorted(items, key=lambda i: (i["chapter"] is None, i["chapter"] or 0)):
        by_chapter.setdefault(item["chapter"], []).append(item)
    common = {"data": data, "stamp": stamp}
    files: dict[str, str | bytes] = {
        "index.html": env.get_template("site/index.html").render(
            **common, root="", here="index", by_chapter=by_chapter
        ),
        "search.html": env.get_template("site/search.html").render(
            **common, root="", here="search"
        ),
    }
    page = env.get_template("site/target.html")
    for item in items:
        chart = charts.target_charts(item["chart"], g["chart_labels"])
        files[item["page"]] = page.render(
            **common, root="../", here="target", item=item, chart=chart
        )
    files["assets/search-index.js"] = _search_index(items, lang, g)
    files["data/targets.json"] = _json(data, items, lang, g)
    files["data/targets.csv"] = _csv(items, g)
    static = HERE / "static"
    for name, source in ASSETS.items():
        files[f"assets/{name}"] = (static / source).read_bytes()
    files["assets/search.js"] = (static / SEARCH_JS).read_bytes()
    files[MARK] = f"plantrack site of plan {data['plan']['id']} ({lang}), {stamp}\n"
    return files


def _search_index(items: list[dict[str, Any]], lang: str, g: dict[str, Any]) -> str:
    """The search page's index as a script (`<script src>` works from file://, fetch does not)."""
    t = g["t"]
    entries = [
        {
            "href": i["page"],
            "id": i["target"]["id"],
            "metric": i["target"]["metric"],
            "goal": i["goal"],
            "deadline": i["target"]["deadline"],
            "status": i["status"],
            "label": g["status_label"](i["status"]),
            "path": " › ".join(i["citation"]["path"] or []),
            "text": i["target"]["text"],
        }
        for i in items
    ]
    words = {
        "found": "Targets found: {n}" if lang == "en" else "找到 {n} 个指标",
        "none": t("no_match"),
        "prompt": "Type a word of a target or its clause"
        if lang == "en"
        else "输入指标名称或原文中的词语",
    }
    body = json.dumps({"lang": lang, "words": words, "items": entries}, ensure_ascii=False)
    body = body.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.PLANTRACK_SEARCH = {body};\n"


def _json(data: dict[str, Any], items: list[dict[str, Any]], lang: str, g: dict[str, Any]) -> str:
    out = {
        "plan": data["plan"],
        "lang": lang,
        "published_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "summary": data["summary"],
        "targets": [
            {
                **i["target"],
                "page": i["page"],
                "status": i["status"],
                "status_label": g["status_label"](i["status"]),
                "assessment": i["assessment"],
                "baseline": i["baseline"],
                "owners": i["owners"],
                "figures": i["figures"],
            }
            for i in items
        ],
    }
    return json.dumps(out, ensure_ascii=False, indent=1, default=str) + "\n"


def _csv(items: list[dict[str, Any]], g: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_FIELDS)
    for i in items:
        t = i["target"]
        head = [
            t["id"],
            t["metric"],
            t["comparator"],
            t["value"],
            t["unit"],
            t["deadline"],
            t["location"]["chapter"],
            t["location"]["node"],
            i["status"],
            g["status_label"](i["status"]),
        ]
        for f in i["figures"] or [dict.fromkeys(FIGURE_FIELDS)]:
            writer.writerow(inert_row([_cell(v, g) for v in head + list(f.values())]))
    return "\ufeff" + out.getvalue()


def _cell(value: Any, g: dict[str, Any]) -> Any:
    """A CSV cell: numbers as a person types them (1500, not 1500.0), booleans as true/false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return g["plain"](value) if isinstance(value, float) else ("" if value is None else value)


def _check_folder(out: Path, force: bool) -> bool:
    """Whether `out` holds an earlier site to replace; PublishError when it may not be used."""
    if out.exists() and not out.is_dir():
        raise PublishError(f"{out}: is a file; give a folder for the site (-o DIR)")
    if not out.exists() or not any(out.iterdir()):
        return False
    if not (out / MARK).is_file():
        raise PublishError(
            f"{out}: folder is not empty and holds no plantrack site; choose a new or empty folder"
        )
    if not force:
        raise PublishError(f"{out}: holds a published site already; add --force to replace it")
    return True


def write_site(
    ws: Workspace, plan: PlanRef | None, out: str | Path, *, lang: str = "zh", force: bool = False
) -> SiteResult:
    """Publish `plan` into the folder `out` (see the module's docstring); all files or none."""
    if lang not in ("zh", "en"):
        raise PublishError(f"lang {lang!r}: expected zh or en")
    out = Path(out).absolute()
    replace = _check_folder(out, force)
    data = site_data(ws, plan)
    files = render_site(data, lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    old: Path | None = None
    try:
        for rel, content in files.items():
            path = work / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        os.chmod(work, 0o755)  # mkdtemp made it private; a web server must read it
        if replace:
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            out.rename(old / "site")
        elif out.exists():
            out.rmdir()  # empty
        work.rename(out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        if old is not None and not out.exists() and (old / "site").exists():
            (old / "site").rename(out)
        raise
    finally:
        if old is not None and out.exists():  # the new site, or the old one put back
            shutil.rmtree(old, ignore_errors=True)
    count = sum(len(i["figures"]) for i in data["targets"])
    return SiteResult(out, len(data["targets"]), count, replace)
