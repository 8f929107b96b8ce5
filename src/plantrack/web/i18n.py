"""Interface words in Chinese (default) and English; `?lang=en` or the `lang` cookie switches."""

from __future__ import annotations

from starlette.requests import Request

from plantrack.model import ROLE_ZH, STATUS_STYLE
from plantrack.search.question import TYPE_LABELS

LANGS = ("zh", "en")

MESSAGES: dict[str, tuple[str, str]] = {
    "app": ("规划跟踪", "plantrack"),
    "dashboard": ("总览", "Dashboard"),
    "outline": ("规划原文", "Outline"),
    "search": ("检索与问答", "Search & ask"),
    "departments": ("部门", "Departments"),
    "plans": ("规划文件", "Plans"),
    "login": ("登录", "Log in"),
    "logout": ("退出", "Log out"),
    "username": ("用户名", "Username"),
    "password": ("密码", "Password"),
    "account": ("账号", "Account"),
    "chapter": ("章", "Chapter"),
    "status": ("状态", "Status"),
    "total": ("合计", "Total"),
    "targets": ("指标", "Targets"),
    "target": ("指标", "Target"),
    "metric": ("指标名称", "Metric"),
    "value": ("目标值", "Target value"),
    "unit": ("单位", "Unit"),
    "deadline": ("期限", "Deadline"),
    "comparator": ("比较", "Comparator"),
    "kind": ("类型", "Kind"),
    "baseline": ("基期值", "Baseline"),
    "binding": ("约束性", "Binding"),
    "citation": ("原文出处", "Citation"),
    "owners": ("责任单位", "Owners"),
    "lead": ("牵头", "lead"),
    "partner": ("配合", "partner"),
    "none_assigned": ("尚未分工", "not assigned"),
    "observations": ("监测值", "Observations"),
    "assessment": ("评估", "Assessment"),
    "arithmetic": ("计算过程", "Arithmetic"),
    "history": ("修改记录", "History"),
    "chart": ("走势图", "Chart"),
    "expected_path": ("预期路径", "expected path"),
    "projection": ("趋势预测", "projection"),
    "observed": ("实际值", "observed"),
    "lagging_first": ("滞后在前", "lagging first"),
    "recent_changes": ("最近变动", "Recent changes"),
    "freshness": ("数据时效", "Data freshness"),
    "no_figure_this_year": ("本年度尚无数据的指标", "Targets with no figure this year"),
    "period": ("期别", "Period"),
    "source": ("来源", "Source"),
    "vintage": ("统计口径/版本", "Vintage"),
    "note": ("备注", "Note"),
    "entered_by": ("填报人", "Entered by"),
    "save": ("保存", "Save"),
    "enter_figure": ("填报监测值", "Enter a figure"),
    "upload_xlsx": ("批量导入（XLSX/XLS/CSV）", "Import figures (XLSX, XLS, CSV)"),
    "upload": ("上传", "Upload"),
    "upload_plan": ("上传新规划文件", "Upload a new plan document"),
    "confirm": ("确认入库", "Confirm and store"),
    "cancel": ("取消", "Cancel"),
    "preview": ("预览", "Preview"),
    "ask": ("提问", "Ask"),
    "ask_placeholder": ("例如：到2030年算力规模要达到多少？", "e.g. 到2030年算力规模要达到多少？"),
    "answer": ("回答", "Answer"),
    "results": ("检索结果", "Results"),
    "no_match": ("没有找到匹配的内容", "No match"),
    "feature_missing": ("该功能尚未安装", "This feature is not installed yet"),
    "tasks": ("重点任务", "Tasks"),
    "file": ("文件", "File"),
    "row": ("行", "Row"),
    "result": ("结果", "Result"),
    "error": ("出错了", "Error"),
    "read_only": ("只读", "read-only"),
    "your_department": ("本部门", "Your department"),
    "not_allowed": ("无权修改", "Not allowed"),
    "api_tokens": ("API 令牌", "API tokens"),
    "new_token": ("新建令牌", "New token"),
    "token_once": ("请立即复制，令牌只显示一次：", "Copy it now, it is shown only once:"),
    "role": ("角色", "Role"),
    "updated": ("已保存", "Saved"),
    "all": ("全部", "All"),
    "plan": ("规划", "Plan"),
    "version": ("版本", "Version"),
    "nodes": ("节点", "Nodes"),
    "title": ("标题", "Title"),
    "when": ("时间", "When"),
    "who": ("操作人", "Who"),
    "action": ("操作", "Action"),
    "what": ("对象", "What"),
    "expected": ("预期值", "Expected"),
    "actual": ("实际值", "Actual"),
    "ratio": ("比值", "Ratio"),
    "projected": ("期末预测值", "Projected"),
    "required_pace": ("所需增速", "Required pace"),
    "as_of": ("截至", "As of"),
    "method": ("方法", "Method"),
    "import_ok": ("导入成功", "Imported"),
    "import_rejected": ("导入被拒绝，未写入任何数据", "Import rejected, nothing stored"),
    "warnings": ("提示", "Warnings"),
    "open_target": ("查看指标", "Open target"),
    "reports": ("报告", "Reports"),
    "report_kind": ("报告类型", "Report"),
    "annual": ("年度监测报告", "Annual monitoring report"),
    "midterm": ("中期评估报告", "Mid-term evaluation"),
    "year": ("年度", "Year"),
    "format": ("格式", "Format"),
    "download": ("下载", "Download"),
    "breakdown": ("任务分工方案", "Task breakdown workbook"),
    "assign": ("分工", "Assign"),
    "revise": ("修改", "Revise"),
    "as_baseline": ("设为基期值", "Take as baseline"),
    "users": ("用户管理", "Users"),
    "new_user": ("新建用户", "New user"),
    "disable": ("停用", "Disable"),
    "enable": ("启用", "Enable"),
    "disabled": ("已停用", "disabled"),
    "skip_invalid": ("跳过无效行（其余照常导入）", "skip invalid rows (import the rest)"),
    "due_year": ("完成时限", "Due year"),
    "answer_type": ("答案类型", "Answer type"),
    # accessibility, layout, forms (issues 14 and 20)
    "skip_to_content": ("跳到正文", "Skip to content"),
    "menu": ("菜单", "Menu"),
    "main_nav": ("主导航", "Main"),
    "switch_plan": ("切换", "Switch"),
    "choose_plan": ("选择规划", "Choose a plan"),
    "search_mode": ("方式", "Mode"),
    "question": ("问题或关键词", "Question or keywords"),
    "search_go": ("查询", "Search"),
    "plan_file": (
        "规划文件（.txt .md .docx .doc .wps .pdf .html，或扫描件 .png .jpg .tif）",
        "Plan document (.txt .md .docx .doc .wps .pdf .html, or a scan .png .jpg .tif)",
    ),
    "figures_file": ("填报表（XLSX、XLS 或 CSV）", "Figures file (XLSX, XLS or CSV)"),
    "upload_figures": ("批量导入（XLSX 或 CSV）", "Import figures (XLSX or CSV)"),
    "template": ("下载填报模板", "Download a template"),
    "template_hint": (
        "模板已列出本部门的指标、单位和本年度期别，填好“数值”和“来源”后上传即可。",
        "The template lists this department's targets with their units and this year; fill in"
        " the value and source and upload it.",
    ),
    "distribution": ("状态分布", "Distribution"),
    "chart_of": ("走势图", "Chart"),
    "saved_figure": ("已保存", "Saved"),
    "saved_assignment": ("已保存分工", "Assignment saved"),
    "fix_errors": (
        "请改正下面标出的内容后再保存。",
        "Please correct the marked fields and save again.",
    ),
    "field_required": ("必填", "required"),
    "back": ("返回", "Back"),
    "back_to_department": ("返回部门页面", "Back to the department"),
    "entry": ("填报", "Enter"),
    "prefilled_unit": ("默认为指标单位", "the target's unit by default"),
    "actual_vs_expected": ("实际值 ÷ 预期值", "Actual ÷ expected"),
    "pace_ratio": ("进度比（判定依据）", "Pace ratio (basis of the status)"),
    "projection_ratio": ("预测比（期末预测值 ÷ 目标值）", "Projection ratio (projected ÷ target)"),
    "low_confidence": ("参考", "indicative"),
    "low_confidence_note": (
        "仅 {n} 个数据点，趋势仅供参考",
        "only {n} data points: an indicative trend",
    ),
    "from_observation": ("来自监测值", "from the figures"),
    "version_short": ("版本", "Version"),
    "data_json": ("本页数据（JSON）", "This page as JSON"),
    "api_doc": ("接口说明（OpenAPI）", "API (OpenAPI)"),
    "id": ("编号", "ID"),
    "form": ("指标类型", "Form"),
    "status_of": ("状态：", "Status: "),
    "plan_version": ("第{v}版", "v{v}"),
    "changes_none": ("暂无变动", "No changes yet"),
    "system": ("系统", "system"),
    "command_line": ("命令行", "command line"),
    "table_of": ("表格：", "Table: "),
    "not_found_title": ("找不到页面", "Page not found"),
    "value_figure": ("数值", "Value"),
    "target_line": ("目标值", "target"),
    "wrong_login": ("用户名或密码错误", "Wrong username or password"),
    # the published static site (web/publish.py)
    "site_search": ("检索指标", "Search targets"),
    "site_search_hint": (
        "在指标名称、目标值、状态和规划原文中查找，多个词用空格分开。",
        "Looks in the metric, the target, the status and the plan's words; separate words with"
        " spaces.",
    ),
    "site_search_noscript": (
        "检索需要启用 JavaScript；全部指标见",
        "Searching needs JavaScript; every target is listed on the",
    ),
    "data_csv": ("数据下载（CSV）", "Data (CSV)"),
    "data_json_file": ("数据（JSON）", "Data (JSON)"),
    "published_at": ("发布时间", "Published"),
    "no_chapter": ("其他指标", "Other targets"),
    "node_id": ("原文位置", "Location"),
    # evidence files of figures (web/views_evidence.py)
    "evidence": ("佐证材料", "Evidence"),
    "evidence_none": ("暂无佐证材料", "No evidence attached yet"),
    "evidence_file": (
        "佐证材料（PDF、PNG、JPEG 或 XLSX）",
        "Evidence file (PDF, PNG, JPEG or XLSX)",
    ),
    "attach": ("上传佐证材料", "Attach"),
    "attached_by": ("上传人", "Attached by"),
    "file_type": ("类型", "Type"),
    "file_size": ("大小", "Size"),
    "remove": ("移除", "Remove"),
    # the reporting cycle (docs/reporting-cycle.md)
    "figure_state": ("审核状态", "State"),
    "state_missing": ("未填报", "missing"),
    "state_draft": ("草稿", "draft"),
    "state_submitted": ("已提交", "submitted"),
    "state_returned": ("退回", "returned"),
    "state_approved": ("已审核", "approved"),
    "state_published": ("已发布", "published"),
    "return_reason": ("退回原因", "Reason"),
    "counted_only": (
        "状态只计已审核、已发布的监测值。",
        "Status counts approved and published figures only.",
    ),
    "preview_show": ("预览（含已提交）", "Preview with submitted figures"),
    "preview_on": (
        "预览：状态也计入了已提交、尚未审核的监测值。",
        "Preview: submitted figures not yet approved are counted too.",
    ),
    "preview_leave": ("退出预览", "Leave the preview"),
    "preview_include": ("含已提交、未审核的监测值（预览）", "include submitted figures (preview)"),
    "rounds": ("填报轮次", "Rounds"),
    "round": ("轮次", "Round"),
    "round_name": ("轮次名称", "Name"),
    "round_year": ("数据年度", "Figures for"),
    "round_due": ("截止日期", "Due"),
    "round_state": ("状态", "State"),
    "round_open": ("进行中", "open"),
    "round_closed": ("已关闭", "closed"),
    "open_round": ("开启填报轮次", "Open a round"),
    "open_it": ("开启", "Open"),
    "close_round": ("关闭轮次并发布", "Close the round and publish"),
    "close_hint": (
        "关闭后，已审核的监测值即发布；未提交、未审核的保持原状。",
        "Closing publishes the approved figures; the rest stay as they are.",
    ),
    "no_rounds": ("尚未开启填报轮次", "No round yet"),
    "todo": ("待办", "To do"),
    "todo_none": ("本轮次的指标都已提交", "Everything in this round is submitted"),
    "submit": ("提交审核", "Submit"),
    "submit_all": ("提交全部草稿", "Submit all drafts"),
    "approve": ("审核通过", "Approve"),
    "return": ("退回", "Return"),
    "round_overview": ("填报进度", "Who has reported"),
    "to_review": ("待审核", "To review"),
    "review_none": ("暂无待审核的监测值", "Nothing to review"),
    "owed": ("尚欠", "Owed"),
    "late": ("逾期", "late"),
    "on_time": ("按时", "on time"),
    "all_submitted": ("已全部提交", "all submitted"),
    "saved_round": ("已保存", "Saved"),
    "department_email": ("催报邮箱", "Reminder e-mail"),
    "email": ("邮箱", "E-mail"),
    "figure": ("监测值", "Figure"),
    "department": ("部门", "Department"),
}

