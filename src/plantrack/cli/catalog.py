"""Every command, the module that defines it and the first paragraph of its help: `plantrack
--help` lists them and a command's module is imported only when that command runs (cli/root.py),
so `plantrack status` does not load the search, report, compare and web commands.

A new command goes here too (tests/cli/test_cli_catalog.py checks this table against the
commands the modules define).
"""

from __future__ import annotations

# name: (module under plantrack.cli, the first paragraph of the command's help)
COMMANDS: dict[str, tuple[str, str]] = {
    "approve": (
        "rounds",
        "Approve submitted figures (已提交 → 已审核): they count from now on.",
    ),
    "departments": (
        "rounds",
        "Departments (部门) and the e-mail addresses their reminders go to.",
    ),
    "remind": (
        "rounds",
        "Per department, the round's targets still missing or returned; one e-mail each through "
        "SMTP when PLANTRACK_SMTP_HOST is set (docs/reporting-cycle.md), else nothing is sent.",
    ),
    "return": ("rounds", "Return figures to their department (→ 退回) with a reason it sees."),
    "rounds": (
        "rounds",
        "Reporting rounds (填报轮次): open one, see who has reported, close it (publishes).",
    ),
    "submit": ("rounds", "Submit figures (草稿/退回 → 已提交) to the planning office."),
    "ask": (
        "search",
        "Answer QUESTION in plain Chinese from the plan, citing where it says so; owner and "
        "progress questions answer from the recorded assignments and figures.",
    ),
    "assign": (
        "reports",
        "Set the lead and partner departments of a task (node id) or target (target id).",
    ),
    "assignments": ("reports", "List who leads each task and target of a plan."),
    "attach": (
        "evidence",
        "Attach an evidence file (PDF, PNG, JPEG or XLSX) to the figure of a target for a period "
        "(plantrack attach c2.s4.box2.i3.t1 2026 公报.pdf).",
    ),
    "bulletin": (
        "track",
        "Read a 统计公报, propose figures for the plan's targets (and record them with --apply).",
    ),
    "compare": (
        "compare",
        "Align the targets of two plans (ids, title parts or files) and flag inconsistencies.",
    ),
    "download": (
        "evidence",
        "Save an evidence file to disk (plantrack download 3 -o 公报.pdf); its sha256 is checked.",
    ),
    "detach": (
        "evidence",
        "Remove an evidence file from its figure (the audit row keeps its name and sha256).",
    ),
    "diff": (
        "compare",
        "What changed from PLAN_V1 (a draft) to PLAN_V2 (the final): targets and tasks.",
    ),
    "entities": (
        "search",
        "Places, institutions, sectors, tracks and programmes a plan names (default: latest plan).",
    ),
    "export": ("root", "Export data to files (observations, breakdown workbook)."),
    "history": ("track", "Every change of observations (who, when, old, new)."),
    "import": ("root", "Import data from files (observations, breakdown workbook)."),
    "ingest": ("plans", "Read a plan document and store it; a folder: all its plans."),
    "observations": (
        "track",
        "List the recorded figures of a plan, with their evidence files (attachments).",
    ),
    "outline": (
        "plans",
        "Print a plan's outline (PLAN: id or part of the title; default the latest).",
    ),
    "plans": ("plans", "List the stored plans and their versions."),
    "publish": (
        "publish",
        "Write a static public site: status by chapter, a page per target, CSV/JSON, search.",
    ),
    "record": (
        "track",
        "Record a figure for a target (plantrack record c2.s4.box2.i3.t1 --period 2026 --value "
        "2150).",
    ),
    "reindex": ("search", "Rebuild the search index of PLAN (default: every plan)."),
    "report": (
        "reports",
        "Write the annual monitoring or mid-term evaluation report (HTML, PDF, Word, Markdown).",
    ),
    "rotate-secret": (
        "web",
        "Replace the web app's server secret: every CSRF token issued so far stops working.",
    ),
    "search": (
        "search",
        "Ranked passages for QUERY, with the matching words highlighted and their location.",
    ),
    "serve": ("web", "Run the web app and JSON API (docs/web.md)."),
    "show": ("plans", "Show one node of the outline (e.g. c3.s2.p1) with its text."),
    "status": (
        "track",
        "Progress of every target (提前实现/快于预期/基本符合预期/滞后/暂无数据), or of one target.",
    ),
    "targets": (
        "plans",
        "List the targets of a stored plan, or of a document file (parsed, not stored).",
    ),
    "users": (
        "web",
        "User accounts of the web app (roles: admin, planner, editor, viewer; see `users roles`).",
    ),
}

IMPORTS: dict[str, tuple[str, str]] = {
    "breakdown": (
        "reports",
        "Read a filled-in breakdown workbook back: every row checked, all rows or none written.",
    ),
    "observations": (
        "track",
        "Import figures from a CSV (any encoding) or XLSX (one sheet per plan).",
    ),
}

EXPORTS: dict[str, tuple[str, str]] = {
    "breakdown": (
        "reports",
        "Write the 任务分工方案 workbook (one sheet per chapter and a 汇总 sheet).",
    ),
    "observations": ("track", "Export a plan's figures in the import format."),
}
