"""Error and audit messages for people reading a page: in Chinese on the Chinese UI, without CLI
hints on either.

The layers below speak one-line English (the CLI prints them; the JSON API returns them as they
are). A page shows `localize(message, lang)`: in Chinese, each known message shape is rewritten
by a row of `PATTERNS`; an unknown one falls back to a Chinese sentence for its HTTP status. In
English the message stays, less its command-line advice (`see plantrack targets`,
`--skip-invalid`), which means nothing in a browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from plantrack.model import ROLE_ZH

Rewrite = Callable[[re.Match[str]], str]

# Command-line advice a web page must not give: (pattern, what a page says instead).
CLI_HINTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\s*\((?:see|try|run) [^()]*plantrack[^()]*\)"), ""),
    (re.compile(r";\s*record it with --baseline"), "; record it as the baseline"),
    (re.compile(r"use --skip-invalid to import"), "tick 'skip invalid rows' to import"),
    (re.compile(r":\s*ingest one first \(plantrack ingest FILE\)"), ": upload one first"),
]

FIELDS_ZH = {
    "value": "数值",
    "period": "期别",
    "unit": "单位",
    "source": "来源",
    "note": "备注",
    "vintage": "统计口径",
    "milestone": "进展",
    "basis": "数值性质",
    "due_year": "完成时限",
    "lead": "牵头单位",
    "partners": "配合单位",
    "target_id": "指标",
    "file": "文件",
    "q": "问题",
    "year": "年度",
    "title": "标题",
    "username": "用户名",
    "password": "密码",
    "role": "角色",
    "name": "名称",
    "expected_version": "版本",
    "reason": "退回原因",
    "due": "截止日期",
    "email": "邮箱",
}
STATUS_ZH = {
    400: "请求有误",
    401: "请先登录",
    403: "无权执行此操作",
    404: "找不到所请求的页面或内容",
    405: "不支持此操作",
    409: "数据已被他人修改，请刷新页面后重试",
    413: "上传的内容过大",
    422: "填写的内容有误",
    429: "操作过于频繁，请稍后再试",
    500: "服务器内部错误，请稍后再试或联系管理员",
}


def _q(text: str) -> str:
    """A quoted value from a message ('abc' or abc) as Chinese quotes: “abc”."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return f"“{text}”"


def _role(name: str) -> str:
    names = [ROLE_ZH.get(r.strip(), r.strip()) for r in re.split(r",|\bor\b", name) if r.strip()]
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + "或" + names[-1]


