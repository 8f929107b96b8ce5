"""`plantrack remind` (track/remind.py) end to end through click: the dry run lists exactly the
missing and returned targets per department; with a real local SMTP server (aiosmtpd) one
message per department with an address goes out; without SMTP settings nothing leaves."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from click.testing import CliRunner

from plantrack.cli import main
from plantrack.errors import ValidationError
from plantrack.track.remind import MailError, SmtpConfig
from plantrack.workspace import Workspace

FIN, EFLOPS, RD, LOAN = "c2.s4.box2.i3.t1", "c4.s1.p1.t1", "c3.s2.p1.t3", "c3.s4.p1.t1"


class Sink:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd calls it by this name
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Sink, int]]:
    from aiosmtpd.controller import Controller

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


@pytest.fixture
def cycle(sample_ws: Workspace) -> Workspace:
    """Three departments: 市发改委 owes one target and has one returned, 市科技局 owes one and
    has one submitted, 市经信局 has submitted everything (and is not reminded)."""
    ws = sample_ws
    ws.assign(None, FIN, lead="市发改委")
    ws.assign(None, EFLOPS, lead="市发改委")
    ws.assign(None, RD, lead="市科技局")
    ws.assign(None, LOAN, lead="市科技局")
    ws.assign(None, "c4.s1.p2.t1", lead="市经信局")
    ws.open_round(None, name="2026年度监测", year=2026, due="2027-02-28")
    fin = ws.record(FIN, period=2026, value=1520, unit="亿元", source="x", needs_review=True)
    ws.submit_figure(fin.id)
    ws.return_figure(fin.id, "请按现价口径填报")
    loan = ws.record(LOAN, period=2026, value=300, unit="亿元", source="x", needs_review=True)
    ws.submit_figure(loan.id)
    draft = ws.record(RD, period=2026, value=1400, unit="家", source="x", needs_review=True)
    assert draft.state == "draft"  # a draft not yet sent is still owed
    done = ws.record("c4.s1.p2.t1", period=2026, value=5, source="x", needs_review=True)
    ws.submit_figure(done.id)
    ws.set_department_email("市发改委", "fgw@example.gov.cn")
    ws.set_department_email("市科技局", "kjj@example.gov.cn")
    return ws


@pytest.fixture
def run(cycle: Workspace, monkeypatch: pytest.MonkeyPatch):
    for name in ("HOST", "PORT", "TLS", "FROM", "USER", "PASSWORD"):
        monkeypatch.delenv(f"PLANTRACK_SMTP_{name}", raising=False)
    db = cycle.engine.url.render_as_string(hide_password=False)

    def invoke(*args: str, env: dict[str, str] | None = None):
        return CliRunner().invoke(main, ["--db", db, *args], env=env, catch_exceptions=False)

    return invoke


def _env(port: int) -> dict[str, str]:
    return {
        "PLANTRACK_SMTP_HOST": "127.0.0.1",
        "PLANTRACK_SMTP_PORT": str(port),
        "PLANTRACK_SMTP_TLS": "none",
        "PLANTRACK_SMTP_FROM": "ghc@example.gov.cn",
    }


def test_dry_run_lists_exactly_the_missing_and_returned_targets(run, smtp) -> None:
    sink, port = smtp
    out = run("remind", "--dry-run", "--format", "json", env=_env(port))
    assert out.exit_code == 0, out.output
    got = {
        d["department"]: (
            sorted(i["target_id"] for i in d["missing"]),
            [(i["target_id"], i["reason"]) for i in d["returned"]],
            d["sent"],
        )
        for d in json.loads(out.output)["departments"]
    }
    assert got == {
        "市发改委": ([EFLOPS], [(FIN, "请按现价口径填报")], False),
        "市科技局": ([RD], [], False),
    }
    text = run("remind", "--dry-run").output
    assert "退回 returned: c2.s4.box2.i3.t1 金融业增加值: 请按现价口径填报" in text
    assert "草稿未提交 draft: c3.s2.p1.t3" in text and "市经信局" not in text
    assert sink.messages == []  # a dry run sends nothing, even with SMTP configured


def test_one_message_per_department_through_smtp(run, smtp, cycle) -> None:
    sink, port = smtp
    out = run("remind", env=_env(port))
    assert out.exit_code == 0, out.output
    assert "2 of 2 departments reminded by e-mail" in out.output
    assert sorted(rcpt for _, (rcpt,), _ in sink.messages) == [
        "fgw@example.gov.cn",
        "kjj@example.gov.cn",
    ]
    by_to = {rcpt[0]: msg for _, rcpt, msg in sink.messages}
    fgw = by_to["fgw@example.gov.cn"]
    assert fgw["From"] == "ghc@example.gov.cn"
    assert fgw["Subject"] == "【催报】2026年度监测：市发改委尚有2项待填报"
    body = fgw.get_content()
    assert "高性能算力规模（c4.s1.p1.t1，未填报）" in body
    assert "金融业增加值（c2.s4.box2.i3.t1）退回原因：请按现价口径填报" in body
    assert "截止日期为2027-02-28" in body
    assert "省级以上企业研发机构" in by_to["kjj@example.gov.cn"].get_content()
    reminded = [a for a in cycle.recent_audit(1, 10) if a["action"] == "remind"]
    assert len(reminded) == 2


def test_a_department_without_an_address_is_listed_not_mailed(run, smtp, cycle) -> None:
    sink, port = smtp
    cycle.set_department_email("市科技局", None)
    out = run("remind", "--format", "json", env=_env(port))
    sent = {d["department"]: d["sent"] for d in json.loads(out.output)["departments"]}
    assert sent == {"市发改委": True, "市科技局": False}
    assert len(sink.messages) == 1


def test_nothing_leaves_the_machine_without_smtp_settings(run, smtp) -> None:
    sink, _ = smtp
    out = run("remind")
    assert out.exit_code == 0, out.output
    assert "SMTP not configured (PLANTRACK_SMTP_HOST): nothing sent" in out.output
    assert sink.messages == []


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"PLANTRACK_SMTP_HOST": "h"}, "^PLANTRACK_SMTP_FROM: missing"),
        ({"PLANTRACK_SMTP_HOST": "h", "PLANTRACK_SMTP_TLS": "yes"}, "^PLANTRACK_SMTP_TLS 'yes'"),
        (
            {
                "PLANTRACK_SMTP_HOST": "h",
                "PLANTRACK_SMTP_PORT": "99999",
                "PLANTRACK_SMTP_FROM": "a@b",
            },
            "^PLANTRACK_SMTP_PORT '99999'",
        ),
    ],
)
def test_bad_smtp_settings_name_the_variable(env, message) -> None:
    with pytest.raises(ValidationError, match=message):
        SmtpConfig.from_env(env)
    assert SmtpConfig.from_env({}) is None


def test_an_unreachable_server_is_one_line_and_nothing_is_marked_sent(run, cycle) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    with pytest.raises(MailError, match=r"^SMTP 127\.0\.0\.1:\d+: .*; 0 of 2 reminders sent$"):
        cycle.remind(smtp=SmtpConfig.from_env(_env(port)))
    assert not [a for a in cycle.recent_audit(1, 10) if a["action"] == "remind"]
    out = run("remind", env=_env(port))
    assert out.exit_code == 1 and "plantrack: error: SMTP 127.0.0.1" in out.output
