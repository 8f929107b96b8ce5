"""The Chinese UI speaks Chinese: every page, error page and form message is rendered in zh and
its visible text (and the text alternatives a screen reader speaks) must carry no internal
identifier — status codes, target kinds, status-method names, audit actions, actor ids, role
codes — and no English message or command-line hint. The English UI stays English.

Not checked: the plan's own text, ids a user needs (target and node ids such as c2.s4.box2.i3,
shown as references), user names, and the arithmetic block (`pre.explain`), whose lines are
bilingual by design (docs/status-method.md, shared with the CLI and the reports)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from web_helpers import A_TARGETS, B_TARGETS, DEPT_A, PASSWORD, page_csrf

from plantrack.web.auth import SESSION_COOKIE
from plantrack.web.csrf import token_for
from plantrack.workspace import Workspace

pytestmark = pytest.mark.sqlite_only  # about the words on the pages, not the store
FIN = A_TARGETS[0]
INTERNAL = re.compile(
    r"\b(?:cli|web):\w*"  # actor ids
    r"|\b(?:no_data|on_track|lagging|ahead|achieved|no_baseline|stretch|completed_late"
    r"|completed|missed)\b"  # status codes
    r"|\b(?:level|increment|cumulative|annual|multiple|qualitative|compound|linear|sum|band"
    r"|reduction|direction|milestone|pp_change|ceiling|hold|growth)\b"  # kinds, forms, methods
    r"|\b(?:observation|assignment|record|update|assign|ingest|session|api_token)\b"  # audit
    r"|\b(?:admin|planner|editor|viewer)\b"  # role codes
    r"|\bplantrack \w+|--[a-z][a-z-]+"  # CLI hints
    r"|\b(?:needs the|no such|not a number|not in plan|login required|missing|expected|"
    r"invalid|error|refused|rows? \d|internal)\b",  # English messages
    re.IGNORECASE,
)
SPOKEN = ("aria-label", "title", "placeholder", "alt")


def visible_text(html: str) -> str:
    """What a person sees or hears: the text outside scripts, styles and the bilingual
    arithmetic, plus the text alternatives of elements."""
    tree = HTMLParser(html)
    for node in tree.css("script, style, head, pre.explain, td.username, a.user"):
        node.decompose()
    body = tree.body
    assert body is not None
    spoken = [node.attributes.get(name) or "" for name in SPOKEN for node in body.css(f"[{name}]")]
    spoken += [n.attributes.get("value") or "" for n in body.css("button, input[type=submit]")]
    spoken += [n.text() for n in body.css("svg title")]
    return body.text(separator=" ") + " " + " ".join(spoken)


@pytest.fixture
def zh_world(web_ws: Workspace, make_client):
    """A store in which every kind of audit line happened (by the CLI and by the web), and a
    client per role whose user names are not role codes."""
    ws = web_ws
    ws.actor = "cli:root"  # as `plantrack record` run by root would write
    ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="2025年公报")
    ws.record(FIN, period=2026, value=1520, unit="亿元", source="2026年公报")
    obs = ws.record(A_TARGETS[1], period=2026, value=8, unit="EFLOPS", source="市大数据局")
    ws.update_observation(obs.id, expected_version=1, value=9)
    ws.assign(None, B_TARGETS[1], lead="市科技局", partners=["市金融办"], due_year=2028)
    ws.assign(None, "c3.s2", lead="市科技局")
    ws.actor = "test"
    clients = {}
    for name, role, dept in (
        ("zhang", "planner", None),
        ("wang", "editor", DEPT_A),
        ("li", "admin", None),
    ):
        web_ws.add_user(name, PASSWORD, role, department=dept)
        raw = web_ws.create_session(web_ws.user(name), timedelta(hours=1))
        client = make_client()
        client.cookies.set(SESSION_COOKIE, raw)
        client.csrf = token_for(web_ws.server_secret(), raw)  # type: ignore[attr-defined]
        client.app.state.cache.max_stale = 0
        clients[role] = client
    web_ws.actor = "web:wang"
    web_ws.record(FIN, period=2027, value=1600, unit="亿元", source="网页填报")
    web_ws.actor = "test"
    return clients


def _dept_a(ws: Workspace) -> int:
    return next(d["id"] for d in ws.departments() if d["name"] == DEPT_A)


def _leaks(html: str) -> list[str]:
    text = visible_text(html)
    return sorted({m.group(0) for m in INTERNAL.finditer(text)})


def test_every_zh_page_is_free_of_internals(zh_world, web_ws, make_client, sample_path):
    planner, editor, admin = zh_world["planner"], zh_world["editor"], zh_world["admin"]
    dept = _dept_a(web_ws)
    upload = planner.post(
        "/plans/upload",
        files={"file": (sample_path.name, sample_path.read_bytes(), "text/plain")},
        data={"csrf_token": planner.csrf},
    )
    assert upload.status_code == 303
    stranger = make_client()
    wrong = stranger.post(
        "/login",
        data={"username": "zhang", "password": "nope-nope", "csrf_token": page_csrf(stranger)},
    )
    pages = {
        "dashboard": planner.get("/"),
        "outline": planner.get("/outline"),
        "target": planner.get(f"/targets/{FIN}"),
        "target (editor)": editor.get(f"/targets/{FIN}"),
        "target (not allowed)": editor.get(f"/targets/{B_TARGETS[0]}"),
        "target (assigned)": planner.get(f"/targets/{B_TARGETS[1]}"),
        "ask": planner.get("/search?q=到2030年算力规模要达到多少"),
        "search": planner.get("/search?q=低空经济&mode=search"),
        "departments": planner.get("/departments"),
        "department": editor.get(f"/departments/{dept}"),
        "plans": planner.get("/plans"),
        "plan preview": planner.get(upload.headers["location"]),
        "login": stranger.get("/login"),
        "login refused": wrong,
        "reports": planner.get("/reports"),
        "account": editor.get("/account"),
        "users": admin.get("/admin/users"),
        "403 admin only": planner.get("/admin/users"),
        "404 page": planner.get("/no-such-page"),
        "404 target": planner.get("/targets/c99.t9"),
        "404 plan": planner.get("/?plan=99"),
        "422 query": planner.get("/search?q=" + "长" * 501),
        "403 csrf": editor.post(f"/targets/{FIN}/observations", data={"period": "2026"}),
        "403 department": editor.post(
            f"/targets/{B_TARGETS[0]}/observations",
            data={"csrf_token": editor.csrf, "period": "2026", "value": "1", "source": "x"},
        ),
        "422 form": editor.post(
            f"/targets/{FIN}/observations",
            data={"csrf_token": editor.csrf, "period": "2026", "value": "abc", "source": "x"},
        ),
        "422 unit": editor.post(
            f"/departments/{dept}/observations",
            data={
                "csrf_token": editor.csrf,
                "target_id": FIN,
                "period": "2026",
                "value": "5",
                "unit": "家",
                "source": "x",
            },
        ),
        "422 period": editor.post(
            f"/targets/{FIN}/observations",
            data={"csrf_token": editor.csrf, "period": "去年", "value": "5", "source": "x"},
        ),
        "import report": editor.post(
            f"/departments/{dept}/import",
            files={"file": ("f.csv", "指标编号,年份,数值\nc9.t9,2026,abc\n".encode(), "text/csv")},
            data={"csrf_token": editor.csrf, "plan": "1"},
        ),
    }
    leaks = {name: _leaks(r.text) for name, r in pages.items() if _leaks(r.text)}
    assert not leaks, leaks
    # the messages are there, in Chinese
    assert "此操作需要管理员权限" in pages["403 admin only"].text
    assert "找不到页面 /no-such-page" in pages["404 page"].text
    assert "规划 1 中没有指标 c99.t9" in pages["404 target"].text
    assert "页面已过期" in pages["403 csrf"].text
    assert "不属于本部门" in pages["403 department"].text
    assert "单位 家 与 亿元 不是同一类量" in pages["422 unit"].text
    assert "期别“去年”格式不对" in pages["422 period"].text
    assert "第 2 行" in pages["import report"].text
    assert "用户名或密码错误" in pages["login refused"].text
    dashboard = visible_text(pages["dashboard"].text)
    for line in ("命令行（root） · 填报监测值 金融业增加值", "wang · 填报监测值 金融业增加值"):
        assert line in re.sub(r"\s+", " ", dashboard), dashboard
    assert "修改监测值" in dashboard and "调整分工" in dashboard
    target = visible_text(pages["target"].text)
    assert "按年均增速的复合路径" in target and "达到类" in target and "命令行（root）" in target


def test_the_english_ui_stays_english_without_cli_hints(zh_world):
    planner = zh_world["planner"]
    page = planner.get("/targets/c99.t9?lang=en").text
    assert "target c99.t9: not in plan 1" in page and "see plantrack" not in page
    page = visible_text(planner.get(f"/targets/{FIN}?lang=en").text)
    assert "compound path" in page and "Method" in page
    users = visible_text(zh_world["admin"].get("/admin/users?lang=en").text)
    assert "New user" in users and "planner" in users  # role codes are the English words
    for word in ("用户管理", "角色", "新建用户", "停用", "规划处", "部门填报员", "保存"):
        assert word not in users
    dashboard = visible_text(planner.get("/?lang=en").text)
    assert "command line (root) · recorded a figure" in re.sub(r"\s+", " ", dashboard)


def test_the_plan_picker_needs_its_button(zh_world, web_ws, tmp_path):
    """With two plans, choosing one in the picker does not navigate: a button submits it."""
    other = tmp_path / "数字经济规划.txt"
    other.write_text(
        "某市数字经济发展规划（2026—2030年）\n第一章 总体要求\n"
        "到2030年，数字经济核心产业增加值达到1000亿元。\n",
        "utf-8",
    )
    assert web_ws.ingest(other).created
    html = zh_world["planner"].get("/").text
    form = re.search(r'<form method="get" class="plan-switch">(.*?)</form>', html, re.S).group(1)
    assert '<label for="plan-picker">选择规划</label>' in form
    assert "data-autosubmit" not in html and '<button type="submit">切换</button>' in form