# (pattern, rewrite) — matched against the whole message, in order; `{}` groups via m.group.
PATTERNS: list[tuple[re.Pattern[str], Rewrite]] = [
    (re.compile(r"value (.+): not a number"), lambda m: f"数值{_q(m[1])}不是数字"),
    (re.compile(r"value (.+): not a finite number"), lambda m: f"数值{_q(m[1])}不是有效数字"),
    (re.compile(r"value (.+): no figure given.*"), lambda m: "请填写数值"),
    (
        re.compile(r"value (.+): not an exact figure; write (\S+) and put .* in the note"),
        lambda m: f"数值{_q(m[1])}不是确数：请填写 {m[2]}，并把原文写在备注里",
    ),
    (
        re.compile(r"value (.+): number and unit in one cell; write (\S+) and unit (\S+)"),
        lambda m: f"数值和单位写在了一起：数值填 {m[2]}，单位填 {m[3]}",
    ),
    (re.compile(r"value: missing.*"), lambda m: "请填写数值"),
    (
        re.compile(r"value (\S+): a count of (.+) cannot be negative"),
        lambda m: f"数值 {m[1]}：以“{m[2]}”计的数量不能为负",
    ),
    (
        re.compile(r"period: missing.*"),
        lambda m: "请填写期别：年份（如 2026）或日期（如 2026-06-30）",
    ),
    (
        re.compile(r"period (.+): expected a year \(2026\) or a date \(2026-06-30\)"),
        lambda m: f"期别{_q(m[1])}格式不对：应为年份（如 2026）或日期（如 2026-06-30）",
    ),
    (
        re.compile(r"period (.+): month (\d+) is not 1-12"),
        lambda m: f"期别{_q(m[1])}：没有 {m[2]} 月",
    ),
    (
        re.compile(r"period (.+): day (\d+) does not exist"),
        lambda m: f"期别{_q(m[1])}：该日期不存在",
    ),
    (
        re.compile(r"period (\S+): a baseline must be at or before the base year (\d+)"),
        lambda m: f"期别 {m[1]}：基期值应在基年 {m[2]} 年或之前",
    ),
    (
        re.compile(r"period (\S+): before the plan's base year (\d+).*"),
        lambda m: f"期别 {m[1]} 早于规划基年 {m[2]} 年；如是基期值，请用“设为基期值”登记",
    ),
    (
        re.compile(r"period (\S+): after the plan ends \((\d+)\)"),
        lambda m: f"期别 {m[1]} 晚于规划期末（{m[2]} 年）",
    ),
    (re.compile(r"milestone (.+): expected one of .*"), lambda m: f"进展{_q(m[1])}无法识别"),
    (
        re.compile(r"unit: missing for \S+ .*"),
        lambda m: "请填写单位（翻番类指标需要知道数值的单位）",
    ),
    (
        re.compile(r"unit (.+): target \S+ is measured in (.+)"),
        lambda m: f"单位 {m[1]} 与指标的单位 {m[2]} 不一致".replace("(none)", "（未填）").replace(
            "(no unit)", "（无单位）"
        ),
    ),
    (
        re.compile(r"cannot convert between no unit and (.+?): give the unit explicitly.*"),
        lambda m: f"请写明单位（指标以 {m[1]} 计）",
    ),
    (
        re.compile(r"cannot convert (.+?) to (.+?): unknown unit .*"),
        lambda m: f"单位 {m[1]} 无法换算为 {m[2]}：不认识这个单位，请与指标单位写法一致",
    ),
    (
        re.compile(r"cannot convert (.+?) to (.+?): they measure different things.*"),
        lambda m: f"单位 {m[1]} 与 {m[2]} 不是同一类量，无法换算",
    ),
    (
        re.compile(r"due_year (.+): expected a year.*"),
        lambda m: f"完成时限{_q(m[1])}应为年份，如 2027",
    ),
    (re.compile(r"basis (.+): expected flow or total"), lambda m: f"数值性质{_q(m[1])}无法识别"),
    (
        re.compile(r"observation .*: it was deleted since you read it"),
        lambda m: "该数据在您打开页面后已被删除，请刷新页面",
    ),
    (
        re.compile(r"observation .*: recorded by someone else at the same moment.*"),
        lambda m: "他人同时填报了同一期数据，请刷新页面后重试",
    ),
    (
        re.compile(r"observation .*since you read it.*"),
        lambda m: "该数据在您打开页面后已被他人修改，请刷新页面后重试",
    ),
    (re.compile(r".*: assigned by someone else meanwhile.*"), lambda m: STATUS_ZH[409]),
    (
        re.compile(
            r"target (\S+): .* may not edit it \(not assigned to your department( as its lead)?.*"
        ),
        lambda m: (
            f"指标 {m[1]} 不属于本部门，无权填报" + ("（本部门不是其牵头单位）" if m[2] else "")
        ),
    ),
    (
        re.compile(r"row (\d+): target (.+) is not assigned to (.+)"),
        lambda m: f"第 {m[1]} 行：指标 {m[2]} 未分配给{m[3]}".replace("(empty)", "（空）"),
    ),
    (re.compile(r"(.+): needs the (.+) role"), lambda m: f"此操作需要{_role(m[2])}权限"),
    (re.compile(r"login required.*"), lambda m: "请先登录"),
    (re.compile(r"(问题为空：[^(（]*)\s*\(empty question\)"), lambda m: m[1].strip()),
    (re.compile(r"API token invalid.*"), lambda m: "API 令牌无效、已撤销或其用户已停用"),
    (re.compile(r"CSRF token missing or wrong.*"), lambda m: "页面已过期：请刷新页面后重新提交"),
    (
        re.compile(r"too many failed logins for this account from your address: retry in (\d+) s"),
        lambda m: f"该账号从您的地址登录失败次数过多，请 {m[1]} 秒后再试",
    ),
    (
        re.compile(r"request body too large \(limit (\d+) MB\)"),
        lambda m: f"上传的内容过大（上限 {m[1]} MB）",
    ),
    (re.compile(r"(.+): no such page"), lambda m: f"找不到页面 {m[1]}"),
    (re.compile(r"internal error.*"), lambda m: STATUS_ZH[500]),
    (re.compile(r"no plan in the database.*"), lambda m: "还没有规划：请先在“规划文件”页上传一份"),
    (re.compile(r"plan (\S+): no such plan id.*"), lambda m: f"找不到编号为 {m[1]} 的规划"),
    (
        re.compile(r"plan (.+): no plan title contains it.*"),
        lambda m: f"没有标题包含{_q(m[1])}的规划",
    ),
    (
        re.compile(r"plan (.+) matches several plans.*"),
        lambda m: f"{_q(m[1])}对应多份规划，请选择具体的一份",
    ),
    (re.compile(r"target (\S+): not in plan (\S+).*"), lambda m: f"规划 {m[2]} 中没有指标 {m[1]}"),
    (re.compile(r"node (\S+): not in plan (\S+).*"), lambda m: f"规划 {m[2]} 中没有条目 {m[1]}"),
    (
        re.compile(r"(\S+): no task or target with this id.*"),
        lambda m: f"没有编号为 {m[1]} 的任务或指标",
    ),
    (
        re.compile(r"observation (\S+): no such observation.*"),
        lambda m: "找不到该条监测值（可能已被删除）",
    ),
    (re.compile(r"department (\S+): no such department"), lambda m: f"找不到编号为 {m[1]} 的部门"),
    (re.compile(r"user (.+): no such user.*"), lambda m: f"找不到用户 {m[1]}"),
    (
        re.compile(r"upload .*: no such pending upload.*"),
        lambda m: "找不到该上传文件（可能已过期或已入库）",
    ),
    (re.compile(r"upload .*: uploaded by someone else"), lambda m: "该文件由他人上传，无权查看"),
    (re.compile(r"you cannot disable your own account"), lambda m: "不能停用自己的账号"),
    (
        re.compile(r"q: (\d+) characters; ask in at most 500"),
        lambda m: f"问题过长（{m[1]} 字），请控制在 500 字以内",
    ),
    (
        re.compile(r"(.+): unsupported file type (.+?); upload one of (.+)"),
        lambda m: f"{m[1]}：不支持的文件类型 {m[2]}，请上传 {m[3]} 文件".replace(
            "(no extension)", "（无扩展名）"
        ),
    ),
    (
        re.compile(r"(.+): (\d+) of (\d+) rows rejected, nothing imported.*"),
        lambda m: (
            f"{m[1]}：{m[3]} 行中有 {m[2]} 行有误，未导入任何数据"
            "（请改正后重新上传，或勾选“跳过无效行”导入其余各行）"
        ),
    ),
    (
        re.compile(r"(.+): (\d+) rows for other departments' targets, nothing imported"),
        lambda m: f"{m[1]}：有 {m[2]} 行是其他部门的指标，未导入任何数据",
    ),
    (
        re.compile(r"(.+): no header row.*"),
        lambda m: f"{m[1]}：没有表头行（需要 指标编号、年份、数值 三列）",
    ),
    (re.compile(r"(.+): no column (.+)"), lambda m: f"{m[1]}：缺少列 {m[2]}"),
    (re.compile(r"(.+): not an Excel workbook.*"), lambda m: f"{m[1]}：不是 Excel 工作簿"),
    (re.compile(r"(.+): every sheet is empty"), lambda m: f"{m[1]}：所有工作表都是空的"),
    (re.compile(r"(.+): not a text file.*"), lambda m: f"{m[1]}：不是文本文件（无法识别编码）"),
    (re.compile(r"指标编号/target_id: empty"), lambda m: "指标编号为空"),
    (
        re.compile(r"(\S+) (\S+) already given in row (\d+)"),
        lambda m: f"指标 {m[1]} 的 {m[2]} 期数据与第 {m[3]} 行重复",
    ),
    (re.compile(r"lead: missing.*"), lambda m: "请填写牵头单位"),
    (re.compile(r"reason: missing.*"), lambda m: "请填写退回原因"),
    (re.compile(r"reason: (\d+) characters.*"), lambda m: f"退回原因过长（{m[1]}字）"),
    (re.compile(r"name: missing.*"), lambda m: "请填写轮次名称，如 2026年度监测"),
    (
        re.compile(r"name (.+): the plan already has a round of that name"),
        lambda m: f"已有名为{_q(m[1])}的轮次",
    ),
    (
        re.compile(r"due (.+): expected a date like (\S+)"),
        lambda m: f"截止日期{_q(m[1])}格式不对：应为日期，如 {m[2]}",
    ),
    (re.compile(r"due (.+): no such date"), lambda m: f"截止日期{_q(m[1])}不存在"),
    (
        re.compile(r"year (.+): expected the year the figures are for.*"),
        lambda m: f"数据年度{_q(m[1])}格式不对：应为年份，如 2026",
    ),
    (
        re.compile(r"year (\d+): outside the plan's period (.+)"),
        lambda m: f"数据年度 {m[1]} 不在规划期 {m[2]} 内",
    ),
    (
        re.compile(r"round (.+): already open for (\d+); close it first"),
        lambda m: f"{m[2]}年已有进行中的轮次“{m[1]}”，请先关闭",
    ),
    (
        re.compile(r"observation (\d+) \((.+)\): it is (\w+), not (.+); reload and retry"),
        lambda m: "该监测值当前状态已变化，请刷新页面后重试",
    ),
    (
        re.compile(r"email (.+): not an e-mail address.*"),
        lambda m: f"邮箱{_q(m[1])}格式不对",
    ),
    # documents uploaded as plans (read/): the file's name, then what is wrong with it
    (
        re.compile(r"(.+?): not a \.docx file.*"),
        lambda m: f"{m[1]}：不是 .docx 文件（旧版 .doc 或加密文件），请另存为 .docx",
    ),
    (re.compile(r"(.+?): not a Word file.*"), lambda m: f"{m[1]}：不是 Word 文件"),
    (re.compile(r"(.+?): corrupt Word file.*"), lambda m: f"{m[1]}：Word 文件已损坏"),
    (re.compile(r"(.+?): not a PDF file.*"), lambda m: f"{m[1]}：不是 PDF 文件"),
    (
        re.compile(r"(.+?): the PDF is password-protected.*"),
        lambda m: f"{m[1]}：PDF 有密码保护，请去掉密码后再上传",
    ),
    (re.compile(r"(.+?): corrupt PDF.*"), lambda m: f"{m[1]}：PDF 文件已损坏"),
    (
        re.compile(r"(.+?): the PDF has no text layer.*"),
        lambda m: f"{m[1]}：PDF 没有文字层（可能是扫描件），请先做文字识别",
    ),
    (
        re.compile(r"(.+?): too big \((.+?); the limit is (.+)\)"),
        lambda m: f"{m[1]}：文件过大（{m[2]}，上限 {m[3]}）",
    ),
    (re.compile(r"(.+?): empty file"), lambda m: f"{m[1]}：文件是空的"),
    (re.compile(r"(.+?): empty \(no text found\)"), lambda m: f"{m[1]}：文件中没有文字"),
    (re.compile(r"(.+?): binary file.*"), lambda m: f"{m[1]}：这是二进制文件，不是文本"),
    (
        re.compile(r"(.+?): not text in any known encoding.*"),
        lambda m: f"{m[1]}：无法识别文字编码（可能不是文本文件）",
    ),
    (re.compile(r"(.+?): not readable as text.*"), lambda m: f"{m[1]}：文字乱码，无法读取"),
    (
        re.compile(r"(.+?): cannot tell the text encoding.*"),
        lambda m: f"{m[1]}：无法确定文字编码，请另存为 UTF-8",
    ),
    (
        re.compile(r"(.+?): (?:looks like|starts with a) .*"),
        lambda m: f"{m[1]}：文字编码有误，请另存为 UTF-8",
    ),
    (
        re.compile(r"(.+?): no article text found in the page"),
        lambda m: f"{m[1]}：网页中没有找到正文",
    ),
    (
        re.compile(r"(.+?): no outline found.*"),
        lambda m: f"{m[1]}：没有找到章节结构（无“章/节”标题或段落）",
    ),
    (
        re.compile(r"(.+?): unsupported file type (\S+); plantrack reads (.+)"),
        lambda m: f"{m[1]}：不支持的文件类型 {m[2]}，可读取 {m[3]}",
    ),
    (
        re.compile(r"(.+): no row has a figure filled in, nothing imported"),
        lambda m: f"{m[1]}：没有一行填写了数值，未导入任何数据",
    ),
    (re.compile(r"format (.+): expected (.+)"), lambda m: f"不支持的格式{_q(m[1])}"),
    (re.compile(r"kind (.+): expected annual or midterm"), lambda m: f"不支持的报告类型{_q(m[1])}"),
]
# Bilingual words written by the layers below ("已导入 imported"): each language takes its half.
BILINGUAL = re.compile(r"^([\u4e00-\u9fff，、：；（）]+) ([A-Za-z][A-Za-z ,;:()'-]*)$")
_PREFIXES = [
    (re.compile(r"(?:sheet (.+?) )?row (\d+): (.+)"), "row"),
    (re.compile(r"(.+?): row (\d+): (.+?); nothing imported"), "file_row"),
    (re.compile(r"(.+) \(target (\S+) is in (.+)\)"), "unit_note"),
]


