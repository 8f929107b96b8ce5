"""Rules for figures a plan's sentence gives aside, not as targets: a remark on the target
just stated (这是…首次…), how little there is today (只占51.5%), the goals a text sets counted
(提出了11个主要目标), the places an area takes in (包括…的近600个县)."""

from __future__ import annotations

import re

from plantrack.parse.first_chars import scan_first_chars
from plantrack.parse.reading import ClauseRun, Reading

# 这是杭州市近年首次将这一数字下调至7%以下: a remark on the target just stated
_REMARK = scan_first_chars(re.compile(r"^(?:这|此)(?:也|将|还)?是"))


def rule_remark(r: Reading, run: ClauseRun) -> str | None:
    """A clause that opens 这是… remarks on what was said before it; its figure is not a target."""
    if _REMARK.match(run.clause) and r.pre.startswith(run.clause[:2]):
        return "a remark on what was said before (这是…首次…下调至7%以下)"
    return None


# 有灌溉条件的耕地只占51.5%, 集中连片的耕地后备资源仅2800多万亩: how little there is today
_ONLY = re.compile(r"(?:仅|只)(?:占|有|为)?$")


def rule_only_so_much(r: Reading, run: ClauseRun) -> str | None:
    """只占51.5%, 仅2800多万亩: how little there is, a state today, not a target."""
    if _ONLY.search(r.pre) and not r.head.lead_verb:
        return "how little there is today (只占51.5%, 仅2800多万亩)"
    return None


# 行动计划提出了11个主要目标: the goals a text sets, counted
# (…等10个“新”的发展目标: the goals named before, counted under a quoted word)
_GOALS_COUNTED = re.compile(
    r"^(?:“[^”]{1,6}”的?)?(?:主要|重点|具体|发展)?(?:目标|任务|举措|措施|方面)(?=[，。；,;：:]|$)"
)
_SET_BY = re.compile(r"(?:提出|明确|确定|部署|包括)了?$")
# 核心发展区包括湖南、江西…8个省区的近600个县: the places an area takes in
_AREA_HOLDS = re.compile(r"包括[^，。；,;]{2,60}的(?:近|约)?$")
_PLACES_AFTER = re.compile(r"^(?:县|县市区|县区|市|市州|区|乡镇|镇|村|街道)(?=[，。；,;、]|$)")


def rule_goals_counted(r: Reading, run: ClauseRun) -> str | None:
    """提出了11个主要目标: how many goals a text sets; …包括…8个省区的近600个县: the places an
    area takes in. Neither is a target."""
    if r.q.unit not in ("个", "项", "类", "大"):
        return None
    if _PLACES_AFTER.match(r.after) and _AREA_HOLDS.search(r.pre):
        return "the places an area takes in (包括…8个省区的近600个县)"
    set_by = _SET_BY.search(r.pre) or (r.pre.endswith("等") and "提出" in r.pre)
    if _GOALS_COUNTED.match(r.after) and set_by and not r.head.verb:
        return "the goals a text sets, counted (提出了11个主要目标)"
    return None
