"""What an indicator table's row says of its figure: its kind (level, increment, annual,
cumulative, multiple), the unit of its target cell, and whether it binds (属性 column)."""

from __future__ import annotations

import re

from plantrack.parse.table_cells import MAGNITUDES, Cell
from plantrack.parse.target_words import INCREMENT_RE


def row_binding(attr: str) -> bool | None:
    """约束性 -> True, 预期性 -> False; a cell that writes only 约 or 预 (short, or cut off) too."""
    short = attr.strip()
    if "约束" in attr or short == "约":
        return True
    return False if "预期" in attr or short == "预" else None


SHARE_UNITS = ("%", "‰", "个百分点", "百分点")
_ANNUAL_NAME = re.compile(r"年均|年(?:降低|下降|增长|提高|减少)率")


_AVERAGED_RATE = re.compile(r"^年均(?:每|.*(?:率|比例|比重|占比)$)")


def row_kind(metric: str, unit: str | None, cell: Cell) -> str:
    if cell.multiple:
        return "multiple"  # 翻一番
    if re.search(r"[（(](?:五年|\d年)?累计[）)]$", metric):
        return "cumulative"  # 新增高能级企业总部（五年累计）: the row says what its figure is
    if _AVERAGED_RATE.search(metric) and not metric.endswith(("增长率", "增速")):
        return "level"  # 年均每百万人口因灾死亡率 <1: a rate averaged over the years, a level
    if (metric.startswith(("每年", "年均")) or cell.each_year) and unit not in SHARE_UNITS:
        return "annual"  # 每年新增新质航运企业 | 家 | 150; 40万平方米/年
    if metric.startswith("新增"):
        return "increment"  # 新增… [110]: the new amount since the base year
    if (
        INCREMENT_RE.match(metric)
        and unit not in ("%", "‰")
        and not metric.endswith(("率", "比例", "比重", "占比"))
    ):
        return "increment"  # 新建绿道 | 公里 | 10: what is new (GUIDE.md, kind)
    if cell.bracket == "cumulative" or (
        "累计" in metric and not metric.endswith(("率", "比例", "比重"))  # 累计脱贫率: a share
    ):
        return "cumulative"
    rate_name = re.sub(r"[（(][^（()）]*[）)]$", "", metric).endswith(("率", "速"))
    if unit and unit not in SHARE_UNITS and rate_name:
        return "level"  # 地区生产总值年均增长率 | 突破2000亿元: the cell states a level
    if (
        cell.bracket == "average"
        or _ANNUAL_NAME.search(metric)
        or (unit == "%" and metric.endswith(("增速", "增长率", "增长")))
    ):
        return "annual"  # a growth rate (or a five-year average) is a yearly figure
    return "level"


def cell_unit(unit: str | None, cell: Cell) -> str | None:
    """The unit of a target cell's value. 翻一番 is a multiple; 800万 on a 平方米 row is 万平方米;
    a share or points the cell states beats the row's unit (a 分钟 row whose cell says
    5分钟覆盖区超80%), and so does a unit a cell states on a % row (突破2000亿元)."""
    if cell.multiple:
        return cell.unit
    if cell.unit in MAGNITUDES and unit and unit not in SHARE_UNITS:
        return unit if unit.startswith(cell.unit) else cell.unit + unit
    if cell.unit and cell.unit != unit and (cell.unit in SHARE_UNITS or unit in SHARE_UNITS):
        return cell.unit
    return unit or cell.unit
