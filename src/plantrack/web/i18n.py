"""Interface words in Chinese (default) and English; `?lang=en` or the `lang` cookie switches."""

from __future__ import annotations

from starlette.requests import Request

from plantrack.model import STATUS_STYLE

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
}


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
