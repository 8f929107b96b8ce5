"""Reminders (催报): per department, the targets of a round still missing or returned, as one
e-mail per department through SMTP when it is configured — and nothing leaves the machine when
it is not (docs/reporting-cycle.md).

SMTP comes from the environment: PLANTRACK_SMTP_HOST (unset: not configured),
PLANTRACK_SMTP_PORT, PLANTRACK_SMTP_TLS (starttls, the default; ssl; none), PLANTRACK_SMTP_FROM
(required once a host is set), PLANTRACK_SMTP_USER and PLANTRACK_SMTP_PASSWORD (optional).
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

from sqlalchemy import Connection

from plantrack.errors import PlantrackError, ValidationError
from plantrack.model import FigureState, Plan
from plantrack.store.plans import write_audit
from plantrack.track.rounds import ITEM_ZH, DepartmentProgress, Round

TLS_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class MailError(PlantrackError):
    """The SMTP server refused or could not be reached; `sent` messages went out before."""

    status = 502

    def __init__(self, message: str, sent: int = 0) -> None:
        super().__init__(message)
        self.sent = sent


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int
    tls: str
    sender: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> SmtpConfig | None:
        """The SMTP settings of the environment; None when no host is set (not configured)."""
        env = os.environ if env is None else env
        host = env.get("PLANTRACK_SMTP_HOST", "").strip()
        if not host:
            return None
        tls = env.get("PLANTRACK_SMTP_TLS", "starttls").strip().lower() or "starttls"
        if tls not in TLS_MODES:
            raise ValidationError(f"PLANTRACK_SMTP_TLS {tls!r}: expected {', '.join(TLS_MODES)}")
        port_text = env.get("PLANTRACK_SMTP_PORT", "").strip() or str(DEFAULT_PORTS[tls])
        if not (port_text.isdigit() and 0 < int(port_text) < 65536):
            raise ValidationError(f"PLANTRACK_SMTP_PORT {port_text!r}: expected a port number")
        sender = env.get("PLANTRACK_SMTP_FROM", "").strip()
        if "@" not in sender:
            raise ValidationError(
                "PLANTRACK_SMTP_FROM: missing (the sender address, e.g. ghc@example.gov.cn)"
            )
        return cls(
            host=host,
            port=int(port_text),
            tls=tls,
            sender=sender,
            user=env.get("PLANTRACK_SMTP_USER") or None,
            password=env.get("PLANTRACK_SMTP_PASSWORD") or None,
        )


@dataclass(slots=True)
class Reminder:
    """What one department still owes in a round, and whether it was sent."""

    department_id: int
    department: str
    email: str | None
    missing: list[dict[str, Any]]
    returned: list[dict[str, Any]]
    sent: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "department_id": self.department_id,
            "department": self.department,
            "email": self.email,
            "missing": self.missing,
            "returned": self.returned,
            "sent": self.sent,
        }


@dataclass(slots=True)
class RemindResult:
    round: Round
    reminders: list[Reminder]
    configured: bool
    dry_run: bool

    @property
    def sent(self) -> int:
        return sum(1 for r in self.reminders if r.sent)

    def to_dict(self) -> dict[str, Any]:
        return {
            "round": self.round.to_dict(),
            "configured": self.configured,
            "dry_run": self.dry_run,
            "sent": self.sent,
            "departments": [r.to_dict() for r in self.reminders],
        }


def reminders(progress_rows: list[DepartmentProgress]) -> list[Reminder]:
    """One reminder per department that still owes something: its missing targets (no figure,
    or a draft not yet submitted) and its returned ones (with the reason)."""
    out = []
    for dept in progress_rows:
        missing = [
            {"target_id": i.target_id, "metric": i.metric, "state": i.state}
            for i in dept.items
            if i.owed and i.state != FigureState.RETURNED
        ]
        returned = [
            {"target_id": i.target_id, "metric": i.metric, "reason": i.review_note or ""}
            for i in dept.items
            if i.state == FigureState.RETURNED
        ]
        if missing or returned:
            out.append(Reminder(dept.department_id, dept.department, dept.email, missing, returned))
    return out


def compose(reminder: Reminder, round_: Round, plan: Plan, sender: str) -> EmailMessage:
    """The message to one department (Chinese, UTF-8)."""
    msg = EmailMessage()
    msg["Subject"] = f"【催报】{round_.name}：{reminder.department}尚有{_count(reminder)}项待填报"
    msg["From"] = sender
    msg["To"] = formataddr((reminder.department, reminder.email or ""))
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1])
    lines = [
        f"{reminder.department}：",
        "",
        f"《{plan.title}》{round_.name}（{round_.year}年数据）的填报截止日期为{round_.due}。"
        "贵单位以下指标尚未完成填报，请登录规划跟踪系统填报并提交：",
        "",
    ]
    if reminder.missing:
        lines.append("一、未填报或未提交")
        for n, item in enumerate(reminder.missing, 1):
            state = ITEM_ZH.get(item["state"], item["state"])
            lines.append(f"  {n}. {item['metric']}（{item['target_id']}，{state}）")
        lines.append("")
    if reminder.returned:
        lines.append("二、被退回，请修改后重新提交")
        for n, item in enumerate(reminder.returned, 1):
            lines.append(
                f"  {n}. {item['metric']}（{item['target_id']}）退回原因：{item['reason']}"
            )
        lines.append("")
    lines += ["此邮件由规划跟踪系统（plantrack）自动发送，请勿直接回复。"]
    msg.set_content("\n".join(lines), charset="utf-8")
    return msg


def _count(reminder: Reminder) -> int:
    return len(reminder.missing) + len(reminder.returned)


def send(messages: list[EmailMessage], config: SmtpConfig, timeout: float = 30) -> int:
    """Send the messages in order over one SMTP connection; returns how many were sent.
    MailError (one line, with how many went out before) when it fails."""
    sent = 0
    try:
        if config.tls == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=timeout)
        with client:
            if config.tls == "starttls":
                client.starttls(context=ssl.create_default_context())
            if config.user:
                client.login(config.user, config.password or "")
            for msg in messages:
                client.send_message(msg)
                sent += 1
    except (OSError, smtplib.SMTPException) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise MailError(
            f"SMTP {config.host}:{config.port}: {detail}; {sent} of {len(messages)} reminders sent",
            sent,
        ) from None
    return sent


def audit_sent(conn: Connection, round_: Round, sent: list[Reminder], actor: str) -> None:
    """One audit row per reminder that went out."""
    for r in sent:
        write_audit(
            conn,
            actor=actor,
            action="remind",
            subject="department",
            subject_id=str(r.department_id),
            plan_id=round_.plan_id,
            new={
                "round": round_.name,
                "email": r.email,
                "missing": len(r.missing),
                "returned": len(r.returned),
            },
        )