# What an audit row did (action, subject) -> words; unknown pairs fall back to "操作"/"change".
ACTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("record", "observation"): ("填报监测值", "recorded a figure"),
    ("update", "observation"): ("修改监测值", "revised a figure"),
    ("delete", "observation"): ("删除监测值", "deleted a figure"),
    ("assign", "assignment"): ("调整分工", "assigned"),
    ("attach", "evidence"): ("上传佐证材料", "attached evidence"),
    ("remove", "evidence"): ("移除佐证材料", "removed evidence"),
    ("ingest", "plan"): ("导入规划", "stored the plan"),
    ("create", "user"): ("新建用户", "created a user"),
    ("disable", "user"): ("停用用户", "disabled a user"),
    ("enable", "user"): ("启用用户", "enabled a user"),
    ("create", "api_token"): ("新建 API 令牌", "created an API token"),
    ("login", "session"): ("登录", "logged in"),
    ("logout", "session"): ("退出", "logged out"),
    ("login_failed", "user"): ("登录失败", "failed login"),
    ("rotate", "server_secret"): ("更换服务器密钥", "rotated the server secret"),
    ("submit", "observation"): ("提交监测值", "submitted a figure"),
    ("approve", "observation"): ("审核通过", "approved a figure"),
    ("return", "observation"): ("退回监测值", "returned a figure"),
    ("publish", "observation"): ("发布监测值", "published a figure"),
    ("open", "round"): ("开启填报轮次", "opened a round"),
    ("close", "round"): ("关闭填报轮次", "closed a round"),
    ("remind", "department"): ("发送催报", "sent a reminder"),
    ("set_email", "department"): ("设置催报邮箱", "set a reminder e-mail"),
}

