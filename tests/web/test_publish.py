"""`plantrack publish`: the static site's files, its data, its links, and the folder rules
(a file, a foreign folder, an earlier site with and without --force, a failure half-way)."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.errors import PlantrackError
from plantrack.web import publish

FIN = "c2.s4.box2.i3.t1"  # 金融业增加值 ≥ 2000 亿元
LINK = '=HYPERLINK("http://evil.example/","点击")'


@pytest.fixture
def ws(sample_ws, tmp_path):
    (tmp_path / "out").mkdir()
    sample_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025年公报")
    sample_ws.record(FIN, period=2026, value=1620, unit="亿元", source="<script>alert(1)</script>")
    sample_ws.record("c4.s1.p1.t1", period=2026, value=12, unit="EFLOPS", source=LINK)
    return sample_ws


def run(ws, *args: str | Path):
    return CliRunner().invoke(main, ["--db", ws.url, "publish", *map(str, args)])


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "action") and value is not None:
                self.refs.append(value)


def _refs(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text("utf-8"))
    return parser.refs


@pytest.mark.sqlite_only
def test_the_site_links_only_its_own_files(ws, tmp_path) -> None:
    out = tmp_path / "out" / "site"
    result = run(ws, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{out}: site written (45 targets, 3 figures)")
    pages = sorted(out.rglob("*.html"))
    assert len(pages) == 2 + len(ws.targets())
    checked = 0
    for page in pages:
        for ref in _refs(page):
            assert not re.match(r"^([a-z]+:|//|/)", ref), f"{page.name}: {ref} is not relative"
            target = ref.split("#")[0].split("?")[0]
            if target:
                assert (page.parent / target).resolve().is_file(), f"{page.name}: {ref} missing"
                checked += 1
    assert checked > 100
    # the style sheet and the scripts name no other host (a figure's source may be a URL: it
    # is shown as text, never fetched); the SVG namespace is an identifier, not a request
    for name in ("style.css", "app.js", "search.js"):
        text = (out / "assets" / name).read_text("utf-8").replace("http://www.w3.org/2000/svg", "")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]", text), name
        assert "@import" not in text and "url(" not in text and "fetch(" not in text


@pytest.mark.sqlite_only
def test_pages_show_status_citation_chart_and_escape_what_users_typed(ws, tmp_path) -> None:
    out = tmp_path / "out" / "site"
    assert run(ws, "-o", out).exit_code == 0
    index = (out / "index.html").read_text("utf-8")
    assert '<html lang="zh-CN">' in index
    assert 'href="targets/c2.s4.box2.i3.t1.html"' in index
    assert "第二章" in index and 'class="summary"' in index
    page = (out / "targets" / f"{FIN}.html").read_text("utf-8")
    assert "<mark>金融业增加值达到2000亿元</mark>" in page
    assert "<code>c2.s4.box2.i3</code>" in page  # the clause's node id
    assert page.count('<svg class="chart') == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert '<span class="status s-ahead">快于预期</span>' in page


@pytest.mark.sqlite_only
def test_csv_and_json_hold_every_published_figure(ws, tmp_path) -> None:
    out = tmp_path / "out" / "site"
    assert run(ws, "-o", out).exit_code == 0
    raw = (out / "data" / "targets.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel and WPS read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    fin = [r for r in rows if r["target_id"] == FIN]
    assert [(r["period"], r["value"], r["is_baseline"]) for r in fin] == [
        ("2025", "1500", "true"),
        ("2026", "1620", "false"),
    ]
    assert {r["target_id"] for r in rows} == {t.id for t in ws.targets()}
    compute = next(r for r in rows if r["target_id"] == "c4.s1.p1.t1")
    assert compute["source"] == "'" + LINK  # inert: a spreadsheet shows it as text
    data = json.loads((out / "data" / "targets.json").read_text("utf-8"))
    statuses = {r.target.id: str(r.assessment.status) for r in ws.status().rows}
    assert {t["id"]: t["status"] for t in data["targets"]} == statuses
    fin_json = next(t for t in data["targets"] if t["id"] == FIN)
    assert [f["value"] for f in fin_json["figures"]] == [1500, 1620]
    assert fin_json["page"] == f"targets/{FIN}.html"
    index = (out / "assets" / "search-index.js").read_text("utf-8")
    assert index.startswith("window.PLANTRACK_SEARCH = ")
    items = json.loads(index.removeprefix("window.PLANTRACK_SEARCH = ").rstrip(";\n"))["items"]
    assert len(items) == len(statuses) and "<\\/" not in json.dumps(items)


@pytest.mark.sqlite_only
def test_the_english_twin(ws, tmp_path) -> None:
    out = tmp_path / "out" / "en"
    assert run(ws, "-o", out, "--lang", "en").exit_code == 0
    page = (out / "targets" / f"{FIN}.html").read_text("utf-8")
    assert '<html lang="en">' in page
    assert '<span class="status s-ahead">ahead</span>' in page
    assert "快于预期</span>" not in page
    assert ">Citation<" in page


@pytest.mark.sqlite_only
def test_bad_output_folders_are_refused_in_one_line(ws, tmp_path) -> None:
    tmp_path = tmp_path / "out"
    afile = tmp_path / "site.txt"
    afile.write_text("x")
    result = run(ws, "-o", afile)
    assert result.exit_code == 1
    assert (
        result.output
        == f"plantrack: error: {afile}: is a file; give a folder for the site (-o DIR)\n"
    )
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine")
    result = run(ws, "-o", foreign, "--force")  # never replaced, even with --force
    assert result.exit_code == 1 and "holds no plantrack site" in result.output
    assert [p.name for p in foreign.iterdir()] == ["keep.txt"]
    result = run(ws, "nosuchplan", "-o", tmp_path / "new")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "nosuchplan" in result.output and not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "site.txt"]


@pytest.mark.sqlite_only
def test_an_earlier_site_is_replaced_only_with_force(ws, tmp_path) -> None:
    out = tmp_path / "out" / "site"
    (out).mkdir()  # an empty folder is fine
    assert run(ws, "-o", out).exit_code == 0
    (out / "stale.html").write_text("old")
    result = run(ws, "-o", out)
    assert result.exit_code == 1
    assert "holds a published site already; add --force to replace it" in result.output
    assert (out / "stale.html").exists()
    result = run(ws, "-o", out, "--force")
    assert result.exit_code == 0 and "site replaced" in result.output
    assert not (out / "stale.html").exists() and (out / "index.html").is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]  # no temp left


@pytest.mark.sqlite_only
def test_a_failure_half_way_leaves_the_earlier_site(ws, tmp_path, monkeypatch) -> None:
    out = tmp_path / "out" / "site"
    publish.write_site(ws, None, out)
    (out / "marker.txt").write_text("earlier")
    real = Path.rename

    def failing(self: Path, target: Path):
        if Path(target) == out and ".new-" in self.name:
            raise OSError("disk full")
        return real(self, target)

    monkeypatch.setattr(Path, "rename", failing)
    with pytest.raises(OSError, match="disk full"):
        publish.write_site(ws, None, out, force=True)
    assert (out / "marker.txt").read_text() == "earlier"
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_the_language_is_checked(sample_ws, tmp_path) -> None:
    with pytest.raises(PlantrackError, match="lang 'fr': expected zh or en"):
        publish.write_site(sample_ws, None, tmp_path / "x", lang="fr")
    assert not (tmp_path / "x").exists()


def test_site_data_reads_one_snapshot_and_refuses_writes_inside(sample_ws) -> None:
    data = publish.site_data(sample_ws, None)
    assert len(data["targets"]) == len(sample_ws.targets())
    with sample_ws.reading(), pytest.raises(PlantrackError, match=r"a write inside ws\.reading"):
        sample_ws.record(FIN, period=2026, value=1, unit="亿元")
    assert sample_ws.observations(None, FIN) == []


def test_figures_not_yet_approved_stay_off_the_site(ws, tmp_path) -> None:
    ws.open_round(None, name="2027年度监测", year=2027, due="2028-02-28")
    draft = ws.record(FIN, period=2027, value=1700, unit="亿元", source="部门", needs_review=True)
    ws.submit_figure(draft.id, expected_version=draft.version)
    out = tmp_path / "out" / "site"
    assert run(ws, "-o", out).exit_code == 0
    data = json.loads((out / "data" / "targets.json").read_text("utf-8"))
    fin = next(t for t in data["targets"] if t["id"] == FIN)
    assert [f["period"] for f in fin["figures"]] == ["2025", "2026"]  # not the submitted 2027
    ws.approve_figure(draft.id)
    assert run(ws, "-o", out, "--force").exit_code == 0
    data = json.loads((out / "data" / "targets.json").read_text("utf-8"))
    fin = next(t for t in data["targets"] if t["id"] == FIN)
    assert [f["period"] for f in fin["figures"]] == ["2025", "2026", "2027"]