def strip_cli_hints(message: str) -> str:
    """The message without command-line advice (for the English pages)."""
    for pattern, instead in CLI_HINTS:
        message = pattern.sub(instead, message)
    return message


def _zh(message: str) -> str | None:
    for pattern, rewrite in PATTERNS:
        m = pattern.fullmatch(message)
        if m:
            return rewrite(m)
    return None


def _zh_nested(message: str) -> str | None:
    """A message that wraps another: `row 3: …`, `file.xlsx: row 3: …; nothing imported`."""
    for pattern, kind in _PREFIXES:
        m = pattern.fullmatch(message)
        if not m:
            continue
        if kind == "row":
            inner = _zh(m[3]) or _zh_nested(m[3])
            if inner:
                where = f"工作表 {m[1]} " if m[1] else ""
                return f"{where}第 {m[2]} 行：{inner}"
        elif kind == "file_row":
            inner = _zh(m[3]) or _zh_nested(m[3])
            if inner:
                return f"{m[1]}：第 {m[2]} 行：{inner}；未导入任何数据"
        else:
            inner = _zh(m[1])
            if inner:
                return f"{inner}（指标以 {m[3]} 计）"
    return None


def localize(message: str, lang: str, status: int | None = None) -> str:
    """`message` for a page in `lang`: Chinese when a pattern knows it, else the status's
    Chinese sentence; English without CLI hints."""
    message = message.strip()
    both = BILINGUAL.match(message)
    if both:
        return both[2] if lang == "en" else both[1]
    if lang == "en":
        return strip_cli_hints(message)
    if re.search(r"[\u4e00-\u9fff]", message) and not re.search(r"[A-Za-z]{4,}", message):
        return message  # already Chinese
    found = _zh(message) or _zh_nested(message)
    if found:
        return found
    if status is not None and status in STATUS_ZH:
        return STATUS_ZH[status]
    return STATUS_ZH[400]


FIELD_OF = re.compile(
    r"^(?:(value|period|unit|source|note|vintage|milestone|basis|due_year|lead|partners"
    r"|reason|name|year|due|email)\b"
    r"|(cannot convert))"
)


def field_of(message: str) -> str | None:
    """The form field a validation message is about (`value 'abc': not a number` → value)."""
    m = FIELD_OF.match(message.strip())
    if not m:
        return None
    return m[1] or "unit"


def request_errors(errors: list[dict[str, Any]], lang: str) -> tuple[str, dict[str, str]]:
    """FastAPI's validation errors as (one line, {field: message}) in `lang`."""
    fields: dict[str, str] = {}
    parts = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        name = loc[-1] if loc else ""
        if lang == "en":
            text = f"{name}: {err.get('msg', 'invalid')}" if name else err.get("msg", "invalid")
        elif err.get("type") == "missing":
            text = f"请填写{FIELDS_ZH.get(name, name)}"
        else:
            text = f"{FIELDS_ZH.get(name, name)}的格式不对"
        fields.setdefault(name, text)
        parts.append(text)
    return ("; " if lang == "en" else "；").join(parts) or STATUS_ZH[422], fields