# The status method's rules (Assessment.method) and the target kinds (TargetKind), in words.
METHODS: dict[str, tuple[str, str]] = {
    "compound": ("按年均增速的复合路径", "compound path (yearly growth rate)"),
    "linear": ("线性路径", "linear path"),
    "multiple": ("按基期值的倍数", "multiple of the baseline"),
    "sum": ("基期以来累计", "sum since the base year"),
    "annual": ("逐年比较", "year by year"),
    "band": ("保持在区间内", "within a band"),
    "reduction": ("降幅", "reduction"),
    "direction": ("只看方向", "direction only"),
    "milestone": ("进展里程碑", "milestones"),
}
KINDS: dict[str, tuple[str, str]] = {
    "level": ("水平值", "level"),
    "increment": ("新增量", "increment"),
    "cumulative": ("累计量", "cumulative"),
    "annual": ("年度值", "annual"),
    "multiple": ("倍数", "multiple"),
    "qualitative": ("定性", "qualitative"),
}
MILESTONES: dict[str, tuple[str, str]] = {
    "not_started": ("未启动", "not started"),
    "in_progress": ("推进中", "in progress"),
    "done": ("已完成", "done"),
}
# the type of an answer on the ask page: qtype_value, qtype_owner … (search/question.py)
MESSAGES.update({f"qtype_{name}": words for name, words in TYPE_LABELS.items()})


