"""Money a plan budgets, hands out or pays is no target of its own (`rules.rule_not_a_budget`).

Each check reads the text before and after a figure and the metric read so far: a budget
allocation, money handed out, the deficit or the debt a budget plans, the setting of a tax or
price rule, a raise of the pensions paid, a standard of money paid out, the rule of a subsidy. Each returns the reason `--explain`
shows.
"""

from __future__ import annotations

import re

from plantrack.parse import target_words as vocab
from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.phrases import MAX_METRIC
from plantrack.parse.quantity import Quantity, is_count

# 今年拟安排财政赤字1.2万亿元, 拟发行超长期特别国债1.3万亿元, 代发地方债2500亿元: the budget's own
# figures (the deficit ratio 赤字率3% is a target of the report)
# 赤字规模5.66万亿元, 新增政府债务总规模11.86万亿元, 一般公共预算支出规模29.7万亿元: a budget's
# deficit, debt and spending (money; not 预算支出增长3%, 财政支出占…比重)
_PUBLIC_DEBT = re.compile(r"赤字|(?:安排|发行|代发|发)[^，。；,;]{0,10}债|政府债务|预算支出规模")
# 给予项目建设总投入的30%以内、最高不超过500万元补助: the share of a cost a grant pays
_GRANT_SHARE = re.compile(r"(?:给予|按)[^，。；]{0,20}的$")
_GRANT = re.compile(r"补助|补贴|奖励|奖补|资助")
# 给予资金支持，最高不超过3000万元, 单个企业年度奖励金额最高不超过…: the most a grant pays
_CAP = re.compile(r"最高(?:上限)?(?:不超过|不高于|可达|为)?$")
# 单体项目总投资不低于3000万元, 单个项目支持资金不超过1亿元: what one project must be or may get
_ONE_PROJECT = re.compile(r"(?:单体|单个)项目")
# 中央财政还将安排150亿元, 中央财政为此新增支出140亿元, 省财政新增筹措…经费3亿元, 从粮食风险基金中
# 拿出100亿元, 用于这方面的支出总额将达到664亿元: money a budget or a fund spends, within its own
# clause
_SPENT = re.compile(
    r"(?:财政|基金)[^，。；\d]{0,8}(?:安排|拿出|下达|新增支出|增加支出|筹措|筹集)|用于[^，。；]{0,10}的?支出总额|拿出$"
    r"|安排$"  # 2013年西藏将再安排8.75亿元: money put up, no measure named
)
# 研发费用加计扣除比例从75%提高到100%, 年应纳税所得额上限由30万元提高到50万元, 每辆车补贴额由6万元
# 提高到8万元, 最高缴费档次, 调峰补偿价格报价上限, 预付款比例: the setting of a tax, fee, price or
# procurement rule
_POLICY_SETTING = scan_first_chars(
    re.compile(
        r"加计扣除|应纳税所得额|起征点|免征额|缴费档次|(?:补贴|补助|奖励|补偿)(?:金)?额|(?:报价|价格)上限"
        r"|持股比例|股权占比|预留份额|预付款比例"  # 民间资本持股比例可达10%: a share a rule allows
    )
)


# 新增发放创业担保贷款160亿元, 新发放创业担保贷款不低于80亿元: the new loans a year's plan sets
# (b23 and b57 label them; a bare 发放创业担保贷款180亿元 is money handed out, as b3, b30 and b35 leave it)
_NEW_LOANS = re.compile(r"新增?发放[^，。；]{0,12}贷款")


# 基本养老金提高10%, 伤残津贴、抚恤金、护理费标准提高10%, 补助标准提高6.3%: a raise of what is paid
# (a work report's 农村低保标准提高6% is its target: the wild set labels it so)
_PAID_RAISED = re.compile(r"养老金|(?:津贴|补贴|补助|抚恤金|护理费|救助|供养)[^，。；]{0,16}标准")


_BUDGET_GROWTH = re.compile(r"(?:增速|增幅)(?:要|将)?(?:高于|快于|超过)[^，。；\d]{0,8}$")
_RUN_RATE = re.compile(r"(?:下达|到位|执行|支付|拨付|使用|兑现|发放)率$")


def money_reason(
    q: Quantity,
    pre: str,
    after: str,
    metric: str,
    *,
    head_metric: str,
    verb: str | None,
    post_metric: bool,
) -> str | None:
    """Why the money (or the share of it) at `q` is budgeted or paid out, or None."""
    before = pre[-MAX_METRIC:]
    # 争取中央预算内投资、地方政府专项债券支持项目20个以上: the projects a budget backs, counted
    budgeted = vocab.BUDGET_RE.search(before) or (post_metric and vocab.BUDGET_RE.search(metric))
    # (预算资金当年下达率100%, 资金到位率: how well the budget is run, a performance target)
    rate = (q.unit == "%" and _RUN_RATE.search(before) is not None) or (
        # 年度安排政府投资增速高于全市10个百分点: how fast the budget grows, a target
        q.unit in ("%", "个百分点") and _BUDGET_GROWTH.search(before) is not None
    )
    if budgeted and not (is_count(q.unit) and metric.endswith("项目")) and not rate:
        return "a budget allocation, not a target"
    money = q.unit is not None and vocab.MONEY_UNIT_RE.search(q.unit)
    handed = before if post_metric else head_metric
    if money and vocab.HANDOUT_RE.search(handed) and not _NEW_LOANS.search(before):
        return "money handed out (发放, 给予, 补助): not a target"
    own_clause = re.split(r"[，。；]", before)[-1] if money else ""
    if money and _SPENT.search(own_clause):
        return "money a budget or a fund spends (中央财政还将安排150亿元): not a target"
    if money and _ONE_PROJECT.search(own_clause):
        return (
            "what one project must invest or may get (单体项目总投资不低于3000万元): not a target"
        )
    if money and _PUBLIC_DEBT.search(before):
        return "the deficit, debt or spending a budget plans (财政赤字8000亿元, 专项债券3.65万亿元)"
    if money and (metric.endswith("最高") or _CAP.search(before)):
        return "the cap of money paid out (给予资金支持，最高不超过3000万元): not a target"
    if _POLICY_SETTING.search(metric) or _POLICY_SETTING.search(before):
        return "the setting of a tax, fee or price rule (加计扣除比例提高到100%): not a target"
    if q.unit == "%" and verb and _PAID_RAISED.search(metric):
        return "a raise of the pensions or benefits paid (基本养老金提高10%): money paid out"
    if (q.unit or "").startswith("元") and (
        vocab.PAID_STANDARD_RE.search(before)
        or vocab.PAID_STANDARD_RE.search(metric)  # …标准由55元提高到70元: before the 由
        # 孤儿从每人每月1883元提高到1949元, 分别从每月631元、286元提高到653元、315元: paid monthly
        or vocab.PAID_MONTHLY_RE.search(own_clause)
    ):
        return "a standard of money paid out (低保标准提高到740元/月): not a target"
    if (
        vocab.SUBSIDY_RULE_RE.search(before)
        or vocab.SUBSIDY_RULE_RE.search(after[:24])
        or (q.unit == "%" and _GRANT_SHARE.search(pre[-24:]) and _GRANT.search(after[:24]))
    ):
        return "a rule of a subsidy (补贴标准为售价的15%, 可补贴1件, 支持门槛): not a target"
    return None