def pick_lang(request: Request, default: str = "zh") -> tuple[str, bool]:
    """(language, whether to remember it in the cookie)."""
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked, asked != request.cookies.get("lang")
    cookie = request.cookies.get("lang")
    return (cookie if cookie in LANGS else default), False


def translator(lang: str):
    index = 1 if lang == "en" else 0

    def t(key: str) -> str:
        pair = MESSAGES.get(key)
        return pair[index] if pair else key

    return t


def status_label(status: str, lang: str) -> str:
    style = STATUS_STYLE.get(status)
    if style is None:
        return status
    return style.en if lang == "en" else style.zh


def _pick(table: dict, key: object, lang: str, default: tuple[str, str]) -> str:
    pair = table.get(key, default)
    return pair[1] if lang == "en" else pair[0]


def action_label(action: str, subject: str, lang: str) -> str:
    """What an audit row did, in words ("record", "observation" -> 填报监测值)."""
    return _pick(ACTIONS, (action, subject), lang, ("操作", "change"))


def actor_label(actor: str | None, lang: str) -> str:
    """Who wrote an audit row, for people: `web:li` -> li, `cli:root` -> 命令行（root）."""
    t = translator(lang)
    kind, _, name = (actor or "").partition(":")
    if kind == "web" and name and "." not in name and not name[:1].isdigit():
        return name
    if kind == "cli":
        return (
            f"{t('command_line')}（{name}）"
            if name and lang != "en"
            else (f"{t('command_line')} ({name})" if name else t("command_line"))
        )
    return t("system")


def method_label(method: str | None, lang: str) -> str:
    return "—" if not method else _pick(METHODS, method, lang, (method, method))


def kind_label(kind: str | None, lang: str) -> str:
    return "—" if not kind else _pick(KINDS, kind, lang, (kind, kind))


def milestone_label(value: str | None, lang: str) -> str:
    return "" if not value else _pick(MILESTONES, value, lang, (value, value))


def role_label(role: str | None, lang: str) -> str:
    if not role:
        return ""
    return role if lang == "en" else ROLE_ZH.get(role, role)


FORMS_EN = {
    "level": "reach a level",
    "ceiling": "ceiling",
    "band": "within a band",
    "hold": "hold (floor)",
    "increment": "increment",
    "cumulative": "cumulative",
    "pp_change": "percentage-point change",
    "reduction": "reduction",
    "growth": "growth rate",
    "multiple": "multiple",
    "milestone": "qualitative",
    "direction": "direction",
}


def form_label(form: str | None, lang: str) -> str:
    """How a target is stated (model.Form), in words: 达到类, 控制类（上限）…"""
    from plantrack.model import Form
    from plantrack.track.forms import FORM_ZH

    if not form:
        return "—"
    if lang == "en":
        return FORMS_EN.get(str(form), str(form))
    try:
        return FORM_ZH[Form(form)]
    except ValueError:
        return str(form)
